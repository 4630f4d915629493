/**
 * The worker-thread entry point (piscina): runs an engine task (tasks.ts) and returns its
 * result, moving (not copying) the typed arrays' buffers back to the main thread.
 */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { runTask, type EngineTask } from './tasks.js';
import type { Accumulator } from './accumulator.js';

function buffersOf(acc: Accumulator): ArrayBuffer[] {
  return [acc.outcomes, acc.drawOutcomes, acc.drawEver, acc.cohesionSumSq, acc.drawCohesionSum, acc.drawCohesionSumSq, acc.metricHist, acc.metricSum, acc.allyStance, acc.allyActive, acc.allyCredSum, acc.allyEver, acc.allyNuclear,
    acc.spendHist, acc.spendSum, acc.spendActive, acc.finalHist, acc.finalRun].map((a) => a.buffer as ArrayBuffer);
}

/** Wraps a value so piscina transfers the given buffers instead of cloning them. */
function transferable<T extends object>(value: T, buffers: ArrayBuffer[]): unknown {
  return move({ get [transferableSymbol]() { return buffers; }, get [valueSymbol]() { return value; } });
}

export default function task(t: EngineTask): unknown {
  const r = runTask(t);
  if (r instanceof Float64Array) return r;
  if ('paired' in r) return transferable(r, [...buffersOf(r.a), ...buffersOf(r.b)]);
  return transferable(r, buffersOf(r));
}
