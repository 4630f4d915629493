/**
 * Rival probes in gray zones and against allies (docs/DESIGN.md §3.3 Probes and the response doctrine; docs/MODEL.md §6.3). Each rival makes at most one
 * probe a month (assumption); its hazard at target t is
 *   λ_kt = base · revisionism_k · factor_kt · exp(s · (1 − resolve_theatre)) · crisis_t · accession
 * where factor holds the target's kind (gray zone 1, ally probe_ally_factor) and reach
 * exp(−d/d0), and resolve is the rival's Beta belief that the patron honours commitment tests
 * (deterrence: Huth 1988). P(probe this month) = 1 − exp(−Σ_t λ_kt); the target is drawn
 * in proportion to λ_kt. The patron's response is a commitment test whose outcome updates every
 * ally's credibility by relevance, the rival's belief about resolve, and its hostility.
 */
import { P } from './parameters.js';
import type { Setting } from './setting.js';
import { DOCTRINE, shockMonths, type RunState } from './state.js';
import type { TraceSink } from './trace.js';
import { addEvidence } from './credibility.js';
import { applySignals } from './signals.js';
import { recordChain } from './events.js';
import { CHAIN, RIVALS } from '../vocabulary.js';

/** The rival's perceived resolve of the patron in a theatre: the mean of its Beta belief. */
export function perceivedResolve(st: RunState, theatre: number): number {
  return st.resolveA[theatre]! / (st.resolveA[theatre]! + st.resolveB[theatre]!);
}

/** The part of rival k's hazard shared by all its targets: base · revisionism · exp(s·(1 − resolve)) · accession. */
export function rivalPressure(s: Setting, st: RunState, k: number): number {
  const v = s.params;
  const theatre = s.rivalTheatre[k]!;
  const accession = st.accessionMonths[theatre]! > 0 ? v[P.probe_accession_multiplier]! : 1;
  return v[P.probe_base_rate]! * s.revisionism[k]! * Math.exp(v[P.probe_resolve_sensitivity]! * (1 - perceivedResolve(st, theatre))) * accession;
}

/** Hazard of rival k probing target t this month, given rivalPressure(k). */
export function probeHazard(s: Setting, st: RunState, k: number, t: number, pressure: number): number {
  const v = s.params;
  const f = s.probeFactor[k * s.targets.length + t]!;
  if (f === 0) return 0;
  // A gray zone that has become an ally is probed at the ally rate.
  const slot = s.targetSlot[t]!;
  const kind = slot >= 0 && st.active[slot] === 1 && s.targetGrayZone[t] === 1 ? v[P.probe_ally_factor]! : 1;
  const crisis = st.crisisMonths[t]! > 0 ? v[P.probe_crisis_multiplier]! * st.crisisSeverity[t]! : 1;
  return pressure * f * kind * crisis;
}

/** The chance that the patron honours a commitment test under its doctrine. */
export function responseProbability(s: Setting, doctrine: number): number {
  const v = s.params;
  return doctrine === DOCTRINE.firm ? v[P.response_firm]! : doctrine === DOCTRINE.passive ? v[P.response_passive]! : v[P.response_measured]!;
}

/** A probe by rival k at target t; u decides the patron's response. Returns 1 if honoured. */
export function resolveProbe(s: Setting, st: RunState, k: number, t: number, u: number, trace: TraceSink | null): number {
  const v = s.params, n = s.n;
  applySignals(s, st); // this month's signals come before the probe's evidence (signals.ts)
  const honoured = u < responseProbability(s, st.patron.doctrine) ? 1 : 0;
  const w = v[P.signal_probe_weight]!;
  for (let i = 0; i < n; i++) {
    if (st.active[i] === 0) continue;
    const r = s.relevance[t * n + i]!;
    if (r <= 0) continue;
    addEvidence(st.alpha, st.beta, i, w * r, honoured);
    if (trace !== null && trace.slot === i) trace.evidence(st.month, `probe ${s.targets[t]} (${honoured ? 'honoured' : 'not honoured'})`, w * r, honoured);
    if (r > v[P.review_trigger_relevance]!) st.review[i] = shockMonths(s);
  }
  // An unanswered probe in a gray zone gives the rival a foothold there (the essay's Balkan
  // subversion; the Montenegro coup plot of 2016): the allies near it are exposed to that rival as
  // if its reach began at the foothold (exposure = foothold_exposure · relevance, if larger).
  if (honoured === 0 && s.targetGrayZone[t] === 1) {
    const f = v[P.foothold_exposure]!;
    for (let i = 0; i < n; i++) {
      if (s.slotRival[i] !== k) continue;
      const e = f * s.relevance[t * n + i]!;
      if (e > st.exposure[i]!) st.exposure[i] = e;
    }
  }
  const theatre = s.rivalTheatre[k]!;
  st.resolveA[theatre]! += v[P.resolve_update_weight]! * honoured;
  st.resolveB[theatre]! += v[P.resolve_update_weight]! * (1 - honoured);
  st.hostilityBoost[k]! += v[P.probe_hostility_step]!;
  st.probes++;
  if (honoured === 0) st.probesFailed++;
  recordChain(st, honoured ? CHAIN.probe_honoured : CHAIN.probe_failed, t);
  if (trace !== null) trace.event(st.month, 'probe', `${RIVALS[k]} → ${s.targets[t]}`, honoured ? 'patron honoured the commitment test' : 'patron did not answer');
  return honoured;
}

/**
 * This month's probes: one draw per rival decides whether it probes (total hazard), a second
 * which target, a third the response.
 */
export function probeMonth(s: Setting, st: RunState, rand: { next(): number }, trace: TraceSink | null): void {
  const list = s.probeTargetList, hazard = HAZARD.length >= list.length ? HAZARD : (HAZARD = new Float64Array(list.length));
  // Outside crises no target's hazard exceeds pressure · factor · max(1, probe_ally_factor) (probeHazard).
  const most = st.crises === 0 ? Math.max(1, s.params[P.probe_ally_factor]!) : Infinity;
  for (let k = 0; k < s.rivals; k++) {
    const uAny = rand.next(), uWhich = rand.next(), uResponse = rand.next();
    const from = s.probeTargetStart[k]!, to = s.probeTargetStart[k + 1]!;
    if (from === to) continue;
    const pressure = rivalPressure(s, st, k);
    // A month without a probe is known before the targets' hazards are summed when uAny is above their
    // bound; the same months are skipped as by the test below, which the bound only saves the sum of.
    if (uAny >= probeBound(pressure, most, s.probeReach[k]!)) continue;
    let total = 0;
    for (let x = from; x < to; x++) { const h = probeHazard(s, st, k, list[x]!, pressure); hazard[x] = h; total += h; }
    if (total <= 0 || uAny >= 1 - Math.exp(-total)) continue;
    let acc = 0, target = list[to - 1]!;
    const pick = uWhich * total;
    for (let x = from; x < to; x++) {
      acc += hazard[x]!;
      if (pick < acc) { target = list[x]!; break; }
    }
    resolveProbe(s, st, k, target, uResponse, trace);
  }
}
/**
 * A bound on a rival's chance of probing this month, from its pressure, the largest multiplier of a
 * target's kind (`most`) and the sum of its targets' base factors (`reach`): P(probe) = 1 − exp(−total)
 * ≤ total ≤ pressure · most · reach. The margins (relative 1e-9, absolute 1e-12) cover the rounding of
 * the sum and of exp, so a uniform at or above it never probes.
 */
export function probeBound(pressure: number, most: number, reach: number): number {
  return pressure * most * reach * (1 + 1e-9) + 1e-12;
}

/** Scratch: each reachable target's hazard this month (probeTargetList order), so the target is drawn from the numbers summed. */
let HAZARD = new Float64Array(64);
