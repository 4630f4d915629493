/**
 * Calibration on data up to a training year only (training-data.ts makes later data unreadable):
 *  - the defence-effort equation by OLS on the SIPRI panel, with 95% intervals (delta method), its
 *    point the posterior mean under the prior that doubt does not lower the target (c ≥ 0; posterior.ts effortPosterior);
 *  - the credibility baseline (cred_base, cred_ballast_gain) by approximate Bayesian computation,
 *    sequential Monte Carlo (abc-smc.ts: Lenormand et al. 2013; Beaumont et al. 2009): particles
 *    from the registry's ranges (uniform priors), each simulating the surveyed allies' credibility
 *    a year into a continuity run from each survey year's World, scored by the distance to the
 *    surveys (minus the profile log-likelihood of every series, credibility-surveys.ts), then
 *    moved and reweighted generation by generation as the tolerance falls;
 *  - the stance model's accommodation constant from the base rate of the coded alignment episodes
 *    (accommodation-rate.ts), and the nuclear ladder's exploration rate from the proliferation
 *    hazard (ladderExploreRate, proliferation-hazard.ts);
 *  - and, reported with their intervals but not used by the model (docs/VALIDATION.md says why),
 *    the long-panel GMM effort equation, the alignment onset logit and the full proliferation hazard.
 * Parameters the data cannot pin down keep the registry's values and ranges.
 */
import { jointAbc, JOINT_ABC_PARAMETERS, type JointAbcResult } from './joint-abc.js';
import { hindcastTarget } from './hindcast-target.js';
import { DEFAULT_HINDCAST_TARGET_RUNS } from './shipped-defaults.js';
import { accommodationPredictiveChecks, effortPredictiveChecks, hazardPredictiveChecks } from './predictive-checks.js';
import { writeFileSync } from 'node:fs';
import { datasetRows, FIRST_WORLD_YEAR, loadWorld } from '../data/index.js';
import { InputError } from '../engine/errors.js';
import { effortPanel, fitEffort, PARAMETER_BY_NAME, type EffortFit } from '../model/index.js';
import { trainingDataDir } from './training-data.js';
import { calibrateAccommodation, type AccommodationCalibration } from './accommodation-rate.js';
import { estimateProliferation, explorationRiskSet, ladderExploreRate, type HazardPanel, type LadderRateEstimate } from '../model/calibration/proliferation-hazard.js';
import { fitAlignment } from '../model/calibration/alignment-fit.js';
import { alignmentPanel, ALIGNMENT_FIRST_YEAR, type AlignmentRow } from '../model/calibration/alignment-panel.js';
import { longEffortPanel, LONG_PANEL_FIRST_YEAR } from '../model/calibration/effort-long-panel.js';
import { fitLongEffort } from '../model/calibration/effort-long-gmm.js';
import { credibilitySurveys, simulatedCredibility, SURVEY_LINK, surveyFit, type Survey, type SurveyFit } from './credibility-surveys.js';
import { abcSmc, type AbcSmcGeneration } from './abc-smc.js';
import { EFFORT_PARAMETERS, effortPosterior, posteriorDraws, predictiveCheck, type EffortPosterior, type PosteriorDraws, type PredictiveCheck } from './posterior.js';
import { Xoshiro128, normal } from '../engine/prng.js';
import { pearson } from '../analysis/stats/pearson.js';

/** The stream of the predictive checks' replicated answers (ABC-SMC 18, the posterior 19). */
export const PREDICTIVE_STREAM = 20;

export { credibilitySurveys, simulatedCredibility, type Survey } from './credibility-surveys.js';

export interface AbcOptions {
  /** Simulations the ABC may spend (default 120): a third are the first population's particles. */
  samples?: number;
  /** Runs per simulated draw. */
  runs?: number;
  seed?: number;
  workers?: number;
  /** Surveys to fit (default: those of the training data). */
  surveys?: Survey[];
  /** Values every simulated draw also uses (parameters calibrated before, or their priors). */
  fixed?: Record<string, number>;
  onProgress?: (done: number, total: number) => void;
}

/** The credibility baseline's parameters, which the ABC draws (their priors stand when no survey can set them). */
export const ABC_PARAMETERS = ['cred_base', 'cred_ballast_gain'] as const;

export interface AbcResult {
  parameters: (typeof ABC_PARAMETERS)[number][];
  surveys: Survey[];
  /** Simulations spent. */
  samples: number;
  /** Particles in the posterior (within the last tolerance). */
  accepted: number;
  runsPerSample: number;
  /** Posterior mean and 90% interval (weighted 5th and 95th percentiles of the particles). */
  estimates: Record<string, { mean: number; lo: number; hi: number }>;
  /** RMSE (percentage points) of the posterior mean's credibility against the direct surveys (us_would_defend). */
  distance: number;
  /** The last tolerance (minus the profile log-likelihood). */
  epsilon: number;
  /** Effective sample size of the posterior particles. */
  ess: number;
  /** Each generation's tolerance, simulations, acceptance rate and ESS. */
  generations: AbcSmcGeneration[];
  /** The posterior: particles (values in `parameters` order) and weights summing to 1. */
  particles: { theta: number[]; weight: number }[];
  /** Each series' link and fit at the posterior mean. */
  fit: SurveyFit;
}

export async function abcCredibility(dataDir: string, trainUntil: number, o: AbcOptions = {}): Promise<AbcResult | null> {
  // Every series up to the training year (credibility-surveys.ts); the level needs the model's own question.
  const surveys = o.surveys ?? credibilitySurveys(dataDir, FIRST_WORLD_YEAR, trainUntil);
  if (!surveys.some((s) => SURVEY_LINK[s.measure] === 'direct')) return null;
  const budget = o.samples ?? 120, runs = o.runs ?? 40, workers = o.workers ?? 1;
  const names = ABC_PARAMETERS;
  // A third of the budget for the first population, the rest in generations that renew half of it.
  const particles = Math.max(8, Math.round(budget / 3)), keep = 0.5;
  const maxGenerations = Math.max(0, Math.floor((budget - particles) / (particles - Math.round(particles * keep))));
  const smc = await abcSmc({
    names,
    lower: names.map((n) => PARAMETER_BY_NAME.get(n)!.min), upper: names.map((n) => PARAMETER_BY_NAME.get(n)!.max),
    distance: async (theta) => {
      const sim = await simulatedCredibility(dataDir, surveys, { ...o.fixed, ...Object.fromEntries(names.map((n, i) => [n, theta[i]!])) }, runs, o.seed ?? 1, workers);
      // The ABC distance: minus the surveys' profile log-likelihood (every series, credibility-surveys.ts).
      return -surveyFit(surveys, sim).logLikelihood;
    },
  }, { particles, keep, maxGenerations, minAcceptance: 0.1, seed: o.seed ?? 1, onProgress: (d) => o.onProgress?.(Math.min(d, budget), budget) });
  const estimates: AbcResult['estimates'] = {};
  for (const n of names) { const e = smc.estimates[n]!; estimates[n] = { mean: e.mean, lo: e.lo, hi: e.hi }; }
  const fitted = await simulatedCredibility(dataDir, surveys, { ...o.fixed, cred_base: estimates.cred_base!.mean, cred_ballast_gain: estimates.cred_ballast_gain!.mean }, runs, o.seed ?? 1, workers);
  const fit = surveyFit(surveys, fitted);
  const direct = fit.series.filter((x) => x.link === 'direct');
  const distance = Math.sqrt(direct.reduce((a, x) => a + x.rmse ** 2 * x.n, 0) / direct.reduce((a, x) => a + x.n, 0));
  return {
    parameters: [...names], surveys, samples: smc.simulations, accepted: smc.particles.length, runsPerSample: runs, estimates, distance,
    epsilon: smc.epsilon, ess: smc.ess, generations: [...smc.generations], particles: smc.particles.map((p) => ({ theta: [...p.theta], weight: p.weight })), fit,
  };
}

/**
 * Posterior predictive checks of the credibility block against the direct question (the only series
 * that measures C itself): for `draws` equally spaced rows of the posterior, the model's credibility
 * for each answer, the answers replicated as 100·C + N(0, σ̂²) (σ̂ that draw's RMSE, the profiled
 * noise), and two statistics against the same draw: the correlation of the answers with the model
 * (the model says it is positive) and the RMSE (posterior.ts, predictiveCheck).
 */
export async function credibilityPredictiveChecks(dataDir: string, surveys: readonly Survey[], posterior: PosteriorDraws, o: AbcOptions & { draws?: number } = {}): Promise<PredictiveCheck[]> {
  const direct = surveys.filter((s) => SURVEY_LINK[s.measure] === 'direct');
  const cols = ABC_PARAMETERS.map((n) => posterior.names.indexOf(n));
  if (direct.length < 3 || cols.some((c) => c < 0) || posterior.draws.length === 0) return [];
  const K = Math.min(o.draws ?? 20, posterior.draws.length), step = posterior.draws.length / K;
  const rng = new Xoshiro128(o.seed ?? 1, 0, PREDICTIVE_STREAM);
  const rObs: number[] = [], rRep: number[] = [], eObs: number[] = [], eRep: number[] = [];
  for (let k = 0; k < K; k++) {
    const row = posterior.draws[Math.floor(k * step)]!;
    const theta = Object.fromEntries(ABC_PARAMETERS.map((n, j) => [n, row[cols[j]!]!]));
    const sim = await simulatedCredibility(dataDir, direct, { ...o.fixed, ...theta }, o.runs ?? 40, o.seed ?? 1, o.workers ?? 1);
    const keep = direct.flatMap((s, i) => (Number.isFinite(sim[i]) ? [{ y: s.pct, c: sim[i]! }] : []));
    if (keep.length < 3) continue;
    const c = keep.map((x) => x.c), y = keep.map((x) => x.y);
    const rmse = Math.sqrt(keep.reduce((a, x) => a + (x.y - x.c) ** 2, 0) / keep.length);
    const yRep = c.map((ci) => ci + rmse * normal(rng));
    rObs.push(pearson(c, y) ?? 0); rRep.push(pearson(c, yRep) ?? 0);
    eObs.push(rmse); eRep.push(Math.sqrt(c.reduce((a, ci, i) => a + (yRep[i]! - ci) ** 2, 0) / c.length));
  }
  if (rObs.length === 0) return [];
  return [predictiveCheck('correlation of the direct answers with the model\'s credibility', rObs, rRep), predictiveCheck('RMSE of the direct answers (points)', eObs, eRep)];
}

/** An estimate the calibration reports: its coefficients with 95% intervals, and what the model takes from it. */
export interface ReportedEstimate {
  method: string;
  /** What the model uses of it ("not used: ..." when nothing, with the reason). */
  use: string;
  coefficients: Record<string, { value: number; interval: [number, number] }>;
}

export interface Calibration {
  trainUntil: number;
  effort: EffortFit;
  /** The effort block's posterior under its prior: its mean is the shipped point (posterior.ts, effortPosterior). */
  effortPoint: EffortPosterior;
  credibility: AbcResult | null;
  /** const_accommodation from the record's base rate of alignment onsets (null: no onset up to the training year). */
  accommodation: AccommodationCalibration | null;
  /** nuclear_explore_rate from the proliferation hazard (null: the fit failed). */
  exploreRate: LadderRateEstimate | null;
  /** Every other estimate on data up to the training year, with intervals. */
  estimates: Record<string, ReportedEstimate>;
  /** The values a scenario uses through `parameter_file`. */
  parameters: Record<string, number>;
  intervals: Record<string, [number, number]>;
  /** The posterior as equally weighted joint draws (posterior.ts). */
  posterior: PosteriorDraws;
  /** The joint ABC of credibility and accommodation (null unless asked for). */
  joint: JointAbcResult | null;
  /** Posterior predictive checks: the credibility block's (empty without direct surveys), then the effort, nuclear and accommodation blocks' (predictive-checks.ts). */
  checks: PredictiveCheck[];
  /** The version of the data the calibration read (World.dataVersion of the full data/, before the training cut). */
  dataVersion: string;
}

/** Calibrates every parameter the data up to `trainUntil` can pin down. */
export async function calibrate(trainUntil: number, o: AbcOptions & { dataDir?: string; abc?: boolean; accommodationRuns?: number; joint?: number; /** Runs of the joint ABC's hindcast target (hindcast-target.ts) per evaluation; 0 leaves the target out. Default DEFAULT_HINDCAST_TARGET_RUNS. */ hindcastRuns?: number } = {}): Promise<Calibration> {
  const dir = trainingDataDir(trainUntil, o.dataDir);
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  const clamp = (name: string, v: number) => { const p = PARAMETER_BY_NAME.get(name)!; return round(Math.min(p.max, Math.max(p.min, v))); };
  // The nuclear ladder's exploration rate first (no simulation): from the hazard, with the registry's willingness terms.
  const reg = (n: string) => PARAMETER_BY_NAME.get(n)!;
  // The two panels the estimates share, built once from the training copy.
  const hazardPanel = explorationRiskSet(datasetRows(dir, 'proliferationPanel'), trainUntil);
  const alignmentRows = alignmentPanel({ dataDir: dir, from: ALIGNMENT_FIRST_YEAR, to: trainUntil });
  const exploreRate = ladderExploreRate(dir, trainUntil, { gain: reg('nuclear_willingness_gain').default, threshold: reg('nuclear_willingness_threshold').default, latentOpportunity: reg('nuclear_latent_opportunity').default }, hazardPanel);
  const exploreValue = exploreRate ? Number(exploreRate.value.toPrecision(4)) : reg('nuclear_explore_rate').prior!;
  // The regime multiplier of the ladder comes from the same fit (without it: no regime effect, the prior).
  const regime = exploreRate
    ? { nuclear_regime_effect: clamp('nuclear_regime_effect', exploreRate.regimeEffect), nuclear_regime_reference: clamp('nuclear_regime_reference', exploreRate.referenceLibdem), nuclear_npt_restraint: clamp('nuclear_npt_restraint', exploreRate.nptRestraint) }
    : { nuclear_regime_effect: reg('nuclear_regime_effect').prior!, nuclear_regime_reference: reg('nuclear_regime_reference').prior!, nuclear_npt_restraint: reg('nuclear_npt_restraint').prior! };
  // The simulations below never read a shipped default of a parameter calibrated here: the ones
  // not yet estimated enter at their priors, so the result does not depend on the last calibration.
  const fixed = { nuclear_explore_rate: exploreValue, ...regime, const_accommodation: reg('const_accommodation').prior! };
  // The credibility baseline next: the effort equation's credibility gap is measured with it, so
  // the result does not depend on the registry's defaults (which are themselves a calibration).
  const credibility = o.abc === false ? null : await abcCredibility(dir, trainUntil, { ...o, fixed });
  // Without surveys up to the training year the baseline keeps its prior: the shipped default is a
  // calibration on later surveys, which a hindcast must not see.
  const priors = Object.fromEntries(ABC_PARAMETERS.map((n) => [n, reg(n).prior!]));
  const baseline: Record<string, number> = credibility ? Object.fromEntries(Object.entries(credibility.estimates).map(([n, e]) => [n, clamp(n, e.mean)])) : priors;
  const rows = effortPanel(1991, trainUntil, trainUntil, { dataDir: dir, overrides: { ...fixed, ...baseline } });
  const effort = fitEffort(rows);
  if (!effort || rows.length < 50) throw new InputError(`too few ally-years up to ${trainUntil} to fit the effort equation (${rows.length}): train until 1996 or later`);
  // The point is the posterior mean under the prior (the registry's ranges; c ≥ 0 among them): the
  // data leave the sign of c open (effort.ts, posterior.ts effortPosterior), so least squares is not shipped.
  const effortPoint = effortPosterior(effort, { seed: o.seed ?? 1 });
  const parameters: Record<string, number> = { ...effortPoint.mean };
  const intervals: Record<string, [number, number]> = Object.fromEntries(EFFORT_PARAMETERS.filter((n) => n !== 'effort_noise').map((n) => [n, [...effortPoint.interval[n]]]));
  Object.assign(parameters, baseline);
  if (credibility) for (const [n, e] of Object.entries(credibility.estimates)) intervals[n] = [e.lo, e.hi];
  parameters.nuclear_explore_rate = exploreValue;
  Object.assign(parameters, regime);
  if (exploreRate) {
    intervals.nuclear_explore_rate = [exploreRate.interval[0], exploreRate.interval[1]];
    intervals.nuclear_regime_effect = [exploreRate.regimeInterval[0], exploreRate.regimeInterval[1]];
    intervals.nuclear_npt_restraint = [exploreRate.nptInterval[0], exploreRate.nptInterval[1]];
  }

  // The accommodation constant last: its continuity runs use every value estimated above.
  const hasOnsets = alignmentRows.some((r) => r.onset === 1);
  const accommodation = hasOnsets ? await calibrateAccommodation(dir, trainUntil, { runs: o.accommodationRuns ?? 1000, seed: o.seed ?? 1, workers: o.workers ?? 1, overrides: { ...parameters }, rows: alignmentRows }) : null;
  parameters.const_accommodation = accommodation ? clamp('const_accommodation', accommodation.value) : reg('const_accommodation').prior!;
  if (accommodation) intervals.const_accommodation = [accommodation.interval[0], accommodation.interval[1]];

  // The joint ABC of the credibility baseline and the accommodation constant, when asked (the shipped
  // defaults ask for DEFAULT_JOINT_SAMPLES): its particles become those two blocks of the posterior;
  // the point values stay the sequential fit's (the constant then reproduces the record's rate exactly).
  // With it, the hindcast of the training data's last five years, where the shipped scenarios have one (2012–2016 for 2016).
  // Built only when the joint ABC runs (the target copies and cuts the data folder).
  const hindcastRuns = o.hindcastRuns ?? DEFAULT_HINDCAST_TARGET_RUNS;
  const target = o.joint && credibility && accommodation && hindcastRuns > 0 ? hindcastTarget(dir, trainUntil) : null;
  const joint = o.joint && credibility && accommodation
    ? await jointAbc(dir, trainUntil, credibility.surveys, alignmentRows, {
      ...(target ? { hindcast: { target, runs: hindcastRuns } } : {}),
      samples: o.joint, seed: o.seed ?? 1, workers: o.workers ?? 1,
      fixed: Object.fromEntries(Object.entries(parameters).filter(([n]) => !(JOINT_ABC_PARAMETERS as readonly string[]).includes(n))),
      ...(o.onProgress ? { onProgress: o.onProgress } : {}),
    })
    : null;
  const estimates = reportedEstimates(dir, trainUntil, alignmentRows, hazardPanel);
  const posterior = posteriorDraws({ effort, credibility, exploreRate, accommodation, joint }, { seed: o.seed ?? 1 });
  // Posterior predictive checks: the credibility block's by simulation, the others from their own likelihoods (predictive-checks.ts).
  const checks = [
    ...(credibility ? await credibilityPredictiveChecks(dir, credibility.surveys, posterior, { ...o, fixed: { ...parameters } }) : []),
    ...effortPredictiveChecks(rows, posterior, { seed: o.seed ?? 1 }),
    ...(exploreRate ? hazardPredictiveChecks(hazardPanel, exploreRate.estimate, { seed: o.seed ?? 1 }) : []),
    ...(accommodation ? accommodationPredictiveChecks(alignmentRows, accommodation.record.onsets, accommodation.record.allyYears, { seed: o.seed ?? 1 }) : []),
  ];
  const dataVersion = loadWorld(FIRST_WORLD_YEAR, o.dataDir === undefined ? {} : { dataDir: o.dataDir }).dataVersion;
  return { trainUntil, effort, effortPoint, credibility, accommodation, exploreRate, joint, estimates, parameters, intervals, posterior, checks, dataVersion };
}

const entry = (value: number, interval: readonly [number, number]) => ({ value, interval: [interval[0], interval[1]] as [number, number] });

/** The estimates that set no parameter (or only part of one), reported so one command regenerates every estimate. */
function reportedEstimates(dir: string, trainUntil: number, rows: readonly AlignmentRow[], hazardPanel: HazardPanel): Record<string, ReportedEstimate> {
  const out: Record<string, ReportedEstimate> = {};
  const long = fitLongEffort(longEffortPanel(LONG_PANEL_FIRST_YEAR, trainUntil, { dataDir: dir }));
  if (long) {
    out.effort_long_panel_gmm = {
      method: `Blundell-Bond system GMM, two-step, Windmeijer-corrected errors, on ${long.rows} ally-years in ${long.units} runs ${LONG_PANEL_FIRST_YEAR}-${trainUntil} (docs/MODEL.md, defence effort)`,
      use: 'not used: it does not beat persistence out of sample (rolling origin, docs/VALIDATION.md); the model keeps the OLS equation above',
      coefficients: { spending_lag: entry(long.lag.value, long.lag.interval), ...Object.fromEntries(Object.entries(long.estimates).map(([k, e]) => [k, entry(e!.value, e!.interval)])) },
    };
  }
  if (rows.some((r) => r.onset === 1)) {
    const a = fitAlignment(rows);
    out.alignment_onset_logit = {
      method: a.method,
      use: 'its base rate sets const_accommodation (through the continuity runs); its slopes are not used: few or none are pinned down (on all the data to 2016, liberal democracy alone), and the time split barely beats the base rate (docs/VALIDATION.md)',
      coefficients: Object.fromEntries(a.coefficients.filter((c) => Number.isFinite(c.se)).map((c) => [c.term, entry(c.estimate, [c.lower, c.upper])])),
    };
  }
  const h = estimateProliferation(dir, trainUntil, hazardPanel);
  if (h) {
    out.proliferation_hazard = {
      method: h.method,
      use: 'the same logit without the duration cubic sets nuclear_explore_rate, the regime multiplier nuclear_regime_effect and nuclear_npt_restraint (ladderExploreRate); the umbrella, latency and energy terms are not used (not pinned down)',
      coefficients: Object.fromEntries(Object.entries(h.intervals).map(([k, iv]) => [k, entry(h.parameters[k]!, iv)])),
    };
  }
  return out;
}

export { CALIBRATED_DEFAULTS_MODULE } from './shipped-defaults.js';

/**
 * The module of calibrated defaults for the registry: what `calibrate(2016)` estimates becomes the
 * shipped default of each parameter it pins down (issue 10, item 9). Written by
 * `ballast calibrate --train-until 2016 --write-defaults` (npm run calibrate:defaults).
 */
export function calibratedDefaultsModule(c: Calibration): string {
  const body = JSON.stringify({ trainUntil: c.trainUntil, dataVersion: c.dataVersion, method: methodOf(c), parameters: c.parameters, intervals: c.intervals, estimates: c.estimates }, null, 2)
    .replace(/\n}$/, `,\n  "posterior": ${posteriorJson(c.posterior, '  ')}\n}`);
  return [
    '/**',
    ` * Generated by \`ballast calibrate --train-until ${c.trainUntil} --write-defaults\` (npm run calibrate:defaults): do not edit.`,
    ' * The registry\'s defaults for the parameters the data can pin down (src/model/parameters.ts reads them);',
    ' * a test checks that a fresh calibration gives these values.',
    ' */',
    `export const CALIBRATED_DEFAULTS = ${body} as const;`,
    '',
  ].join('\n');
}

/** The posterior as JSON with one draw a line (200 lines, not 2,400). */
function posteriorJson(p: PosteriorDraws, indent: string): string {
  const rows = p.draws.map((d) => `${indent}    ${JSON.stringify(d)}`).join(',\n');
  return `{\n${indent}  "names": ${JSON.stringify(p.names)},\n${indent}  "method": ${JSON.stringify(p.method)},\n${indent}  "draws": [\n${rows}\n${indent}  ]\n${indent}}`;
}

function methodOf(c: Calibration): Record<string, string> {
  return {
    effort: `OLS on the SIPRI panel of allies ${c.effort.years[0]}-${c.effort.years[1]} (n = ${c.effort.ols.n}, R² = ${c.effort.ols.r2.toFixed(3)}); the point is the posterior mean under the prior (the registry's ranges, c ≥ 0 and d ≥ −1 among them: ${(100 * c.effortPoint.negativeC).toFixed(0)}% of the unrestricted posterior has c < 0, ${(100 * (1 - c.effortPoint.kept / c.effortPoint.tried)).toFixed(0)}% lies outside the ranges)`,
    credibility: c.credibility ? `ABC-SMC: ${c.credibility.samples} simulations in ${c.credibility.generations.length} generations (acceptance ${c.credibility.generations.slice(1).map((g) => g.acceptance.toFixed(2)).join(', ')}), ${c.credibility.accepted} particles within the last tolerance (ESS ${c.credibility.ess.toFixed(1)}), ${c.credibility.runsPerSample} runs each, against ${c.credibility.fit.series.map((x) => `${x.n} ${x.measure}`).join(', ')} surveys` : 'not calibrated (no survey of the guarantee itself up to the training year)',
    accommodation: c.accommodation ? c.accommodation.method : 'not calibrated (no alignment onset up to the training year): the prior stands',
    nuclear: c.exploreRate ? c.exploreRate.method : 'not calibrated (the hazard fit failed): the prior stands',
  };
}

/** Writes the parameter file scenarios name with `parameter_file:`. */
export function writeParameterFile(file: string, c: Calibration): void {
  writeFileSync(file, JSON.stringify({
    generator: 'ballast calibrate', train_until: c.trainUntil, data_version: c.dataVersion,
    method: methodOf(c),
    parameters: c.parameters,
    intervals: c.intervals,
    estimates: c.estimates,
    posterior: c.posterior,
    checks: c.checks,
    ...(c.joint ? { joint: c.joint } : {}),
  }, null, 2) + '\n');
}
