/**
 * The nuclear ladder (Debs & Monteiro 2017: proliferation needs both willingness and
 * opportunity; base rates from Bleek 2017: 31 states explored, 17 pursued, 10 acquired).
 * Levels: none, latent (owns enrichment or reprocessing), exploring, programme, armed.
 */

import { NUCLEAR } from '../vocabulary.js';

export { NUCLEAR_LEVELS } from '../vocabulary.js';
export const NONE = NUCLEAR.none, LATENT = NUCLEAR.latent, EXPLORING = NUCLEAR.exploring, PROGRAMME = NUCLEAR.programme, ARMED = NUCLEAR.armed;

/**
 * Willingness = gain · max(0, NT·(1 − C) − threshold): an unanswered nuclear threat
 * (Debs & Monteiro 2017, ch. 2; the linear form and threshold are assumptions).
 */
export function willingness(nuclearThreat: number, credibility: number, gain: number, threshold: number): number {
  const unanswered = nuclearThreat * (1 - credibility) - threshold;
  return unanswered > 0 ? gain * unanswered : 0;
}

/** Opportunity: latent states can move fast (Fuhrmann & Tkach 2015); NPT parties are slowed (assumption). */
export function opportunity(latent: boolean, nptParty: boolean, latentOpp: number, otherOpp: number, nptRestraint: number): number {
  return (latent ? latentOpp : otherOpp) * (nptParty ? nptRestraint : 1);
}

export interface LadderRates { explore: number; pursue: number; acquire: number; reverse: number; /** nuclear_hazard_cap */ cap: number }

/**
 * One month on the ladder: up one level with hazard rate·W·O (at most nuclear_hazard_cap), or, with no
 * willingness, back one level with hazard reverse·C. `floor` is the level the state cannot
 * fall below (latent for a latent state). Returns the new level.
 */
export function ladderStep(level: number, floor: number, W: number, O: number, C: number, r: LadderRates, u: number): number {
  if (level === ARMED) return level;
  if (W > 0) {
    const base = level < EXPLORING ? r.explore : level === EXPLORING ? r.pursue : r.acquire;
    const h = Math.min(r.cap, base * W * O);
    if (u < h) return level < EXPLORING ? EXPLORING : level + 1;
    return level;
  }
  if (level > floor && level < ARMED && u < r.reverse * C) return level === EXPLORING ? floor : level - 1;
  return level;
}

export const nuclearMeta = { stochastic: true, reads: ['nuclearThreat', 'credibility', 'nuclear'], writes: ['nuclear'] } as const;
