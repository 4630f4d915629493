/**
 * Compiling the Setting of an ensemble from the World of the scenario's year and the
 * parameters (main thread only: it reads the data; workers receive the compiled arrays).
 */
import { findState, type StateRecord, type World } from '../data/index.js';
import { P } from './parameters.js';
import { relevance } from './relevance.js';
import { hostilityOf, staticThreat } from './threat.js';
import type { Setting } from './setting.js';
import { RIVALS, THEATRES } from '../vocabulary.js';
import type { BallastWeights } from './ballast.js';

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
  const ballastWeights: BallastWeights = {
    troops: v[P.ballast_w_troops]!, command: v[P.ballast_w_command]!, nuclear: v[P.ballast_w_nuclear]!,
    bases: v[P.ballast_w_bases]!, efp: v[P.ballast_w_efp]!, troopsRef: v[P.ballast_troops_ref]!, basesRef: v[P.ballast_bases_ref]!,
  };
  const slots = slotStates.map((s) => s.iso3);
  // Integrated command: NATO's for NATO members; South Korea's Combined Forces Command (a documented rule).
  const command = f64((s) => (s.natoIntegratedCommand === true || s.iso3 === 'KOR' ? 1 : 0));
  const rivalOf = (s: StateRecord) => (s.theatre === 'asia_pacific' ? s.un.agreeChn : s.un.agreeRus);

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
      threatStatic[r * n + i] = staticThreat(power, distance(world, k.iso3, s.iso3), k.nuclear.ownWeapons ? 1 : 0, v[P.threat_power_exponent]!, v[P.threat_distance_km]!, v[P.threat_offence_weight]!);
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
  const starts: number[] = [0], list: number[] = [];
  for (let r = 0; r < R; r++) {
    for (let j = 0; j < T; j++) if (probeFactor[r * T + j]! > 0) list.push(j);
    starts.push(list.length);
  }

  const efpMonth = new Int32Array(n).fill(-1), efpUsLed = new Uint8Array(n);
  for (const e of efp) {
    const i = slots.indexOf(e.iso3);
    if (i >= 0) { efpMonth[i] = e.month; efpUsLed[i] = e.framework === 'USA' ? 1 : 0; }
  }

  return {
    params: v, n, slots,
    slotTheatre: Uint8Array.from(slotStates, (s) => theatreIndex(s.theatre)),
    capability: f64((s) => s.capabilities.cinc ?? 0),
    initiallyActive: u8((s) => s.roles.ally),
    natoSlot: u8((s) => s.roles.natoMember || joining.includes(s.iso3)),
    troops0: f64((s) => s.usTroops.activeDuty ?? 0),
    command,
    sharing: f64((s) => (s.nuclear.usWeaponsHosted ? 1 : 0)),
    bases: f64((s) => s.usBases.bases ?? 0),
    efp0: f64((s) => (s.efpHost ? 1 : 0)),
    spending0: f64((s) => s.defence.pctGdp ?? 0),
    budgets: u8((s) => s.defence.pctGdp !== null),
    affinity0: f64((s) => (rivalOf(s) !== null && s.un.agreeUsa !== null ? rivalOf(s)! - s.un.agreeUsa : 0)),
    nuclear0: Uint8Array.from(slotStates, (s) => (s.nuclear.ownWeapons ? 4 : s.nuclear.latent ? 1 : 0)),
    latent: u8((s) => s.nuclear.latent),
    npt: u8((s) => s.nuclear.nptParty),
    euMember: u8((s) => s.euMember),
    peerWeight,
    rivals: R,
    rivalTheatre: Uint8Array.from(rivalStates, (k) => theatreIndex(k.theatre)),
    revisionism: Float64Array.from(REVISIONISM, (idx) => v[idx]!),
    nuclearRival: Uint8Array.from(rivalStates, (k) => (k.nuclear.ownWeapons ? 1 : 0)),
    threatStatic, hostility0,
    threatRef, nuclearThreatRef, threat0, nuclearThreat0,
    probeTargetStart: Int32Array.from(starts), probeTargetList: Int32Array.from(list),
    targets: targetStates.map((t) => t.iso3), targetSlot,
    slotTarget: Int32Array.from(slots, (c) => targetStates.findIndex((t) => t.iso3 === c)),
    targetGrayZone: Uint8Array.from(targetStates, (t) => (t.roles.grayZone ? 1 : 0)),
    targetTheatre: Uint8Array.from(targetStates, (t) => theatreIndex(t.theatre)),
    probeFactor, relevance: rel, efpMonth, efpUsLed, ballastWeights,
  };
}

