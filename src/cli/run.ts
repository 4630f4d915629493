/**
 * `ballast run`, `ballast compare`, `ballast explain`: ensembles of scenarios from the command line.
 * The engine, the scenario reader and the result writers are loaded by the action that runs, so
 * `--help` and usage errors load none of them.
 */
import { Option, type Command } from 'commander';
import { defaultWorkers } from '../engine/default-workers.js';
import { optionalWholeNumber } from './flags.js';
import { ScenarioError } from '../scenario/errors.js';
import type { Scenario } from '../scenario/index.js';
import type { Headline } from '../results/headline.js';
import type { EnsembleResult } from '../results/assemble.js';
import { checkOutFolder, writeOut } from './out.js';
import { FORMATS, type Format } from './format.js';
import { progressBar } from './progress.js';
import { PARAMETER_MODES, type ParameterMode } from '../model/parameter-modes.js';
import { backendOptions, whereItRan, withBackend, type BackendFlags } from './backend.js';

interface RunOptions extends BackendFlags { runs?: string; seed?: string; workers?: string; out?: string; format: Format; quiet?: boolean; parameters: ParameterMode; baseline?: 'continuity' | 'none' }

/**
 * The headline of a result against continuity (src/results/headline.ts): continuity's ensemble of
 * the same runs and seed (and parameter treatment), run here unless the scenario is continuity or
 * starts elsewhere; `--baseline none` leaves the comparison out.
 */
async function headlineOf(scenario: Scenario, result: EnsembleResult, mode: 'continuity' | 'none', run: (s: Scenario) => Promise<EnsembleResult>): Promise<Headline | null> {
  const { headlineAgainstContinuity } = await import('../results/headline.js');
  const { CONTINUITY_FILE, loadScenario } = await import('../scenario/index.js');
  const continuity = mode === 'none' ? { none: 'no baseline: --baseline none' } : loadScenario(CONTINUITY_FILE);
  return (await headlineAgainstContinuity(scenario, result, continuity, run)).headline;
}


function common(cmd: Command): Command {
  return backendOptions(cmd)
    .option('--runs <n>', 'runs in the ensemble (default: the scenario\'s)')
    .option('--seed <s>', 'seed (default: the scenario\'s)')
    .option('--workers <w>', `worker threads (default: ${defaultWorkers()}, one per core); results do not depend on it`)
    .option('--quiet', 'no progress bar')
    .addOption(new Option('--parameters <mode>', 'posterior: each run draws the calibrated parameters the scenario does not fix from their posterior, and outcomes get a total interval beside the Monte Carlo one; fixed: the calibration\'s point values').choices(PARAMETER_MODES).default('posterior'))
    .addOption(new Option('--format <format>', 'output on stdout').choices(FORMATS).default('table'));
}

function engineOptions(o: RunOptions, signal: AbortSignal) {
  const runs = optionalWholeNumber(o.runs, '--runs', 1, 10_000_000);
  const seed = optionalWholeNumber(o.seed, '--seed', 0, 2 ** 32 - 1);
  return { ...(runs !== undefined ? { runs } : {}), ...(seed !== undefined ? { seed } : {}), workers: optionalWholeNumber(o.workers, '--workers', 1, 64) ?? defaultWorkers(), parameters: o.parameters, signal };
}

/** Cancels the work on Ctrl-C (the ensemble rejects with an AbortError and nothing is written). */
function interruptible(): { signal: AbortSignal; done: () => void } {
  const ctl = new AbortController();
  const onInt = () => ctl.abort();
  process.once('SIGINT', onInt);
  return { signal: ctl.signal, done: () => process.off('SIGINT', onInt) };
}

export function registerRunCommands(program: Command): void {
  common(program.command('run <scenario>')
    .description('run an ensemble of a scenario: outcome probabilities with intervals, metrics by year, the system\'s and each theatre\'s outcomes, the allies likeliest to accommodate a rival or proliferate and why')
    .option('--out <dir>', 'write result.json, CSV tables, headline.json and manifest.json into this folder')
    .addOption(new Option('--baseline <which>', 'continuity: also run continuity with the same runs and seed, and read the answer against it in the headline; none: the headline alone (the same time as the scenario)').choices(['continuity', 'none']).default('continuity'))
    .addHelpText('after', '\nExamples:\n  ballast run scenarios/worst-case.yaml --runs 2000\n  ballast run scenarios/continuity.yaml --out results/continuity --format json'))
    .action(async (file: string, o: RunOptions) => {
      const { loadScenario, readScenarioText } = await import('../scenario/index.js');
      const { runScenario } = await import('../results/simulate.js');
      const { formatSummary } = await import('../results/summary.js');
      const { writeResultFiles, resultFiles } = await import('../results/export.js');
      const { closePools } = await import('../engine/pool.js');
      const scenario = loadScenario(file);
      // Checked before the ensemble runs; the scenario's text is kept beside its results.
      const out = o.out === undefined ? undefined : checkOutFolder('--out', o.out);
      const read = out === undefined ? undefined : readScenarioText(file);
      if (read !== undefined && !read.ok) throw new ScenarioError(read.issues);
      const scenarioText = read?.value;
      const { signal, done } = interruptible();
      const bar = progressBar('run', o.quiet === true || o.format !== 'table', o.backend === 'bullmq');
      const opts = engineOptions(o, signal);
      const t0 = performance.now();
      try {
        const { result, head } = await withBackend(o, async () => {
          const result = await runScenario(scenario, { ...opts, onProgress: (d, t) => bar.update(d, t) });
          bar.stop();
          const base = progressBar('continuity', o.quiet === true || o.format !== 'table', o.backend === 'bullmq');
          try {
            // The baseline's runs and seed are the result's (so --runs and --seed apply to both).
            const head = await headlineOf(scenario, result, o.baseline ?? 'continuity', (s) => runScenario(s, { ...opts, runs: result.runs, seed: result.seed, onProgress: (d, t) => base.update(d, t) }));
            return { result, head };
          } finally { base.stop(); }
        }, bar);
        const ms = performance.now() - t0;
        if (out !== undefined) writeOut('--out', out, () => writeResultFiles(out, result, { file, workers: opts.workers, durationMs: ms, scenarioText, headline: head }));
        if (o.format === 'json') process.stdout.write(resultFiles(result)['result.json']!);
        else if (o.format === 'csv') process.stdout.write(resultFiles(result)['outcomes.csv']!);
        else {
          const { loadWorldCached } = await import('../data/world-cache.js');
          const names = new Map((await loadWorldCached(scenario.world)).states.map((x) => [x.iso3, x.name]));
          process.stdout.write(formatSummary(result, head, (iso3) => names.get(iso3) ?? iso3) + '\n');
          process.stdout.write(`\n${result.runs.toLocaleString('en-US')} runs${head?.baseline.kind === 'continuity' ? ' and as many of continuity' : ''} in ${(ms / 1000).toFixed(1)} s on ${whereItRan(o, opts.workers)}${o.out ? `; files in ${o.out}` : ''}\n`);
        }
      } finally {
        bar.stop();
        done();
        await closePools();
      }
    });

  common(program.command('compare <a> <b>')
    .description('compare two scenarios run by run (common random numbers): differences in outcome probabilities and metrics with 95% intervals'))
    .action(async (a: string, b: string, o: RunOptions) => {
      const { loadScenario } = await import('../scenario/index.js');
      const { compareScenarios } = await import('../results/simulate.js');
      const { formatComparison } = await import('../results/explain-format.js');
      const { closePools } = await import('../engine/pool.js');
      const sa = loadScenario(a), sb = loadScenario(b);
      const { signal, done } = interruptible();
      const bar = progressBar('compare', o.quiet === true || o.format !== 'table', o.backend === 'bullmq');
      try {
        const cmp = await withBackend(o, () => compareScenarios(sa, sb, { ...engineOptions(o, signal), onProgress: (d, t) => bar.update(d, t) }), bar);
        bar.stop();
        if (o.format === 'json') process.stdout.write(JSON.stringify({ a: cmp.a.scenario, b: cmp.b.scenario, runs: cmp.runs, seed: cmp.seed, differences: cmp.differences, outcomes: { a: cmp.a.outcomes, b: cmp.b.outcomes } }, null, 2) + '\n');
        else process.stdout.write(formatComparison(cmp, o.format === 'csv') + '\n');
      } finally {
        bar.stop();
        done();
        await closePools();
      }
    });

  common(program.command('explain <scenario>')
    .description('why an ally takes the stance it does: the utility terms of its stance review and the signals that moved its credibility')
    .requiredOption('--ally <iso3>', 'the ally, e.g. HUN')
    .option('--month <yyyy-mm>', 'the month (default: the last month)')
    .option('--run <n>', 'the run to trace (default: the median run)'))
    .action(async (file: string, o: RunOptions & { ally: string; month?: string; run?: string }) => {
      const { loadScenario } = await import('../scenario/index.js');
      const { explainAlly } = await import('../results/simulate.js');
      const { formatExplanation } = await import('../results/explain-format.js');
      const { closePools } = await import('../engine/pool.js');
      const scenario = loadScenario(file);
      const { signal, done } = interruptible();
      const bar = progressBar('explain', o.quiet === true || o.format !== 'table', o.backend === 'bullmq');
      try {
        const run = optionalWholeNumber(o.run, '--run', 0, 10_000_000);
        const e = await withBackend(o, () => explainAlly(scenario, o.ally.toUpperCase(), { ...engineOptions(o, signal), onProgress: (d, t) => bar.update(d, t), ...(o.month ? { month: o.month } : {}), ...(run !== undefined ? { run } : {}) }), bar);
        bar.stop();
        let name = (iso3: string) => iso3;
        if (o.format !== 'json') {
          const { loadWorldCached } = await import('../data/world-cache.js');
          const names = new Map((await loadWorldCached(scenario.world)).states.map((s) => [s.iso3, s.name]));
          name = (iso3) => names.get(iso3) ?? iso3;
        }
        process.stdout.write(o.format === 'json' ? JSON.stringify(e, null, 2) + '\n' : formatExplanation(e, name) + '\n');
      } finally {
        bar.stop();
        done();
        await closePools();
      }
    });
}
