/**
 * Stance choice by multinomial logit (McFadden 1974) over four stances, with a switching cost
 * from ballast and peer contagion (Granovetter 1978; Watts 2002). Utilities (docs/MODEL.md §6.6; the reasons: docs/DESIGN.md §3.6 Stances):
 *   U_aligned   = θc·(C − C_ref) + θtb·T·C
 *   U_hedging   = k_h + θa·affinity + θbw·T·(1 − C) + θp·peers_hedging
 *   U_bilateral = k_b + θb·deal·(1 − C) + θp·peers_bilateral
 *   U_regional  = k_r + θr·T·(1 − C)·(1 + cover) + θp·peers_regional
 * minus (switch_cost + switch_cost_ballast · ballast) for every stance but the current one.
 */

import { STANCE, STANCE_COUNT } from '../vocabulary.js';

export { STANCES, STANCE_COUNT, type Stance } from '../vocabulary.js';
export const ALIGNED = STANCE.aligned, HEDGING = STANCE.hedging, BILATERAL = STANCE.bilateral, REGIONAL = STANCE.regional;

export interface StanceInputs {
  credibility: number;
  threat: number;
  affinity: number;
  /** Relevance-weighted share of peers in each stance (length 4). */
  peers: Float64Array;
  /** 1 when the patron offers deals (conditional or transactional guarantee), 2 with a bilateral pact. */
  deal: number;
  /** Strength of a regional (Franco-British) nuclear guarantee covering the ally. */
  cover: number;
  ballast: number;
  current: number;
}

export interface StanceWeights {
  credibility: number; credibilityReference: number; threatBalancing: number; affinity: number; bandwagon: number; peer: number;
  bilateral: number; regional: number; constHedging: number; constBilateral: number; constRegional: number;
  switchCost: number; switchCostBallast: number;
}

/** Writes the four utilities into `out` (length 4); `terms` (4 × 6) receives each term for explanations. */
export function stanceUtilities(x: StanceInputs, w: StanceWeights, out: Float64Array, terms?: Float64Array): void {
  const C = x.credibility, T = x.threat, gap = 1 - C;
  const sw = w.switchCost + w.switchCostBallast * x.ballast;
  // term columns: constant, credibility/threat, affinity, peers, deal/cover, switching
  const t = terms ?? SCRATCH;
  t.fill(0);
  t[0 * 6 + 1] = w.credibility * (C - w.credibilityReference) + w.threatBalancing * T * C;
  t[1 * 6 + 0] = w.constHedging; t[1 * 6 + 1] = w.bandwagon * T * gap; t[1 * 6 + 2] = w.affinity * x.affinity; t[1 * 6 + 3] = w.peer * x.peers[HEDGING]!;
  t[2 * 6 + 0] = w.constBilateral; t[2 * 6 + 3] = w.peer * x.peers[BILATERAL]!; t[2 * 6 + 4] = w.bilateral * x.deal * gap;
  t[3 * 6 + 0] = w.constRegional; t[3 * 6 + 1] = w.regional * T * gap * (1 + x.cover); t[3 * 6 + 3] = w.peer * x.peers[REGIONAL]!;
  for (let s = 0; s < STANCE_COUNT; s++) {
    if (s !== x.current) t[s * 6 + 5] = -sw;
    out[s] = t[s * 6]! + t[s * 6 + 1]! + t[s * 6 + 2]! + t[s * 6 + 3]! + t[s * 6 + 4]! + t[s * 6 + 5]!;
  }
}
const SCRATCH = new Float64Array(STANCE_COUNT * 6);
export const TERM_NAMES = ['constant', 'credibility_threat', 'affinity', 'peers', 'deal_cover', 'switching_cost'] as const;

/** Softmax in place, stable (subtracts the maximum): probabilities that sum to 1. */
export function softmax(u: Float64Array): void {
  let max = -Infinity;
  for (let s = 0; s < u.length; s++) if (u[s]! > max) max = u[s]!;
  let sum = 0;
  for (let s = 0; s < u.length; s++) { u[s] = Math.exp(u[s]! - max); sum += u[s]!; }
  for (let s = 0; s < u.length; s++) u[s]! /= sum;
}

/** Draws a stance from probabilities p with one uniform u in [0, 1). */
export function drawStance(p: Float64Array, u: number): number {
  let acc = 0;
  for (let s = 0; s < p.length - 1; s++) {
    acc += p[s]!;
    if (u < acc) return s;
  }
  return p.length - 1;
}

export const stanceMeta = { stochastic: true, reads: ['credibility', 'threat', 'affinity', 'stance', 'ballast'], writes: ['stance'] } as const;
