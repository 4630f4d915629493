/**
 * Relevance of an event at one state to an ally's beliefs: the interdependence of commitments
 * (Schelling 1966; Weisiger & Yarhi-Milo 2015). Within a theatre it falls with distance (a
 * loss-of-strength gradient, assumption); across theatres it is the explicit knock-on
 * `cross_theatre_weight`, whatever the distance (Henry 2022; correlated within regions, little
 * between them):
 *   r = min(1, (same theatre ? exp(−d / d_rel) : cross) + (shared treaty ? bonus : 0)),
 * with d = distance_unknown_km where the data have no distance.
 */
export function relevance(distanceKm: number, sameTheatre: boolean, sharedTreaty: boolean, dRel: number, cross: number, bonus: number, unknownKm: number): number {
  const d = Number.isFinite(distanceKm) ? distanceKm : unknownKm;
  const r = (sameTheatre ? Math.exp(-d / dRel) : cross) + (sharedTreaty ? bonus : 0);
  return r > 1 ? 1 : r;
}
