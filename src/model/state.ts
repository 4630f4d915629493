/**
 * The state of one run, as columns (one typed array per variable, indexed by ally slot,
 * target or rival). Allocated once per worker and reset for each run: the monthly loop
 * allocates nothing.
 */
import { initPeers, refreshBallast } from './peers.js';
import { P } from './parameters.js';
import { THEATRES, type Setting } from './setting.js';

export { GUARANTEE, RHETORIC, DOCTRINE } from '../vocabulary.js';
import { DOCTRINE, STANCE_COUNT } from '../vocabulary.js';

/** Months a shock keeps an ally's review rate raised, and the accession provocation lasts. */
/** Months of heightened stance reviews after a shock: the registry's shock_months, a whole number. */
export const shockMonths = (s: Setting): number => Math.max(1, Math.round(s.params[P.shock_months]!));
/** Salient events kept per run for event chains. */
export const CHAIN_LENGTH = 3;

export interface PatronPolicy {
  guarantee: number;
  rhetoric: number;
  doctrine: number;
  /** Spending threshold in % of GDP (2 = 2%). */
  threshold: number;
}

export interface RunState {
  month: number;
  readonly active: Uint8Array;
  readonly alpha: Float64Array;
  readonly beta: Float64Array;
  /** alpha / (alpha + beta), refreshed each month after the credibility update. */
  readonly credibility: Float64Array;
  readonly troops: Float64Array;
  readonly efp: Float64Array;
  /** 1 where the U.S.-led EFP battlegroup was countermanded: its planned arrival does not happen. */
  readonly efpCancelled: Uint8Array;
  readonly ballast: Float64Array;
  /** The credibility baseline ballast sets: cred_base + cred_ballast_gain · ballast. */
  readonly baseline: Float64Array;
  /** Relevance-weighted sums of active peers per stance (slots × STANCE_COUNT), and their total (peers.ts). */
  readonly peerSum: Float64Array;
  readonly peerTotal: Float64Array;
  readonly threat: Float64Array;
  readonly nuclearThreat: Float64Array;
  readonly affinity: Float64Array;
  /** The government's inclination toward its theatre's rival, in [0, 1]; elections move it. */
  readonly inclination: Float64Array;
  /** Exposure to the theatre's rival: the Setting's, raised by the rival's footholds (probes.ts). */
  readonly exposure: Float64Array;
  readonly spending: Float64Array;
  readonly stance: Uint8Array;
  readonly nuclear: Uint8Array;
  readonly nuclearFloor: Uint8Array;
  /** Months of raised review rate left. */
  readonly review: Uint8Array;
  readonly cover: Float64Array;
  readonly pact: Uint8Array;
  /** 1 where the patron's guarantee to this slot has ended (treaty exit from NATO). */
  readonly noGuarantee: Uint8Array;
  readonly hostilityBoost: Float64Array;
  readonly resolveA: Float64Array;
  readonly resolveB: Float64Array;
  readonly crisisMonths: Int32Array;
  readonly crisisSeverity: Float64Array;
  /** Number of targets in crisis (so the monthly countdown can be skipped when none is). */
  crises: number;
  /** Months of accession provocation left, per theatre. */
  readonly accessionMonths: Int32Array;
  readonly patron: PatronPolicy;
  probes: number;
  probesFailed: number;
  /**
   * Counts the changes to what the month's metrics read besides credibilities and probe counts
   * (metrics.ts reportAll): membership, stances, nuclear levels, spending. Every writer of those
   * adds one, so a reader that finds it unchanged since a month knows none of them moved (the
   * engine's recorder skips its comparisons then).
   */
  changes: number;
  /** First salient events of the run, as codes (see chainCode). */
  readonly chain: Int32Array;
  chainLength: number;
  /**
   * The patron's standing signals (signals.ts): each ally's evidence against from the guarantee's
   * terms, and per theatre the evidence the rivals watch (for, against, allies counted), worked out
   * again when `signalsStale` (set by whatever changes an input: membership, the patron's policy,
   * a guarantee's end, spending). `signalsPending`: this month's signals are not yet in the allies' beliefs.
   */
  readonly signalAgainst: Float64Array;
  readonly watchedFor: Float64Array;
  readonly watchedAgainst: Float64Array;
  readonly watchedAllies: Float64Array;
  signalsStale: boolean;
  signalsPending: boolean;
  /** Scratch for stance choice. */
  readonly util: Float64Array;
  /** This month's nuclear ladder (step.ts): each slot's odds of a move and the level it would move to, and the slots whose draw moved them. */
  readonly ladderOdds: Float64Array;
  readonly ladderTo: Uint8Array;
  readonly ladderMoves: Int32Array;
  ladderMoveCount: number;
  readonly peers: Float64Array;
}

export function createState(s: Setting): RunState {
  const n = s.n, T = s.targets.length, R = s.rivals, H = THEATRES.length;
  return {
    month: 0,
    active: new Uint8Array(n), alpha: new Float64Array(n), beta: new Float64Array(n), credibility: new Float64Array(n), troops: new Float64Array(n),
    efp: new Float64Array(n), efpCancelled: new Uint8Array(n), ballast: new Float64Array(n), baseline: new Float64Array(n), peerSum: new Float64Array(n * STANCE_COUNT), peerTotal: new Float64Array(n), threat: new Float64Array(n), nuclearThreat: new Float64Array(n),
    affinity: new Float64Array(n), inclination: new Float64Array(n), exposure: new Float64Array(n), spending: new Float64Array(n), stance: new Uint8Array(n), nuclear: new Uint8Array(n),
    nuclearFloor: new Uint8Array(n), review: new Uint8Array(n), cover: new Float64Array(n), pact: new Uint8Array(n),
    noGuarantee: new Uint8Array(n), hostilityBoost: new Float64Array(R), resolveA: new Float64Array(H), resolveB: new Float64Array(H),
    crisisMonths: new Int32Array(T), crisisSeverity: new Float64Array(T), crises: 0, accessionMonths: new Int32Array(H),
    patron: { guarantee: 0, rhetoric: 0, doctrine: 1, threshold: 2 },
    probes: 0, probesFailed: 0, changes: 0, chain: new Int32Array(CHAIN_LENGTH), chainLength: 0,
    signalAgainst: new Float64Array(n), watchedFor: new Float64Array(H), watchedAgainst: new Float64Array(H), watchedAllies: new Float64Array(H), signalsStale: true, signalsPending: false,
    util: new Float64Array(STANCE_COUNT), ladderOdds: new Float64Array(n), ladderTo: new Uint8Array(n), ladderMoves: new Int32Array(n), ladderMoveCount: 0, peers: new Float64Array(STANCE_COUNT),
  };
}

/** Resets a state to the start of a run: the World's values, beliefs at their baseline. */
export function resetState(st: RunState, s: Setting, patron: PatronPolicy): void {
  const v = s.params;
  st.month = 0;
  st.active.set(s.initiallyActive);
  st.troops.set(s.troops0);
  st.efp.set(s.efp0);
  st.efpCancelled.fill(0);
  st.affinity.set(s.affinity0);
  st.inclination.set(s.inclination0);
  st.exposure.set(s.exposure);
  st.spending.set(s.spending0);
  st.stance.fill(0);
  st.nuclear.set(s.nuclear0);
  st.nuclearFloor.set(s.nuclear0);
  st.review.fill(0);
  st.cover.fill(0);
  st.pact.fill(0);
  st.noGuarantee.fill(0);
  st.threat.fill(0);
  st.nuclearThreat.fill(0);
  const start = startOf(s);
  st.ballast.set(start.ballast);
  st.baseline.set(start.baseline);
  st.alpha.set(start.alpha);
  st.beta.set(start.beta);
  st.credibility.set(start.credibility);
  st.peerSum.set(start.peerSum);
  st.peerTotal.set(start.peerTotal);
  st.hostilityBoost.fill(0);
  // Rivals start believing the patron resolute at the mean of its doctrine's response (assumption).
  const r0 = patron.doctrine === DOCTRINE.firm ? v[P.response_firm]! : patron.doctrine === DOCTRINE.passive ? v[P.response_passive]! : v[P.response_measured]!;
  st.resolveA.fill(v[P.resolve_prior_strength]! * r0);
  st.resolveB.fill(v[P.resolve_prior_strength]! * (1 - r0));
  st.crisisMonths.fill(0);
  st.crises = 0;
  st.crisisSeverity.fill(0);
  st.accessionMonths.fill(0);
  Object.assign(st.patron, patron);
  st.probes = 0;
  st.probesFailed = 0;
  st.changes = 0;
  st.chain.fill(0);
  st.chainLength = 0;
  st.signalsStale = true;
  st.signalsPending = false;
}

/** What a run starts from that follows from the setting alone: each ally's ballast, baseline and beliefs, and the peer sums. */
interface StartValues { ballast: Float64Array; baseline: Float64Array; alpha: Float64Array; beta: Float64Array; credibility: Float64Array; peerSum: Float64Array; peerTotal: Float64Array }

/** Worked out once per setting (settings are not changed once compiled) and copied at every reset: the same numbers, without the O(n²) peer sums per run. */
const START = new WeakMap<Setting, StartValues>();

function startOf(s: Setting): StartValues {
  let start = START.get(s);
  if (start !== undefined) return start;
  const st = createState(s), k0 = s.params[P.cred_prior_strength]!;
  st.active.set(s.initiallyActive);
  st.troops.set(s.troops0);
  st.efp.set(s.efp0);
  for (let i = 0; i < s.n; i++) {
    refreshBallast(s, st, i);
    const c0 = st.baseline[i]!;
    st.alpha[i] = k0 * c0;
    st.beta[i] = k0 * (1 - c0);
    st.credibility[i] = c0;
  }
  initPeers(s, st); // every ally starts aligned
  start = { ballast: st.ballast, baseline: st.baseline, alpha: st.alpha, beta: st.beta, credibility: st.credibility, peerSum: st.peerSum, peerTotal: st.peerTotal };
  START.set(s, start);
  return start;
}
