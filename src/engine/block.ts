/**
 * A block of runs [from, to) of one ensemble, aggregated into an Accumulator. Workers run
 * blocks from a ScenarioCore (plain arrays, no data files); the ensemble merges them in block
 * order. Run buffers are cached per thread by the core's id.
 */
import type { ScenarioCore } from '../scenario/compile.js';
import { createAccumulator, finishRun, layoutOf, type Accumulator, type Layout } from './accumulator.js';
import { beginRun, createRecorder, endRun, flushRecorder, recordMonth, type Recorder } from './recorder.js';
import { createRunContext, simulateRun, type RunContext } from './run.js';

export interface BlockTask {
  readonly core: ScenarioCore;
  readonly seed: number;
  readonly from: number;
  readonly to: number;
}

export interface Prepared { core: ScenarioCore; ctx: RunContext; layout: Layout; yearOf: Int32Array }
const cache = new Map<string, Prepared>();

export function layoutOfCore(c: ScenarioCore): Layout {
  return layoutOf(c.setting, c.horizon, c.startYear, c.startCalendarMonth, c.draws?.count ?? 0);
}

/** Run buffers for a core, created once per thread. */
export function preparedOf(core: ScenarioCore): Prepared {
  let p = cache.get(core.id);
  if (!p) {
    const layout = layoutOfCore(core);
    const yearOf = new Int32Array(core.horizon).fill(-1);
    layout.yearEnd.forEach((t, y) => { yearOf[t] = y; });
    p = { core, ctx: createRunContext(core), layout, yearOf };
    if (cache.size > 8) cache.clear();
    cache.set(core.id, p);
  }
  return p;
}

/** A recorder for one accumulator of the prepared core (flushRecorder it into that accumulator when its runs are done). */
export function recorderOf(p: Prepared): Recorder {
  return createRecorder(p.layout, p.core.setting);
}

/** Simulates run `run` of the prepared core into acc, through its recorder `rec`. */
export function accumulateRuns(p: Prepared, acc: Accumulator, rec: Recorder, seed: number, run: number): ReturnType<typeof simulateRun> {
  beginRun(rec, p.layout.draws > 0 ? run % p.layout.draws : -1);
  const yearOf = p.yearOf;
  const st = simulateRun(p.ctx, seed, run, (t, state) => recordMonth(rec, acc, state, t, yearOf[t]!));
  endRun(rec, acc);
  finishRun(acc, p.layout, p.core.setting, st, run, rec.ever);
  return st;
}

export function runBlock(task: BlockTask): Accumulator {
  const p = preparedOf(task.core);
  const acc = createAccumulator(p.layout), rec = recorderOf(p);
  for (let run = task.from; run < task.to; run++) accumulateRuns(p, acc, rec, task.seed, run);
  flushRecorder(rec, acc);
  return acc;
}
