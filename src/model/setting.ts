/**
 * The setting of a run: everything fixed for an ensemble, compiled once from the World of the
 * scenario's year and the parameters. Allies live in "slots" (the allies of the year plus
 * states that may join); probe targets are every non-rival state; rivals are RUS, CHN, IRN, PRK.
 * Arrays are flat typed arrays, row-major: S[k * n + i] for rival k and slot i. Compiled by
 * compile-setting.ts; this file holds only what the monthly loop needs (no data imports).
 */
import { ballastIndex, type BallastWeights } from './ballast.js';

export { THEATRES, RIVALS } from '../vocabulary.js';

export interface Setting {
  readonly params: Float64Array;
  /** Ally slots. */
  readonly n: number;
  readonly slots: readonly string[];
  readonly slotTheatre: Uint8Array;
  /** Each slot's theatre of the alliance system (ALLIANCE_THEATRES: NATO members Europe, the treaty allies of Asia the Asia-Pacific). */
  readonly allianceTheatre: Uint8Array;
  /** Military contribution: military expenditure, current US$ m, the start year (cohesion's weights; 0 without armed forces). */
  readonly contribution: Float64Array;
  /** How much each stance counts toward cohesion (outcome.ts stanceCohesionWeights). */
  readonly stanceWeight: Float64Array;
  /** 1 where theatre h offers stance k: ALLIANCE_THEATRES × STANCES (THEATRE_STANCES). */
  readonly stanceOffered: Uint8Array;
  /** Weakness beside the theatre's rival: m_rival / (m_rival + m_i), military expenditure. */
  readonly weakness: Float64Array;
  /** Exposure to the theatre's rival at the start: exp(−reach-adjusted distance / exposure_distance_km). */
  readonly exposure: Float64Array;
  /** The index (RIVALS) of each slot's theatre rival. */
  readonly slotRival: Uint8Array;
  /** Economic capacity for a weapons programme without fuel-cycle plants: min(1, GDP / nuclear_capacity_gdp_ref). */
  readonly capacity: Float64Array;
  /** The government's inclination toward the theatre's rival at the start, in [0, 1] (docs/DATA.md, politics). */
  readonly inclination0: Float64Array;
  /** V-Dem liberal democracy index at the start (NaN where V-Dem has none): ballast's shared values. */
  readonly libdem: Float64Array;
  readonly initiallyActive: Uint8Array;
  readonly natoSlot: Uint8Array;
  readonly troops0: Float64Array;
  readonly command: Float64Array;
  readonly sharing: Float64Array;
  readonly bases: Float64Array;
  readonly efp0: Float64Array;
  readonly spending0: Float64Array;
  /** 0 where the state has no armed forces to budget for (Iceland). */
  readonly budgets: Uint8Array;
  readonly affinity0: Float64Array;
  readonly nuclear0: Uint8Array;
  readonly latent: Uint8Array;
  readonly npt: Uint8Array;
  /** 1 where a binding commitment against nuclear weapons beyond the NPT is in force (state record nuclear.commitments). */
  readonly nuclearCommitment: Uint8Array;
  readonly euMember: Uint8Array;
  /** Peer weights exp(−d/peer_d), slots × slots, zero diagonal. */
  readonly peerWeight: Float64Array;
  /** Rivals. */
  readonly rivals: number;
  readonly rivalTheatre: Uint8Array;
  readonly revisionism: Float64Array;
  readonly nuclearRival: Uint8Array;
  /** Static threat S (rivals × slots) and base hostility H (rivals × slots). */
  readonly threatStatic: Float64Array;
  readonly hostility0: Float64Array;
  /** Threat and nuclear threat of each slot with no probe-driven hostility, relative to the references below. */
  readonly threat0: Float64Array;
  readonly nuclearThreat0: Float64Array;
  /** Mean raw threat and nuclear threat of the initial allies: threat is reported relative to it. */
  readonly threatRef: number;
  readonly nuclearThreatRef: number;
  /** Probe targets: every non-rival, non-patron state. */
  readonly targets: readonly string[];
  readonly targetSlot: Int32Array;
  /** The target index of each ally slot (every slot is also a target). */
  readonly slotTarget: Int32Array;
  readonly targetGrayZone: Uint8Array;
  readonly targetTheatre: Uint8Array;
  /** Base probe factor per rival and target (rivals × targets): reach and kind of target. */
  readonly probeFactor: Float64Array;
  /** For each rival, the targets it can reach (probeFactor > 0): offsets into probeTargetList. */
  readonly probeTargetStart: Int32Array;
  readonly probeTargetList: Int32Array;
  /** Each rival's base probe factors summed over its targets (probes.ts bounds a month's hazard with it). */
  readonly probeReach: Float64Array;
  /** Relevance of an event at target t to ally slot i (targets × slots). */
  readonly relevance: Float64Array;
  /** Month offset at which each slot's EFP battlegroup arrives (−1: none), and whether the USA leads it. */
  readonly efpMonth: Int32Array;
  /** The slots with a planned EFP arrival (efpMonth ≥ 0), in slot order. */
  readonly efpSlots: Int32Array;
  readonly efpUsLed: Uint8Array;
  readonly ballastWeights: BallastWeights;
}

/** Ballast of slot i from its current troops and EFP flag. */
export function slotBallast(s: Setting, i: number, troops: number, efp: number): number {
  return ballastIndex(s.ballastWeights, troops, s.command[i]!, s.sharing[i]!, s.bases[i]!, efp, s.libdem[i]!);
}
