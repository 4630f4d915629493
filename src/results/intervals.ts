/**
 * Interval estimates for ensemble results.
 */

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
