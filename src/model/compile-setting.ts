/**
 * Compiling the Setting of an ensemble from the World of the scenario's year and the
 * parameters (main thread only: it reads the data; workers receive the compiled arrays).
 */
import { findState, type StateRecord, type World } from '../data/index.js';
import { P } from './parameters.js';
import { relevance } from './relevance.js';
import { hostilityOf, staticThreat } from './threat.js';
import type { Setting } from './setting.js';
import { ALLIANCE_THEATRE, ALLIANCE_THEATRES, RIVALS, THEATRES, THEATRE_RIVAL } from '../vocabulary.js';
import { OFFERED_IN_THEATRE } from './stance.js';
import { stanceCohesionWeights } from './outcome.js';
import { ballastWeightsOf } from './ballast.js';

const REVISIONISM = [P.revisionism_rus, P.revisionism_chn, P.revisionism_irn, P.revisionism_prk];

function theatreIndex(t: string): number {
  const i = (THEATRES as readonly string[]).indexOf(t);
  return i < 0 ? 0 : i;
}

/** Distance in km between two states of the world, NaN if unknown. */
function distance(world: World, a: string, b: string): number {
  const n = world.states.length;
  const i = world.pairs.codes.indexOf(a), j = world.pairs.codes.indexOf(b);
  return i < 0 || j < 0 ? Number.NaN : world.pairs.distanceKm[i * n + j]!;
}

/**
 * An ally's theatre of the alliance system: the Asia-Pacific for the treaty allies there, Europe for
 * NATO's members and candidates (Canada and Turkey included: their alliance is NATO).
 */
export function allianceTheatreOf(s: StateRecord): number {
  return s.roles.asiaAlly || (!s.roles.natoMember && s.theatre === 'asia_pacific') ? ALLIANCE_THEATRE.asia_pacific : ALLIANCE_THEATRE.europe;
}

/**
 * Military contribution: military expenditure in current US$ m (NATO's figure where it has the
 * year, else SIPRI's; COW's when neither has it), the measure of burden NATO's own reports use
 * (Sandler & Hartley 1999). 0 for a state with no armed forces (Iceland).
 */
export function contributionOf(s: StateRecord): number {
  if (s.defence.usdCurrentM !== null) return s.defence.usdCurrentM;
  if (s.capabilities.milexKUsd !== null) return s.capabilities.milexKUsd / 1000;
  return 0;
}

/** Setting.stanceOffered: the theatres' rows of OFFERED_IN_THEATRE, one after the other. */
const STANCE_OFFERED = Uint8Array.from(OFFERED_IN_THEATRE.flatMap((row) => [...row]));

/**
 * Reach-adjusted distance from a rival to a state, in km: the shortest distance between their
 * territories (cshapes 2.0; 0 for neighbours), or between capitals where the data have none,
 * divided by the rival's maritime reach (China's; 1 for the others). This is the distance threat
 * and exposure decay with (Boulding's loss-of-strength gradient).
 */
export function reachDistance(world: World, v: Float64Array, rival: string, state: string): number {
  const i = world.pairs.codes.indexOf(rival), j = world.pairs.codes.indexOf(state);
  const min = i < 0 || j < 0 ? Number.NaN : world.pairs.minDistanceKm[i * world.states.length + j]!;
  const d = Number.isFinite(min) ? min : distance(world, rival, state);
  const km = Number.isFinite(d) ? d : v[P.distance_unknown_km]!;
  return rival === 'CHN' ? km / v[P.threat_maritime_reach_chn]! : km;
}

/** V-Dem's liberal democracy index of a state (NaN where V-Dem has none). */
export function libdemOf(s: StateRecord): number {
  return s.politics.libdem ?? Number.NaN;
}

/**
 * The government's inclination toward a rival, in [0, 1] (docs/MODEL.md §6.6; docs/DATA.md,
 * politics): the sourced coding where there is one (data/facts/orientation.json: presidents,
 * juntas and governments whose policy toward the rival the party data cannot see); else the mean
 * of what the data have: the cabinet's anti-Western score (CHES via ParlGov, Europe) and the
 * public's favourability of the rival relative to the United States (Pew); else null (the
 * caller takes the theatre's median).
 */
export function inclinationOf(s: StateRecord, rival: 'RUS' | 'CHN'): number | null {
  const coded = s.politics.codedOrientation[rival];
  if (coded !== null) return coded;
  const parts = [rival === 'RUS' ? s.politics.govAntiWest : null, rival === 'RUS' ? s.politics.publicRusShare : s.politics.publicChnShare]
    .filter((x): x is number => x !== null);
  return parts.length > 0 ? parts.reduce((a, b) => a + b, 0) / parts.length : null;
}

/** The median of xs (xs not empty). */
function median(xs: readonly number[]): number {
  const y = [...xs].sort((a, b) => a - b), m = y.length >> 1;
  return y.length % 2 === 1 ? y[m]! : (y[m - 1]! + y[m]!) / 2;
}

/**
 * Each slot's inclination toward its theatre's rival; where neither the data nor a coding
 * speak (Iceland, Romania's technocratic cabinet, Montenegro), the median of the theatre's
 * allies that have one: an estimate from the data, not a guess.
 */
function inclinations(slotStates: readonly StateRecord[], rivals: readonly string[], theatre: Uint8Array): Float64Array {
  const known = slotStates.map((x, i) => inclinationOf(x, rivals[i] as 'RUS' | 'CHN'));
  const fill = ALLIANCE_THEATRES.map((_, h) => {
    const xs = known.filter((x, i): x is number => x !== null && theatre[i] === h && slotStates[i]!.roles.ally);
    return xs.length > 0 ? median(xs) : 0;
  });
  return Float64Array.from(known, (x, i) => x ?? fill[theatre[i]!]!);
}

export interface SettingInputs {
  readonly world: World;
  readonly params: Float64Array;
  /** States that may join during the run (accession events). */
  readonly joining: readonly string[];
  /** EFP hosts with the month offset of arrival and framework nation (from data/facts). */
  readonly efp: readonly { iso3: string; month: number; framework: string }[];
}

export function compileSetting({ world, params: v, joining, efp }: SettingInputs): Setting {
  const allies = world.states.filter((s) => s.roles.ally);
  const extra = joining.map((c) => findState(world, c)).filter((s): s is StateRecord => s !== undefined && !s.roles.ally);
  const slotStates = [...allies, ...extra];
  const n = slotStates.length;
  const usa = findState(world, 'USA')!;
  const rivalStates = RIVALS.map((c) => findState(world, c)!);
  const targetStates = world.states.filter((s) => !s.roles.patron && !s.roles.rival);
  const f64 = (fn: (s: StateRecord, i: number) => number) => Float64Array.from(slotStates, fn);
  const u8 = (fn: (s: StateRecord, i: number) => boolean) => Uint8Array.from(slotStates, (s, i) => (fn(s, i) ? 1 : 0));
  const ballastWeights = ballastWeightsOf(v);
  const slots = slotStates.map((s) => s.iso3);
  // Integrated command: NATO's for NATO members; South Korea's Combined Forces Command (a documented rule).
  const command = f64((s) => (s.natoIntegratedCommand === true || s.iso3 === 'KOR' ? 1 : 0));

  const peerWeight = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    if (i !== j) peerWeight[i * n + j] = Math.exp(-(distance(world, slots[i]!, slots[j]!) || v[P.distance_unknown_km]!) / v[P.peer_distance_km]!);
  }

  const R = rivalStates.length;
  const threatStatic = new Float64Array(R * n), hostility0 = new Float64Array(R * n);
  const usCinc = usa.capabilities.cinc ?? 0.14;
  rivalStates.forEach((k, r) => {
    slotStates.forEach((s, i) => {
      const power = (k.capabilities.cinc ?? 0) / usCinc;
      threatStatic[r * n + i] = staticThreat(power, reachDistance(world, v, k.iso3, s.iso3), k.nuclear.ownWeapons ? 1 : 0, v[P.threat_power_exponent]!, v[P.threat_distance_km]!, v[P.threat_offence_weight]!);
      const ni = world.pairs.codes.indexOf(k.iso3), si = world.pairs.codes.indexOf(s.iso3);
      hostility0[r * n + i] = hostilityOf(world.pairs.idealPointDistance[ni * world.states.length + si]!, v[P.threat_hostility_scale]!);
    });
  });
  const c = v[P.threat_hostility_weight]!;
  let tRef = 0, ntRef = 0, count = 0;
  for (let i = 0; i < allies.length; i++) {
    for (let r = 0; r < R; r++) {
      const t = threatStatic[r * n + i]! * (1 + c * hostility0[r * n + i]!);
      tRef += t;
      if (rivalStates[r]!.nuclear.ownWeapons) ntRef += t;
    }
    count++;
  }

  const T = targetStates.length;
  const probeFactor = new Float64Array(R * T), rel = new Float64Array(T * n);
  const targetSlot = Int32Array.from(targetStates, (t) => slots.indexOf(t.iso3));
  rivalStates.forEach((k, r) => {
    targetStates.forEach((t, j) => {
      const inReach = t.theatre === k.theatre && !(k.iso3 === 'PRK' && !['KOR', 'JPN'].includes(t.iso3));
      const kind = t.roles.grayZone ? 1 : t.roles.ally ? v[P.probe_ally_factor]! : 0;
      probeFactor[r * T + j] = inReach ? kind * Math.exp(-(distance(world, k.iso3, t.iso3) || v[P.distance_unknown_km]!) / v[P.threat_distance_km]!) : 0;
    });
  });
  targetStates.forEach((t, j) => {
    slotStates.forEach((s, i) => {
      const shared = t.roles.ally && s.roles.natoMember === t.roles.natoMember && t.roles.natoMember;
      rel[j * n + i] = t.iso3 === s.iso3 ? 1 : relevance(distance(world, t.iso3, s.iso3), t.theatre === s.theatre, shared, v[P.relevance_distance_km]!, v[P.cross_theatre_weight]!, v[P.relevance_shared_treaty]!, v[P.distance_unknown_km]!);
    });
  });

  const threatRef = count > 0 && tRef > 0 ? tRef / count : 1;
  const nuclearThreatRef = count > 0 && ntRef > 0 ? ntRef / count : 1;
  const threat0 = new Float64Array(n), nuclearThreat0 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let r = 0; r < R; r++) {
      const t = threatStatic[r * n + i]! * (1 + c * hostility0[r * n + i]!);
      threat0[i]! += t / threatRef;
      if (rivalStates[r]!.nuclear.ownWeapons) nuclearThreat0[i]! += t / nuclearThreatRef;
    }
  }
  const starts: number[] = [0], list: number[] = [], probeReach = new Float64Array(R);
  for (let r = 0; r < R; r++) {
    for (let j = 0; j < T; j++) if (probeFactor[r * T + j]! > 0) { list.push(j); probeReach[r]! += probeFactor[r * T + j]!; }
    starts.push(list.length);
  }

  // Accommodation's conditions (docs/MODEL.md §6.6): weakness beside the theatre's rival and exposure to it.
  const allianceTheatre = Uint8Array.from(slotStates, allianceTheatreOf);
  const theatreRival = slotStates.map((_, i) => findState(world, THEATRE_RIVAL[ALLIANCE_THEATRES[allianceTheatre[i]!]!])!);
  const contribution = f64(contributionOf);
  const weakness = f64((_, i) => { const m = contributionOf(theatreRival[i]!); return m + contribution[i]! > 0 ? m / (m + contribution[i]!) : 0; });
  // Affinity: UN agreement with the theatre's rival minus agreement with the USA.
  const agreeWith = (x: StateRecord, rival: string) => (rival === 'CHN' ? x.un.agreeChn : x.un.agreeRus);
  const exposure = f64((x, i) => Math.exp(-reachDistance(world, v, theatreRival[i]!.iso3, x.iso3) / v[P.exposure_distance_km]!));
  // Opportunity for states without fuel-cycle plants: economic capacity (Jo & Gartzke 2007).
  const capacity = f64((x) => Math.min(1, (x.economy.gdpUsdCurrentM ?? 0) / v[P.nuclear_capacity_gdp_ref]!));

  const efpMonth = new Int32Array(n).fill(-1), efpUsLed = new Uint8Array(n);
  for (const e of efp) {
    const i = slots.indexOf(e.iso3);
    if (i >= 0) { efpMonth[i] = e.month; efpUsLed[i] = e.framework === 'USA' ? 1 : 0; }
  }

  return {
    params: v, n, slots,
    slotTheatre: Uint8Array.from(slotStates, (s) => theatreIndex(s.theatre)),
    allianceTheatre,
    contribution,
    stanceWeight: stanceCohesionWeights(v),
    stanceOffered: STANCE_OFFERED,
    weakness, exposure, capacity,
    inclination0: inclinations(slotStates, theatreRival.map((k) => k.iso3), allianceTheatre),
    slotRival: Uint8Array.from(theatreRival, (k) => (RIVALS as readonly string[]).indexOf(k.iso3)),
    libdem: f64(libdemOf),
    initiallyActive: u8((s) => s.roles.ally),
    natoSlot: u8((s) => s.roles.natoMember || joining.includes(s.iso3)),
    troops0: f64((s) => s.usTroops.activeDuty ?? 0),
    command,
    sharing: f64((s) => (s.nuclear.usWeaponsHosted ? 1 : 0)),
    bases: f64((s) => s.usBases.bases ?? 0),
    efp0: f64((s) => (s.efpHost ? 1 : 0)),
    spending0: f64((s) => s.defence.pctGdp ?? 0),
    budgets: u8((s) => s.defence.pctGdp !== null),
    affinity0: f64((s, i) => { const r = agreeWith(s, theatreRival[i]!.iso3); return r !== null && s.un.agreeUsa !== null ? r - s.un.agreeUsa : 0; }),
    nuclear0: Uint8Array.from(slotStates, (s) => (s.nuclear.ownWeapons ? 4 : s.nuclear.latent ? 1 : 0)),
    latent: u8((s) => s.nuclear.latent),
    npt: u8((s) => s.nuclear.nptParty),
    nuclearCommitment: u8((s) => s.nuclear.commitments.length > 0),
    euMember: u8((s) => s.euMember),
    peerWeight,
    rivals: R,
    rivalTheatre: Uint8Array.from(rivalStates, (k) => theatreIndex(k.theatre)),
    revisionism: Float64Array.from(REVISIONISM, (idx) => v[idx]!),
    nuclearRival: Uint8Array.from(rivalStates, (k) => (k.nuclear.ownWeapons ? 1 : 0)),
    threatStatic, hostility0,
    threatRef, nuclearThreatRef, threat0, nuclearThreat0,
    probeTargetStart: Int32Array.from(starts), probeTargetList: Int32Array.from(list), probeReach,
    targets: targetStates.map((t) => t.iso3), targetSlot,
    slotTarget: Int32Array.from(slots, (c) => targetStates.findIndex((t) => t.iso3 === c)),
    targetGrayZone: Uint8Array.from(targetStates, (t) => (t.roles.grayZone ? 1 : 0)),
    targetTheatre: Uint8Array.from(targetStates, (t) => theatreIndex(t.theatre)),
    probeFactor, relevance: rel, efpMonth, efpSlots: Int32Array.from({ length: n }, (_, i) => i).filter((i) => efpMonth[i]! >= 0), efpUsLed, ballastWeights,
  };
}

