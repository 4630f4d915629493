/**
 * Paired runs for comparing two scenarios with common random numbers: run r of A and run r of B
 * draw from the same streams (seed, r), so the difference between them is mostly the
 * difference between the scenarios. Paired differences give tighter intervals than two
 * independent ensembles.
 */
import { METRICS, reportAll, SCOPE_COHESION } from '../model/metrics.js';
import { outcomeUnder } from '../model/outcome.js';
import { OUTCOMES, OUTCOME_SCOPES } from '../vocabulary.js';
import type { ScenarioCore } from '../scenario/compile.js';
import { createAccumulator, type Accumulator } from './accumulator.js';
import { accumulateRuns, preparedOf, recorderOf } from './block.js';
import { flushRecorder } from './recorder.js';

export interface PairedTask {
  readonly a: ScenarioCore;
  readonly b: ScenarioCore;
  readonly seed: number;
  readonly from: number;
  readonly to: number;
}

/** Sums of paired differences (A − B) at the horizon: the outcome indicators of each scope (system, then each theatre), then each metric. */
export interface PairedSums {
  runs: number;
  readonly sum: Float64Array;
  readonly sumSq: Float64Array;
}

/** 'p_holds' … for the system, '<theatre>_p_holds' … for each theatre, then the metrics. */
export const PAIRED_OUTCOME_FIELDS = OUTCOME_SCOPES.flatMap((scope) => OUTCOMES.map((o) => (scope === 'system' ? `p_${o}` : `${scope}_p_${o}`)));
export const PAIRED_FIELDS = [...PAIRED_OUTCOME_FIELDS, ...METRICS.map((m) => m.name)];

export function createPairedSums(): PairedSums {
  return { runs: 0, sum: new Float64Array(PAIRED_FIELDS.length), sumSq: new Float64Array(PAIRED_FIELDS.length) };
}

const rowA = new Float64Array(METRICS.length), rowB = new Float64Array(METRICS.length);

export function runPairedBlock(task: PairedTask): { a: Accumulator; b: Accumulator; paired: PairedSums } {
  const pa = preparedOf(task.a), pb = preparedOf(task.b);
  if (pa.core.horizon !== pb.core.horizon || pa.core.startYear !== pb.core.startYear || pa.core.startCalendarMonth !== pb.core.startCalendarMonth) {
    throw new Error('paired scenarios must share start and horizon (checked before the ensemble starts)');
  }
  const accA = createAccumulator(pa.layout), accB = createAccumulator(pb.layout), recA = recorderOf(pa), recB = recorderOf(pb);
  const paired = createPairedSums();
  const diff = new Float64Array(PAIRED_FIELDS.length);
  for (let run = task.from; run < task.to; run++) {
    const stA = accumulateRuns(pa, accA, recA, task.seed, run);
    reportAll(pa.core.setting, stA, rowA);
    const stB = accumulateRuns(pb, accB, recB, task.seed, run);
    reportAll(pb.core.setting, stB, rowB);
    const va = pa.core.setting.params, vb = pb.core.setting.params, O = OUTCOMES.length;
    for (let scope = 0; scope < OUTCOME_SCOPES.length; scope++) {
      const c = SCOPE_COHESION[scope]!, oa = outcomeUnder(va, rowA[c]!), ob = outcomeUnder(vb, rowB[c]!);
      for (let k = 0; k < O; k++) diff[scope * O + k] = (oa === k ? 1 : 0) - (ob === k ? 1 : 0);
    }
    const first = PAIRED_OUTCOME_FIELDS.length;
    for (let m = 0; m < METRICS.length; m++) diff[first + m] = rowA[m]! - rowB[m]!;
    for (let f = 0; f < diff.length; f++) { paired.sum[f]! += diff[f]!; paired.sumSq[f]! += diff[f]! * diff[f]!; }
    paired.runs++;
  }
  flushRecorder(recA, accA); flushRecorder(recB, accB);
  return { a: accA, b: accB, paired };
}

export function mergePaired(dst: PairedSums, src: PairedSums): void {
  dst.runs += src.runs;
  for (let f = 0; f < dst.sum.length; f++) { dst.sum[f]! += src.sum[f]!; dst.sumSq[f]! += src.sumSq[f]!; }
}
