/**
 * Offers and moves (BDM 1994; Scholz, Calbert & Smith 2011, §6). Actor i looks at
 * each other actor j through its own eyes: E^i U_ij (what i expects from challenging j) and
 * E^i U_ji (what i believes j expects from challenging i). Where j is believed to gain,
 *   conflict     E^i U_ji > E^i U_ij > 0: i expects to lose the fight and takes x_j;
 *   compromise   E^i U_ji > 0 ≥ E^i U_ij, E^i U_ji > |E^i U_ij|: i moves toward x_j by the
 *                fraction |E^i U_ij / E^i U_ji| (none at E^i U_ij = 0);
 *   capitulation E^i U_ji > 0 > E^i U_ij, E^i U_ji ≤ |E^i U_ij|: i takes x_j.
 * Other quadrants (i expects to win, or neither gains) leave i where it is; if i is to win, the
 * move is j's, decided from j's side. Of all offers, i accepts the one that moves it least
 * (our reading of Scholz et al. 2011, §6); a tie goes to the actor listed first.
 */

export type OfferKind = 'conflict' | 'compromise' | 'capitulation';

export interface Offer {
  /** Index of the actor whose position the offer moves i toward. */
  readonly from: number;
  readonly kind: OfferKind;
  /** The position i would take. */
  readonly position: number;
}

/** The offer j makes to i, as i perceives it, or null if i does not move for j. */
export function offerFrom(from: number, xi: number, xj: number, euIJ: number, euJI: number): Offer | null {
  if (xi === xj || !(euJI > 0)) return null;
  if (euIJ > 0) return euJI > euIJ ? { from, kind: 'conflict', position: xj } : null;
  if (euIJ <= 0 && euJI > Math.abs(euIJ)) return { from, kind: 'compromise', position: xi + (xj - xi) * Math.abs(euIJ / euJI) };
  return { from, kind: 'capitulation', position: xj };
}

/** The offer that moves i least from xi; null if there are none. */
export function bestOffer(xi: number, offers: readonly Offer[]): Offer | null {
  let best: Offer | null = null;
  for (const o of offers) if (best === null || Math.abs(o.position - xi) < Math.abs(best.position - xi)) best = o;
  return best;
}
