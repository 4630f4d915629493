/**
 * `--backend local|bullmq` and `--redis URL`, the same on every command that runs ensembles
 * (run, compare, explain, sensitivity, calibrate, hindcast, serve): local work on this machine's
 * worker threads, or chunks sent to `ballast worker` processes through BullMQ over Redis
 * (docs/SCALE.md). The answer's bytes do not depend on it.
 */
import { Option, type Command } from 'commander';
import { redisUrl } from '../engine/bullmq-settings.js';
import { InputError } from '../engine/errors.js';

export const BACKENDS = ['local', 'bullmq'] as const;
export type Backend = (typeof BACKENDS)[number];
export interface BackendFlags { backend?: Backend; redis?: string }

export function backendOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--backend <backend>', 'local: this machine\'s worker threads; bullmq: send chunks to `ballast worker` processes through Redis (same results)').choices(BACKENDS).default('local'))
    .option('--redis <url>', 'the Redis server of the BullMQ backend, e.g. redis://127.0.0.1:6379');
}

/** The Redis URL when the BullMQ backend is chosen (checked), null for local work. */
export function chosenRedis(o: BackendFlags): string | null {
  if (o.backend !== 'bullmq') {
    if (o.redis !== undefined) throw new InputError('--redis is only used with --backend bullmq: add --backend bullmq, or drop --redis');
    return null;
  }
  return redisUrl(o.redis);
}

/** Where the work ran, for the closing line: "4 worker(s)" or "the BullMQ workers at redis://…". */
export function whereItRan(o: BackendFlags, workers: number): string {
  return o.backend === 'bullmq' ? `the BullMQ workers at ${o.redis}` : `${workers} worker(s)`;
}

/** Runs `fn` with every ensemble of this process sent to the chosen backend; `progress` hears of each chunk a worker sends back. */
export async function withBackend<T>(o: BackendFlags, fn: () => Promise<T>, progress?: { chunk(): void }): Promise<T> {
  const url = chosenRedis(o);
  if (url === null) return fn();
  // Loaded only when chosen: BullMQ and its Redis client cost every other command nothing.
  const { bullmqExecutor, checkBackend } = await import('../engine/bullmq.js');
  const { useExecutor } = await import('../engine/executor.js');
  // Fail fast on a Redis that does not answer; warn when no worker serves the queue yet (the work waits for one).
  if ((await checkBackend(url)) === 0) process.stderr.write(`ballast: no \`ballast worker\` serves ${url} yet; the work waits until one does (start one: ballast worker --redis ${url})\n`);
  const exec = bullmqExecutor({ url, ...(progress ? { onChunk: (event) => { if (event === 'done') progress.chunk(); } } : {}) });
  useExecutor(exec);
  try {
    return await fn();
  } finally {
    useExecutor(null);
    await exec.close();
  }
}
