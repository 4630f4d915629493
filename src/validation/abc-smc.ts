/**
 * Approximate Bayesian computation by sequential Monte Carlo (issue 12, item 1): the adaptive
 * population Monte Carlo of Lenormand, Jabot & Deffuant (2013), which is the ABC-PMC of
 * Beaumont, Cornuet, Marin & Robert (2009) with the tolerance sequence chosen on the fly, as in
 * Del Moral, Doucet & Jasra (2012) and Drovandi & Pettitt (2011), instead of fixed in advance
 * (Toni et al. 2009):
 *
 *  1. Draw N particles θ from the prior π, simulate each, record its distance d(θ).
 *  2. Generation t: ε_t = the α-quantile of the current particles' distances; keep the αN
 *     particles with d ≤ ε_t and their weights; draw N − αN new ones, each from a kept particle
 *     chosen by weight and moved by a Gaussian kernel with twice the kept particles' weighted
 *     covariance (Beaumont et al. 2009), re-drawn while outside the prior's support; simulate
 *     each. A new particle gets the importance weight
 *       w(θ) = π(θ) / Σ_j w_j φ(θ; θ_j, 2Σ)
 *     (the prior over the mixture it was drawn from). The population is the kept and the new.
 *  3. The acceptance rate of generation t is the share of its new particles with d ≤ ε_t; stop
 *     when it falls below `minAcceptance` (Lenormand et al. 2013: further generations then buy
 *     little) or after `maxGenerations`.
 *  The posterior is the last population's particles with d ≤ ε_T (its last tolerance), weighted.
 *
 * Each generation reports its tolerance, acceptance rate, simulations and effective sample size
 * ESS = (Σw)² / Σw² (Kong, Liu & Wong 1994). Seeded: the same problem, options and seed give the
 * same particles (the simulator must itself be deterministic in θ and the call index).
 */
import { Xoshiro128 } from '../engine/prng.js';
import { mvnormal } from './posterior.js';
import { quantileSorted } from '../analysis/stats/quantile.js';
import { choleskyLower } from '../model/calibration/ols.js';

/** The stream of the ABC's own draws (the engine's runs use streams 0–4, the sensitivity analysis 16–17). */
export const ABC_SMC_STREAM = 18;

export interface AbcSmcProblem {
  /** Names of the parameters, in the order of θ. */
  readonly names: readonly string[];
  /** The prior: uniform on [lower, upper] in each coordinate, independent. */
  readonly lower: readonly number[];
  readonly upper: readonly number[];
  /** Distance between the data and a simulation at θ; `call` counts the simulations from 0. */
  readonly distance: (theta: readonly number[], call: number) => Promise<number> | number;
}

export interface AbcSmcOptions {
  /** Particles N (default 60). */
  readonly particles?: number;
  /** Share α kept at each generation (default 0.5). */
  readonly keep?: number;
  /** Stop when a generation accepts less than this share of its new particles (default 0.1). */
  readonly minAcceptance?: number;
  /** At most this many generations after the prior's (default 6). */
  readonly maxGenerations?: number;
  /**
   * The smallest tolerance, as a function of the smallest distance seen (default: none, the
   * tolerance falls to the α-quantile each generation). With a distance that is minus a
   * log-likelihood, d_min + χ²_{k,0.95}/2 stops at the 95% likelihood-ratio region (Wilks 1938)
   * instead of shrinking toward the maximum-likelihood point; the generation that reaches it is the last.
   */
  readonly epsilonFloor?: (smallest: number) => number;
  readonly seed?: number;
  readonly onProgress?: (done: number) => void;
}

export interface AbcSmcGeneration {
  /** 0 for the prior's population (tolerance ∞). */
  readonly generation: number;
  readonly epsilon: number;
  readonly simulations: number;
  /** Share of the generation's new particles within its tolerance (1 for the prior's). */
  readonly acceptance: number;
  /** ESS of the population within the tolerance. */
  readonly ess: number;
  /** Present (true) when the tolerance was the floor (epsilonFloor): the last generation. */
  readonly atFloor?: true;
}

export interface AbcSmcParticle { readonly theta: readonly number[]; readonly weight: number; readonly distance: number }

export interface AbcSmcResult {
  readonly names: readonly string[];
  /** The posterior: particles within the last tolerance, weights summing to 1. */
  readonly particles: readonly AbcSmcParticle[];
  readonly generations: readonly AbcSmcGeneration[];
  readonly simulations: number;
  readonly epsilon: number;
  readonly ess: number;
  /** Weighted posterior mean, s.d. and 5% and 95% quantiles of each parameter. */
  readonly estimates: Readonly<Record<string, { mean: number; sd: number; lo: number; hi: number }>>;
}

type Particle = { theta: number[]; weight: number; distance: number };

/** (Σw)² / Σw². */
export function effectiveSampleSize(weights: readonly number[]): number {
  let s = 0, s2 = 0;
  for (const w of weights) { s += w; s2 += w * w; }
  return s2 > 0 ? (s * s) / s2 : 0;
}

/** Weighted quantile: the smallest value whose cumulative normalised weight reaches p. */
export function weightedQuantile(values: readonly number[], weights: readonly number[], p: number): number {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const total = weights.reduce((a, b) => a + b, 0);
  let c = 0;
  for (const i of order) { c += weights[i]! / total; if (c >= p - 1e-12) return values[i]!; }
  return values[order.at(-1)!]!;
}

/** Weighted mean and covariance of the particles. */
function moments(ps: readonly Particle[], d: number): { mean: number[]; cov: number[][] } {
  const total = ps.reduce((s, p) => s + p.weight, 0);
  const mean = Array.from({ length: d }, (_, k) => ps.reduce((s, p) => s + p.weight * p.theta[k]!, 0) / total);
  const cov = Array.from({ length: d }, (_, a) => Array.from({ length: d }, (_, b) => ps.reduce((s, p) => s + p.weight * (p.theta[a]! - mean[a]!) * (p.theta[b]! - mean[b]!), 0) / total));
  return { mean, cov };
}

/** log φ(x; μ, Σ), the multivariate normal density, given Σ's lower Cholesky factor L. */
function logKernel(x: readonly number[], mu: readonly number[], L: readonly (readonly number[])[]): number {
  const d = x.length, z = new Array<number>(d);
  let logDet = 0;
  for (let i = 0; i < d; i++) {
    let s = x[i]! - mu[i]!;
    for (let k = 0; k < i; k++) s -= L[i]![k]! * z[k]!;
    z[i] = s / L[i]![i]!;
    logDet += Math.log(L[i]![i]!);
  }
  return -0.5 * z.reduce((a, v) => a + v * v, 0) - logDet - 0.5 * d * Math.log(2 * Math.PI);
}

export async function abcSmc(problem: AbcSmcProblem, options: AbcSmcOptions = {}): Promise<AbcSmcResult> {
  const N = options.particles ?? 60, alpha = options.keep ?? 0.5, minAcc = options.minAcceptance ?? 0.1, maxGen = options.maxGenerations ?? 6;
  const d = problem.names.length;
  if (N < 4 || !(alpha > 0 && alpha < 1)) throw new Error('abcSmc: at least 4 particles and a keep share in (0, 1)');
  const rng = new Xoshiro128(options.seed ?? 1, 0, ABC_SMC_STREAM);
  const inside = (t: readonly number[]) => t.every((v, k) => v >= problem.lower[k]! && v <= problem.upper[k]!);
  // The uniform prior's log density on its box (every weight is π/q, so generation 0's are 1).
  const logPrior = -problem.lower.reduce((s, lo, k) => s + Math.log(problem.upper[k]! - lo), 0);
  let calls = 0;
  const simulate = async (theta: number[]): Promise<number> => { const v = await problem.distance(theta, calls++); options.onProgress?.(calls); return v; };

  // A population's simulations do not depend on one another: draw every θ first (the draws come
  // in the same order as one by one), then simulate them together, so the engine's workers all
  // have work (a sweep at the ensemble's speed; the distances do not depend on the order).
  const thetas0 = Array.from({ length: N }, () => problem.lower.map((lo, k) => lo + rng.next() * (problem.upper[k]! - lo)));
  const d0 = await Promise.all(thetas0.map(simulate));
  let pop: Particle[] = thetas0.map((theta, i) => ({ theta, weight: 1, distance: d0[i]! }));
  const generations: AbcSmcGeneration[] = [{ generation: 0, epsilon: Infinity, simulations: N, acceptance: 1, ess: N }];
  let epsilon = Infinity;
  for (let t = 1; t <= maxGen; t++) {
    const sorted = pop.map((p) => p.distance).sort((a, b) => a - b);
    epsilon = quantileSorted(sorted, alpha);
    const floor = options.epsilonFloor?.(sorted[0]!);
    const atFloor = floor !== undefined && epsilon <= floor;
    if (atFloor) epsilon = floor;
    const kept = pop.filter((p) => p.distance <= epsilon);
    const { cov } = moments(kept, d);
    const L = choleskyLower(cov.map((row) => row.map((c) => 2 * c)));
    const totalW = kept.reduce((s, p) => s + p.weight, 0);
    const cum: number[] = [];
    kept.reduce((s, p) => { cum.push((s + p.weight) / totalW); return s + p.weight; }, 0);
    const want = N - kept.length;
    const proposals: { theta: number[]; weight: number }[] = [];
    for (let i = 0; i < want; i++) {
      let theta: number[];
      do {
        const u = rng.next();
        const parent = kept[Math.min(kept.length - 1, cum.findIndex((c) => c >= u))]!;
        theta = mvnormal(rng, parent.theta, L);
      } while (!inside(theta));
      // w = π(θ) / Σ_j w̃_j φ(θ; θ_j, 2Σ), w̃ the kept weights normalised.
      const logs = kept.map((p) => Math.log(p.weight / totalW) + logKernel(theta, p.theta, L));
      const top = Math.max(...logs);
      const mixture = top + Math.log(logs.reduce((s, l) => s + Math.exp(l - top), 0));
      proposals.push({ theta, weight: Math.exp(logPrior - mixture) });
    }
    const distances = await Promise.all(proposals.map((p) => simulate(p.theta)));
    const fresh: Particle[] = proposals.map((p, i) => ({ ...p, distance: distances[i]! }));
    const accepted = fresh.filter((p) => p.distance <= epsilon).length;
    // Kept particles keep their weights (π/q of the generation that drew them), as in Lenormand et al. (2013).
    pop = [...kept, ...fresh];
    const acceptance = want > 0 ? accepted / want : 0;
    const within = pop.filter((p) => p.distance <= epsilon);
    generations.push({ generation: t, epsilon, simulations: want, acceptance, ess: effectiveSampleSize(within.map((p) => p.weight)), ...(atFloor ? { atFloor: true as const } : {}) });
    if (acceptance < minAcc || atFloor) break;
  }
  const posterior = pop.filter((p) => p.distance <= epsilon);
  const total = posterior.reduce((s, p) => s + p.weight, 0);
  const particles = posterior.map((p) => ({ theta: p.theta, weight: p.weight / total, distance: p.distance }));
  const estimates: Record<string, { mean: number; sd: number; lo: number; hi: number }> = {};
  problem.names.forEach((name, k) => {
    const v = particles.map((p) => p.theta[k]!), w = particles.map((p) => p.weight);
    const mean = v.reduce((s, x, i) => s + w[i]! * x, 0);
    const sd = Math.sqrt(v.reduce((s, x, i) => s + w[i]! * (x - mean) ** 2, 0));
    estimates[name] = { mean, sd, lo: weightedQuantile(v, w, 0.05), hi: weightedQuantile(v, w, 0.95) };
  });
  return { names: problem.names, particles, generations, simulations: calls, epsilon, ess: effectiveSampleSize(particles.map((p) => p.weight)), estimates };
}
