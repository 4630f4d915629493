/**
 * The engine's units of work, defined once: what a worker thread (piscina) or a distributed
 * worker (BullMQ, src/engine/bullmq.ts) runs. Each is plain data: a ScenarioCore (or several),
 * a seed and a range of runs, so its result depends on nothing but its content (a chunk is
 * (content hash, seed, run range)), and every backend gives the same bytes.
 */
import type { ScenarioCore } from '../scenario/compile.js';
import type { Accumulator } from './accumulator.js';
import { runBlock, type BlockTask } from './block.js';
import { runPairedBlock, type PairedTask } from './paired.js';
import { runSummary } from './summary.js';
import { SUMMARY_OUTCOMES } from '../vocabulary.js';

/** Several small ensembles (a sweep's evaluations), runs 0 … runs − 1 each: one task, so a sweep's tasks are as large as an ensemble's blocks. */
export interface SummariesTask {
  readonly cores: readonly ScenarioCore[];
  readonly seed: number;
  readonly runs: number;
}

export type EngineTask =
  | (BlockTask & { readonly kind: 'block' })
  | (PairedTask & { readonly kind: 'paired' })
  | (SummariesTask & { readonly kind: 'summaries' });

export const TASK_KINDS = ['block', 'paired', 'summaries'] as const;

/** The four summary numbers of each core, concatenated (cores × SUMMARY_OUTCOMES.length). */
export function runSummaries(t: SummariesTask): Float64Array {
  const width = SUMMARY_OUTCOMES.length, out = new Float64Array(t.cores.length * width);
  t.cores.forEach((core, i) => out.set(runSummary({ core, seed: t.seed, runs: t.runs }), i * width));
  return out;
}

export type TaskResult = Accumulator | ReturnType<typeof runPairedBlock> | Float64Array;

/** Runs one task wherever it is (this thread, a worker thread, a distributed worker). */
export function runTask(t: EngineTask): TaskResult {
  switch (t?.kind) {
    case 'block': return runBlock(t);
    case 'paired': return runPairedBlock(t);
    case 'summaries': return runSummaries(t);
    default: throw new Error(`unknown engine task kind ${String((t as { kind?: unknown })?.kind)}: expected ${TASK_KINDS.join(', ')} (is the worker the same Ballast version as the sender?)`);
  }
}

/** A short name for a task, for progress and for errors that name a failing chunk. */
export function taskLabel(t: EngineTask): string {
  switch (t.kind) {
    case 'block': return `runs ${t.from}-${t.to - 1} of ${t.core.id} (seed ${t.seed})`;
    case 'paired': return `paired runs ${t.from}-${t.to - 1} of ${t.a.id} and ${t.b.id} (seed ${t.seed})`;
    case 'summaries': return `${t.cores.length} evaluations of ${t.runs} runs, from ${t.cores[0]?.id ?? '-'} (seed ${t.seed})`;
    default: return `a task of unknown kind ${String((t as { kind?: unknown }).kind)}`;
  }
}
