/**
 * `ballast start` (what `npm start` runs) and `ballast serve`: the API and the dashboard on
 * http://127.0.0.1:8080 with the embedded defaults (SQLite under .ballast/, the bundled data,
 * the shipped scenarios). Binding another address needs BALLAST_TOKEN.
 */
import type { Command } from 'commander';
import { startServer, type ServeOptions } from '../server/index.js';
import { wholeNumber } from './flags.js';
import { worldSummary } from './world.js';


async function serve(o: ServeOptions): Promise<void> {
  const server = await startServer(o);
  process.stdout.write(`${worldSummary(2016)}\n\nBallast is running at ${server.url}  (API: ${server.url}/api/health, OpenAPI: ${server.url}/docs; store: ${server.context.store.kind})\nPress Ctrl-C to stop.\n`);
  await new Promise<void>((resolve) => {
    const stop = () => { void server.close().then(resolve); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('the main job (npm start): the dashboard and API at http://127.0.0.1:8080')
    .action(() => serve({}));
  program
    .command('serve')
    .description('run the dashboard and API server')
    .option('--host <host>', 'address to listen on (anything but loopback needs BALLAST_TOKEN)', '127.0.0.1')
    .option('--port <port>', 'port (0: any free port)', '8080')
    .option('--db <url>', 'postgres://… or a SQLite file (default: DATABASE_URL, else .ballast/ballast.db)')
    .option('--workers <n>', 'worker threads for ensembles (default: one per core)')
    .action((o: { host: string; port: string; db?: string; workers?: string }) => serve({
      host: o.host, port: wholeNumber(o.port, '--port', 0, 65535), ...(o.db ? { database: o.db } : {}), ...(o.workers ? { workers: wholeNumber(o.workers, '--workers', 1, 64) } : {}),
    }));
}
