/**
 * Outcomes at the horizon (docs/DESIGN.md §3.9 Outcomes and cohesion; docs/MODEL.md §6.9), from cohesion: the capability-weighted share of
 * allies aligned with the patron. Thresholds are registry parameters (assumptions).
 */

export { OUTCOMES, type Outcome } from '../vocabulary.js';

export function outcomeOf(cohesion: number, holds: number, strained: number, fragmenting: number): number {
  if (cohesion >= holds) return 0;
  if (cohesion >= strained) return 1;
  if (cohesion >= fragmenting) return 2;
  return 3;
}

/** Cohesion = Σ cap_i·[aligned_i] / Σ cap_i over active allies (bilateral deals count as not aligned: they hollow the multilateral system). */
export function cohesionOf(n: number, active: Uint8Array, stance: Uint8Array, capability: Float64Array): number {
  let num = 0, den = 0;
  for (let i = 0; i < n; i++) {
    if (active[i] === 0) continue;
    den += capability[i]!;
    if (stance[i] === 0) num += capability[i]!;
  }
  return den > 0 ? num / den : 0;
}
