/**
 * One month of the model, in the process order of docs/MODEL.md (ODD "process overview and
 * scheduling"): 1 events, 2 patron signals, 3 rival probes, 4 credibility (forgetting and the
 * ballast baseline), 5 threat, 6 stance reviews, 7 nuclear ladder, 8 defence budgets (each
 * January), 9 counters. Randomness comes only from the streams passed in.
 */
import type { Rng } from './rng.js';
import { credibilityOf, forgotten } from './credibility.js';
import { peerShares, refreshBallast, setStance } from './peers.js';
import { effortStep, effortTarget, type EffortCoefficients } from './effort.js';
import { applyEvent, EVENT_KINDS, recordChain, type CompiledEvent } from './events.js';
import { CHAIN, CHAIN_OF_STANCE, NUCLEAR_LEVELS, RIVALS, STANCES } from '../vocabulary.js';

const PROBE_KIND = EVENT_KINDS.indexOf('probe');
import { ladderMove, ladderOdds, opportunity, protectionOf, willingness, EXPLORING, PROGRAMME, type LadderRates } from './nuclear.js';
import { P } from './parameters.js';
import { probeMonth } from './probes.js';
import type { Setting } from './setting.js';
import { honouredTalk, patronSignals, signalEvidence } from './signals.js';
import { ALIGNED, drawStance, OFFERED_IN_THEATRE, softmax, stanceTerms, stanceUtilities, STANCE_COUNT, TERM_NAMES, type StanceInputs, type StanceWeights } from './stance.js';
import { GUARANTEE, type RunState } from './state.js';
import type { TraceSink } from './trace.js';

export interface Streams {
  readonly probes: Rng;
  readonly decisions: Rng;
  readonly nuclear: Rng;
  readonly effort: Rng;
  /** Standard normal draws for budget shocks. */
  normal(): number;
}

export interface Schedule {
  readonly events: readonly CompiledEvent[];
  /** The month each event fires in this run (−1: it does not), drawn at the start of the run. */
  readonly eventMonth: Int32Array;
  /** Calendar month (0 = January) of month offset 0. */
  readonly startCalendarMonth: number;
}

/** Read-once views of the registry for the hot loop. */
export interface Coefficients {
  readonly stance: StanceWeights;
  readonly effort: EffortCoefficients;
  /** The nuclear ladder's rates (nuclear.ts ladderStep). */
  readonly ladder: LadderRates;
  /** Each slot's nuclear opportunity O (nuclear.ts `opportunity`): fixed by the setting and the parameters, so computed once, not every month. */
  readonly opportunity: Float64Array;
}

/** The hot loop's view of the parameters `v` (default: the setting's own) for the setting's slots. */
export function coefficientsOf(s: Setting, v: Float64Array = s.params): Coefficients {
  return {
    opportunity: Float64Array.from({ length: s.n }, (_, i) => opportunity(s.latent[i] === 1, s.capacity[i]!, s.npt[i] === 1, v, s.nuclearCommitment[i] === 1, s.libdem[i]!)),
    stance: {
      credibility: v[P.util_credibility]!, credibilityReference: v[P.util_credibility_reference]!, threatBalancing: v[P.util_threat_balancing]!, affinity: v[P.util_affinity]!,
      accommodation: v[P.util_accommodation]!, peer: v[P.util_peer]!, bilateral: v[P.util_bilateral]!, cover: v[P.util_cover]!, networking: v[P.util_networking]!,
      constAccommodation: v[P.const_accommodation]!, constBilateral: v[P.const_bilateral]!, constCover: v[P.const_cover]!, constNetworking: v[P.const_networking]!,
      switchCost: v[P.switch_cost]!, switchCostBallast: v[P.switch_cost_ballast]!,
    },
    ladder: { explore: v[P.nuclear_explore_rate]!, pursue: v[P.nuclear_pursue_rate]!, acquire: v[P.nuclear_acquire_rate]!, reverse: v[P.nuclear_reverse_rate]!, cap: v[P.nuclear_hazard_cap]! },
    effort: {
      adjustment: v[P.effort_adjustment]!, intercept: v[P.effort_intercept]!, threat: v[P.effort_threat]!,
      credibilityGap: v[P.effort_credibility_gap]!, peers: v[P.effort_peers]!, pressure: v[P.effort_pressure]!, noise: v[P.effort_noise]!,
    },
  };
}

const inputs: StanceInputs = { credibility: 0, threat: 0, affinity: 0, peers: new Float64Array(STANCE_COUNT), deal: 0, cover: 0, protection: 0, weakness: 0, exposure: 0, inclination: 0, ballast: 0, current: 0, offered: new Uint8Array(STANCE_COUNT) };
const terms = new Float64Array(STANCE_COUNT * TERM_NAMES.length);

/**
 * Threat and nuclear threat of every slot, relative to the initial allies' mean: the fixed part
 * (setting.threat0) plus c·S_ik·boost_k for each rival whose probes raised its hostility.
 */
export function updateThreat(s: Setting, st: RunState): void {
  const raised = raisedRivals(s, st);
  for (let i = 0; i < s.n; i++) slotThreat(s, st, i, raised);
}

/** Lists the rivals whose hostility is raised (their rows of S, their weights c·boost_k, whether nuclear-armed); returns how many. */
function raisedRivals(s: Setting, st: RunState): number {
  const c = s.params[P.threat_hostility_weight]!;
  let raised = 0;
  for (let k = 0; k < s.rivals; k++) {
    const boost = st.hostilityBoost[k]!;
    if (boost === 0) continue;
    RAISED_ROW[raised] = k * s.n;
    RAISED_A[raised] = (c * boost) / s.threatRef;
    RAISED_B[raised] = (c * boost) / s.nuclearThreatRef;
    RAISED_NUCLEAR[raised] = s.nuclearRival[k]!;
    raised++;
  }
  return raised;
}

/** Slot i's threat as threat0 + Σ_k a_k·S_ki over the `raised` rivals listed, in their order (and its nuclear threat over the nuclear-armed). */
function slotThreat(s: Setting, st: RunState, i: number, raised: number): void {
  let x = s.threat0[i]!, y = s.nuclearThreat0[i]!;
  for (let j = 0; j < raised; j++) {
    const sv = s.threatStatic[RAISED_ROW[j]! + i]!;
    x += RAISED_A[j]! * sv;
    if (RAISED_NUCLEAR[j] === 1) y += RAISED_B[j]! * sv;
  }
  st.threat[i] = x; st.nuclearThreat[i] = y;
}
const RAISED_ROW = new Int32Array(RIVALS.length), RAISED_A = new Float64Array(RIVALS.length), RAISED_B = new Float64Array(RIVALS.length), RAISED_NUCLEAR = new Uint8Array(RIVALS.length);

/**
 * One month. Each numbered part is its own function: besides reading like the process overview,
 * a function small enough is optimized with its helpers (draws, forgetting, utilities) inlined,
 * where one large function would call them and box every number they return. Parts that read and
 * write only ally i's own state share one pass over the allies (4, 5 and the odds of 7; 6 and the
 * draws of 7): each ally's numbers are those of the parts run one after another.
 */
export function step(s: Setting, st: RunState, sched: Schedule, k: Coefficients, rng: Streams, trace: TraceSink | null): void {
  monthEvents(s, st, sched, rng, trace); // 1
  patronSignals(s, st, trace); // 2
  probeMonth(s, st, rng.probes, trace); // 3
  rivalsForget(s, st); // 4
  alliesUpdate(s, st, k, trace); // 4, 5, and 7's odds
  reviewAllies(s, st, k, rng, trace); // 6, and 7's draws
  nuclearLadder(s, st, trace); // 7
  if (st.month > 0 && (sched.startCalendarMonth + st.month) % 12 === 0) defenceBudgets(s, st, k, rng); // 8
  st.month++;
}

/** 1. Events: planned EFP arrivals, then the scenario's events of this month. */
function monthEvents(s: Setting, st: RunState, sched: Schedule, rng: Streams, trace: TraceSink | null): void {
  const t = st.month;
  for (let x = 0; x < s.efpSlots.length; x++) {
    const i = s.efpSlots[x]!;
    if (s.efpMonth[i] === t && st.efp[i] === 0 && st.efpCancelled[i] === 0) {
      st.efp[i] = 1;
      refreshBallast(s, st, i);
      if (trace !== null) trace.event(t, 'efp', s.slots[i]!, 'EFP battlegroup in place (an efp event of the scenario)');
    }
  }
  for (let e = 0; e < sched.events.length; e++) {
    if (sched.eventMonth[e] !== t) continue;
    const ev = sched.events[e]!;
    applyEvent(s, st, ev, rng.probes.next(), trace);
    // A scripted probe enters the chain through its outcome (resolveProbe), not twice.
    if (ev.stochastic && ev.kind !== PROBE_KIND) recordChain(st, CHAIN.event, e);
  }
}

/** 4. Rivals' beliefs about the patron's resolve and their hostility decay like the allies' evidence; crises and accession provocations count down. */
function rivalsForget(s: Setting, st: RunState): void {
  const v = s.params, delta = v[P.cred_forgetting]!;
  for (let h = 0; h < st.resolveA.length; h++) {
    const r0 = st.resolveA[h]! / (st.resolveA[h]! + st.resolveB[h]!);
    const strength = v[P.resolve_prior_strength]!;
    st.resolveA[h] = delta * st.resolveA[h]! + (1 - delta) * strength * r0;
    st.resolveB[h] = delta * st.resolveB[h]! + (1 - delta) * strength * (1 - r0);
  }
  // Hostility decays like evidence; below 1e-4 it is gone (so threat need not be recomputed for it).
  for (let r = 0; r < s.rivals; r++) { const h = st.hostilityBoost[r]! * delta; st.hostilityBoost[r] = h < 1e-4 ? 0 : h; }
  if (st.crises > 0) {
    for (let j = 0; j < st.crisisMonths.length; j++) if (st.crisisMonths[j]! > 0 && --st.crisisMonths[j]! === 0) st.crises--;
  }
  for (let h = 0; h < st.accessionMonths.length; h++) if (st.accessionMonths[h]! > 0) st.accessionMonths[h]!--;
}

/**
 * 4. Each ally's credibility: forgetting with a pull to the ballast baseline. The month's signals (2)
 * go in first, in the same pass, unless a probe's evidence (3) already brought them in.
 * 5. Each slot's threat (updateThreat), members or not.
 * 7. Each ally's odds of a move on the nuclear ladder this month (nuclear.ts ladderOdds), from the
 * credibility and nuclear threat just computed: nothing in 6 changes them, so the ladder's uniform,
 * drawn in 6, decides the move there.
 * (4 for the rivals, rivalsForget, comes first: it reads and writes nothing of the allies'.)
 */
function alliesUpdate(s: Setting, st: RunState, k: Coefficients, trace: TraceSink | null): void {
  const v = s.params, delta = v[P.cred_forgetting]!, k0 = v[P.cred_prior_strength]!;
  const active = st.active, alpha = st.alpha, beta = st.beta, credibility = st.credibility, baseline = st.baseline;
  const signals = st.signalsPending, talk = v[P.signal_talk_weight]!, honoured = honouredTalk(s, st);
  st.signalsPending = false;
  const raised = raisedRivals(s, st);
  const rates = k.ladder, opportunityOf = k.opportunity, odds = st.ladderOdds, to = st.ladderTo;
  const gain = v[P.nuclear_willingness_gain]!, threshold = v[P.nuclear_willingness_threshold]!, kappa = v[P.cover_protection]!;
  const nuclear = st.nuclear, nuclearFloor = st.nuclearFloor, nuclearThreat = st.nuclearThreat, cover = st.cover;
  for (let i = 0; i < s.n; i++) {
    slotThreat(s, st, i, raised); // 5
    odds[i] = 0;
    if (active[i] === 0) continue;
    if (signals) signalEvidence(st, i, talk, honoured); // 4
    const c0 = baseline[i]!, a = forgotten(alpha[i]!, delta, k0, c0), b = forgotten(beta[i]!, delta, k0, 1 - c0); // forget(), kept in registers
    alpha[i] = a; beta[i] = b;
    const C = credibilityOf(a, b);
    credibility[i] = C;
    const level = nuclear[i]!, floor = nuclearFloor[i]!; // 7
    const W = willingness(nuclearThreat[i]!, protectionOf(C, cover[i]!, kappa), gain, threshold);
    odds[i] = ladderOdds(level, floor, W, opportunityOf[i]!, C, rates);
    to[i] = ladderMove(level, floor, W);
  }
  if (trace !== null && trace.slot >= 0) trace.credibility(st.month, credibilityOf(alpha[trace.slot]!, beta[trace.slot]!));
}

/** 6. Stance reviews: each ally in turn draws one uniform to decide a review and one for the choice (both always drawn, for common random numbers). */
function reviewAllies(s: Setting, st: RunState, k: Coefficients, rng: Streams, trace: TraceSink | null): void {
  const v = s.params, active = st.active, review = st.review;
  const decisions = rng.decisions, nuclearStream = rng.nuclear, odds = st.ladderOdds, moves = st.ladderMoves;
  const baseRate = v[P.review_rate]!, raisedRate = Math.min(1, baseRate * v[P.review_shock_multiplier]!);
  let count = 0;
  for (let i = 0; i < s.n; i++) {
    // The nuclear ladder's uniform, from its own stream, drawn beside the decisions' (the two streams'
    // arithmetic overlaps): a move when it falls below the odds of 7, made there.
    const uReview = decisions.next(), uChoice = decisions.next(), uLadder = nuclearStream.next();
    if (active[i] === 0) continue;
    if (uLadder < odds[i]!) moves[count++] = i;
    const raised = review[i]! > 0;
    if (raised) review[i]!--;
    if (uReview < (raised ? raisedRate : baseRate)) reviewStance(s, st, i, k, uChoice, trace);
  }
  st.ladderMoveCount = count;
}

/** Ally i reviews its stance: the logit choice (stance.ts) drawn with the uniform u. */
function reviewStance(s: Setting, st: RunState, i: number, k: Coefficients, u: number, trace: TraceSink | null): void {
  const g = st.patron.guarantee, util = st.util, weights = k.stance, C = st.credibility[i]!;
  inputs.credibility = C;
  inputs.threat = st.threat[i]!;
  inputs.affinity = st.affinity[i]!;
  peerShares(st, i, inputs.peers);
  inputs.deal = (g === GUARANTEE.conditional || g === GUARANTEE.transactional ? 1 : 0) + st.pact[i]!;
  inputs.cover = st.cover[i]!;
  inputs.protection = protectionOf(C, st.cover[i]!, s.params[P.cover_protection]!);
  inputs.weakness = s.weakness[i]!;
  inputs.exposure = st.exposure[i]!;
  inputs.inclination = st.inclination[i]!;
  inputs.ballast = st.ballast[i]!;
  inputs.current = st.stance[i]!;
  inputs.offered = OFFERED_IN_THEATRE[s.allianceTheatre[i]!]!;
  stanceUtilities(inputs, weights, util);
  const traced = trace !== null && trace.slot === i;
  if (traced) stanceTerms(inputs, weights, terms);
  softmax(util);
  const chosen = drawStance(util, u);
  if (traced) trace.review(st.month, terms, util, chosen, inputs.credibility, inputs.threat, inputs.offered);
  if (chosen !== st.stance[i]) {
    if (chosen !== ALIGNED) recordChain(st, CHAIN_OF_STANCE[chosen]!, i);
    if (trace !== null) trace.event(st.month, 'stance', s.slots[i]!, `${STANCES[st.stance[i]!]} → ${STANCES[chosen]}`);
    setStance(s, st, i, chosen);
  }
}

/** 7. The nuclear ladder: the moves drawn in 6 (with the odds of 4–5), in ally order. */
function nuclearLadder(s: Setting, st: RunState, trace: TraceSink | null): void {
  const nuclear = st.nuclear, moves = st.ladderMoves;
  for (let m = 0; m < st.ladderMoveCount; m++) {
    const i = moves[m]!, before = nuclear[i]!, after = st.ladderTo[i]!;
    nuclear[i] = after;
    st.changes++;
    if (after === EXPLORING && before < EXPLORING) recordChain(st, CHAIN.exploring, i);
    if (after === PROGRAMME) recordChain(st, CHAIN.programme, i);
    if (trace !== null) trace.event(st.month, 'nuclear', s.slots[i]!, `${NUCLEAR_LEVELS[before]} → ${NUCLEAR_LEVELS[after]}`);
  }
}

/** 8. Defence budgets each January after the first (partial adjustment toward the target). */
function defenceBudgets(s: Setting, st: RunState, k: Coefficients, rng: Streams): void {
  const n = s.n;
  let sum = 0, count = 0;
  for (let i = 0; i < n; i++) if (st.active[i] === 1 && s.budgets[i] === 1) { sum += st.spending[i]!; count++; }
  for (let i = 0; i < n; i++) {
    const shock = rng.normal();
    if (st.active[i] === 0 || s.budgets[i] === 0) continue;
    const peers = count > 1 ? (sum - st.spending[i]!) / (count - 1) : st.spending[i]!;
    const pressure = (st.patron.guarantee === GUARANTEE.conditional || st.patron.guarantee === GUARANTEE.transactional) && st.spending[i]! < st.patron.threshold ? 1 : 0;
    const C = st.credibility[i]!;
    st.spending[i] = effortStep(st.spending[i]!, effortTarget(k.effort, st.threat[i]!, C, peers, pressure), k.effort, shock);
  }
  st.changes++;
  st.signalsStale = true; // spending moved: the conditional guarantee's terms may now weigh on other allies
}

