/**
 * One ABC-SMC over every parameter whose target only a simulation of the model can reach (issue 12,
 * item 1): the credibility baseline (cred_base, cred_ballast_gain) against the survey series, and
 * the accommodation constant (const_accommodation) against the coded alignment episodes, together.
 * Without it the calibration fits them one after the other (the ABC of the surveys, then the constant
 * solved at the credibility posterior's mean: calibration.ts); the two interact (accommodation grows
 * with missing protection, so with low credibility: stance.ts), which only a joint fit sees. Since
 * model 2.5.0 the shipped posterior's block of the three is this fit's particles (posterior.ts); the
 * point values stay the sequential fit's.
 *
 * Distance: minus the sum of the two targets' log-likelihoods, the surveys' profile log-likelihood
 * (credibility-surveys.ts, every series) and the binomial log-likelihood of the record's onsets k in
 * n ally-years at the simulated annual rate r (accommodation-rate.ts), relative to its maximum:
 *   −ℓ(θ) = −ℓ_surveys(θ) − [k·ln(r/p̂) + (n − k)·ln((1 − r)/(1 − p̂))],  p̂ = k/n.
 * With a hindcast target (hindcast-target.ts; the shipped defaults have the 2012–2016 one) the
 * distance also subtracts ℓ_hindcast(θ), the Gaussian synthetic log-likelihood of each ally's
 * simulated share of GDP at the window's end against the record: the one target that scores the
 * model's dynamics, and the one that reaches these parameters through spending (the uncovered
 * threat c·T·(1 − C) of effort.ts).
 * Summing log-likelihoods treats the records as independent (different data). Priors: uniform
 * on the registry's ranges (the registry's range is each prior's support, as in the shipped ABC).
 * The tolerance stops at d_min + χ²₃(0.95)/2, so the particles fill the 95% likelihood-ratio
 * region (Wilks 1938) rather than shrinking toward the best-fitting point as the budget grows.
 *
 * What it leaves to the blocks' own estimators, and why: the effort equation (κ, a, b, c, d, σ) and
 * the nuclear ladder's rate, regime and NPT terms have exact or Laplace likelihoods on their panels
 * (posterior.ts), which an ABC of the same data would only approximate. The hindcast target uses
 * the spending record again, for these three parameters with the effort coefficients at their
 * point: a conditional update, as a blocked (Gibbs-like) scheme makes, not a second count of the
 * effort block's evidence on its own coefficients.
 */
import { abcSmc, type AbcSmcGeneration } from './abc-smc.js';
import { simulatedCredibility, SURVEY_LINK, surveyFit, type Survey } from './credibility-surveys.js';
import { simulatedAccommodationRate } from './accommodation-rate.js';
import { PARAMETER_BY_NAME } from '../model/parameters.js';
import type { AlignmentRow } from '../model/calibration/alignment-panel.js';
import { wilson } from '../results/intervals.js';
import { hindcastFit, type HindcastFit, type HindcastTarget } from './hindcast-target.js';

export const JOINT_ABC_PARAMETERS = ['cred_base', 'cred_ballast_gain', 'const_accommodation'] as const;
export { DEFAULT_JOINT_SAMPLES } from './shipped-defaults.js';
/** χ²'s 95% quantile with 3 degrees of freedom (the three parameters). */
export const CHI2_95_3DF = 7.814727903251178;

export interface JointAbcOptions {
  /** Simulations the ABC may spend (a third for the first population). */
  readonly samples?: number;
  /** Runs of each survey year's ensemble. */
  readonly runs?: number;
  /** Runs of each continuity ensemble that measures the accommodation rate. */
  readonly accommodationRuns?: number;
  readonly seed?: number;
  readonly workers?: number;
  /** Values every simulation also uses (the other calibrated parameters). */
  readonly fixed?: Record<string, number>;
  /** The hindcast target and the runs of each evaluation's hindcast (hindcast-target.ts); absent: the surveys and the record only. */
  readonly hindcast?: { readonly target: HindcastTarget; readonly runs: number };
  readonly onProgress?: (done: number, total: number) => void;
}

export interface JointAbcResult {
  readonly parameters: readonly string[];
  readonly samples: number;
  readonly runsPerSample: number;
  readonly accommodationRuns: number;
  /** Posterior mean and 90% interval (weighted 5% and 95% of the particles). */
  readonly estimates: Record<string, { mean: number; lo: number; hi: number }>;
  /** Correlation of the particles' cred_base and const_accommodation (weighted): what the sequential fit leaves out. */
  readonly correlation: number;
  readonly ess: number;
  readonly epsilon: number;
  /** True when the tolerance reached the 95% likelihood-ratio region (d_min + χ²₃(0.95)/2, d_min the best distance of the population then); false: the budget ran out above it, and the intervals are wider than the region's. */
  readonly reachedRegion: boolean;
  readonly generations: readonly AbcSmcGeneration[];
  readonly particles: readonly { theta: readonly number[]; weight: number }[];
  /** At the posterior mean: the simulated accommodation rate against the record's (rate and 95% Wilson interval). */
  readonly fit: { readonly rate: number; readonly recordRate: number; readonly recordInterval: readonly [number, number]; readonly onsets: number; readonly allyYears: number };
  /** The hindcast target, when it was one: its window, runs, and its fit at the posterior mean and at the particles' extremes of cred_base (what the target can tell apart). */
  readonly hindcast: { readonly window: readonly [number, number]; readonly runs: number; readonly atMean: HindcastFit; readonly spread: { readonly lowCredBase: number; readonly highCredBase: number } } | null;
  readonly method: string;
}

/** The binomial log-likelihood of k onsets in n at rate r, relative to its maximum at k/n (≤ 0). */
export function onsetLogLikelihood(k: number, n: number, r: number): number {
  const p = k / n, rr = Math.min(1 - 1e-12, Math.max(1e-12, r));
  const term = (a: number, x: number, y: number) => (a === 0 ? 0 : a * Math.log(x / y));
  return term(k, rr, p) + term(n - k, 1 - rr, 1 - p);
}

/** The joint ABC-SMC (null without direct surveys or without onsets in the record). */
export async function jointAbc(dataDir: string, trainUntil: number, surveys: readonly Survey[], alignment: readonly AlignmentRow[], o: JointAbcOptions = {}): Promise<JointAbcResult | null> {
  const onsets = alignment.reduce((s, r) => s + r.onset, 0), allyYears = alignment.length;
  if (onsets === 0 || !surveys.some((s) => SURVEY_LINK[s.measure] === 'direct')) return null;
  const names = [...JOINT_ABC_PARAMETERS];
  const runs = o.runs ?? 40, accommodationRuns = o.accommodationRuns ?? 400, seed = o.seed ?? 1, workers = o.workers ?? 1;
  const budget = o.samples ?? 120;
  // At most 120 particles, the rest of the budget in generations, so a larger budget goes down to the
  // likelihood-ratio region rather than into a larger first population.
  const particles = Math.max(8, Math.min(120, Math.round(budget / 4))), keep = 0.5;
  const maxGenerations = Math.max(0, Math.floor((budget - particles) / (particles - Math.round(particles * keep))));
  const overrides = (theta: readonly number[]) => ({ ...o.fixed, ...Object.fromEntries(names.map((n, i) => [n, theta[i]!])) });
  const hindAt = async (theta: readonly number[]): Promise<HindcastFit | null> => (o.hindcast ? hindcastFit(o.hindcast.target, overrides(theta), o.hindcast.runs, seed, workers) : null);
  const rateAt = (theta: readonly number[]) => simulatedAccommodationRate(dataDir, trainUntil, theta[2]!, { runs: accommodationRuns, seed, workers, overrides: overrides(theta) });
  const smc = await abcSmc({
    names,
    lower: names.map((n) => PARAMETER_BY_NAME.get(n)!.min), upper: names.map((n) => PARAMETER_BY_NAME.get(n)!.max),
    distance: async (theta) => {
      const [sim, rate, hind] = await Promise.all([simulatedCredibility(dataDir, surveys, overrides(theta), runs, seed, workers), rateAt(theta), hindAt(theta)]);
      return -(surveyFit(surveys, sim).logLikelihood + onsetLogLikelihood(onsets, allyYears, rate) + (hind?.logLikelihood ?? 0));
    },
  }, {
    particles, keep, maxGenerations, minAcceptance: 0.1, seed, onProgress: (d) => o.onProgress?.(Math.min(d, budget), budget),
    // The distance is minus a log-likelihood: stop at the 95% likelihood-ratio region of the three
    // parameters (Wilks 1938), not at the maximum-likelihood point a falling tolerance tends to.
    epsilonFloor: (smallest) => smallest + CHI2_95_3DF / 2,
  });
  const estimates: JointAbcResult['estimates'] = {};
  for (const n of names) { const e = smc.estimates[n]!; estimates[n] = { mean: e.mean, lo: e.lo, hi: e.hi }; }
  // Weighted correlation of cred_base and const_accommodation over the particles.
  const w = smc.particles.map((p) => p.weight), x = smc.particles.map((p) => p.theta[0]!), y = smc.particles.map((p) => p.theta[2]!);
  const mx = x.reduce((s, v, i) => s + w[i]! * v, 0), my = y.reduce((s, v, i) => s + w[i]! * v, 0);
  const cxy = x.reduce((s, v, i) => s + w[i]! * (v - mx) * (y[i]! - my), 0), cxx = x.reduce((s, v, i) => s + w[i]! * (v - mx) ** 2, 0), cyy = y.reduce((s, v, i) => s + w[i]! * (v - my) ** 2, 0);
  const mean = names.map((n) => estimates[n]!.mean);
  const record = wilson(onsets, allyYears);
  let hindcast: JointAbcResult['hindcast'] = null;
  if (o.hindcast) {
    const byBase = [...smc.particles].sort((a, b) => a.theta[0]! - b.theta[0]!);
    const [atMean, low, high] = await Promise.all([hindAt(mean), hindAt(byBase[0]!.theta), hindAt(byBase.at(-1)!.theta)]);
    hindcast = { window: [o.hindcast.target.from, o.hindcast.target.to], runs: o.hindcast.runs, atMean: atMean!, spread: { lowCredBase: low!.logLikelihood, highCredBase: high!.logLikelihood } };
  }
  return {
    parameters: names, samples: smc.simulations, runsPerSample: runs, accommodationRuns, estimates,
    correlation: cxx > 0 && cyy > 0 ? cxy / Math.sqrt(cxx * cyy) : 0,
    ess: smc.ess, epsilon: smc.epsilon, reachedRegion: smc.generations.at(-1)?.atFloor === true, generations: [...smc.generations], particles: smc.particles.map((p) => ({ theta: [...p.theta], weight: p.weight })),
    fit: { rate: await rateAt(mean), recordRate: record.p, recordInterval: [record.lo, record.hi], onsets, allyYears },
    hindcast,
    method: `ABC-SMC (Lenormand et al. 2013) over ${names.join(', ')}, uniform priors on the registry's ranges, distance minus the surveys' profile log-likelihood, the onsets' binomial log-likelihood (${onsets} in ${allyYears} ally-years)${o.hindcast ? ` and the ${o.hindcast.target.from}–${o.hindcast.target.to} hindcast's synthetic log-likelihood of ${hindcast!.atMean.allies.length} allies' shares of GDP in ${o.hindcast.target.to}` : ''}; ${runs} runs a survey year, ${accommodationRuns} a continuity ensemble${o.hindcast ? `, ${o.hindcast.runs} a hindcast` : ''}`,
  };
}

