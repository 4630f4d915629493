/**
 * A block of runs [from, to) of one ensemble, aggregated into an Accumulator. Workers run
 * blocks from a ScenarioCore (plain arrays, no data files); the ensemble merges them in block
 * order. Run buffers are cached per thread by the core's id.
 */
import type { ScenarioCore } from '../scenario/compile.js';
import { collectMonth, createAccumulator, finishRun, layoutOf, type Accumulator, type Layout } from './accumulator.js';
import { STANCE_COUNT } from '../vocabulary.js';
import { createRunContext, simulateRun, type RunContext } from './run.js';

export interface BlockTask {
  readonly core: ScenarioCore;
  readonly seed: number;
  readonly from: number;
  readonly to: number;
}

export interface Prepared { core: ScenarioCore; ctx: RunContext; layout: Layout; ever: Uint8Array; yearOf: Int32Array }
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
    p = { core, ctx: createRunContext(core), layout, ever: new Uint8Array(core.setting.n * STANCE_COUNT), yearOf };
    if (cache.size > 8) cache.clear();
    cache.set(core.id, p);
  }
  return p;
}

/** Simulates runs [from, to) of the prepared core into acc. */
export function accumulateRuns(p: Prepared, acc: Accumulator, seed: number, run: number): ReturnType<typeof simulateRun> {
  const s = p.core.setting;
  p.ever.fill(0);
  const draw = p.layout.draws > 0 ? run % p.layout.draws : -1;
  const st = simulateRun(p.ctx, seed, run, (t, state) => collectMonth(acc, p.layout, s, state, t, p.ever, p.yearOf[t]!, draw));
  finishRun(acc, p.layout, s, st, run, p.ever);
  return st;
}

export function runBlock(task: BlockTask): Accumulator {
  const p = preparedOf(task.core);
  const acc = createAccumulator(p.layout);
  for (let run = task.from; run < task.to; run++) accumulateRuns(p, acc, task.seed, run);
  return acc;
}
