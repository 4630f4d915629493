/** The default number of worker threads, in a module of its own so that option help can show it without loading the pool (piscina). */
import { availableParallelism } from 'node:os';

/** The default number of workers: one per core. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}
