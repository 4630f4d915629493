/**
 * Scenario events as the model applies them (docs/SCENARIOS.md describes them for users,
 * docs/MODEL.md gives the equations). Events are compiled from scenario files by
 * src/scenario/compile.ts into this numeric form; months are offsets from the start.
 */
import { addEvidence } from './credibility.js';
import { P } from './parameters.js';
import type { Setting } from './setting.js';
import { refreshBallast, setActive, setStance } from './peers.js';
import { shockMonths, type RunState } from './state.js';
import type { TraceSink } from './trace.js';
import { gdpShock } from './effort.js';
import { resolveProbe } from './probes.js';
import { CHAIN, CHAIN_BASE, RIVAL, STANCE, THEATRE, THEATRES, TREATIES } from '../vocabulary.js';
import { watchedConduct } from './signals.js';

export const EVENT_KINDS = ['deployment', 'withdrawal', 'exercise', 'reassurance', 'rhetoric', 'guarantee', 'doctrine', 'treaty_exit',
  'accession', 'exit', 'election', 'crisis', 'probe', 'gdp_shock', 'nuclear_guarantee', 'bilateral_pact'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
/** The JCPOA's co-signatories among the allies (E3); the EU gets a share by relevance (the essay). */
const JCPOA_E3 = ['FRA', 'GBR', 'DEU'];

export interface CompiledEvent {
  readonly kind: number;
  /** First and last month offset of the window (equal for a fixed month). */
  readonly from: number;
  readonly to: number;
  readonly probability: number;
  /** Ally slots the event touches (deployment location, states named, …). */
  readonly slots: Int32Array;
  /** Probe target index (crisis, probe, deployment location), −1 if none. */
  readonly target: number;
  readonly rival: number;
  /** Numeric payload: troops, scale, strength, shift, pct, months, enum index. */
  readonly value: number;
  /** A value per slot, parallel to slots, where the event has one (a guarantee's strength × acceptance); else empty. */
  readonly slotValues: Float64Array;
  readonly value2: number;
  /** A readable label for event logs: "withdrawal POL 4000". */
  readonly label: string;
  /** True when chance decides whether or when it happens (a probability < 1 or a window). */
  readonly stochastic: boolean;
}

/** Evidence to one ally, recorded when that ally is traced. */
export function evidence(st: RunState, i: number, w: number, honoured: number, source: string, trace: TraceSink | null): void {
  if (w <= 0 || st.active[i] === 0) return;
  addEvidence(st.alpha, st.beta, i, w, honoured);
  if (trace !== null && trace.slot === i) trace.evidence(st.month, source, w, honoured);
}

/**
 * A costly signal at target t (slot `at`, or −1 for a state that is not an ally): full weight for
 * that ally, signal_spill × relevance for the others (Fearon 1997; interdependence of commitments).
 */
function costlySignal(s: Setting, st: RunState, t: number, at: number, w: number, honoured: number, source: string, trace: TraceSink | null): void {
  const v = s.params, n = s.n;
  for (let j = 0; j < n; j++) {
    const weight = j === at ? w : v[P.signal_spill]! * w * (t >= 0 ? s.relevance[t * n + j]! : 0);
    evidence(st, j, weight, honoured, source, trace);
  }
  if (at >= 0) st.review[at] = shockMonths(s);
  // The rivals of the theatre read the move as the ally it touches does, at resolve_watch_weight.
  const h = t >= 0 ? s.targetTheatre[t]! : at >= 0 ? s.slotTheatre[at]! : -1;
  if (h >= 0) watchedConduct(st, h, v[P.resolve_watch_weight]! * w * honoured, v[P.resolve_watch_weight]! * w * (1 - honoured));
}

export function applyEvent(s: Setting, st: RunState, e: CompiledEvent, uProbe: number, trace: TraceSink | null): void {
  const v = s.params;
  const kind = EVENT_KINDS[e.kind]!;
  if (trace !== null) trace.event(st.month, kind, e.label, 'scenario event');
  const first = e.slots.length > 0 ? e.slots[0]! : -1;
  switch (kind) {
    case 'deployment':
    case 'withdrawal': {
      const sign = kind === 'deployment' ? 1 : -1;
      if (first >= 0) {
        st.troops[first] = Math.max(0, st.troops[first]! + sign * e.value);
        // A countermanded U.S.-led EFP battlegroup takes the EFP presence with it.
        if (kind === 'withdrawal' && s.efpUsLed[first] === 1) { st.efp[first] = 0; st.efpCancelled[first] = 1; }
        refreshBallast(s, st, first);
      }
      const w = v[P.signal_costly_weight]! * Math.min(1, e.value / v[P.signal_troops_ref]!);
      costlySignal(s, st, e.target, first, w, kind === 'deployment' ? 1 : 0, e.label, trace);
      return;
    }
    case 'exercise':
    case 'reassurance': {
      const w = (kind === 'exercise' ? v[P.signal_costly_weight]! : v[P.signal_reassurance_weight]!) * e.value;
      for (const i of e.slots) costlySignal(s, st, s.slotTarget[i]!, i, w, 1, e.label, trace);
      return;
    }
    case 'rhetoric': st.patron.rhetoric = e.value; st.signalsStale = true; return;
    case 'doctrine': st.patron.doctrine = e.value; return;
    case 'guarantee':
      st.patron.guarantee = e.value;
      if (e.value2 > 0) st.patron.threshold = e.value2;
      st.signalsStale = true;
      st.review.fill(shockMonths(s));
      return;
    case 'treaty_exit': {
      const treaty = TREATIES[e.value]!;
      const w = v[P.signal_treaty_exit_weight]!;
      const isDirect = (i: number) => treaty === 'JCPOA' ? JCPOA_E3.includes(s.slots[i]!) : treaty === 'INF' ? s.slotTheatre[i] === THEATRE.europe : s.natoSlot[i] === 1;
      // The theatres with a direct party (Iran reads the JCPOA's): their rivals read the exit, and
      // their other allies get signal_spill of it; allies elsewhere only the cross-theatre knock-on.
      const read = new Uint8Array(THEATRES.length);
      if (treaty === 'JCPOA') read[THEATRE.middle_east] = 1;
      for (let i = 0; i < s.n; i++) if (isDirect(i)) read[s.slotTheatre[i]!] = 1;
      for (let i = 0; i < s.n; i++) {
        const direct = isDirect(i);
        const share = direct ? 1 : treaty === 'JCPOA' && s.euMember[i] === 1 ? v[P.signal_jcpoa_eu_share]! : v[P.signal_spill]! * (read[s.slotTheatre[i]!] === 1 ? 1 : v[P.cross_theatre_weight]!);
        evidence(st, i, w * share, 0, `treaty exit ${treaty}`, trace);
        if (direct) st.review[i] = shockMonths(s);
        if (treaty === 'NATO' && direct) { st.noGuarantee[i] = 1; st.signalsStale = true; }
      }
      for (let h = 0; h < THEATRES.length; h++) if (read[h] === 1) watchedConduct(st, h, 0, v[P.resolve_watch_weight]! * w);
      if (treaty === 'JCPOA') st.hostilityBoost[RIVAL.IRN]! += v[P.probe_hostility_step]!;
      return;
    }
    case 'accession': {
      if (first < 0 || st.active[first] === 1) return;
      setStance(s, st, first, STANCE.aligned);
      setActive(s, st, first, true);
      st.review[first] = shockMonths(s);
      st.accessionMonths[s.slotTheatre[first]!] = shockMonths(s);
      return;
    }
    case 'exit': {
      if (first < 0 || st.active[first] === 0) return;
      setActive(s, st, first, false);
      recordChain(st, CHAIN.exit, first);
      return;
    }
    case 'election': {
      if (first < 0) return;
      st.inclination[first] = Math.max(0, Math.min(1, st.inclination[first]! + e.value));
      st.review[first] = shockMonths(s);
      return;
    }
    case 'crisis':
      if (e.target >= 0) {
        if (st.crisisMonths[e.target] === 0) st.crises++;
        st.crisisMonths[e.target] = e.value; st.crisisSeverity[e.target] = e.value2;
      }
      return;
    case 'probe':
      if (e.target >= 0) resolveProbe(s, st, e.rival, e.target, uProbe, trace);
      return;
    case 'gdp_shock':
      for (const i of e.slots) st.spending[i] = gdpShock(st.spending[i]!, e.value);
      st.signalsStale = true;
      st.changes++;
      return;
    case 'nuclear_guarantee':
      // Cover does not add up past a full-strength, fully accepted guarantee.
      e.slots.forEach((i, k) => { st.cover[i] = Math.min(1, st.cover[i]! + e.slotValues[k]!); st.review[i] = shockMonths(s); });
      return;
    case 'bilateral_pact':
      if (first < 0) return;
      st.pact[first] = 1;
      costlySignal(s, st, s.slotTarget[first]!, first, v[P.signal_reassurance_weight]!, 1, e.label, trace);
      return;
  }
}

/** Keeps the first CHAIN_LENGTH salient events of a run. */
export function recordChain(st: RunState, kind: number, subject: number): void {
  if (st.chainLength < st.chain.length) st.chain[st.chainLength++] = kind * CHAIN_BASE + subject;
}
