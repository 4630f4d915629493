/** `ballast sensitivity`: which parameters drive a scenario's outcome (Morris screening or Sobol' indices). */
import { Option, type Command } from 'commander';
import { defaultWorkers } from '../engine/default-workers.js';
import { InputError } from '../engine/errors.js';
import { SUMMARY_OUTCOMES } from '../vocabulary.js';
import type { SensitivityOutcome, SensitivityResult } from '../validation/sensitivity/index.js';
import {
  DEFAULT_SENSITIVITY_PARAMETERS, UNFITTED_PARAMETERS, SENSITIVITY_DEFAULTS, SENSITIVITY_METHODS, SENSITIVITY_SPACES,
  type SensitivityMethod, type SensitivitySpace,
} from '../validation/sensitivity/settings.js';
import { dec, renderTable, type Column } from './format.js';
import { backendOptions, whereItRan, withBackend, type Backend } from './backend.js';
import { progressBar } from './progress.js';

interface SensitivityFlags {
  method: SensitivityMethod; samples?: string; outcome: SensitivityOutcome; parameters?: string;
  runs?: string; seed?: string; workers?: string; format: 'table' | 'json'; quiet?: boolean; space: SensitivitySpace; backend?: Backend; redis?: string;
}

const OUTCOME_LABEL: Record<SensitivityOutcome, string> = {
  p_holds: 'P(holds)', mean_cohesion: 'mean cohesion at the horizon', allies_at_2pct: 'allies at ≥2% of GDP at the horizon', p_nuclear: 'P(any nuclear programme)',
};

/** Whole-number flags, every problem reported at once. */
function integers(o: SensitivityFlags): { samples?: number; runs?: number; seed?: number; workers?: number } {
  const problems: string[] = [], out: Record<string, number> = {};
  const flags = [['samples', o.samples, 2, 1_000_000], ['runs', o.runs, 1, 1_000_000], ['seed', o.seed, 0, 2 ** 32 - 1], ['workers', o.workers, 1, 64]] as const;
  for (const [name, v, min, max] of flags) {
    if (v === undefined) continue;
    const n = Number(v);
    if (v.trim() === '' || !Number.isInteger(n) || n < min || n > max) problems.push(`--${name} ${v}: give a whole number from ${min} to ${max}`);
    else out[name] = n;
  }
  if (problems.length > 0) throw new InputError(problems.join('; '));
  return out;
}

const label = (r: SensitivityResult, name: string) => r.parameters.find((x) => x.name === name)?.label ?? name;
const range = (r: SensitivityResult, name: string) => { const p = r.parameters.find((x) => x.name === name)!; return p.over === 'posterior' ? `${p.min.toPrecision(3)} – ${p.max.toPrecision(3)} (posterior)` : `${p.min} – ${p.max}`; };
const interval = (lo: number, hi: number) => (Number.isFinite(lo) && Number.isFinite(hi) ? `[${lo.toFixed(3)}, ${hi.toFixed(3)}]` : null);

/** The ranked table with a heading that says what was done and a footer that says how to read it. */
export function formatSensitivity(r: SensitivityResult): string {
  const head = [
    `Sensitivity of ${OUTCOME_LABEL[r.outcome]} in "${r.scenario}": ${r.method === 'morris' ? 'Morris elementary effects (Morris 1991; μ*, Campolongo et al. 2007)' : 'Sobol\' indices, Saltelli sampling (Saltelli et al. 2010; ST by Jansen 1999)'}`,
    `${r.parameters.length} parameters, ${r.space === 'posterior' ? 'each over its posterior marginal (quantiles of the shipped draws; independently, so the draws\' correlations are not kept)' : 'uniform over the registry\'s ranges'}; ${r.method === 'morris' ? `${r.samples} trajectories, ${r.levels} levels, Δ = ${r.delta.toFixed(3)}` : `${r.samples} base samples`}: ${r.evaluations.toLocaleString('en-US')} evaluations of ${r.runsPerEvaluation} runs each (seed ${r.seed}, common random numbers)`,
    `${OUTCOME_LABEL[r.outcome]} over the evaluations: mean ${r.outcomeMean.toFixed(3)}, s.d. ${r.outcomeSd.toFixed(3)}`,
    '',
  ];
  if (r.method === 'morris') {
    const cols: Column<(typeof r.ranking)[number]>[] = [
      { header: 'rank', value: (x) => x.rank, right: true },
      { header: 'parameter', value: (x) => label(r, x.name) },
      { header: 'name', value: (x) => x.name },
      { header: 'range', value: (x) => range(r, x.name), right: true },
      { header: 'μ*', value: (x) => dec(x.muStar, 3), right: true },
      { header: '95% interval', value: (x) => interval(x.muStarLo, x.muStarHi) },
      { header: 'μ', value: (x) => dec(x.mu, 3), right: true },
      { header: 'σ', value: (x) => dec(x.sigma, 3), right: true },
    ];
    return [...head, renderTable(cols, r.ranking), '',
      `μ*: mean absolute elementary effect, the change of the outcome when the parameter moves Δ of its ${r.space === 'posterior' ? 'posterior quantiles (from the 0% to the 100% quantile of its draws = 1)' : 'range, per whole range'}; the`,
      'ranking. μ: its signed mean (+: the outcome rises with the parameter). σ large against μ*: non-linear, or interacting with others.'].join('\n');
  }
  const cols: Column<(typeof r.ranking)[number]>[] = [
    { header: 'rank', value: (x) => x.rank, right: true },
    { header: 'parameter', value: (x) => label(r, x.name) },
    { header: 'name', value: (x) => x.name },
    { header: 'range', value: (x) => range(r, x.name), right: true },
    { header: 'ST', value: (x) => dec(x.st, 3), right: true },
    { header: '95% interval', value: (x) => interval(x.stLo, x.stHi) },
    { header: 'S1', value: (x) => dec(x.s1, 3), right: true },
    { header: '95% interval ', value: (x) => interval(x.s1Lo, x.s1Hi) },
  ];
  return [...head, renderTable(cols, r.ranking), '',
    `ST: share of the outcome's variance that involves the parameter, alone or with others (the ranking; ~0: it can be fixed anywhere in its ${r.space === 'posterior' ? 'posterior' : 'range'}).`,
    'S1: the share it explains alone. ST − S1: its interactions. Intervals: bootstrap over the base samples; noise from finite runs adds to both.'].join('\n');
}

export function registerSensitivityCommand(program: Command): void {
  backendOptions(program
    .command('sensitivity <scenario>')
    .description('which parameters drive a scenario\'s outcome: Morris screening or Sobol\' indices over the registry\'s ranges (docs/SENSITIVITY.md)')
    .addOption(new Option('--method <method>', 'morris (screening: μ*, μ, σ) or sobol (first-order and total indices)').choices(SENSITIVITY_METHODS).makeOptionMandatory())
    .option('--samples <n>', `Morris: trajectories (default ${SENSITIVITY_DEFAULTS.morrisSamples}); Sobol: base samples (default ${SENSITIVITY_DEFAULTS.sobolSamples})`)
    .addOption(new Option('--outcome <name>', 'the outcome to explain').choices(SUMMARY_OUTCOMES).default(SENSITIVITY_DEFAULTS.outcome))
    .option('--parameters <a,b,c>', `parameters to vary (default: ${DEFAULT_SENSITIVITY_PARAMETERS.join(',')}); 'unfitted': all ${UNFITTED_PARAMETERS.length} not fitted to data, for screening`)
    .addOption(new Option('--space <space>', 'ranges: each parameter uniform over its registry range; posterior: over its posterior marginal (default parameters: the posterior\'s)').choices(SENSITIVITY_SPACES).default('ranges'))
    .option('--runs <r>', `runs per evaluation (default ${SENSITIVITY_DEFAULTS.runs})`)
    .option('--seed <s>', 'seed of the design, the ensembles and the bootstrap (default: the scenario\'s)')
    .option('--workers <w>', `worker threads (default: ${defaultWorkers()}, one per core); results do not depend on it`)
    .option('--quiet', 'no progress bar')
    .addOption(new Option('--format <format>', 'output on stdout').choices(['table', 'json']).default('table'))
    )
    .addHelpText('after', '\nExamples:\n  ballast sensitivity scenarios/worst-case.yaml --method morris\n  ballast sensitivity scenarios/worst-case.yaml --method sobol --samples 128 --runs 100 --outcome mean_cohesion --format json\n  ballast sensitivity scenarios/worst-case.yaml --method morris --parameters unfitted --samples 40 --runs 100')
    .action(async (file: string, o: SensitivityFlags) => {
      const n = integers(o);
      const parameters = o.parameters === 'unfitted' ? UNFITTED_PARAMETERS : o.parameters?.split(',').map((s) => s.trim()).filter((s) => s !== '');
      const { loadScenario } = await import('../scenario/index.js');
      const { sensitivity } = await import('../validation/sensitivity/index.js');
      const { closePools } = await import('../engine/pool.js');
      const scenario = loadScenario(file);
      const ctl = new AbortController();
      const onInt = () => ctl.abort();
      process.once('SIGINT', onInt);
      const bar = progressBar(`sensitivity (${o.method})`, o.quiet === true || o.format !== 'table', o.backend === 'bullmq');
      const runs = n.runs ?? SENSITIVITY_DEFAULTS.runs, workers = n.workers ?? defaultWorkers();
      const t0 = performance.now();
      try {
        // The bar counts runs (evaluations × runs per evaluation), the unit it shows.
        const r = await withBackend(o, () => sensitivity(scenario, {
          method: o.method, outcome: o.outcome, space: o.space, runs, workers, signal: ctl.signal, onProgress: (d, t) => bar.update(d * runs, t * runs),
          ...(parameters ? { parameters } : {}), ...(n.samples !== undefined ? { samples: n.samples } : {}), ...(n.seed !== undefined ? { seed: n.seed } : {}),
        }), bar);
        bar.stop();
        if (o.format === 'json') process.stdout.write(JSON.stringify(r, null, 2) + '\n');
        else process.stdout.write(`${formatSensitivity(r)}\n\n${r.evaluations.toLocaleString('en-US')} evaluations in ${((performance.now() - t0) / 1000).toFixed(1)} s on ${whereItRan(o, workers)}\n`);
      } finally {
        bar.stop();
        process.off('SIGINT', onInt);
        await closePools();
      }
    });
}
