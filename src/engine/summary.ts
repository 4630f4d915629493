/**
 * A light ensemble summary: four numbers at the horizon instead of the full Accumulator, for
 * work that runs thousands of small ensembles (sensitivity analysis). Runs in a worker or in
 * this thread; the result depends only on (core, seed, runs), never on the thread.
 */
import { reportAll, METRIC, METRICS } from '../model/metrics.js';
import { outcomeUnder } from '../model/outcome.js';
import type { ScenarioCore } from '../scenario/compile.js';
import { createRunContext, simulateRun } from './run.js';

/**
 * The summary's fields, in order: share of runs in which the system holds; mean cohesion at the
 * horizon; mean number of allies at or above 2% of GDP at the horizon; share of runs in which at
 * least one ally without weapons at the start ends with a programme or weapons (the
 * `nuclear_programmes` metric at the horizon ≥ 1).
 */

export interface SummaryTask {
  readonly core: ScenarioCore;
  readonly seed: number;
  /** Runs 0 … runs − 1 of the ensemble seeded `seed`. */
  readonly runs: number;
}

const COHESION = METRIC.cohesion, AT_2PCT = METRIC.allies_at_2pct, PROGRAMMES = METRIC.nuclear_programmes;
const row = new Float64Array(METRICS.length);

/** The four means of SUMMARY_OUTCOMES (src/vocabulary.ts), in its order, over runs 0 … runs − 1, summed in run order. */
export function runSummary(task: SummaryTask): Float64Array {
  const ctx = createRunContext(task.core);
  const s = task.core.setting;
  let holds = 0, cohesion = 0, at2 = 0, nuclear = 0;
  for (let run = 0; run < task.runs; run++) {
    const st = simulateRun(ctx, task.seed, run, null);
    reportAll(s, st, row);
    if (outcomeUnder(s.params, row[COHESION]!) === 0) holds++;
    cohesion += row[COHESION]!;
    at2 += row[AT_2PCT]!;
    if (row[PROGRAMMES]! >= 1) nuclear++;
  }
  const n = Math.max(1, task.runs);
  return Float64Array.of(holds / n, cohesion / n, at2 / n, nuclear / n);
}
