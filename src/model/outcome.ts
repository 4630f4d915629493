/**
 * Cohesion and outcomes (docs/MODEL.md §6.9; docs/DESIGN.md §3.9), for the system and for each
 * theatre. Cohesion is the share of the allies' military contribution the alliance can count on:
 *   cohesion_scope = Σ_i w(stance_i) · m_i / Σ_i m_i   over the active allies of the scope,
 * with m_i the ally's military expenditure (SIPRI / NATO, current US$, the start year: the
 * measure NATO's burden-sharing reports and Sandler & Hartley 1999 use) and w the weight of its
 * stance: aligned 1, accommodation 0, and registry parameters for a bilateral pact, European
 * cover and regional networking (each with its reason in the registry). The outcome classes
 * follow from thresholds tied to documented analogues (France 1966, Greece 1974, the Philippines
 * 1991 and 2016, SEATO and CENTO), in the registry too.
 */
import { OUTCOME_SCOPES, STANCE, STANCE_COUNT } from '../vocabulary.js';
import { P } from './parameters.js';

export { OUTCOMES, type Outcome } from '../vocabulary.js';

export function outcomeOf(cohesion: number, holds: number, strained: number, fragmenting: number): number {
  if (cohesion >= holds) return 0;
  if (cohesion >= strained) return 1;
  if (cohesion >= fragmenting) return 2;
  return 3;
}

/** The outcome of a cohesion under the registry's thresholds in v. */
export function outcomeUnder(v: Float64Array, cohesion: number): number {
  return outcomeOf(cohesion, v[P.outcome_holds]!, v[P.outcome_strained]!, v[P.outcome_fragmenting]!);
}

/** How much each stance counts toward cohesion, in STANCES order. */
export function stanceCohesionWeights(v: Float64Array): Float64Array {
  const w = new Float64Array(STANCE_COUNT);
  w[STANCE.aligned] = 1;
  w[STANCE.accommodation] = 0;
  w[STANCE.bilateral] = v[P.cohesion_bilateral]!;
  w[STANCE.cover] = v[P.cohesion_cover]!;
  w[STANCE.networking] = v[P.cohesion_networking]!;
  return w;
}

const num = new Float64Array(OUTCOME_SCOPES.length), den = new Float64Array(OUTCOME_SCOPES.length);

/**
 * Cohesion of the system and of each theatre, into out (length OUTCOME_SCOPES.length, in its
 * order: system, then ALLIANCE_THEATRES). A scope with no contribution has cohesion 0.
 */
export function cohesionByScope(n: number, active: Uint8Array, stance: Uint8Array, theatre: Uint8Array, contribution: Float64Array, weight: Float64Array, out: Float64Array): void {
  num.fill(0); den.fill(0);
  let systemNum = 0, systemDen = 0; // the system's sums in registers, the theatres' in their slots (the same additions in the same order)
  for (let i = 0; i < n; i++) {
    if (active[i] === 0) continue;
    const m = contribution[i]!, scope = 1 + theatre[i]!;
    const counted = weight[stance[i]!]! * m;
    systemDen += m; systemNum += counted;
    den[scope]! += m; num[scope]! += counted;
  }
  num[0] = systemNum; den[0] = systemDen;
  for (let k = 0; k < OUTCOME_SCOPES.length; k++) out[k] = den[k]! > 0 ? num[k]! / den[k]! : 0;
}

/** The system's cohesion alone (a convenience of cohesionByScope). */
export function cohesionOf(n: number, active: Uint8Array, stance: Uint8Array, theatre: Uint8Array, contribution: Float64Array, weight: Float64Array): number {
  const out = new Float64Array(OUTCOME_SCOPES.length);
  cohesionByScope(n, active, stance, theatre, contribution, weight, out);
  return out[0]!;
}

