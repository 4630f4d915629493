/**
 * The nuclear ladder (Debs & Monteiro 2017: proliferation needs both willingness and
 * opportunity; base rates from Bleek 2017: 31 states explored, 17 pursued, 10 acquired).
 * Levels: none, latent (owns enrichment or reprocessing), exploring, programme, armed.
 */

import { NUCLEAR } from '../vocabulary.js';
import { P } from './parameters.js';

export { NUCLEAR_LEVELS } from '../vocabulary.js';
export const NONE = NUCLEAR.none, LATENT = NUCLEAR.latent, EXPLORING = NUCLEAR.exploring, PROGRAMME = NUCLEAR.programme, ARMED = NUCLEAR.armed;

/**
 * Protection Π = 1 − (1 − C)·(1 − κ·cover): the U.S. guarantee's credibility C, with a
 * Franco-British guarantee (strength × the covered public's acceptance, `cover`) replacing a share
 * κ (cover_protection) of what is missing. Assumption: the two protectors' failures are independent.
 */
export function protectionOf(credibility: number, cover: number, kappa: number): number {
  return 1 - (1 - credibility) * (1 - Math.min(1, kappa * cover));
}

/**
 * Willingness = gain · max(0, NT·(1 − Π) − threshold): a threat from nuclear-armed rivals that the
 * ally's protectors do not answer (Debs & Monteiro 2017, ch. 2: allies with a credible umbrella do
 * not proliferate; the linear form and threshold are assumptions).
 */
export function willingness(nuclearThreat: number, protection: number, gain: number, threshold: number): number {
  const unanswered = nuclearThreat * (1 - protection) - threshold;
  return unanswered > 0 ? gain * unanswered : 0;
}

/**
 * Opportunity: latent states (enrichment or reprocessing) can move fast (Fuhrmann & Tkach 2015);
 * the others in proportion to their economic capacity (Jo & Gartzke 2007); an NPT party is
 * slowed by the domestic and normative cost (Sagan 1996; the restraint's size is an assumption).
 *
 *   O = able · ρ_NPT^[NPT party] · ρ_commit^[committed] · exp(β_regime·(libdem − libdem_ref))
 *
 * `committed`: a binding domestic or legal commitment against nuclear weapons beyond the NPT is in
 * force (an NWFZ treaty such as Rarotonga or Bangkok, New Zealand's 1987 Act, Japan's Atomic
 * Energy Basic Law and Three Non-Nuclear Principles; data/facts/nuclear.json `commitments`). It
 * stands for domestic opposition made law: leaders who would explore must first undo it (Sagan
 * 1996, the norms and domestic-politics models; Solingen 2007 on domestic coalitions). Assumption:
 * the two restraints multiply (independent hurdles), and several commitments count as one.
 *
 * The regime term is estimated: the exploration-onset hazard of 1946–2010 falls with liberal
 * democracy (V-Dem; Singh & Way 2004; docs/MODEL.md §6.7), β_regime = nuclear_regime_effect per
 * unit of libdem, relative to the reference state that sets nuclear_explore_rate (libdem_ref =
 * nuclear_regime_reference). Assumption: the logit's odds ratio is the hazard ratio (an annual
 * hazard of a few per cent or less). A state without a V-Dem score (libdem NaN) takes the reference (multiplier 1).
 */
export function opportunity(latent: boolean, capacity: number, nptParty: boolean, v: Float64Array, committed = false, libdem = Number.NaN): number {
  const able = latent ? v[P.nuclear_latent_opportunity]! : v[P.nuclear_other_opportunity]! * capacity;
  const regime = Number.isFinite(libdem) ? Math.exp(v[P.nuclear_regime_effect]! * (libdem - v[P.nuclear_regime_reference]!)) : 1;
  return able * (nptParty ? v[P.nuclear_npt_restraint]! : 1) * (committed ? v[P.nuclear_commitment_restraint]! : 1) * regime;
}

export interface LadderRates { explore: number; pursue: number; acquire: number; reverse: number; /** nuclear_hazard_cap */ cap: number }

/**
 * One month on the ladder: up one level with hazard rate·W·O (at most nuclear_hazard_cap), or, with no
 * willingness, back one level with hazard reverse·C. `floor` is the level the state cannot
 * fall below (latent for a latent state). Returns the new level: `ladderMove` if u < `ladderOdds`.
 */
export function ladderStep(level: number, floor: number, W: number, O: number, C: number, r: LadderRates, u: number): number {
  return u < ladderOdds(level, floor, W, O, C, r) ? ladderMove(level, floor, W) : level;
}

/** The month's chance of a move on the ladder (0: the state cannot move). */
export function ladderOdds(level: number, floor: number, W: number, O: number, C: number, r: LadderRates): number {
  if (level === ARMED) return 0;
  if (W > 0) {
    const base = level < EXPLORING ? r.explore : level === EXPLORING ? r.pursue : r.acquire;
    return Math.min(r.cap, base * W * O);
  }
  return level > floor ? r.reverse * C : 0;
}

/** Where a move leads: with willingness up one level (exploring from below it), without it back one (to the floor from exploring). */
export function ladderMove(level: number, floor: number, W: number): number {
  if (W > 0) return level < EXPLORING ? EXPLORING : level + 1;
  return level === EXPLORING ? floor : level - 1;
}

export const nuclearMeta = { stochastic: true, reads: ['nuclearThreat', 'credibility', 'nuclear'], writes: ['nuclear'] } as const;
