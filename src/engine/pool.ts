/**
 * The worker pool (piscina). From compiled code the workers run dist/engine/worker.js; from
 * source (tests, tsx) they run worker.ts through tsx's loader.
 */
import { Piscina } from 'piscina';

export { defaultWorkers } from './default-workers.js';

const fromSource = import.meta.url.endsWith('.ts');
const pools = new Map<number, Piscina>();

/** A shared pool of `threads` workers, created on first use. */
export function poolOf(threads: number): Piscina {
  let pool = pools.get(threads);
  if (!pool) {
    pool = new Piscina({
      filename: new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url).href,
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 60_000,
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
      ...(fromSource ? { execArgv: ['--import', 'tsx'] } : {}),
    });
    pools.set(threads, pool);
  }
  return pool;
}

/** Closes every pool (at exit, or at the end of a test file). */
export async function closePools(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((p) => p.destroy()));
}
