/**
 * `ballast start` (what `npm start` runs) and `ballast serve`: the API and the dashboard on
 * http://127.0.0.1:8080 with the embedded defaults (SQLite under .ballast/, the bundled data,
 * the shipped scenarios), logging on (pino, one JSON line per request; BALLAST_LOG_LEVEL sets the
 * level, "silent" turns it off). Binding another address needs BALLAST_TOKEN.
 *
 * SIGTERM or Ctrl-C stops it within a few seconds: the running job is aborted and recorded as
 * interrupted, event streams are ended, the store is closed.
 */
import type { Command } from 'commander';
import type { ServeOptions } from '../server/index.js';
import { wholeNumber } from './flags.js';
import { worldSummary } from './world.js';
import { backendOptions, withBackend, type BackendFlags } from './backend.js';

/** How long a shutdown may take before the process exits regardless. */
const SHUTDOWN_GRACE_MS = 5000;

async function serve(o: ServeOptions): Promise<void> {
  const { startServer } = await import('../server/index.js');
  const { loadWorld } = await import('../data/index.js');
  const { closePools } = await import('../engine/pool.js');
  const server = await startServer({ logger: true, ...o });
  const log = server.app.log;
  // A bug must not take the server down with every stored run's clients: log it and go on.
  const onRejection = (err: unknown) => log.error({ err }, 'unhandled rejection (a bug: please report it with this log line)');
  process.on('unhandledRejection', onRejection);
  process.stdout.write(`${worldSummary(loadWorld(2016))}\n\nBallast is running at ${server.url}  (API: ${server.url}/api/health, OpenAPI: ${server.url}/docs; store: ${server.context.store.kind})\nPress Ctrl-C to stop.\n`);
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log.info({ signal }, 'stopping: the running job is interrupted, event streams end');
      const force = setTimeout(() => { log.warn('the shutdown took too long; exiting'); resolve(); }, SHUTDOWN_GRACE_MS);
      force.unref();
      void server.close().catch((err: unknown) => log.error({ err }, 'error while stopping')).finally(() => { clearTimeout(force); resolve(); });
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  await Promise.race([closePools(), new Promise((r) => setTimeout(r, 1000).unref())]);
  process.off('unhandledRejection', onRejection);
}

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('the main job (npm start): the dashboard and API at http://127.0.0.1:8080')
    .action(() => serve({}));
  backendOptions(program
    .command('serve')
    .description('run the dashboard and API server')
    .option('--host <host>', 'address to listen on (anything but loopback needs BALLAST_TOKEN)', '127.0.0.1')
    .option('--port <port>', 'port (0: any free port)', '8080')
    .option('--db <url>', 'postgres://… or a SQLite file (default: DATABASE_URL, else .ballast/ballast.db)')
    .option('--workers <n>', 'worker threads for ensembles (default: one per core)')
    .option('--keep-runs <n>', 'finished runs the store keeps, the oldest deleted first (default: BALLAST_KEEP_RUNS, else 1000; 0: no limit)')
    .option('--keep-mb <n>', 'megabytes of results the store keeps (default: BALLAST_KEEP_MB, else 1024; 0: no limit)'))
    .action(async (o: { host: string; port: string; db?: string; workers?: string; keepRuns?: string; keepMb?: string } & BackendFlags) => {
      const { retentionFromEnv } = await import('../server/index.js');
      const env = retentionFromEnv();
      // With --backend bullmq the server's queue of runs hands its chunks to `ballast worker` processes.
      return withBackend(o, () => serve({
        host: o.host, port: wholeNumber(o.port, '--port', 0, 65535), ...(o.db ? { database: o.db } : {}), ...(o.workers ? { workers: wholeNumber(o.workers, '--workers', 1, 64) } : {}),
        retention: { runs: o.keepRuns === undefined ? env.runs : wholeNumber(o.keepRuns, '--keep-runs', 0), megabytes: o.keepMb === undefined ? env.megabytes : wholeNumber(o.keepMb, '--keep-mb', 0) },
      }));
    });
}
