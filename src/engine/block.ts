/**
 * A block of runs [from, to) of one ensemble, aggregated into an Accumulator. Workers run
 * blocks; the ensemble merges them in block order. Compiled scenarios are cached per process.
 */
import { compileScenario, type CompiledScenario } from '../scenario/compile.js';
import { scenarioHash } from '../scenario/hash.js';
import type { Scenario } from '../scenario/schema.js';
import { collectMonth, createAccumulator, finishRun, layoutOf, STANCES, type Accumulator, type Layout } from './accumulator.js';
import { createRunContext, simulateRun, type RunContext } from './run.js';

export interface BlockTask {
  readonly scenario: Scenario;
  readonly dataDir: string;
  readonly seed: number;
  readonly from: number;
  readonly to: number;
}

interface Prepared { compiled: CompiledScenario; ctx: RunContext; layout: Layout; ever: Uint8Array; yearOf: Int32Array }
const cache = new Map<string, Prepared>();

export function prepare(scenario: Scenario, dataDir: string): Prepared {
  const key = `${dataDir}\u0000${scenarioHash(scenario)}`;
  let p = cache.get(key);
  if (!p) {
    const compiled = compileScenario(scenario, { dataDir });
    const layout = layoutOfCompiled(compiled);
    const yearOf = new Int32Array(compiled.horizon).fill(-1);
    layout.yearEnd.forEach((t, y) => { yearOf[t] = y; });
    p = { compiled, ctx: createRunContext(compiled), layout, ever: new Uint8Array(compiled.setting.n * STANCES), yearOf };
    if (cache.size > 8) cache.clear();
    cache.set(key, p);
  }
  return p;
}

export function layoutOfCompiled(c: CompiledScenario): Layout {
  return layoutOf(c.setting, c.horizon, Number(c.scenario.start.slice(0, 4)), c.startCalendarMonth);
}

export function runBlock(task: BlockTask): Accumulator {
  const p = prepare(task.scenario, task.dataDir);
  const acc = createAccumulator(p.layout);
  const s = p.compiled.setting;
  const collect = (t: number, st: Parameters<typeof collectMonth>[3]) => collectMonth(acc, p.layout, s, st, t, p.ever, p.yearOf[t]!);
  for (let run = task.from; run < task.to; run++) {
    p.ever.fill(0);
    const st = simulateRun(p.ctx, task.seed, run, collect);
    finishRun(acc, p.layout, s, st, run, p.ever);
  }
  return acc;
}
