/**
 * Sensitivity analysis of a scenario's outcome to the model's parameters: Morris screening or
 * Sobol' indices over the registry's ranges, each evaluation a small ensemble with common random
 * numbers (model-outcome.ts). docs/SENSITIVITY.md explains the methods and how to read them.
 */
import { InputError } from '../../engine/errors.js';
import type { Scenario } from '../../scenario/schema.js';
import { evaluateModel, OUTCOME_MEANING, type SensitivityOutcome } from './model-outcome.js';
import { SUMMARY_OUTCOMES } from '../../vocabulary.js';
import { morrisDesign, morrisEffects, type ElementaryEffects } from './morris.js';
import { posteriorMarginals, posteriorParameters, sensitivityParameters, toParameterValues, toPosteriorValues } from './parameter-set.js';
import { SENSITIVITY_DEFAULTS, SENSITIVITY_METHODS, SENSITIVITY_SPACES, type SensitivityMethod, type SensitivitySpace } from './settings.js';
import type { Posterior } from '../../model/parameter-draws.js';
import { saltelliDesign, sobolIndices, type SobolIndex } from './sobol.js';

export { SENSITIVITY_METHODS, SENSITIVITY_DEFAULTS, type SensitivityMethod } from './settings.js';

export interface SensitivityOptions {
  readonly method: SensitivityMethod;
  /** Parameters to vary (default: DEFAULT_SENSITIVITY_PARAMETERS over ranges, the posterior's parameters over the posterior); the others keep the scenario's values. */
  readonly parameters?: readonly string[];
  /** 'ranges' (default): each parameter uniform over its registry range; 'posterior': over its posterior marginal (parameter-set.ts). */
  readonly space?: SensitivitySpace;
  /** The posterior of the 'posterior' space (default: the shipped one). */
  readonly posterior?: Posterior;
  /** Morris: trajectories r; Sobol': base samples N. */
  readonly samples?: number;
  /** Morris grid levels p (even). */
  readonly levels?: number;
  /** Runs per evaluation. */
  readonly runs?: number;
  /** Seeds the design, the ensembles (the same for every evaluation) and the bootstrap; default: the scenario's. */
  readonly seed?: number;
  readonly workers?: number;
  readonly outcome?: SensitivityOutcome;
  readonly resamples?: number;
  readonly dataDir?: string;
  /** Evaluations finished, out of the total. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
}

export interface SensitivityParameter {
  readonly name: string;
  /** The registry's plain-English label (src/model/parameter-labels.ts), for people; `name` is the code name. */
  readonly label: string;
  /** The values the design spans: the registry range, or the posterior draws' smallest and largest. */
  readonly min: number; readonly max: number; readonly default: number; readonly unit: string;
  /** What the parameter was varied over: its range (uniform) or its posterior marginal (quantiles of the draws). */
  readonly over: 'range' | 'posterior';
}

interface SensitivityMeta {
  readonly scenario: string;
  readonly outcome: SensitivityOutcome;
  readonly outcomeMeaning: string;
  /** 'ranges' or 'posterior': what the parameters were varied over. */
  readonly space: SensitivitySpace;
  /** The parameters varied, each over its range or its posterior marginal (`over`), in the order given. */
  readonly parameters: readonly SensitivityParameter[];
  readonly samples: number;
  readonly evaluations: number;
  readonly runsPerEvaluation: number;
  readonly seed: number;
  /** Mean and standard deviation of the outcome over the evaluations. */
  readonly outcomeMean: number;
  readonly outcomeSd: number;
}

export interface MorrisRanked extends ElementaryEffects { readonly name: string; readonly rank: number }
export interface SobolRanked extends SobolIndex { readonly name: string; readonly rank: number }

export type SensitivityResult =
  | (SensitivityMeta & { readonly method: 'morris'; readonly levels: number; readonly delta: number; readonly ranking: readonly MorrisRanked[] })
  | (SensitivityMeta & { readonly method: 'sobol'; readonly resamples: number; readonly ranking: readonly SobolRanked[] });

function wholeNumber(problems: string[], name: string, v: number | undefined, min: number, max: number): void {
  if (v !== undefined && (!Number.isInteger(v) || v < min || v > max)) problems.push(`${name} ${v}: give a whole number from ${min} to ${max}`);
}

/** Checks every option at once; throws one InputError listing all problems. */
function checkOptions(o: SensitivityOptions): void {
  const problems: string[] = [];
  if (!(SENSITIVITY_METHODS as readonly string[]).includes(o.method)) problems.push(`method ${String(o.method)}: choose ${SENSITIVITY_METHODS.join(' or ')}`);
  if (o.space !== undefined && !(SENSITIVITY_SPACES as readonly string[]).includes(o.space)) problems.push(`space ${String(o.space)}: choose ${SENSITIVITY_SPACES.join(' or ')}`);
  if (o.outcome !== undefined && !(SUMMARY_OUTCOMES as readonly string[]).includes(o.outcome)) problems.push(`outcome ${String(o.outcome)}: choose one of ${SUMMARY_OUTCOMES.join(', ')}`);
  wholeNumber(problems, 'samples', o.samples, 2, 1_000_000);
  wholeNumber(problems, 'runs', o.runs, 1, 1_000_000);
  wholeNumber(problems, 'seed', o.seed, 0, 2 ** 32 - 1);
  wholeNumber(problems, 'workers', o.workers, 1, 64);
  wholeNumber(problems, 'resamples', o.resamples, 100, 100_000);
  if (problems.length > 0) throw new InputError(problems.join('; '));
}

function ranked<T extends object>(rows: readonly T[], names: readonly string[], key: (r: T) => number): (T & { name: string; rank: number })[] {
  const order = rows.map((r, i) => ({ ...r, name: names[i]!, v: key(r) }))
    .sort((a, b) => (Number.isNaN(b.v) ? -1 : Number.isNaN(a.v) ? 1 : b.v - a.v)); // stable: ties keep the order given
  return order.map(({ v: _v, ...r }, i) => ({ ...(r as unknown as T & { name: string }), rank: i + 1 }));
}

/**
 * Runs a Morris or Sobol' sensitivity analysis of `scenario` and ranks the parameters: Morris
 * by μ*, Sobol' by the total index ST. Deterministic for a seed, whatever the worker count.
 */
export async function sensitivity(scenario: Scenario, options: SensitivityOptions): Promise<SensitivityResult> {
  checkOptions(options);
  const space = options.space ?? 'ranges';
  const specs = sensitivityParameters(options.parameters ?? (space === 'posterior' ? posteriorParameters(options.posterior) : undefined));
  const marginals = space === 'posterior' ? posteriorMarginals(specs, options.posterior) : specs.map(() => null);
  const names = specs.map((s) => s.name), k = specs.length;
  const seed = options.seed ?? scenario.seed;
  const runs = options.runs ?? SENSITIVITY_DEFAULTS.runs;
  const outcome = options.outcome ?? SENSITIVITY_DEFAULTS.outcome;
  const resamples = options.resamples ?? SENSITIVITY_DEFAULTS.resamples;
  const morris = options.method === 'morris';
  const samples = options.samples ?? (morris ? SENSITIVITY_DEFAULTS.morrisSamples : SENSITIVITY_DEFAULTS.sobolSamples);
  const design = morris
    ? morrisDesign(k, { trajectories: samples, levels: options.levels ?? SENSITIVITY_DEFAULTS.levels, seed })
    : saltelliDesign(k, { samples, seed });
  const values = space === 'posterior' ? toPosteriorValues(design.points, specs, marginals) : toParameterValues(design.points, specs);
  const outputs = await evaluateModel(scenario, names, values, {
    runs, seed, workers: options.workers ?? SENSITIVITY_DEFAULTS.workers,
    dataDir: options.dataDir, signal: options.signal, onProgress: options.onProgress,
  });
  const y = outputs[outcome];
  let mean = 0;
  for (const v of y) mean += v;
  mean /= y.length;
  let ss = 0;
  for (const v of y) ss += (v - mean) ** 2;
  const meta: SensitivityMeta = {
    scenario: scenario.name, outcome, outcomeMeaning: OUTCOME_MEANING[outcome], space,
    parameters: specs.map((s, i) => {
      const m = marginals[i];
      return m ? { name: s.name, label: s.label, min: m[0]!, max: m[m.length - 1]!, default: s.default, unit: s.unit, over: 'posterior' as const } : { name: s.name, label: s.label, min: s.min, max: s.max, default: s.default, unit: s.unit, over: 'range' as const };
    }),
    samples, evaluations: y.length, runsPerEvaluation: runs, seed,
    outcomeMean: mean, outcomeSd: y.length > 1 ? Math.sqrt(ss / (y.length - 1)) : 0,
  };
  if ('trajectories' in design) {
    const effects = morrisEffects(design, y, { seed, resamples });
    return { ...meta, method: 'morris', levels: design.levels, delta: design.delta, ranking: ranked(effects, names, (e) => e.muStar) };
  }
  const indices = sobolIndices(design, y, { seed, resamples });
  return { ...meta, method: 'sobol', resamples, ranking: ranked(indices, names, (s) => s.st) };
}
