/**
 * The partial Spearman correlation of x and y holding z constant: the first-order partial
 * correlation formula applied to Spearman coefficients (Kendall & Stuart 1979; Conover 1999;
 * used for burden sharing by Sandler & Murdoch 2000):
 * ρ_xy·z = (ρ_xy − ρ_xz ρ_yz) / √((1 − ρ_xz²)(1 − ρ_yz²)).
 */
import { spearman } from './spearman.js';

/** The first-order partial correlation from three pairwise coefficients; null when undefined (|r_xz| or |r_yz| = 1). */
export function partialCorrelation(rxy: number, rxz: number, ryz: number): number | null {
  const denominator = Math.sqrt((1 - rxz * rxz) * (1 - ryz * ryz));
  if (!(denominator > 0)) return null;
  return Math.max(-1, Math.min(1, (rxy - rxz * ryz) / denominator));
}

/** ρ_xy·z; null when any of the three Spearman coefficients is undefined or z explains x or y perfectly. */
export function partialSpearman(x: readonly number[], y: readonly number[], z: readonly number[]): number | null {
  const rxy = spearman(x, y), rxz = spearman(x, z), ryz = spearman(y, z);
  if (rxy === null || rxz === null || ryz === null) return null;
  return partialCorrelation(rxy, rxz, ryz);
}
