/**
 * One run of a compiled scenario: reset the state, draw which stochastic events happen and
 * when, then step month by month, handing each month to the collector.
 */
import { createState, resetState, type RunState } from '../model/state.js';
import { coefficientsOf, step, updateThreat, type Coefficients, type Schedule } from '../model/step.js';
import type { TraceSink } from '../model/trace.js';
import type { ScenarioCore } from '../scenario/compile.js';
import { RunStreams } from './streams.js';
import type { Setting } from '../model/setting.js';
import { paramsOfDraw } from '../model/parameter-draws.js';

/** Buffers reused across the runs of one worker. */
export interface RunContext {
  readonly compiled: ScenarioCore;
  readonly state: RunState;
  readonly streams: RunStreams;
  readonly schedule: Schedule & { eventMonth: Int32Array };
  readonly coefficients: Coefficients;
  /** Per posterior draw: the setting with the draw's parameters, and its coefficients (built on first use). */
  readonly variants: ({ setting: Setting; coefficients: Coefficients } | undefined)[];
}

export function createRunContext(compiled: ScenarioCore): RunContext {
  return {
    compiled,
    state: createState(compiled.setting),
    streams: new RunStreams(),
    schedule: { events: compiled.events, eventMonth: new Int32Array(compiled.events.length), startCalendarMonth: compiled.startCalendarMonth },
    coefficients: coefficientsOf(compiled.setting),
    variants: new Array(compiled.draws?.count ?? 0),
  };
}

/** The draw run `run` takes (run mod K), or −1 with fixed parameters. */
export function drawOfRun(compiled: ScenarioCore, run: number): number {
  return compiled.draws ? run % compiled.draws.count : -1;
}

/** The setting and coefficients run `run` uses: the scenario's, or its posterior draw's. */
export function variantOfRun(ctx: RunContext, run: number): { setting: Setting; coefficients: Coefficients } {
  const d = ctx.compiled.draws, k = drawOfRun(ctx.compiled, run);
  if (d === null || k < 0) return { setting: ctx.compiled.setting, coefficients: ctx.coefficients };
  let v = ctx.variants[k];
  if (!v) {
    const params = paramsOfDraw(ctx.compiled.setting.params, d, k);
    const setting = { ...ctx.compiled.setting, params };
    v = { setting, coefficients: coefficientsOf(setting) };
    ctx.variants[k] = v;
  }
  return v;
}

/** Called after every month with the state (read only). */
export type MonthCollector = (month: number, state: RunState) => void;

/** Simulates run `run` of the ensemble seeded `seed`; returns the final state (owned by the context). */
export function simulateRun(ctx: RunContext, seed: number, run: number, collect: MonthCollector | null, trace: TraceSink | null = null): RunState {
  const { compiled, state, streams, schedule } = ctx;
  const { setting, coefficients } = variantOfRun(ctx, run);
  streams.seed(seed, run);
  resetState(state, setting, compiled.patron);
  for (let e = 0; e < compiled.events.length; e++) {
    const ev = compiled.events[e]!;
    const uHappens = streams.events.next(), uWhen = streams.events.next();
    schedule.eventMonth[e] = uHappens < ev.probability ? ev.from + Math.floor(uWhen * (ev.to - ev.from + 1)) : -1;
  }
  updateThreat(setting, state);
  for (let t = 0; t < compiled.horizon; t++) {
    step(setting, state, schedule, coefficients, streams, trace);
    if (collect !== null) collect(t, state);
  }
  return state;
}
