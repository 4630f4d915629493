/**
 * The patron's standing signals each month (docs/DESIGN.md §3.2 Patron signals; docs/MODEL.md §6.2): rhetoric as cheap talk (a small
 * weight, Fearon 1997) and the guarantee's terms. Under a conditional guarantee, allies below
 * the spending threshold receive negative evidence (the essay: "only if they fulfill their
 * obligations to us"); under a transactional one every ally does; a withdrawn guarantee is
 * strong negative evidence for all.
 *
 * What each ally receives is fixed by its membership, the patron's policy, whether its guarantee
 * has ended and its spending, so it is worked out again only when one of those changed
 * (`st.signalsStale`, set by their writers: peers.ts setActive, events.ts, the defence budgets,
 * resetState). The evidence is added to the allies' beliefs in one pass with the month's
 * forgetting (step.ts alliesUpdate), or earlier if a probe's evidence comes first (probes.ts
 * resolveProbe calls applySignals): either way each belief receives the month's evidence in the
 * documented order, signals before probes before forgetting.
 */
import { P } from './parameters.js';
import type { Setting } from './setting.js';
import { GUARANTEE, type RunState } from './state.js';
import type { TraceSink } from './trace.js';
import { addEvidence } from './credibility.js';
import { RHETORICS, THEATRES } from '../vocabulary.js';

const RHETORIC_PARAM = [P.rhetoric_supportive, P.rhetoric_neutral, P.rhetoric_ambivalent, P.rhetoric_hostile];

/** Which of the guarantee's terms weighs against an ally this month. */
const NO_TERMS = 0, WITHDRAWN = 1, TRANSACTIONAL = 2, CONDITIONAL = 3;
const TERMS_PARAM = [-1, P.signal_withdrawn_weight, P.signal_transactional_weight, P.signal_conditional_weight];
const TERMS_REASON = ['', 'guarantee withdrawn', 'transactional guarantee', 'conditional guarantee'];

function guaranteeTerms(s: Setting, st: RunState, i: number): number {
  const g = st.patron.guarantee;
  if (st.noGuarantee[i] === 1 || g === GUARANTEE.withdrawn) return WITHDRAWN;
  if (g === GUARANTEE.transactional) return TRANSACTIONAL;
  if (g === GUARANTEE.conditional && s.budgets[i] === 1 && st.spending[i]! < st.patron.threshold) return CONDITIONAL;
  return NO_TERMS;
}

/** The value of honoured commitments the patron's rhetoric signals (the registry's rhetoric_*). */
export function honouredTalk(s: Setting, st: RunState): number {
  return s.params[RHETORIC_PARAM[st.patron.rhetoric]!]!;
}

/** Works out each ally's evidence against from the guarantee's terms, and per theatre the evidence the rivals watch. */
export function refreshSignals(s: Setting, st: RunState): void {
  const v = s.params, talk = v[P.signal_talk_weight]!, h0 = honouredTalk(s, st);
  const talkFor = talk * h0, talkAgainst = talk * (1 - h0);
  const against = st.signalAgainst, FOR = st.watchedFor, AGAINST = st.watchedAgainst, ALLIES = st.watchedAllies, theatre = s.slotTheatre;
  FOR.fill(0); AGAINST.fill(0); ALLIES.fill(0);
  for (let i = 0; i < s.n; i++) {
    if (st.active[i] === 0) { against[i] = 0; continue; }
    const terms = guaranteeTerms(s, st, i);
    const w = terms === NO_TERMS ? 0 : v[TERMS_PARAM[terms]!]!;
    against[i] = w;
    const h = theatre[i]!;
    FOR[h]! += talkFor; AGAINST[h]! += talkAgainst + w; ALLIES[h]!++;
  }
  st.signalsStale = false;
}

export function patronSignals(s: Setting, st: RunState, trace: TraceSink | null): void {
  if (st.signalsStale) refreshSignals(s, st);
  // Rivals watch the patron's standing policy toward the allies of their theatre: the mean evidence an ally got this month.
  const watch = s.params[P.resolve_watch_weight]!, FOR = st.watchedFor, AGAINST = st.watchedAgainst, ALLIES = st.watchedAllies;
  for (let h = 0; h < THEATRES.length; h++) if (ALLIES[h]! > 0) watchedConduct(st, h, watch * FOR[h]! / ALLIES[h]!, watch * AGAINST[h]! / ALLIES[h]!);
  st.signalsPending = true;
  // Descriptions are built only for the ally being explained: nothing is allocated otherwise.
  const i = trace === null ? -1 : trace.slot;
  if (trace !== null && i >= 0 && st.active[i] === 1) {
    const talk = s.params[P.signal_talk_weight]!, w = st.signalAgainst[i]!, terms = guaranteeTerms(s, st, i);
    trace.evidence(st.month, `rhetoric (${RHETORICS[st.patron.rhetoric]})`, talk, honouredTalk(s, st));
    if (w > 0) trace.evidence(st.month, terms === CONDITIONAL ? `conditional guarantee: spending ${st.spending[i]!.toFixed(2)}% < ${st.patron.threshold}%` : TERMS_REASON[terms]!, w, 0);
  }
}

/** Ally i's evidence from this month's signals: the talk, then the guarantee's terms against it. */
export function signalEvidence(st: RunState, i: number, talk: number, honoured: number): void {
  addEvidence(st.alpha, st.beta, i, talk, honoured);
  const w = st.signalAgainst[i]!;
  if (w > 0) addEvidence(st.alpha, st.beta, i, w, 0);
}

/** Adds this month's signals to the allies' beliefs now, if they are not in yet (before a probe's evidence). */
export function applySignals(s: Setting, st: RunState): void {
  if (!st.signalsPending) return;
  const talk = s.params[P.signal_talk_weight]!, honoured = honouredTalk(s, st);
  for (let i = 0; i < s.n; i++) if (st.active[i] === 1) signalEvidence(st, i, talk, honoured);
  st.signalsPending = false;
}

/**
 * Rivals in theatre h read the patron's conduct there: evidence for and against its resolve
 * (rivals who watch the patron, not only its answers to their probes; Weisiger & Yarhi-Milo 2015).
 */
export function watchedConduct(st: RunState, h: number, forWeight: number, againstWeight: number): void {
  st.resolveA[h]! += forWeight;
  st.resolveB[h]! += againstWeight;
}
