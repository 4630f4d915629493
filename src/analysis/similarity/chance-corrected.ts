/**
 * Chance-corrected similarity (Häge 2011, "Choice or Circumstance? Adjusting Measures of Foreign
 * Policy Similarity for Chance Agreement", Political Analysis 19(3): 287–305): one minus the
 * observed mean distance over the distance expected by chance, 1 − D_o / D_e.
 *   Cohen's κ: D_e pairs every value of x with every value of y (each state's own marginal
 *   distribution of positions);
 *   Scott's π: D_e pairs values drawn from the pooled distribution of x and y.
 * With a 0/1 scale and absolute distance these reduce to the textbook κ = (p_o − p_e)/(1 − p_e)
 * (Cohen 1960) and π (Scott 1955). Weights weight dimensions in D_o and in the marginals.
 */
import { distance, type DistanceMetric } from './s-score.js';

function weightsOf(n: number, weights?: readonly number[]): number[] {
  return weights ? [...weights] : new Array<number>(n).fill(1);
}

/** Weighted mean distance between x_k and y_k. */
function observed(x: readonly number[], y: readonly number[], w: readonly number[], metric: DistanceMetric): number {
  let sum = 0, total = 0;
  for (let k = 0; k < x.length; k++) { sum += w[k]! * distance(x[k]!, y[k]!, metric); total += w[k]!; }
  return sum / total;
}

/**
 * Σ_k Σ_l w_k w_l d(a_k, b_l) / (Σ w)²: the expected distance between independent draws from a
 * and from b. Not by the double sum, which makes a 190 × 190 matrix O(n⁴): squared distance
 * expands to W Σw a² − 2 Σwa Σwb + W Σw b²; absolute distance sorts b once and, for each a_k,
 * splits b at a_k with prefix sums, Σ_l w_l |a_k − b_l| = a_k W_< − S_< + S_> − a_k W_>.
 */
function crossExpected(a: readonly number[], b: readonly number[], w: readonly number[], metric: DistanceMetric): number {
  const n = a.length;
  let total = 0;
  for (let k = 0; k < n; k++) total += w[k]!;
  if (metric === 'sq') {
    let sa = 0, sa2 = 0, sb = 0, sb2 = 0;
    for (let k = 0; k < n; k++) { sa += w[k]! * a[k]!; sa2 += w[k]! * a[k]! * a[k]!; sb += w[k]! * b[k]!; sb2 += w[k]! * b[k]! * b[k]!; }
    return (total * sa2 - 2 * sa * sb + total * sb2) / (total * total);
  }
  const order = b.map((_, l) => l).sort((i, j) => b[i]! - b[j]!);
  const values = order.map((l) => b[l]!);
  const cumW = new Float64Array(n + 1), cumWB = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) { cumW[i + 1] = cumW[i]! + w[order[i]!]!; cumWB[i + 1] = cumWB[i]! + w[order[i]!]! * values[i]!; }
  let sum = 0;
  for (let k = 0; k < n; k++) {
    let lo = 0, hi = n; // first index with values[i] > a_k
    while (lo < hi) { const mid = (lo + hi) >> 1; if (values[mid]! <= a[k]!) lo = mid + 1; else hi = mid; }
    const below = a[k]! * cumW[lo]! - cumWB[lo]!;
    const above = cumWB[n]! - cumWB[lo]! - a[k]! * (cumW[n]! - cumW[lo]!);
    sum += w[k]! * (below + above);
  }
  return sum / (total * total);
}

function corrected(dObserved: number, dExpected: number): number | null {
  return dExpected > 0 ? 1 - dObserved / dExpected : null;
}

/** Cohen's κ for valued vectors; null when chance distance is 0 (both vectors constant: κ undefined). */
export function cohenKappa(x: readonly number[], y: readonly number[], metric: DistanceMetric = 'abs', weights?: readonly number[]): number | null {
  const w = weightsOf(x.length, weights);
  return corrected(observed(x, y, w, metric), crossExpected(x, y, w, metric));
}

/** Scott's π for valued vectors; null when the pooled values do not vary. */
export function scottPi(x: readonly number[], y: readonly number[], metric: DistanceMetric = 'abs', weights?: readonly number[]): number | null {
  const w = weightsOf(x.length, weights);
  // pooled distribution = ½ x-marginal + ½ y-marginal, so D_e averages the four cross terms
  const dExpected = (crossExpected(x, x, w, metric) + 2 * crossExpected(x, y, w, metric) + crossExpected(y, y, w, metric)) / 4;
  return corrected(observed(x, y, w, metric), dExpected);
}
