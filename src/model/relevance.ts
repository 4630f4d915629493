/**
 * Relevance of an event at one state to an ally's beliefs: the interdependence of commitments
 * (Schelling 1966; Weisiger & Yarhi-Milo 2015). Assumption:
 *   r = min(1, exp(−d / d_rel) · (same theatre ? 1 : other) + (shared treaty ? bonus : 0)),
 * with d = distance_unknown_km where the data have no distance.
 */
export function relevance(distanceKm: number, sameTheatre: boolean, sharedTreaty: boolean, dRel: number, other: number, bonus: number, unknownKm: number): number {
  const d = Number.isFinite(distanceKm) ? distanceKm : unknownKm;
  const r = Math.exp(-d / dRel) * (sameTheatre ? 1 : other) + (sharedTreaty ? bonus : 0);
  return r > 1 ? 1 : r;
}
