/**
 * Paired runs for comparing two scenarios with common random numbers: run r of A and run r of B
 * draw from the same streams (seed, r), so the difference between them is mostly the
 * difference between the scenarios. Paired differences give tighter intervals than two
 * independent ensembles.
 */
import { METRICS, reportAll } from '../model/metrics.js';
import { outcomeOf } from '../model/outcome.js';
import { P } from '../model/parameters.js';
import type { ScenarioCore } from '../scenario/compile.js';
import { createAccumulator, type Accumulator } from './accumulator.js';
import { accumulateRuns, preparedOf } from './block.js';

export interface PairedTask {
  readonly a: ScenarioCore;
  readonly b: ScenarioCore;
  readonly seed: number;
  readonly from: number;
  readonly to: number;
}

/** Sums of paired differences (A − B) at the horizon: 4 outcome indicators, then each metric. */
export interface PairedSums {
  runs: number;
  readonly sum: Float64Array;
  readonly sumSq: Float64Array;
}

export const PAIRED_FIELDS = ['p_holds', 'p_strained', 'p_fragmenting', 'p_unravelled', ...METRICS.map((m) => m.name)];

export function createPairedSums(): PairedSums {
  return { runs: 0, sum: new Float64Array(PAIRED_FIELDS.length), sumSq: new Float64Array(PAIRED_FIELDS.length) };
}

const rowA = new Float64Array(METRICS.length), rowB = new Float64Array(METRICS.length);

export function runPairedBlock(task: PairedTask): { a: Accumulator; b: Accumulator; paired: PairedSums } {
  const pa = preparedOf(task.a), pb = preparedOf(task.b);
  if (pa.core.horizon !== pb.core.horizon || pa.core.startYear !== pb.core.startYear || pa.core.startCalendarMonth !== pb.core.startCalendarMonth) {
    throw new Error('paired scenarios must share start and horizon (checked before the ensemble starts)');
  }
  const accA = createAccumulator(pa.layout), accB = createAccumulator(pb.layout);
  const paired = createPairedSums();
  const diff = new Float64Array(PAIRED_FIELDS.length);
  for (let run = task.from; run < task.to; run++) {
    const stA = accumulateRuns(pa, accA, task.seed, run);
    reportAll(pa.core.setting, stA, rowA);
    const stB = accumulateRuns(pb, accB, task.seed, run);
    reportAll(pb.core.setting, stB, rowB);
    const va = pa.core.setting.params, vb = pb.core.setting.params;
    const oa = outcomeOf(rowA[0]!, va[P.outcome_holds]!, va[P.outcome_strained]!, va[P.outcome_fragmenting]!);
    const ob = outcomeOf(rowB[0]!, vb[P.outcome_holds]!, vb[P.outcome_strained]!, vb[P.outcome_fragmenting]!);
    for (let k = 0; k < 4; k++) diff[k] = (oa === k ? 1 : 0) - (ob === k ? 1 : 0);
    for (let m = 0; m < METRICS.length; m++) diff[4 + m] = rowA[m]! - rowB[m]!;
    for (let f = 0; f < diff.length; f++) { paired.sum[f]! += diff[f]!; paired.sumSq[f]! += diff[f]! * diff[f]!; }
    paired.runs++;
  }
  return { a: accA, b: accB, paired };
}

export function mergePaired(dst: PairedSums, src: PairedSums): void {
  dst.runs += src.runs;
  for (let f = 0; f < dst.sum.length; f++) { dst.sum[f]! += src.sum[f]!; dst.sumSq[f]! += src.sumSq[f]!; }
}
