/**
 * `ballast worker --redis URL [--concurrency N]`: serves the chunks that senders with
 * `--backend bullmq` put on the queue, one worker thread per chunk at a time, until SIGTERM or
 * Ctrl-C (running chunks finish first). docs/SCALE.md runs it under systemd and Kubernetes.
 */
import type { Command } from 'commander';
import { BULLMQ_DEFAULTS, redisUrl } from '../engine/bullmq-settings.js';
import { defaultWorkers } from '../engine/default-workers.js';
import { MODEL_VERSION } from '../model/version.js';
import { optionalWholeNumber } from './flags.js';

export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description('serve ensemble chunks from a Redis queue (BullMQ) for commands run with --backend bullmq')
    .option('--redis <url>', 'the Redis server the senders use, e.g. redis://127.0.0.1:6379')
    .option('--concurrency <n>', `chunks at once, each on its own worker thread (default: ${defaultWorkers()}, one per core)`)
    .option('--lock-ms <ms>', `how long a chunk stays claimed without a sign of life before another worker takes it (default ${BULLMQ_DEFAULTS.lockMs})`)
    .option('--quiet', 'no line per chunk')
    .addHelpText('after', '\nExamples:\n  ballast worker --redis redis://127.0.0.1:6379\n  ballast run scenarios/worst-case.yaml --backend bullmq --redis redis://127.0.0.1:6379')
    .action(async (o: { redis?: string; concurrency?: string; lockMs?: string; quiet?: boolean }) => {
      const url = redisUrl(o.redis);
      const { checkBackend, startWorker } = await import('../engine/bullmq.js');
      const { closePools } = await import('../engine/pool.js');
      await checkBackend(url); // a Redis that does not answer: refused at once with the fix
      const concurrency = optionalWholeNumber(o.concurrency, '--concurrency', 1, 256) ?? defaultWorkers();
      const lockMs = optionalWholeNumber(o.lockMs, '--lock-ms', 1000, 3_600_000) ?? BULLMQ_DEFAULTS.lockMs;
      const say = (line: string) => { if (o.quiet !== true) process.stdout.write(`${new Date().toISOString()} ${line}\n`); };
      const w = await startWorker({
        url, concurrency, lockMs,
        onChunk: (event, label, ms, error) => say(event === 'start' ? `start ${label}` : event === 'done' ? `done  ${label} in ${ms} ms` : `failed ${label} after ${ms} ms: ${error}`),
      });
      process.stdout.write(`ballast worker: serving ${url} with ${concurrency} thread(s), model ${MODEL_VERSION}; Ctrl-C or SIGTERM stops (running chunks finish first)\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      process.stdout.write('ballast worker: stopping\n');
      await w.close();
      await closePools();
    });
}
