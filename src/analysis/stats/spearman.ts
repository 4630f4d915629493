/**
 * Spearman's rank correlation ρ (Spearman 1904): Pearson's r of the mid-ranks, which is exact
 * with ties (Zar 2010); without ties it equals 1 − 6Σd²/(n(n²−1)).
 */
import { pearson } from './pearson.js';
import { ranks } from './ranks.js';

/** ρ of two equal-length samples; null when n < 2 or either sample is constant. */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  if (x.length !== y.length) return null;
  return pearson(ranks(x), ranks(y));
}
