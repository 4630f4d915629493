/**
 * `ballast calibrate --train-until Y`: estimates what the data up to Y can pin down (the
 * defence-effort equation by OLS, the credibility baseline by ABC against surveys, the
 * accommodation constant from the record of alignment shifts, the nuclear ladder's exploration
 * rate from the proliferation hazard) and every other estimate (reported, not used), with
 * intervals and fit, optionally scores the effort equation out of sample, and writes
 * a parameter file that scenarios name with `parameter_file:`; with --write-defaults, the module of
 * the registry's calibrated defaults (src/model/calibrated-defaults.ts).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Option, type Command } from 'commander';
import { InputError } from '../engine/errors.js';
import { defaultWorkers } from '../engine/default-workers.js';
import type { Calibration } from '../validation/calibration.js';
import type { JointAbcResult } from '../validation/joint-abc.js';
import { CALIBRATED_DEFAULTS_MODULE, DEFAULT_HINDCAST_TARGET_RUNS, DEFAULT_JOINT_SAMPLES } from '../validation/shipped-defaults.js';
import { progressBar } from './progress.js';
import { wholeNumber as int } from './flags.js';
import { checkOutFile, writeOut } from './out.js';
import { backendOptions, withBackend, type BackendFlags } from './backend.js';

/** The package's folder (src/cli or dist/cli is two below it). */
const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const f = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(1) : x.toFixed(4));

export function registerCalibrateCommand(program: Command): void {
  backendOptions(program
    .command('calibrate')
    .description('estimate the parameters the data up to a year can pin down, with intervals and fit; write a parameter file scenarios can name')
    .option('--train-until <year>', 'last year the calibration may see', '2016')
    .option('--holdout-until <year>', 'also fit on data up to --train-until and score the effort equation on the years after it, up to this year')
    .option('--out <file>', 'write the parameter file (JSON) here')
    .option('--write-defaults', `make the estimates the registry's shipped defaults: rewrite ${CALIBRATED_DEFAULTS_MODULE} (a maintainer's step, in a checkout, with --train-until 2016 and the default --abc-samples)`)
    .option('--abc-samples <n>', 'draws for the ABC of the credibility baseline (0 skips it)', '120')
    .option('--workers <w>', 'worker threads')
    .option('--joint <n>', `also fit the credibility baseline and the accommodation constant together (one ABC-SMC against the surveys, the alignment record and the hindcast of the last five training years where one is shipped) with this many simulations; its particles become those blocks of the posterior (the shipped defaults use ${DEFAULT_JOINT_SAMPLES}; docs/VALIDATION.md)`)
    .option('--hindcast-runs <n>', `runs of the joint ABC's hindcast target per simulation (scenarios/hindcast-2012-2016.yaml for --train-until 2016); 0 leaves the target out`, String(DEFAULT_HINDCAST_TARGET_RUNS))
    .option('--quiet', 'no progress bar')
    .addOption(new Option('--format <format>', 'output on stdout').choices(['table', 'json']).default('table'))
    )
    .addHelpText('after', '\nExamples:\n  ballast calibrate --train-until 2016 --out calibrated.json\n  ballast calibrate --train-until 2011 --holdout-until 2016\n  ballast calibrate --train-until 2016 --joint 600 --write-defaults   (npm run calibrate:defaults)')
    .action(async (o: { trainUntil: string; holdoutUntil?: string; out?: string; writeDefaults?: boolean; abcSamples: string; workers?: string; joint?: string; hindcastRuns: string; quiet?: boolean; format: 'table' | 'json' } & BackendFlags) => {
      const train = int(o.trainUntil, '--train-until');
      const { worldYears } = await import('../data/index.js');
      const { closePools } = await import('../engine/index.js');
      const { effortPanel, holdoutEffort } = await import('../model/index.js');
      const { calibrate, calibratedDefaultsModule, writeParameterFile } = await import('../validation/calibration.js');
      const { trainingDataDir } = await import('../validation/training-data.js');
      const { posteriorSummary } = await import('../validation/posterior.js');
      const [first, last] = worldYears();
      if (train < first + 6 || train > last) throw new InputError(`--train-until ${train}: choose a year from ${first + 6} to ${last}`);
      const holdout = o.holdoutUntil ? int(o.holdoutUntil, '--holdout-until') : null;
      if (holdout !== null && (holdout <= train || holdout > last)) throw new InputError(`--holdout-until ${holdout}: choose a year after ${train}, up to ${last}`);
      const samples = int(o.abcSamples, '--abc-samples');
      const jointSamples = o.joint === undefined ? null : int(o.joint, '--joint', 24, 1_000_000);
      const hindcastRuns = int(o.hindcastRuns, '--hindcast-runs', 0, 1_000_000);
      const out = o.out === undefined ? undefined : checkOutFile('--out', o.out);
      const defaultsModule = o.writeDefaults ? checkOutFile('--write-defaults', resolve(packageRoot, CALIBRATED_DEFAULTS_MODULE)) : undefined;
      if (o.writeDefaults && (train !== last || o.abcSamples !== '120' || jointSamples !== DEFAULT_JOINT_SAMPLES || hindcastRuns !== DEFAULT_HINDCAST_TARGET_RUNS)) throw new InputError(`--write-defaults ships the calibration on all the data: use --train-until ${last}, the default --abc-samples and --hindcast-runs, and --joint ${DEFAULT_JOINT_SAMPLES} (the registry's defaults and the test that checks them assume all four; npm run calibrate:defaults does it)`);
      const bar = progressBar('ABC', o.quiet === true || o.format === 'json' || samples === 0, o.backend === 'bullmq');
      try {
        const workers = o.workers ? int(o.workers, '--workers') : defaultWorkers();
        const c = await withBackend(o, () => calibrate(train, { abc: samples > 0, samples, workers, ...(jointSamples !== null ? { joint: jointSamples, hindcastRuns } : {}), onProgress: (d, t) => bar.update(d, t) }), bar);
        const joint = c.joint;
        bar.stop();
        // The holdout scores need the later years: they come from the full data, never from the training copy.
        const { effortPointOf, effortPosterior } = await import('../validation/posterior.js');
        const h = holdout !== null ? holdoutEffort(effortPanel(first + 1, holdout, holdout), train, holdout, 7, (fit) => effortPointOf(effortPosterior(fit))) : null;
        if (out !== undefined) writeOut('--out', out, () => writeParameterFile(out, c));
        if (defaultsModule !== undefined) writeOut('--write-defaults', defaultsModule, () => writeFileSync(defaultsModule, calibratedDefaultsModule(c)));
        if (o.format === 'json') {
          const accommodation = c.accommodation ? { value: c.accommodation.value, interval: c.accommodation.interval, record: c.accommodation.record, simulatedRate: c.accommodation.simulatedRate, method: c.accommodation.method } : null;
          const nuclear = c.exploreRate ? { value: c.exploreRate.value, interval: c.exploreRate.interval, referenceAnnual: c.exploreRate.referenceAnnual, referenceInterval: c.exploreRate.referenceInterval, method: c.exploreRate.method } : null;
          process.stdout.write(JSON.stringify({ trainUntil: train, dataVersion: c.dataVersion, parameters: c.parameters, intervals: c.intervals, effort: { years: c.effort.years, n: c.effort.ols.n, r2: c.effort.ols.r2 }, credibility: c.credibility, accommodation, nuclear, estimates: c.estimates, joint, holdout: h ? { years: [train + 1, holdout], scores: h.scores } : null }, null, 2) + '\n');
          return;
        }
        const e = c.effort;
        const lines = [
          `Calibration on data up to ${train} (a copy of data/ without later rows: ${trainingDataDir(train)})`,
          '',
          `Defence effort: m_t = m_{t-1} + κ(m* − m_{t-1}) + σε, m* = a + b·threat + c·threat·(1 − credibility) + d·peers`,
          `OLS on the SIPRI panel of allies ${e.years[0]}-${e.years[1]}: n = ${e.ols.n}, R² (levels) = ${e.ols.r2.toFixed(3)}, residual s.d. ${e.noise.toFixed(4)}`,
          `The sign of c is not in these data: the estimates are the posterior's means under the prior on the registry's ranges (c ≥ 0, d ≥ −1; ${(100 * c.effortPoint.negativeC).toFixed(0)}% of the unrestricted posterior has c < 0), with 95% credible intervals`,
          `  least squares: κ ${f(e.adjustment)}, a ${f(e.intercept)}, b ${f(e.threat)}, c ${f(e.credibilityGap)} [${f(e.intervals.credibilityGap[0])}, ${f(e.intervals.credibilityGap[1])}], d ${f(e.peers)}`,
          '  parameter                    estimate     95% interval',
          ...Object.entries(c.intervals).filter(([k]) => k.startsWith('effort_')).map(([k, [lo, hi]]) => `  ${k.padEnd(26)} ${f(c.parameters[k]!).padStart(10)}   [${f(lo)}, ${f(hi)}]`),
          `  ${'effort_noise'.padEnd(26)} ${f(c.parameters.effort_noise!).padStart(10)}   (posterior mean of the residual s.d.)`,
          '  effort_pressure keeps the registry value: no conditional guarantee before 2017, so the data cannot identify it.',
          '',
        ];
        if (c.credibility) {
          const a = c.credibility;
          lines.push(`Credibility baseline by ABC-SMC: ${a.samples} simulations of ${a.runsPerSample} runs from the registry ranges, ${a.generations[0]!.simulations} particles renewed in ${a.generations.length - 1} generations; ${a.accepted} within the last tolerance (minus log-likelihood ≤ ${a.epsilon.toFixed(1)}), ESS ${a.ess.toFixed(1)}`);
          lines.push(`  generations: ${a.generations.slice(1).map((g) => `ε ${g.epsilon.toFixed(1)}, acceptance ${(100 * g.acceptance).toFixed(0)}%, ESS ${g.ess.toFixed(1)}`).join('; ')}`);
          lines.push('against every survey series up to the training year (profile likelihood; a related attitude through its own linear link):');
          for (const x of a.fit.series) lines.push(`  ${x.measure.padEnd(24)} n = ${String(x.n).padStart(3)}  ${x.link === 'direct' ? 'direct (pct = 100·C)          ' : `pct = ${x.intercept.toFixed(1).padStart(6)} + ${x.slope.toFixed(2)}·100·C`}  RMSE ${x.rmse.toFixed(1).padStart(4)} points, r = ${x.correlation === null ? '–' : x.correlation.toFixed(2)}`);
          lines.push('  estimates:');
          for (const [k, est] of Object.entries(a.estimates)) lines.push(`  ${k.padEnd(26)} ${f(est.mean).padStart(10)}   [${f(est.lo)}, ${f(est.hi)}] (weighted 5% and 95% quantiles of the particles)`);
          lines.push(`  fit: RMSE ${a.distance.toFixed(1)} points between the model's credibility and the direct question (would the U.S. defend us)`);
        } else lines.push(`Credibility baseline: not calibrated (no survey asking whether the U.S. would defend the ally up to ${train}: the other series cannot set the level); the registry values stand.`);
        lines.push('');
        if (c.accommodation) {
          const a = c.accommodation, r = a.record;
          lines.push(`Accommodation constant from the record of alignment shifts: ${r.onsets} onsets of "away" episodes in ${r.allyYears} ally-years at risk, ${r.years[0]}-${r.years[1]}: ${(100 * r.rate).toFixed(2)}% a year [${(100 * r.lo).toFixed(2)}%, ${(100 * r.hi).toFixed(2)}%] (95% Wilson)`);
          lines.push(`  const_accommodation such that continuity from the ${train} World reproduces it (${a.evaluations} evaluations of ${a.runs} runs; simulated ${(100 * a.simulatedRate).toFixed(2)}% a year):`);
          lines.push(`  ${'const_accommodation'.padEnd(26)} ${f(c.parameters.const_accommodation!).padStart(10)}   [${f(a.interval[0])}, ${f(a.interval[1])}] (the base rate's interval, mapped)`);
        } else lines.push(`Accommodation constant: no alignment onset up to ${train}; the prior stands.`);
        if (c.exploreRate) {
          const x = c.exploreRate;
          lines.push('', `Nuclear ladder from the proliferation hazard: a latent state with a nuclear-armed rival and no umbrella explores with an annual hazard of ${(100 * x.referenceAnnual).toFixed(2)}% [${(100 * x.referenceInterval[0]).toFixed(2)}%, ${(100 * x.referenceInterval[1]).toFixed(2)}%]; the ladder's W·O for it is ${x.referenceWillingnessOpportunity.toFixed(2)}:`);
          lines.push(`  ${'nuclear_explore_rate'.padEnd(26)} ${c.parameters.nuclear_explore_rate!.toExponential(3).padStart(10)}   [${x.interval[0].toExponential(3)}, ${x.interval[1].toExponential(3)}] per month (delta method)`);
          lines.push(`  ${'nuclear_regime_effect'.padEnd(26)} ${f(c.parameters.nuclear_regime_effect!).padStart(10)}   [${f(x.regimeInterval[0])}, ${f(x.regimeInterval[1])}] log-odds per unit of liberal democracy (Wald)`);
          lines.push(`  ${'nuclear_npt_restraint'.padEnd(26)} ${f(c.parameters.nuclear_npt_restraint!).padStart(10)}   [${f(x.nptInterval[0])}, ${f(x.nptInterval[1])}] hazard ratio of the NPT era (exp of the Wald interval)`);
          lines.push(`  ${'nuclear_regime_reference'.padEnd(26)} ${f(c.parameters.nuclear_regime_reference!).padStart(10)}   the reference state's liberal democracy (median of the exposed state-years)`);
        } else lines.push('', 'Nuclear ladder: the hazard fit failed; the prior exploration rate stands.');
        lines.push('', `Posterior: ${c.posterior.draws.length} equally weighted joint draws of ${c.posterior.names.length} parameters, shipped with the defaults (src/validation/posterior.ts):`);
        for (const [k, m] of Object.entries(c.posterior.method)) lines.push(`  ${k.padEnd(14)} ${m}`);
        for (const [k, v] of Object.entries(posteriorSummary(c.posterior))) lines.push(`  ${k.padEnd(26)} ${f(v.mean).padStart(10)}   [${f(v.lo)}, ${f(v.hi)}] (mean, 5% and 95% of the draws)`);
        if (c.checks.length > 0) {
          lines.push('', 'Posterior predictive checks (docs/VALIDATION.md): the record against replicates from posterior draws, credibility by simulating the model',
            '(the direct answers as 100·C + noise), the other blocks from their own likelihoods; replicates: mean [5%, 95%]; p = share of replicates at or',
            'above the data, p≤ at or below; either near 0 says the block misses that feature of the record:');
          for (const k of c.checks) lines.push(`  ${k.statistic}: data ${f(k.observed)}, replicates ${f(k.replicated.mean)} [${f(k.replicated.lo)}, ${f(k.replicated.hi)}], p = ${k.p.toFixed(2)}, p≤ = ${k.pLower.toFixed(2)} (${k.draws} draws)`);
        }
        for (const [name, e] of Object.entries(c.estimates)) {
          lines.push('', `Reported, ${name}: ${e.method}`, `  use: ${e.use}`);
          for (const [k, v] of Object.entries(e.coefficients)) lines.push(`  ${k.padEnd(26)} ${f(v.value).padStart(10)}   [${f(v.interval[0])}, ${f(v.interval[1])}]`);
        }
        if (jointSamples !== null) lines.push('', ...formatJoint(c, joint));
        if (h) {
          lines.push('', `Out of sample ${train + 1}-${holdout} (effort equation fitted on data up to ${train}), % of GDP:`);
          for (const s of h.scores) lines.push(`  ${s.method.padEnd(46)} MAE ${s.mae.toFixed(3)}  RMSE ${s.rmse.toFixed(3)}  (n = ${s.n})`);
          const m = h.scores[0]!, p = h.scores[1]!;
          lines.push(m.rmse > p.rmse ? `  The dynamic forecast loses to persistence (RMSE ${m.rmse.toFixed(3)} vs ${p.rmse.toFixed(3)}).` : `  The dynamic forecast beats persistence (RMSE ${m.rmse.toFixed(3)} vs ${p.rmse.toFixed(3)}).`);
        }
        if (o.out) lines.push('', `Parameter file written: ${o.out} (name it in a scenario with  parameter_file: ${o.out})`);
        if (defaultsModule) lines.push('', `Registry defaults written: ${CALIBRATED_DEFAULTS_MODULE} (rebuild, then bump MODEL_VERSION in src/model/version.ts and regenerate docs/MODEL.md with npm run docs:params)`);
        process.stdout.write(lines.join('\n') + '\n');
      } finally {
        bar.stop();
        await closePools();
      }
    });
}

/** The joint ABC beside the sequential fit: each parameter's interval both ways, and what the joint fit shows. */
function formatJoint(c: Calibration, j: JointAbcResult | null): string[] {
  if (j === null) return ['Joint ABC: not run (no direct surveys or no onsets in the training data).'];
  const seq: Record<string, [number, number, number]> = {};
  if (c.credibility) for (const [n, e] of Object.entries(c.credibility.estimates)) seq[n] = [e.mean, e.lo, e.hi];
  if (c.accommodation) seq.const_accommodation = [c.accommodation.value, c.accommodation.interval[0], c.accommodation.interval[1]];
  const last = j.generations.at(-1)!;
  const lines = [
    `Joint ABC-SMC (${j.method}): ${j.samples} simulations, ${j.generations.length - 1} generations, last acceptance ${(100 * last.acceptance).toFixed(0)}%, ESS ${j.ess.toFixed(1)}; ${j.reachedRegion ? 'the tolerance reached the 95% likelihood-ratio region, which the particles fill' : `the budget ran out with the tolerance above the 95% likelihood-ratio region (ε ${f(j.epsilon)}): these intervals are wider than the region's; give --joint more simulations`}`,
    `  ${'parameter'.padEnd(22)} ${'joint: mean [90%]'.padEnd(34)} sequential: value (the point default) [interval]`,
  ];
  for (const n of j.parameters) {
    const e = j.estimates[n]!, s = seq[n];
    lines.push(`  ${n.padEnd(22)} ${`${f(e.mean)} [${f(e.lo)}, ${f(e.hi)}]`.padEnd(34)} ${s ? `${f(s[0])} [${f(s[1])}, ${f(s[2])}]` : '–'}`);
  }
  lines.push(`  correlation of cred_base and const_accommodation across the particles: ${j.correlation.toFixed(2)} (the sequential fit alone sets it to 0)`,
    `  at the joint mean, continuity gives ${(100 * j.fit.rate).toFixed(2)}% onsets a year against the record's ${(100 * j.fit.recordRate).toFixed(2)}% [${(100 * j.fit.recordInterval[0]).toFixed(2)}%, ${(100 * j.fit.recordInterval[1]).toFixed(2)}%]`,
    `  the posterior's credibility and accommodation block is these ${j.particles.length} particles, resampled by weight (the point values stay the sequential fit's)`);
  if (j.hindcast) {
    const h = j.hindcast;
    lines.push(`  hindcast target ${h.window[0]}–${h.window[1]} (${h.runs} runs a simulation): ${h.atMean.allies.length} allies' shares of GDP in ${h.window[1]}, synthetic log-likelihood ${h.atMean.logLikelihood.toFixed(2)} at the joint mean; ${h.spread.lowCredBase.toFixed(2)} at the particles' lowest cred_base, ${h.spread.highCredBase.toFixed(2)} at the highest`);
  } else lines.push('  hindcast target: none (no shipped hindcast of the last five training years, or --hindcast-runs 0)');
  return lines;
}
