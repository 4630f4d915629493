/**
 * The model as a function of its parameters, for sensitivity analysis: a parameter vector
 * becomes the scenario with those `parameters` overridden, compiled in this thread (workers
 * never read data files) and run as a small ensemble on the worker pool, one task per vector.
 *
 * Every ensemble runs the same runs 0 … R−1 with the same seed: common random numbers. Run r of
 * every evaluation draws the same numbers from the same streams (events, probes, decisions,
 * nuclear steps, budget shocks), so the difference between two evaluations is mostly the
 * difference their parameters make, not sampling noise. Elementary effects (differences of
 * neighbouring points) and the Saltelli estimators (differences f(A_B^(i)) − f(A)) both rest on
 * such differences, so they need far fewer runs than independent ensembles would.
 */
import { runSummaries } from '../../engine/ensemble.js';
import { SUMMARY_OUTCOME_META, SUMMARY_OUTCOMES, type SummaryOutcome } from '../../vocabulary.js';
import { defaultDataDir } from '../../data/index.js';
import { compileScenario, coreOf } from '../../scenario/compile.js';
import type { Scenario } from '../../scenario/schema.js';

/** The outcomes a sensitivity analysis can study (the engine's summary fields). */
/** The outcomes a screen explains: the vocabulary's SUMMARY_OUTCOMES. */
export type SensitivityOutcome = SummaryOutcome;

export const OUTCOME_MEANING: Readonly<Record<SensitivityOutcome, string>> = Object.freeze(Object.fromEntries(SUMMARY_OUTCOMES.map((f) => [f, SUMMARY_OUTCOME_META[f].meaning])) as Record<SensitivityOutcome, string>);

export interface ModelEvaluationOptions {
  /** R, runs per evaluation (the same runs 0 … R−1 for every evaluation). */
  readonly runs: number;
  readonly seed: number;
  /** Worker threads; 1 runs in this thread. The outputs do not depend on it. */
  readonly workers?: number;
  readonly dataDir?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

/** One column per outcome, one entry per evaluation. */
export type ModelOutputs = { readonly [F in SensitivityOutcome]: Float64Array };

/**
 * Evaluates the model at each row of `values` (evaluations × names.length, in the registry's
 * units, row-major): the scenario with parameters[names[i]] = row[i], its other overrides kept.
 */
export async function evaluateModel(scenario: Scenario, names: readonly string[], values: Float64Array, options: ModelEvaluationOptions): Promise<ModelOutputs> {
  const k = names.length, count = values.length / k;
  const dataDir = options.dataDir ?? defaultDataDir();
  const coreAt = (e: number) => {
    const parameters = { ...scenario.parameters };
    for (let i = 0; i < k; i++) parameters[names[i]!] = values[e * k + i]!;
    return coreOf(compileScenario({ ...scenario, parameters }, { dataDir }));
  };
  const rows = await runSummaries(count, coreAt, {
    runs: options.runs, seed: options.seed, workers: options.workers ?? 1,
    ...(options.signal ? { signal: options.signal } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  return Object.fromEntries(SUMMARY_OUTCOMES.map((f, j) => [f, Float64Array.from(rows, (r) => r[j]!)])) as ModelOutputs;
}
