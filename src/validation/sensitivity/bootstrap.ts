/**
 * Bootstrap percentile intervals (Efron & Tibshirani 1993, ch. 13): resample the rows of a
 * sample with replacement, recompute the statistic, and take the (1 − level)/2 and
 * (1 + level)/2 quantiles of the replicates. Seeded: the same seed gives the same interval.
 */
import { Xoshiro128 } from '../../engine/prng.js';
import { BOOTSTRAP_STREAM } from './streams.js';
import { quantileSorted } from '../../analysis/stats/quantile.js';

export { quantileSorted };

export interface BootstrapOptions {
  /** Replicates (default 1,000). */
  readonly resamples?: number;
  /** Coverage of the interval (default 0.95). */
  readonly level?: number;
  readonly seed: number;
}

/**
 * Percentile intervals of `stats` statistics computed from n rows. `statistic(rows, out)` gets
 * the resampled row indices and fills out[0 … stats − 1]. Returns [lo, hi] per statistic.
 * Replicates with a non-finite value are left out of that statistic's interval.
 */
export function bootstrapIntervals(n: number, stats: number, statistic: (rows: Int32Array, out: Float64Array) => void, options: BootstrapOptions): [number, number][] {
  const resamples = options.resamples ?? 1000, level = options.level ?? 0.95;
  const rng = new Xoshiro128(options.seed, 0, BOOTSTRAP_STREAM);
  const rows = new Int32Array(n), out = new Float64Array(stats);
  const reps = Array.from({ length: stats }, () => new Float64Array(resamples));
  const count = new Int32Array(stats);
  for (let b = 0; b < resamples; b++) {
    for (let j = 0; j < n; j++) rows[j] = Math.floor(rng.next() * n);
    statistic(rows, out);
    for (let s = 0; s < stats; s++) if (Number.isFinite(out[s]!)) reps[s]![count[s]!++] = out[s]!;
  }
  return reps.map((r, s) => {
    const sorted = r.subarray(0, count[s]!).sort();
    return [quantileSorted(sorted, (1 - level) / 2), quantileSorted(sorted, (1 + level) / 2)];
  });
}
