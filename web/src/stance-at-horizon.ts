/** Per ally, the probability of a stance at the last month of a result (or of any stance but aligned). */
import type { EnsembleResult } from '../../src/results/assemble.js';
import { offers } from './labels.js';

export const NON_ALIGNED = 'non-aligned';

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
