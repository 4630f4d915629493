/** Per ally, the probability of a stance at the last month of a result (or of any stance but aligned). */
import type { EnsembleResult } from '../../src/results/assemble.js';
import { isStance, NON_ALIGNED_STANCES, offers, STANCE_LABEL, stanceWithTheatres } from './labels.js';

export const NON_ALIGNED = 'non-aligned';

/** What a map or the network can colour allies by: accommodating the rival (the defection) first, any stance but aligned, then the other stances. */
export const HORIZON_STANCES: readonly string[] = ['accommodation', NON_ALIGNED, ...NON_ALIGNED_STANCES.filter((s) => s !== 'accommodation')];
/** A picker's words for one of them ("accommodating the rival (Russia / China)", "any stance but aligned"). */
export const horizonStanceOption = (s: string) => (s === NON_ALIGNED ? 'any stance but aligned' : isStance(s) ? stanceWithTheatres(s) : s);
/** The short form in a legend or a column: P(not aligned), P(accommodating …). */
export const horizonStanceShort = (s: string) => (s === NON_ALIGNED ? 'not aligned' : isStance(s) ? STANCE_LABEL[s] : s);

/**
 * iso3 → probability at the horizon; allies that are not allies at the horizon, and allies
 * whose theatre does not offer the stance, are left out.
 */
export function stanceAtHorizon(result: Pick<EnsembleResult, 'allies' | 'months'>, stance: string): Map<string, number> {
  const t = result.months.length - 1;
  const out = new Map<string, number>();
  for (const a of result.allies) {
    if (stance !== NON_ALIGNED && !offers(a.drivers?.theatre, stance)) continue;
    const p = stance === NON_ALIGNED ? a.stance.aligned?.[t] : a.stance[stance]?.[t];
    if (p === null || p === undefined) continue;
    out.set(a.iso3, stance === NON_ALIGNED ? 1 - p : p);
  }
  return out;
}
