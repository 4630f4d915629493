/**
 * Mergeable statistics of an ensemble: counts and histograms (order-free) and sums (merged in
 * block order, so the bytes do not depend on which worker ran which block). Memory is fixed by
 * the scenario's size (allies × months × bins), never by the number of runs.
 */
import { METRICS, reportAll, SCOPE_COHESION } from '../model/metrics.js';
import { NUCLEAR_LEVELS, OUTCOMES, OUTCOME_SCOPES, STANCE_COUNT } from '../vocabulary.js';
import { outcomeUnder } from '../model/outcome.js';
import type { Setting } from '../model/setting.js';
import type { RunState } from '../model/state.js';

/** Histogram bins: a unit metric v falls in bin floor(v · BINS); a count c in bin c (capped). */
export const BINS = 256;
/** Spending histograms: bins of 0.05 % of GDP from 0 to 12.8 %. */
export const SPENDING_BIN = 0.05;
export const LEVELS = NUCLEAR_LEVELS.length;

export interface Layout {
  readonly n: number;
  readonly horizon: number;
  readonly metrics: number;
  /** Calendar years the run touches, and the month offset closing each (December or the last month). */
  readonly years: readonly number[];
  readonly yearEnd: Int32Array;
  /** Posterior draws the runs cycle through (run r takes draw r mod draws); 0 with fixed parameters. */
  readonly draws: number;
}

export interface Accumulator {
  runs: number;
  /** Runs ending in each outcome, per scope: OUTCOME_SCOPES × OUTCOMES (system first, then each theatre). */
  readonly outcomes: Float64Array;
  /** The same per posterior draw: draws × OUTCOME_SCOPES × OUTCOMES (empty with fixed parameters). */
  readonly drawOutcomes: Float64Array;
  /** Runs in which each ally took each stance at least once, per posterior draw: draws × n × STANCE_COUNT. */
  readonly drawEver: Float64Array;
  /** Each cohesion metric's (SCOPE_COHESION) sum of squares per month: scopes × horizon (the Monte Carlo interval of its mean). */
  readonly cohesionSumSq: Float64Array;
  /** Each cohesion metric's sum and sum of squares per posterior draw and month: draws × scopes × horizon each (the monthly bands' total intervals). */
  readonly drawCohesionSum: Float64Array;
  readonly drawCohesionSumSq: Float64Array;
  readonly metricHist: Int32Array;
  readonly metricSum: Float64Array;
  readonly allyStance: Int32Array;
  readonly allyActive: Int32Array;
  readonly allyCredSum: Float64Array;
  readonly allyEver: Int32Array;
  readonly allyNuclear: Int32Array;
  readonly spendHist: Int32Array;
  readonly spendSum: Float64Array;
  readonly spendActive: Int32Array;
  readonly finalHist: Int32Array;
  /** Smallest run index whose final cohesion fell in each bin (−1: none): representative runs. */
  readonly finalRun: Int32Array;
  readonly chains: Map<string, Float64Array>;
}

export function layoutOf(s: Setting, horizon: number, startYear: number, startCalendarMonth: number, draws = 0): Layout {
  const years: number[] = [], ends: number[] = [];
  for (let t = 0; t < horizon; t++) {
    const cal = startCalendarMonth + t;
    if (cal % 12 === 11 || t === horizon - 1) { years.push(startYear + Math.floor(cal / 12)); ends.push(t); }
  }
  return { n: s.n, horizon, metrics: METRICS.length, years, yearEnd: Int32Array.from(ends), draws };
}

export function createAccumulator(l: Layout): Accumulator {
  return {
    runs: 0,
    outcomes: new Float64Array(OUTCOME_SCOPES.length * OUTCOMES.length),
    drawOutcomes: new Float64Array(l.draws * OUTCOME_SCOPES.length * OUTCOMES.length),
    drawEver: new Float64Array(l.draws * l.n * STANCE_COUNT),
    cohesionSumSq: new Float64Array(SCOPE_COHESION.length * l.horizon),
    drawCohesionSum: new Float64Array(l.draws * SCOPE_COHESION.length * l.horizon),
    drawCohesionSumSq: new Float64Array(l.draws * SCOPE_COHESION.length * l.horizon),
    metricHist: new Int32Array(l.metrics * l.horizon * BINS),
    metricSum: new Float64Array(l.metrics * l.horizon),
    allyStance: new Int32Array(l.n * l.horizon * STANCE_COUNT),
    allyActive: new Int32Array(l.n * l.horizon),
    allyCredSum: new Float64Array(l.n * l.horizon),
    allyEver: new Int32Array(l.n * STANCE_COUNT),
    allyNuclear: new Int32Array(l.n * LEVELS),
    spendHist: new Int32Array(l.n * l.years.length * BINS),
    spendSum: new Float64Array(l.n * l.years.length),
    spendActive: new Int32Array(l.n * l.years.length),
    finalHist: new Int32Array(BINS),
    finalRun: new Int32Array(BINS).fill(-1),
    chains: new Map(),
  };
}

const endRow = new Float64Array(METRICS.length);

/** Closes one run: its outcomes (the system's and each theatre's), the stances and nuclear levels it reached, its event chain. */
export function finishRun(acc: Accumulator, l: Layout, s: Setting, st: RunState, run: number, ever: Uint8Array): void {
  reportAll(s, st, endRow);
  const draw = l.draws > 0 ? (run % l.draws) * OUTCOME_SCOPES.length * OUTCOMES.length : -1;
  for (let k = 0; k < OUTCOME_SCOPES.length; k++) {
    const o = k * OUTCOMES.length + outcomeUnder(s.params, endRow[SCOPE_COHESION[k]!]!);
    acc.outcomes[o]!++;
    if (draw >= 0) acc.drawOutcomes[draw + o]!++;
  }
  const cohesion = endRow[SCOPE_COHESION[0]!]!;
  const outcome = outcomeUnder(s.params, cohesion);
  const bin = Math.min(BINS - 1, Math.floor(cohesion * BINS));
  acc.finalHist[bin]!++;
  if (acc.finalRun[bin] === -1 || run < acc.finalRun[bin]!) acc.finalRun[bin] = run;
  for (let k = 0; k < l.n * STANCE_COUNT; k++) acc.allyEver[k]! += ever[k]!;
  if (l.draws > 0) { const base = (run % l.draws) * l.n * STANCE_COUNT; for (let k = 0; k < l.n * STANCE_COUNT; k++) acc.drawEver[base + k]! += ever[k]!; }
  for (let i = 0; i < l.n; i++) acc.allyNuclear[i * LEVELS + st.nuclear[i]!]!++;
  let key = '';
  for (let c = 0; c < st.chainLength; c++) key += (c > 0 ? ',' : '') + st.chain[c]!;
  let counts = acc.chains.get(key);
  if (!counts) { counts = new Float64Array(OUTCOMES.length); acc.chains.set(key, counts); }
  counts[outcome]!++;
  acc.runs++;
}

/** Adds `src` into `dst`. Call it in block order: sums are then the same bytes for any worker count. */
export function mergeInto(dst: Accumulator, src: Accumulator): void {
  dst.runs += src.runs;
  const add = (a: Float64Array | Int32Array, b: Float64Array | Int32Array) => { for (let i = 0; i < a.length; i++) a[i]! += b[i]!; };
  add(dst.outcomes, src.outcomes); add(dst.drawOutcomes, src.drawOutcomes); add(dst.drawEver, src.drawEver); add(dst.cohesionSumSq, src.cohesionSumSq); add(dst.drawCohesionSum, src.drawCohesionSum); add(dst.drawCohesionSumSq, src.drawCohesionSumSq); add(dst.metricHist, src.metricHist); add(dst.metricSum, src.metricSum);
  add(dst.allyStance, src.allyStance); add(dst.allyActive, src.allyActive); add(dst.allyCredSum, src.allyCredSum);
  add(dst.allyEver, src.allyEver); add(dst.allyNuclear, src.allyNuclear); add(dst.spendHist, src.spendHist);
  add(dst.spendSum, src.spendSum); add(dst.spendActive, src.spendActive); add(dst.finalHist, src.finalHist);
  for (let b = 0; b < BINS; b++) {
    const r = src.finalRun[b]!;
    if (r >= 0 && (dst.finalRun[b] === -1 || r < dst.finalRun[b]!)) dst.finalRun[b] = r;
  }
  for (const [key, counts] of src.chains) {
    const d = dst.chains.get(key);
    if (d) add(d, counts); else dst.chains.set(key, Float64Array.from(counts));
  }
}
