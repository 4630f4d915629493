/**
 * Interval estimates for ensemble results.
 */
import { quantileSorted } from '../analysis/stats/quantile.js';

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval for a binomial proportion (Wilson 1927; recommended over the Wald
 * interval by Brown, Cai & DasGupta 2001): k successes in n trials.
 */
export function wilson(k: number, n: number, z = Z95): { p: number; lo: number; hi: number } {
  if (n <= 0) return { p: Number.NaN, lo: Number.NaN, hi: Number.NaN };
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { p, lo: Math.max(0, centre - half), hi: Math.min(1, centre + half) };
}

/** Mean and normal-approximation 95% interval from a sum and a sum of squares over n paired runs. */
export function meanInterval(sum: number, sumSq: number, n: number, z = Z95): { mean: number; lo: number; hi: number } {
  if (n <= 0) return { mean: Number.NaN, lo: Number.NaN, hi: Number.NaN };
  const mean = sum / n;
  const variance = n > 1 ? Math.max(0, (sumSq - n * mean * mean) / (n - 1)) : 0;
  const half = z * Math.sqrt(variance / n);
  return { mean, lo: mean - half, hi: mean + half };
}

/**
 * The q-quantile of a histogram of `total` values. Unit histograms (bins of width 1/bins over
 * [0, 1]) interpolate linearly inside the bin; count histograms (bin = value) return the
 * smallest value whose cumulative share reaches q (the inverse empirical CDF, Hyndman & Fan type 1).
 */
export function histogramQuantile(hist: Int32Array, offset: number, bins: number, total: number, q: number, kind: 'unit' | 'count', width = 1 / bins): number {
  if (total <= 0) return Number.NaN;
  const target = q * total;
  let cum = 0;
  for (let b = 0; b < bins; b++) {
    const c = hist[offset + b]!;
    if (c > 0 && cum + c >= target) {
      if (kind === 'count') return b;
      const frac = Math.min(1, Math.max(0, (target - cum) / c));
      return (b + frac) * width;
    }
    cum += c;
  }
  return kind === 'count' ? bins - 1 : 1;
}

/**
 * The 95% interval of a probability across the posterior of the calibrated parameters, from runs
 * that cycle through K posterior draws (run r takes draw r mod K). counts: K × scopes × outcomes.
 * Draw j's share p̂_j = x_j / n_j mixes the probability under that draw, p(θ_j), with Monte Carlo
 * noise of variance p(1 − p)/n_j; the spread of p(θ) across draws is estimated by the method of
 * moments, τ² = max(0, Var_j(p̂_j) − mean_j p̂_j(1 − p̂_j)/(n_j − 1)) (the one-way random-effects
 * estimator; DerSimonian & Laird 1986), each p̂_j is shrunk toward the pooled share by
 * √(τ² / (τ² + v̄)), v̄ the mean noise variance (the empirical-Bayes shrinkage that takes the noise
 * out of the spread), and the interval is the 2.5% and 97.5% quantiles of the shrunk shares.
 * The caller widens it to hold the Monte Carlo interval (a total never claims more precision than
 * the runs give). Null when a draw has fewer than two runs.
 */
export function totalInterval(counts: ArrayLike<number>, draws: number, scope: number, outcome: number, outcomes = 4, scopes = counts.length / (draws * outcomes)): [number, number] | null {
  const x: number[] = [], n: number[] = [];
  for (let j = 0; j < draws; j++) {
    const base = (j * scopes + scope) * outcomes;
    let nj = 0;
    for (let o = 0; o < outcomes; o++) nj += counts[base + o]!;
    x.push(counts[base + outcome]!); n.push(nj);
  }
  return totalIntervalOf(x, n);
}

/** A total interval widened to hold the Monte Carlo one: parameter uncertainty adds to the runs' own, never replaces it. */
export function holdingMonteCarlo(total: readonly [number, number], mc: { lo: number; hi: number }): [number, number] {
  return [Math.min(total[0], mc.lo), Math.max(total[1], mc.hi)];
}

/** The interval of totalInterval from each draw's successes x_j out of n_j runs (null when a draw has fewer than two runs). */
export function totalIntervalOf(x: readonly number[], n: readonly number[]): [number, number] | null {
  if (x.length < 2 || n.some((nj) => nj < 2)) return null;
  const p = x.map((xj, j) => xj / n[j]!);
  const pooled = x.reduce((a, b) => a + b, 0) / n.reduce((a, b) => a + b, 0);
  return shrunkInterval(p, p.map((pj, j) => (pj * (1 - pj)) / (n[j]! - 1)), pooled, 0, 1);
}

/**
 * The total 95% interval of a mean across the posterior, from each draw's sum and sum of squares
 * over its n_j runs: the draws' means m̂_j with Monte Carlo noise s_j²/n_j, shrunk as
 * totalIntervalOf's shares are. Null when a draw has fewer than two runs.
 */
export function totalMeanInterval(sum: readonly number[], sumSq: readonly number[], n: readonly number[]): [number, number] | null {
  if (sum.length < 2 || n.some((nj) => nj < 2)) return null;
  const m = sum.map((sj, j) => sj / n[j]!);
  const pooled = sum.reduce((a, b) => a + b, 0) / n.reduce((a, b) => a + b, 0);
  return shrunkInterval(m, m.map((mj, j) => Math.max(0, (sumSq[j]! - n[j]! * mj * mj) / (n[j]! - 1)) / n[j]!), pooled);
}

/**
 * The spread of per-draw estimates with their noise taken out: τ² = max(0, Var_j(est_j) − mean_j
 * noise_j) (one-way random effects by the method of moments; DerSimonian & Laird 1986), each
 * estimate shrunk toward the pooled value by √(τ²/(τ² + v̄)), and the R-7 2.5% and 97.5% quantiles
 * of the shrunk values, kept inside [lo, hi].
 */
function shrunkInterval(est: readonly number[], noiseVar: readonly number[], pooled: number, lo = -Infinity, hi = Infinity): [number, number] {
  const draws = est.length;
  const mean = est.reduce((a, b) => a + b, 0) / draws;
  const between = est.reduce((a, b) => a + (b - mean) ** 2, 0) / (draws - 1);
  const noise = noiseVar.reduce((a, b) => a + b, 0) / draws;
  const tau2 = Math.max(0, between - noise);
  const shrink = tau2 + noise > 0 ? Math.sqrt(tau2 / (tau2 + noise)) : 0;
  const shrunk = est.map((e) => Math.min(hi, Math.max(lo, pooled + shrink * (e - pooled)))).sort((a, b) => a - b);
  return [quantileSorted(shrunk, 0.025), quantileSorted(shrunk, 0.975)];
}
