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
 * Summing log-likelihoods treats the two records as independent (different data). Priors: uniform
 * on the registry's ranges (the registry's range is each prior's support, as in the shipped ABC).
 * The tolerance stops at d_min + χ²₃(0.95)/2, so the particles fill the 95% likelihood-ratio
 * region (Wilks 1938) rather than shrinking toward the best-fitting point as the budget grows.
 *
 * What it leaves to the blocks' own estimators, and why: the effort equation (κ, a, b, c, d, σ) and
 * the nuclear ladder's rate, regime and NPT terms have exact or Laplace likelihoods on their panels
 * (posterior.ts), which an ABC of the same data would only approximate; and the 2012–2016 spending
 * path carries almost no information on these three parameters (it reaches them only through the
 * effort equation's credibility gap, estimated −1.7 [−8.4, 5.0]: MODEL.md §6.8).
 */
import { abcSmc, type AbcSmcGeneration } from './abc-smc.js';
import { simulatedCredibility, SURVEY_LINK, surveyFit, type Survey } from './credibility-surveys.js';
import { simulatedAccommodationRate } from './accommodation-rate.js';
import { PARAMETER_BY_NAME } from '../model/parameters.js';
import type { AlignmentRow } from '../model/calibration/alignment-panel.js';
import { wilson } from '../results/intervals.js';

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
  const rateAt = (theta: readonly number[]) => simulatedAccommodationRate(dataDir, trainUntil, theta[2]!, { runs: accommodationRuns, seed, workers, overrides: overrides(theta) });
  const smc = await abcSmc({
    names,
    lower: names.map((n) => PARAMETER_BY_NAME.get(n)!.min), upper: names.map((n) => PARAMETER_BY_NAME.get(n)!.max),
    distance: async (theta) => {
      const [sim, rate] = await Promise.all([simulatedCredibility(dataDir, surveys, overrides(theta), runs, seed, workers), rateAt(theta)]);
      return -(surveyFit(surveys, sim).logLikelihood + onsetLogLikelihood(onsets, allyYears, rate));
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
  return {
    parameters: names, samples: smc.simulations, runsPerSample: runs, accommodationRuns, estimates,
    correlation: cxx > 0 && cyy > 0 ? cxy / Math.sqrt(cxx * cyy) : 0,
    ess: smc.ess, epsilon: smc.epsilon, reachedRegion: smc.generations.at(-1)?.atFloor === true, generations: [...smc.generations], particles: smc.particles.map((p) => ({ theta: [...p.theta], weight: p.weight })),
    fit: { rate: await rateAt(mean), recordRate: record.p, recordInterval: [record.lo, record.hi], onsets, allyYears },
    method: `ABC-SMC (Lenormand et al. 2013) over ${names.join(', ')}, uniform priors on the registry's ranges, distance minus the surveys' profile log-likelihood and the onsets' binomial log-likelihood (${onsets} in ${allyYears} ally-years); ${runs} runs a survey year, ${accommodationRuns} a continuity ensemble`,
  };
}

