/**
 * The worker-thread entry point (piscina): runs a block from a ScenarioCore and returns its
 * statistics, moving (not copying) their buffers back to the main thread; or runs a small
 * ensemble and returns its four-number summary (sensitivity analysis).
 */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { runBlock, type BlockTask } from './block.js';
import { runPairedBlock, type PairedTask } from './paired.js';
import { runSummary, type SummaryTask } from './summary.js';
import type { Accumulator } from './accumulator.js';

function buffersOf(acc: Accumulator): ArrayBuffer[] {
  return [acc.outcomes, acc.metricHist, acc.metricSum, acc.allyStance, acc.allyActive, acc.allyCredSum, acc.allyEver, acc.allyNuclear,
    acc.spendHist, acc.spendSum, acc.spendActive, acc.finalHist, acc.finalRun].map((a) => a.buffer as ArrayBuffer);
}

/** Wraps a value so piscina transfers the given buffers instead of cloning them. */
function transferable<T extends object>(value: T, buffers: ArrayBuffer[]): unknown {
  return move({ get [transferableSymbol]() { return buffers; }, get [valueSymbol]() { return value; } });
}

export default function task(t: (BlockTask & { kind: 'block' }) | (PairedTask & { kind: 'paired' }) | (SummaryTask & { kind: 'summary' })): unknown {
  if (t.kind === 'summary') return runSummary(t);
  if (t.kind === 'paired') {
    const r = runPairedBlock(t);
    return transferable(r, [...buffersOf(r.a), ...buffersOf(r.b)]);
  }
  const acc = runBlock(t);
  return transferable(acc, buffersOf(acc));
}
