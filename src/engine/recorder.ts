/**
 * Records the months of runs into an Accumulator (accumulator.ts) by spans. Most of what a month
 * adds changes only when an ally's discrete state does: its stance, whether it is in the alliance,
 * its nuclear level, its spending (budgets and GDP shocks), or the probe counts. The recorder
 * keeps, for each metric and each ally, the month its current value began; when the value
 * changes (or the run ends) it adds the whole span at once: counts as differences along the months
 * (summed once per block by flushRecorder), the cohesion metrics' sums month by month. Only the
 * credibilities, which move every month, are added every month.
 *
 * The result is the accumulator that adding every month one by one gives, to the bit: counts are
 * integers (in any order the same), and every floating-point sum still receives its runs' values
 * in run order. test/engine/recorder.test.ts checks this against month-by-month collection.
 */
import { METRIC, METRICS, reportAll, SCOPE_COHESION } from '../model/metrics.js';
import type { Setting } from '../model/setting.js';
import type { RunState } from '../model/state.js';
import { STANCE_COUNT } from '../vocabulary.js';
import { BINS, SPENDING_BIN, type Accumulator, type Layout } from './accumulator.js';

const UNIT = Uint8Array.from(METRICS, (m) => (m.kind === 'unit' ? 1 : 0));
/** Each metric's cohesion scope (its position in SCOPE_COHESION), −1 for the others. */
const SCOPE_OF = Int32Array.from(METRICS, (_, m) => SCOPE_COHESION.indexOf(m));
/** The one metric that moves every month: the mean of the credibilities. */
const MEAN_CREDIBILITY = METRIC.mean_credibility;

export interface Recorder {
  readonly l: Layout;
  readonly s: Setting;
  /** This month's metrics (reportAll), when the discrete state changed. */
  readonly row: Float64Array;
  /** Each metric's value over its open span, and the month the span began. */
  readonly value: Float64Array;
  readonly from: Int32Array;
  /** The discrete state reportAll reads besides the credibilities, as of the last month recorded. */
  readonly active: Uint8Array;
  readonly stance: Uint8Array;
  readonly nuclear: Uint8Array;
  readonly spending: Float64Array;
  probes: number;
  probesFailed: number;
  /** The state's count of changes (RunState.changes) as of the last month recorded. */
  changes: number;
  /** Each ally's open span: its stance (−1 outside the alliance) and the month it began. */
  readonly allyCode: Int32Array;
  readonly allyFrom: Int32Array;
  /** Stances each ally visited in this run (n × STANCE_COUNT), for finishRun. */
  readonly ever: Uint8Array;
  /** Differences along the months, summed into the accumulator by flushRecorder: metric histograms, count metrics' sums, allies' stances and membership. */
  readonly histDiff: Int32Array;
  readonly sumDiff: Float64Array;
  readonly stanceDiff: Int32Array;
  readonly activeDiff: Int32Array;
  /** The run's posterior draw (−1: fixed parameters). */
  draw: number;
}

export function createRecorder(l: Layout, s: Setting): Recorder {
  const n = l.n, H = l.horizon, M = l.metrics;
  return {
    l, s, row: new Float64Array(M), value: new Float64Array(M), from: new Int32Array(M),
    active: new Uint8Array(n), stance: new Uint8Array(n), nuclear: new Uint8Array(n), spending: new Float64Array(n), probes: 0, probesFailed: 0, changes: 0,
    allyCode: new Int32Array(n), allyFrom: new Int32Array(n), ever: new Uint8Array(n * STANCE_COUNT),
    histDiff: new Int32Array(M * H * BINS), sumDiff: new Float64Array(M * H), stanceDiff: new Int32Array(n * H * STANCE_COUNT), activeDiff: new Int32Array(n * H),
    draw: -1,
  };
}

/** Starts a run (its posterior draw, −1 with fixed parameters). */
export function beginRun(r: Recorder, draw: number): void {
  r.ever.fill(0);
  r.draw = draw;
}

/** Adds the span [a, b) of metric m, whose value was v, to the accumulator (sums of unit metrics) and the differences (the rest). */
function closeMetric(r: Recorder, acc: Accumulator, m: number, a: number, b: number): void {
  const H = r.l.horizon, v = r.value[m]!;
  const bin = UNIT[m] === 1 ? Math.min(BINS - 1, Math.floor(v * BINS)) : Math.min(BINS - 1, v);
  r.histDiff[(m * H + a) * BINS + bin]! += 1;
  if (b < H) r.histDiff[(m * H + b) * BINS + bin]! -= 1;
  if (UNIT[m] === 0) {
    r.sumDiff[m * H + a]! += v;
    if (b < H) r.sumDiff[m * H + b]! -= v;
    return;
  }
  for (let t = a; t < b; t++) acc.metricSum[m * H + t]! += v;
  const k = SCOPE_OF[m]!;
  if (k < 0) return;
  const sq = v * v;
  for (let t = a; t < b; t++) acc.cohesionSumSq[k * H + t]! += sq;
  if (r.draw >= 0) {
    const at = (r.draw * SCOPE_COHESION.length + k) * H;
    for (let t = a; t < b; t++) { acc.drawCohesionSum[at + t]! += v; acc.drawCohesionSumSq[at + t]! += sq; }
  }
}

/** Metric m has value v in month t: a new span if it changed (or t = 0). */
function spanOf(r: Recorder, acc: Accumulator, m: number, v: number, t: number): void {
  if (t > 0 && v === r.value[m]) return;
  if (t > 0) closeMetric(r, acc, m, r.from[m]!, t);
  r.value[m] = v; r.from[m] = t;
}

/** Adds ally i's span [a, b) in stance `code` (≥ 0: in the alliance). */
function closeAlly(r: Recorder, i: number, code: number, a: number, b: number): void {
  const H = r.l.horizon;
  r.stanceDiff[(i * H + a) * STANCE_COUNT + code]! += 1;
  r.activeDiff[i * H + a]! += 1;
  if (b < H) { r.stanceDiff[(i * H + b) * STANCE_COUNT + code]! -= 1; r.activeDiff[i * H + b]! -= 1; }
}

/** Records month t of the run; `yearIndex` ≥ 0 when t closes a calendar year (the spending statistics). */
export function recordMonth(r: Recorder, acc: Accumulator, st: RunState, t: number, yearIndex: number): void {
  const s = r.s, l = r.l, n = l.n, H = l.horizon;
  let changed = t === 0;
  let cred = 0, count = 0;
  // The allies' discrete state is compared only if the state counted a change since last month (RunState.changes).
  const check = t === 0 || st.changes !== r.changes;
  r.changes = st.changes;
  for (let i = 0; i < n; i++) {
    const a = st.active[i]!, k = st.stance[i]!;
    if (check && (t === 0 || a !== r.active[i] || k !== r.stance[i] || st.nuclear[i] !== r.nuclear[i] || st.spending[i] !== r.spending[i])) {
      changed = true;
      r.active[i] = a; r.stance[i] = k; r.nuclear[i] = st.nuclear[i]!; r.spending[i] = st.spending[i]!;
      const code = a === 0 ? -1 : k, old = t === 0 ? -1 : r.allyCode[i]!;
      if (t === 0 || code !== old) {
        if (old >= 0) closeAlly(r, i, old, r.allyFrom[i]!, t);
        r.allyCode[i] = code; r.allyFrom[i] = t;
        if (code >= 0) r.ever[i * STANCE_COUNT + code] = 1;
      }
    }
    if (a === 0) continue;
    const c = st.credibility[i]!;
    cred += c; // in ally order, as reportAll sums them
    count++;
    acc.allyCredSum[i * H + t]! += c;
    if (yearIndex >= 0 && s.budgets[i] === 1) {
      const y = i * l.years.length + yearIndex, m = st.spending[i]!;
      acc.spendHist[y * BINS + Math.min(BINS - 1, Math.floor(m / SPENDING_BIN))]!++;
      acc.spendSum[y]! += m;
      acc.spendActive[y]!++;
    }
  }
  if (changed) {
    // An ally's discrete state changed: every metric may have.
    r.probes = st.probes; r.probesFailed = st.probesFailed;
    reportAll(s, st, r.row);
    for (let m = 0; m < l.metrics; m++) if (m !== MEAN_CREDIBILITY) spanOf(r, acc, m, r.row[m]!, t);
  } else if (st.probes !== r.probes || st.probesFailed !== r.probesFailed) {
    // Only the probe counts did (reportAll copies them into the row).
    r.probes = st.probes; r.probesFailed = st.probesFailed;
    spanOf(r, acc, METRIC.probes, st.probes, t);
    spanOf(r, acc, METRIC.probes_unanswered, st.probesFailed, t);
  }
  const mean = count > 0 ? cred / count : 0, m = MEAN_CREDIBILITY;
  acc.metricHist[(m * H + t) * BINS + Math.min(BINS - 1, Math.floor(mean * BINS))]!++;
  acc.metricSum[m * H + t]! += mean;
}

/** Closes the run's open spans at the horizon. */
export function endRun(r: Recorder, acc: Accumulator): void {
  const H = r.l.horizon;
  for (let m = 0; m < r.l.metrics; m++) if (m !== MEAN_CREDIBILITY) closeMetric(r, acc, m, r.from[m]!, H);
  for (let i = 0; i < r.l.n; i++) if (r.allyCode[i]! >= 0) closeAlly(r, i, r.allyCode[i]!, r.allyFrom[i]!, H);
}

/** Adds the differences into the accumulator (running sums along the months) and clears them: call it once the block's runs are recorded. */
export function flushRecorder(r: Recorder, acc: Accumulator): void {
  const H = r.l.horizon, n = r.l.n;
  const cur = new Int32Array(BINS);
  for (let m = 0; m < r.l.metrics; m++) {
    cur.fill(0);
    let sum = 0;
    for (let t = 0; t < H; t++) {
      const at = (m * H + t) * BINS;
      for (let b = 0; b < BINS; b++) { cur[b]! += r.histDiff[at + b]!; acc.metricHist[at + b]! += cur[b]!; }
      if (UNIT[m] === 0) { sum += r.sumDiff[m * H + t]!; acc.metricSum[m * H + t]! += sum; }
    }
  }
  const stances = new Int32Array(STANCE_COUNT);
  for (let i = 0; i < n; i++) {
    stances.fill(0);
    let active = 0;
    for (let t = 0; t < H; t++) {
      const at = (i * H + t) * STANCE_COUNT;
      for (let k = 0; k < STANCE_COUNT; k++) { stances[k]! += r.stanceDiff[at + k]!; acc.allyStance[at + k]! += stances[k]!; }
      active += r.activeDiff[i * H + t]!;
      acc.allyActive[i * H + t]! += active;
    }
  }
  r.histDiff.fill(0); r.sumDiff.fill(0); r.stanceDiff.fill(0); r.activeDiff.fill(0);
}
