/**
 * Pairwise voting over positions (BDM 1994; Scholz, Calbert & Smith 2011, §3.2): actor
 * i casts v^i_jk = c_i s_i (|x_i − x_k| − |x_i − x_j|) / (x_max − x_min) votes for x_j over x_k,
 * and the position that no other beats in the sum of votes, the Condorcet winner, is the
 * "median voter position" (Black 1948). The weighted mean weights positions by c_i s_i.
 */
import type { BdmActor } from './actors.js';

/** Σ_i v^i_jk: the capability- and salience-weighted votes for x_j over x_k (risk-neutral, linear utilities). */
export function votesFor(actors: readonly BdmActor[], xj: number, xk: number, range: number): number {
  if (range === 0) return 0;
  let v = 0;
  for (const a of actors) v += (a.capability * a.salience * (Math.abs(a.position - xk) - Math.abs(a.position - xj))) / range;
  return v;
}

/**
 * The median voter position: among the actors' current positions, the one that wins or ties
 * every pairwise vote. Choice where the published text is silent: if several tie (or, which
 * one dimension with these votes rules out, none beats all), take the one with the largest
 * total margin Σ_k V_jk, then the lowest position.
 */
export function medianPosition(actors: readonly BdmActor[], range: number): number {
  const candidates = [...new Set(actors.map((a) => a.position))].sort((a, b) => a - b);
  let best = candidates[0]!, bestUnbeaten = false, bestMargin = Number.NEGATIVE_INFINITY;
  for (const xj of candidates) {
    let unbeaten = true, margin = 0;
    for (const xk of candidates) {
      if (xk === xj) continue;
      const v = votesFor(actors, xj, xk, range);
      margin += v;
      // a margin within rounding of 0 is a tie, not a defeat
      if (v < -1e-12) unbeaten = false;
    }
    if ((unbeaten && !bestUnbeaten) || (unbeaten === bestUnbeaten && margin > bestMargin + 1e-12)) { best = xj; bestUnbeaten = unbeaten; bestMargin = margin; }
  }
  return best;
}

/** The capability × salience weighted mean position Σ c_i s_i x_i / Σ c_i s_i. */
export function weightedMeanPosition(actors: readonly BdmActor[]): number {
  let num = 0, den = 0;
  for (const a of actors) { num += a.capability * a.salience * a.position; den += a.capability * a.salience; }
  return num / den;
}
