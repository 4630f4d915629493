/**
 * The patron's standing signals each month (docs/DESIGN.md §3.2 Patron signals; docs/MODEL.md §6.2): rhetoric as cheap talk (a small
 * weight, Fearon 1997) and the guarantee's terms. Under a conditional guarantee, allies below
 * the spending threshold receive negative evidence (the essay: "only if they fulfill their
 * obligations to us"); under a transactional one every ally does; a withdrawn guarantee is
 * strong negative evidence for all.
 */
import { P } from './parameters.js';
import type { Setting } from './setting.js';
import { GUARANTEE, type RunState } from './state.js';
import type { TraceSink } from './trace.js';
import { addEvidence } from './credibility.js';
import { RHETORICS, THEATRES } from '../vocabulary.js';

const RHETORIC_PARAM = [P.rhetoric_supportive, P.rhetoric_neutral, P.rhetoric_ambivalent, P.rhetoric_hostile];

/** Per theatre this month: the allies' evidence for and against (rivals read its mean), and the allies counted. */
const FOR = new Float64Array(THEATRES.length), AGAINST = new Float64Array(THEATRES.length), ALLIES = new Float64Array(THEATRES.length);

export function patronSignals(s: Setting, st: RunState, trace: TraceSink | null): void {
  const v = s.params;
  const honouredTalk = v[RHETORIC_PARAM[st.patron.rhetoric]!]!;
  const talk = v[P.signal_talk_weight]!;
  const g = st.patron.guarantee, threshold = st.patron.threshold;
  const withdrawn = v[P.signal_withdrawn_weight]!, transactional = v[P.signal_transactional_weight]!, conditional = v[P.signal_conditional_weight]!;
  const talkFor = talk * honouredTalk, talkAgainst = talk * (1 - honouredTalk);
  const alpha = st.alpha, beta = st.beta, active = st.active, noGuarantee = st.noGuarantee, budgets = s.budgets, spending = st.spending, theatre = s.slotTheatre;
  FOR.fill(0); AGAINST.fill(0); ALLIES.fill(0);
  for (let i = 0; i < s.n; i++) {
    if (active[i] === 0) continue;
    let w = 0;
    let why = '';
    if (noGuarantee[i] === 1 || g === GUARANTEE.withdrawn) { w = withdrawn; why = 'guarantee withdrawn'; }
    else if (g === GUARANTEE.transactional) { w = transactional; why = 'transactional guarantee'; }
    else if (g === GUARANTEE.conditional && budgets[i] === 1 && spending[i]! < threshold) { w = conditional; why = 'conditional guarantee'; }
    addEvidence(alpha, beta, i, talk, honouredTalk);
    if (w > 0) addEvidence(alpha, beta, i, w, 0);
    const h = theatre[i]!;
    FOR[h]! += talkFor; AGAINST[h]! += talkAgainst + w; ALLIES[h]!++;
    // Descriptions are built only for the ally being explained: nothing is allocated otherwise.
    if (trace !== null && trace.slot === i) {
      trace.evidence(st.month, `rhetoric (${RHETORICS[st.patron.rhetoric]})`, talk, honouredTalk);
      if (w > 0) trace.evidence(st.month, why === 'conditional guarantee' ? `conditional guarantee: spending ${spending[i]!.toFixed(2)}% < ${threshold}%` : why, w, 0);
    }
  }
  // Rivals watch the patron's standing policy toward the allies of their theatre: the mean evidence an ally got this month.
  const watch = v[P.resolve_watch_weight]!;
  for (let h = 0; h < THEATRES.length; h++) if (ALLIES[h]! > 0) watchedConduct(st, h, watch * FOR[h]! / ALLIES[h]!, watch * AGAINST[h]! / ALLIES[h]!);
}

/**
 * Rivals in theatre h read the patron's conduct there: evidence for and against its resolve
 * (rivals who watch the patron, not only its answers to their probes; Weisiger & Yarhi-Milo 2015).
 */
export function watchedConduct(st: RunState, h: number, forWeight: number, againstWeight: number): void {
  st.resolveA[h]! += forWeight;
  st.resolveB[h]! += againstWeight;
}
