/**
 * Signorino & Ritter's S (1999, "Tau-b or Not Tau-b", ISQ 43(1): 115–144, eqs. 3–5): one minus
 * twice the weighted mean distance between two states' positions, over the largest possible
 * distance, so 1 is identical, −1 opposite, and 0 the midpoint:
 *   S = 1 − 2 · Σ_k w_k d(x_k, y_k) / (Σ_k w_k · d_max),
 * with d the absolute distance |x − y| (d_max the range of the scale), or the squared distance
 * (x − y)² (d_max the squared range).
 */

export type DistanceMetric = 'abs' | 'sq';

/** d(a, b) under the metric: |a − b| or (a − b)². */
export function distance(a: number, b: number, metric: DistanceMetric): number {
  const d = a - b;
  return metric === 'abs' ? Math.abs(d) : d * d;
}

/**
 * S of two equal-length, validated vectors on a scale whose range is `range` (the largest
 * possible |x_k − y_k|, e.g. 3 for ATOP valued portfolios). Without weights each dimension
 * counts once. Returns 1 when `range` is 0 (nothing can differ).
 */
export function sScore(x: readonly number[], y: readonly number[], range: number, metric: DistanceMetric = 'abs', weights?: readonly number[]): number {
  let sum = 0, total = 0;
  for (let k = 0; k < x.length; k++) {
    const w = weights ? weights[k]! : 1;
    sum += w * distance(x[k]!, y[k]!, metric);
    total += w;
  }
  const dMax = metric === 'abs' ? range : range * range;
  if (dMax === 0 || total === 0) return 1;
  return 1 - (2 * sum) / (total * dMax);
}
