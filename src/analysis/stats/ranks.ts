/**
 * Ranks with ties given the mean of the ranks they span ("fractional" or "mid" ranks), the
 * convention of Spearman's coefficient with ties (Kendall & Gibbons 1990; Zar 2010).
 */

/** Ranks 1..n of `values`; tied values share the mean of their ranks: ranks([10, 20, 20, 30]) → [1, 2.5, 2.5, 4]. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const out = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && values[order[end]!] === values[order[start]!]) end++;
    // positions start..end-1 hold one tied group: ranks start+1..end, mean (start + 1 + end) / 2
    const mid = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) out[order[k]!] = mid;
    start = end;
  }
  return out;
}
