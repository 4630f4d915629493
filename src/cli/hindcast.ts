/** `ballast hindcast`: calibrate on data up to a year, run the hindcast scenario, score it against the truth and two baselines. */
import { Option, type Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { defaultWorkers } from '../engine/default-workers.js';
import type { Hindcast } from '../validation/hindcast.js';
import { METHODS } from '../validation/hindcast-methods.js';
import { progressBar } from './progress.js';
import { wholeNumber as int } from './flags.js';
import { checkOutFile, writeOut } from './out.js';
import { backendOptions, withBackend, type BackendFlags } from './backend.js';

const f = (x: number, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : '–');
const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(0)}%` : '–');

/** The printed report: scores, the 2% count, the checks, and plain words where the model loses. */
export function formatHindcast(h: Hindcast): string {
  const lines: string[] = [
    `Hindcast ${h.window[0]}-${h.window[1]}, trained on data up to ${h.trainUntil} (${h.scenario}, ${h.runs.toLocaleString('en-US')} runs, seed ${h.seed})`,
    `Calibrated: ${Object.entries(h.calibration.parameters).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    h.calibration.joint
      ? `Credibility baseline and accommodation constant fitted together: the joint ABC-SMC, ${h.calibration.joint.samples} simulations (ESS ${h.calibration.joint.ess.toFixed(1)}, correlation ${h.calibration.joint.correlation.toFixed(2)})`
      : h.calibration.credibility && h.calibration.accommodation
        ? 'Credibility baseline and accommodation constant fitted one after the other (--joint N fits them together)'
        : 'Credibility baseline not fitted by ABC in this run: the registry\'s prior values',
    '',
  ];
  if (!h.scored) {
    lines.push(`No truth for ${h.window[0]}-${h.window[1]}: the bundled data end earlier. Scores need --truth FILE (iso3,year,milex_pct_gdp; docs/VALIDATION.md).`, '', 'Qualitative checks');
    for (const c of h.checks) lines.push(`  ${c.passed ? '✓' : '✗'} ${c.name}: ${c.value}`);
    if (h.posterior) {
      lines.push('', 'The same checks with parameter uncertainty');
      for (const c of h.posterior.checks) lines.push(`  ${c.passed ? '✓' : '✗'} ${c.name}: ${c.value}`);
    }
    return lines.join('\n');
  }
  lines.push(
    `Defence spending, % of GDP, ${h.rows.length} ally-years (lower is better for MAE, RMSE, CRPS; coverage should match 50% and 90%)`,
    `  method       MAE     RMSE    CRPS    50% cov  90% cov`,
    ...METHODS.map((m) => { const s = h.scores[m]; return `  ${m.padEnd(11)} ${f(s.mae).padStart(6)}  ${f(s.rmse).padStart(6)}  ${f(s.crps).padStart(6)}  ${pct(s.coverage50).padStart(7)}  ${pct(s.coverage90).padStart(7)}`; }),
  );
  if (h.posterior) {
    const s = h.posterior.scores;
    lines.push(`  ${'drawn'.padEnd(11)} ${f(s.mae).padStart(6)}  ${f(s.rmse).padStart(6)}  ${f(s.crps).padStart(6)}  ${pct(s.coverage50).padStart(7)}  ${pct(s.coverage90).padStart(7)}   (the model, each run's calibrated parameters drawn from the training calibration's posterior, ${h.posterior.draws} draws)`);
  }
  const model = h.scores.model;
  for (const b of ['persistence', 'trend'] as const) {
    const lost = (['mae', 'rmse', 'crps'] as const).filter((k) => h.scores[b][k] < model[k]);
    lines.push(lost.length === 0 ? `  The model beats ${b} on MAE, RMSE and CRPS.` : `  The model loses to ${b} on ${lost.map((k) => k.toUpperCase()).join(', ')}.`);
  }
  const verdict = (c: number) => (c < 0.85 ? ': too narrow' : c > 0.95 ? ': too wide' : '');
  lines.push(`  The model's intervals cover ${pct(model.coverage50)} (50%) and ${pct(model.coverage90)} (90%)${verdict(model.coverage90)}${h.posterior ? `; with parameter uncertainty ${pct(h.posterior.scores.coverage50)} and ${pct(h.posterior.scores.coverage90)}${verdict(h.posterior.scores.coverage90)}` : ''}.`);
  lines.push('', 'Allies at or above 2% of GDP (truth, model median [90% band], persistence, trend)');
  for (const t of h.twoPercent) lines.push(`  ${t.year}  truth ${t.truth}  model ${t.model.q50} [${t.model.q05}–${t.model.q95}]  persistence ${t.persistence}  trend ${t.trend}`);
  lines.push('', 'Qualitative checks');
  for (const c of h.checks) lines.push(`  ${c.passed ? '✓' : '✗'} ${c.name}: ${c.value}`);
  if (h.posterior) {
    lines.push('', 'The same checks with parameter uncertainty');
    for (const c of h.posterior.checks) lines.push(`  ${c.passed ? '✓' : '✗'} ${c.name}: ${c.value}`);
  }
  return lines.join('\n');
}

export function registerHindcastCommand(program: Command): void {
  backendOptions(program
    .command('hindcast')
    .description('calibrate on data up to a year, run the hindcast scenario, and score it against the truth and two baselines')
    .option('--train-until <year>', 'last year the calibration may see', '2016')
    .option('--from <year>', 'first year of the window (the year after --train-until)', '2017')
    .option('--to <year>', 'last year of the window', '2024')
    .option('--truth <file>', 'CSV with iso3,year,milex_pct_gdp (default: the bundled data, when the window lies inside them)')
    .option('--scenario <file>', 'the hindcast scenario (default: the shipped scenarios/hindcast-FROM-TO.yaml, wherever ballast runs from)')
    .option('--runs <n>', 'runs in the ensemble', '2000')
    .option('--seed <s>', 'seed (default: the scenario\'s)')
    .option('--workers <w>', 'worker threads')
    .option('--joint <n>', 'fit the training calibration\'s credibility baseline and accommodation constant together (the joint ABC-SMC, as the shipped defaults are) with this many simulations, instead of one after the other')
    .option('--out <file>', 'also write the full report as JSON')
    .option('--quiet', 'no progress bar')
    .addOption(new Option('--format <format>', 'output on stdout').choices(['table', 'json']).default('table'))
    )
    .addHelpText('after', '\nExamples:\n  ballast hindcast --train-until 2011 --from 2012 --to 2016\n  ballast hindcast --train-until 2016 --from 2017 --to 2024 --truth truth.csv')
    .action(async (o: { trainUntil: string; from: string; to: string; truth?: string; scenario?: string; runs: string; seed?: string; workers?: string; joint?: string; out?: string; quiet?: boolean; format: 'table' | 'json' } & BackendFlags) => {
      const trainUntil = int(o.trainUntil, '--train-until'), from = int(o.from, '--from'), to = int(o.to, '--to');
      const { closePools } = await import('../engine/index.js');
      const { hindcast } = await import('../validation/hindcast.js');
      const { readTruth } = await import('../validation/truth.js');
      const truth = o.truth ? readTruth(o.truth, [from, to]) : undefined;
      const out = o.out === undefined ? undefined : checkOutFile('--out', o.out);
      const bar = progressBar('hindcast', o.quiet === true || o.format === 'json', o.backend === 'bullmq');
      try {
        const h = await withBackend(o, () => hindcast({
          trainUntil, from, to, runs: int(o.runs, '--runs'), workers: o.workers ? int(o.workers, '--workers') : defaultWorkers(),
          ...(truth ? { truth } : {}), ...(o.scenario ? { scenarioFile: o.scenario } : {}), ...(o.seed ? { seed: int(o.seed, '--seed') } : {}),
          ...(o.joint !== undefined ? { joint: int(o.joint, '--joint', 24, 1_000_000) } : {}),
          onProgress: (d, t) => bar.update(d, t),
        }), bar);
        bar.stop();
        const { result: _result, ...report } = h;
        void _result;
        if (out !== undefined) writeOut('--out', out, () => writeFileSync(out, JSON.stringify(report, null, 1) + '\n'));
        process.stdout.write(o.format === 'json' ? JSON.stringify(report, null, 1) + '\n' : formatHindcast(h) + '\n');
      } finally {
        bar.stop();
        await closePools();
      }
    });
}
