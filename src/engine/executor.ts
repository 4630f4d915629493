/**
 * Where the engine's tasks run. Locally: this thread (one worker) or a pool of worker threads
 * (piscina, pool.ts). Distributed: a queue that workers on other processes or machines serve
 * (BullMQ over Redis, bullmq.ts), chosen for the whole process with `useExecutor` (the CLI's
 * `--backend bullmq`, the server's). Every executor returns a task's result unchanged, and the
 * ensemble merges results in task order, so the backend never changes the bytes.
 */
import { poolOf } from './pool.js';
import type { EngineTask, TaskResult } from './tasks.js';

export interface Executor {
  /** 'local' or 'bullmq', for progress lines and the bench. */
  readonly kind: 'local' | 'bullmq';
  /** Tasks to keep in flight: enough to keep every worker busy, few enough to bound memory. */
  readonly capacity: number;
  run(task: EngineTask, signal?: AbortSignal): Promise<TaskResult>;
  close(): Promise<void>;
}

/** The pool of `threads` worker threads on this machine, two tasks queued per thread. */
export function localExecutor(threads: number): Executor {
  const pool = poolOf(threads);
  return {
    kind: 'local', capacity: threads * 2,
    run: (task, signal) => pool.run(task, signal ? { signal } : {}) as Promise<TaskResult>,
    close: async () => undefined,
  };
}

let current: Executor | null = null;

/** Sends every ensemble of this process to `e` (null: back to local work). */
export function useExecutor(e: Executor | null): void {
  current = e;
}

/** The executor chosen with useExecutor, if any. */
export function distributedExecutor(): Executor | null {
  return current;
}

/** The executor for an ensemble asked to use `workers` threads: the distributed one if chosen, a local pool for workers > 1, or null (this thread). */
export function executorFor(workers: number): Executor | null {
  return current ?? (workers > 1 ? localExecutor(workers) : null);
}
