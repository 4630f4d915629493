/**
 * Stance choice by multinomial logit (McFadden 1974) over the stances the ally's theatre offers
 * (vocabulary.ts THEATRE_STANCES), with a switching cost from ballast and peer contagion
 * (Granovetter 1978; Watts 2002). Utilities (docs/MODEL.md §6.6; the reasons: docs/DESIGN.md §3.6):
 *   U_aligned       = θc·(C − C_ref) + θtb·T·C
 *   U_accommodation = k_a + θa·affinity + θacc·(1 − Π)·W·E·I + θp·peers_accommodation
 *   U_bilateral     = k_b + θb·deal·(1 − C) + θp·peers_bilateral                  (Europe)
 *   U_cover         = k_c + θcov·T·(1 − C)·(1 + cover) + θp·peers_cover           (Europe)
 *   U_networking    = k_n + θnet·T·(1 − C) + θp·peers_networking                  (Asia-Pacific)
 * where Π is the ally's protection (the U.S. guarantee's credibility C, with a Franco-British
 * guarantee standing in for part of what is missing: Π = 1 − (1 − C)·(1 − κ·cover)), W its
 * weakness beside the theatre's rival, E its exposure to that rival and I its government's
 * inclination toward it. Balancing is the rule (Walt 1987): threat raises the value of
 * alignment and of the Western alternatives (a pact, cover, networking) and of self-help
 * (effort.ts, nuclear.ts); it never makes accommodation likelier by itself. Accommodation grows
 * with missing protection only where the ally is weak, exposed and inclined (Labs 1992).
 * Minus (switch_cost + switch_cost_ballast · ballast) for every stance but the current one; a
 * stance the theatre does not offer has utility −∞ (probability 0).
 */

import { ALLIANCE_THEATRES, STANCE, STANCES, STANCE_COUNT, THEATRE_STANCES } from '../vocabulary.js';

export { STANCES, STANCE_COUNT, type Stance } from '../vocabulary.js';
export const ALIGNED = STANCE.aligned, ACCOMMODATION = STANCE.accommodation, BILATERAL = STANCE.bilateral, COVER = STANCE.cover, NETWORKING = STANCE.networking;

/** For each theatre (ALLIANCE_THEATRES), 1 where it offers each stance (THEATRE_STANCES): built once, read in the monthly loop. */
export const OFFERED_IN_THEATRE: readonly Uint8Array[] = Object.freeze(ALLIANCE_THEATRES.map((h) =>
  Uint8Array.from(STANCES, (k) => ((THEATRE_STANCES[h] as readonly string[]).includes(k) ? 1 : 0))));

export interface StanceInputs {
  credibility: number;
  threat: number;
  affinity: number;
  /** Relevance-weighted share of peers in each stance (length STANCE_COUNT). */
  peers: Float64Array;
  /** 1 when the patron offers deals (conditional or transactional guarantee), 2 with a bilateral pact. */
  deal: number;
  /** Strength of a Franco-British nuclear guarantee covering the ally, times its public's acceptance. */
  cover: number;
  /** Π: protection from the patron and the cover together, in [0, 1]. */
  protection: number;
  /** W, E, I: weakness beside the theatre's rival, exposure to it, the government's inclination toward it (each in [0, 1]). */
  weakness: number;
  exposure: number;
  inclination: number;
  ballast: number;
  current: number;
  /** The ally theatre's row of Setting.stanceOffered (length STANCE_COUNT): 1 where the stance is offered. */
  offered: Uint8Array;
}

export interface StanceWeights {
  credibility: number; credibilityReference: number; threatBalancing: number; affinity: number; accommodation: number; peer: number;
  bilateral: number; cover: number; networking: number;
  constAccommodation: number; constBilateral: number; constCover: number; constNetworking: number;
  switchCost: number; switchCostBallast: number;
}

/** Columns of the terms matrix (one row per stance), for explanations. */
export const TERM_NAMES = ['constant', 'credibility_threat', 'affinity', 'peers', 'deal_cover', 'switching_cost', 'weak_exposed_inclined'] as const;
const TERMS = TERM_NAMES.length;

/**
 * Writes the utilities into `out` (length STANCE_COUNT). Each utility is its row of stanceTerms
 * summed in TERM_NAMES order from 0, with the terms that are zero for that stance left out
 * (adding 0 changes no bit): the same numbers, without building the matrix in the monthly loop.
 * test/model/equations.test.ts checks the two agree to the bit.
 */
export function stanceUtilities(x: StanceInputs, w: StanceWeights, out: Float64Array): void {
  const C = x.credibility, T = x.threat, gap = 1 - C, peers = x.peers, offered = x.offered, current = x.current;
  const sw = w.switchCost + w.switchCostBallast * x.ballast;
  // Terms in TERM_NAMES order: constant, credibility_threat, affinity, peers, deal_cover, switching_cost, weak_exposed_inclined.
  let u = 0 + (w.credibility * (C - w.credibilityReference) + w.threatBalancing * T * C);
  out[ALIGNED] = offered[ALIGNED] === 0 ? -Infinity : current !== ALIGNED ? u - sw : u;
  u = 0 + w.constAccommodation + w.affinity * x.affinity + w.peer * peers[ACCOMMODATION]!;
  if (current !== ACCOMMODATION) u -= sw;
  out[ACCOMMODATION] = offered[ACCOMMODATION] === 0 ? -Infinity : u + w.accommodation * (1 - x.protection) * x.weakness * x.exposure * x.inclination;
  u = 0 + w.constBilateral + w.peer * peers[BILATERAL]! + w.bilateral * x.deal * gap;
  out[BILATERAL] = offered[BILATERAL] === 0 ? -Infinity : current !== BILATERAL ? u - sw : u;
  u = 0 + w.constCover + w.cover * T * gap * (1 + x.cover) + w.peer * peers[COVER]!;
  out[COVER] = offered[COVER] === 0 ? -Infinity : current !== COVER ? u - sw : u;
  u = 0 + w.constNetworking + w.networking * T * gap + w.peer * peers[NETWORKING]!;
  out[NETWORKING] = offered[NETWORKING] === 0 ? -Infinity : current !== NETWORKING ? u - sw : u;
}

/** Each utility's terms (STANCE_COUNT rows × TERM_NAMES columns), for explanations; a stance not offered has a row of zeros. */
export function stanceTerms(x: StanceInputs, w: StanceWeights, t: Float64Array): void {
  const C = x.credibility, T = x.threat, gap = 1 - C;
  const sw = w.switchCost + w.switchCostBallast * x.ballast;
  t.fill(0);
  const row = (k: number) => k * TERMS;
  t[row(ALIGNED) + 1] = w.credibility * (C - w.credibilityReference) + w.threatBalancing * T * C;
  t[row(ACCOMMODATION)] = w.constAccommodation; t[row(ACCOMMODATION) + 2] = w.affinity * x.affinity;
  t[row(ACCOMMODATION) + 6] = w.accommodation * (1 - x.protection) * x.weakness * x.exposure * x.inclination;
  t[row(BILATERAL)] = w.constBilateral; t[row(BILATERAL) + 4] = w.bilateral * x.deal * gap;
  t[row(COVER)] = w.constCover; t[row(COVER) + 1] = w.cover * T * gap * (1 + x.cover);
  t[row(NETWORKING)] = w.constNetworking; t[row(NETWORKING) + 1] = w.networking * T * gap;
  for (let s = 0; s < STANCE_COUNT; s++) {
    if (x.offered[s] === 0) { for (let c = 0; c < TERMS; c++) t[row(s) + c] = 0; continue; }
    if (s !== ALIGNED) t[row(s) + 3] = w.peer * x.peers[s]!;
    if (s !== x.current) t[row(s) + 5] = -sw;
  }
}

/**
 * Softmax in place, stable (subtracts the maximum): probabilities that sum to 1. exp is not called
 * where its value is known exactly: −∞ gets 0, and the maximum exp(0) = 1.
 */
export function softmax(u: Float64Array): void {
  let max = -Infinity;
  for (let s = 0; s < u.length; s++) if (u[s]! > max) max = u[s]!;
  let sum = 0;
  for (let s = 0; s < u.length; s++) { const x = u[s]!, e = x === -Infinity ? 0 : x === max ? 1 : Math.exp(x - max); u[s] = e; sum += e; }
  for (let s = 0; s < u.length; s++) u[s]! /= sum;
}

/** Draws a stance from probabilities p with one uniform u in [0, 1): the last stance with p > 0 takes the remainder. */
export function drawStance(p: Float64Array, u: number): number {
  let acc = 0, last = 0;
  for (let s = 0; s < p.length; s++) {
    if (p[s]! <= 0) continue;
    last = s;
    acc += p[s]!;
    if (u < acc) return s;
  }
  return last;
}

export const stanceMeta = { stochastic: true, reads: ['credibility', 'threat', 'affinity', 'stance', 'ballast'], writes: ['stance'] } as const;
