/**
 * One run of a compiled scenario: reset the state, draw which stochastic events happen and
 * when, then step month by month, handing each month to the collector.
 */
import { createState, resetState, type RunState } from '../model/state.js';
import { coefficientsOf, step, updateThreat, type Coefficients, type Schedule } from '../model/step.js';
import type { TraceSink } from '../model/trace.js';
import type { ScenarioCore } from '../scenario/compile.js';
import { RunStreams } from './streams.js';

/** Buffers reused across the runs of one worker. */
export interface RunContext {
  readonly compiled: ScenarioCore;
  readonly state: RunState;
  readonly streams: RunStreams;
  readonly schedule: Schedule & { eventMonth: Int32Array };
  readonly coefficients: Coefficients;
}

export function createRunContext(compiled: ScenarioCore): RunContext {
  return {
    compiled,
    state: createState(compiled.setting),
    streams: new RunStreams(),
    schedule: { events: compiled.events, eventMonth: new Int32Array(compiled.events.length), startCalendarMonth: compiled.startCalendarMonth },
    coefficients: coefficientsOf(compiled.setting.params),
  };
}

/** Called after every month with the state (read only). */
export type MonthCollector = (month: number, state: RunState) => void;

/** Simulates run `run` of the ensemble seeded `seed`; returns the final state (owned by the context). */
export function simulateRun(ctx: RunContext, seed: number, run: number, collect: MonthCollector | null, trace: TraceSink | null = null): RunState {
  const { compiled, state, streams, schedule } = ctx;
  streams.seed(seed, run);
  resetState(state, compiled.setting, compiled.patron);
  for (let e = 0; e < compiled.events.length; e++) {
    const ev = compiled.events[e]!;
    const uHappens = streams.events.next(), uWhen = streams.events.next();
    schedule.eventMonth[e] = uHappens < ev.probability ? ev.from + Math.floor(uWhen * (ev.to - ev.from + 1)) : -1;
  }
  updateThreat(compiled.setting, state);
  for (let t = 0; t < compiled.horizon; t++) {
    step(compiled.setting, state, schedule, ctx.coefficients, streams, trace);
    if (collect !== null) collect(t, state);
  }
  return state;
}
