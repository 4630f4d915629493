/**
 * Starting the server with its embedded defaults: SQLite under .ballast/ (PostgreSQL when
 * DATABASE_URL is set), the bundled data, the shipped scenarios, 127.0.0.1:8080.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { defaultDataDir } from '../data/index.js';
import { defaultWorkers } from '../engine/index.js';
import { scenarioHash, validateScenario } from '../scenario/index.js';
import { Store } from '../store/index.js';
import { buildApp } from './app.js';
import { isLoopback } from './auth.js';
import { JobManager } from './jobs.js';
import type { ServerContext } from './context.js';
import { InputError } from '../engine/errors.js';
import { loadWorld, worldYears } from '../data/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ServeOptions {
  host?: string;
  port?: number;
  /** postgres://… or a SQLite path; default DATABASE_URL, else .ballast/ballast.db. */
  database?: string;
  token?: string;
  dataDir?: string;
  scenariosDir?: string;
  webDir?: string;
  workers?: number;
  maxQueued?: number;
  logger?: boolean;
}

export interface RunningServer {
  app: FastifyInstance;
  context: ServerContext;
  url: string;
  close(): Promise<void>;
}

/** Loads the shipped scenarios into the store (they are re-read at every start). */
async function syncScenarios(store: Store, dir: string, dataDir: string): Promise<number> {
  let n = 0;
  for (const f of readdirSync(dir).filter((x) => /\.(ya?ml|json)$/.test(x)).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    const v = validateScenario(text, { file: f, dataDir });
    if (!v.ok) continue;
    await store.upsertScenario(basename(f).replace(/\.(ya?ml|json)$/, ''), text, scenarioHash(v.value), true);
    n++;
  }
  return n;
}

/** Builds the context and the app without listening (tests use app.inject). */
export async function createServer(o: ServeOptions = {}): Promise<{ app: FastifyInstance; context: ServerContext }> {
  const host = o.host ?? '127.0.0.1';
  const token = o.token ?? process.env.BALLAST_TOKEN;
  if (!isLoopback(host) && !token) {
    throw new InputError(`listening on ${host} needs a token: set BALLAST_TOKEN (every request must then carry it), or keep the default 127.0.0.1`);
  }
  const dataDir = o.dataDir ?? defaultDataDir();
  const store = await Store.open({ url: o.database ?? process.env.DATABASE_URL ?? join(process.cwd(), '.ballast', 'ballast.db') });
  await store.failInterruptedRuns();
  const scenariosDir = o.scenariosDir ?? join(root, 'scenarios');
  await syncScenarios(store, scenariosDir, dataDir);
  const workers = o.workers ?? defaultWorkers();
  const dataVersion = loadWorld(worldYears({ dataDir })[0], { dataDir }).dataVersion;
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const jobs = new JobManager({ store, dataDir, dataVersion, workers, maxQueued: o.maxQueued ?? 4 });
  const context: ServerContext = { store, jobs, dataDir, scenariosDir, version, workers };
  const app = await buildApp({ context, token: isLoopback(host) ? o.token : token, webDir: o.webDir ?? join(root, 'web', 'dist'), logger: o.logger ?? false });
  app.addHook('onClose', async () => { await jobs.stop(); await store.close(); });
  return { app, context };
}

export async function startServer(o: ServeOptions = {}): Promise<RunningServer> {
  const { app, context } = await createServer(o);
  const host = o.host ?? '127.0.0.1', port = o.port ?? 8080;
  await app.listen({ host, port });
  const address = app.server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return { app, context, url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}`, close: () => app.close() };
}

