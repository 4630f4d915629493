/**
 * Starting the server with its embedded defaults: SQLite under .ballast/ (PostgreSQL when
 * DATABASE_URL is set), the bundled data, the shipped scenarios, 127.0.0.1:8080.
 */
import { SHIPPED_SCENARIOS_DIR } from '../scenario/shipped.js';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { defaultDataDir } from '../data/index.js';
import { defaultWorkers } from '../engine/index.js';
import type { ServerResponse } from 'node:http';
import { scenarioHash, validateScenario } from '../scenario/index.js';
import { DEFAULT_RETENTION, Store, type Retention } from '../store/index.js';
import { buildApp, type LogOptions } from './app.js';
import { isLoopback } from './auth.js';
import { HTTP_VALIDATION, ScenarioCatalog } from './catalog.js';
import { JobManager, type JobLog } from './jobs.js';
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
  /** What the store keeps (default BALLAST_KEEP_RUNS / BALLAST_KEEP_MB, else 1,000 runs and 1,024 MB). */
  retention?: Retention;
  /** Logging: on (true, level BALLAST_LOG_LEVEL or info, to stdout), off (false), or a level and stream. Default off; `ballast start` turns it on. */
  logger?: LogOptions;
}

export interface RunningServer {
  app: FastifyInstance;
  context: ServerContext;
  url: string;
  close(): Promise<void>;
}

/** Loads the shipped scenarios into the store (they are re-read at every start); one that does not validate is logged and left out. */
async function syncScenarios(store: Store, dir: string, dataDir: string, log: JobLog): Promise<number> {
  let n = 0;
  for (const f of readdirSync(dir).filter((x) => /\.(ya?ml|json)$/.test(x)).sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    const v = validateScenario(text, { file: f, dataDir, ...HTTP_VALIDATION });
    if (!v.ok) { log.warn({ file: f, issues: v.issues.slice(0, 3).map((i) => `${i.line}:${i.column} ${i.message}`) }, `the shipped scenario ${f} does not validate and is not offered`); continue; }
    await store.upsertScenario(basename(f).replace(/\.(ya?ml|json)$/, ''), text, scenarioHash(v.value), true);
    n++;
  }
  return n;
}

/** The retention limits from the environment (BALLAST_KEEP_RUNS, BALLAST_KEEP_MB), else the defaults. */
export function retentionFromEnv(env: NodeJS.ProcessEnv = process.env): Retention {
  const read = (name: string, fallback: number) => {
    const v = env[name];
    if (v === undefined || v === '') return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new InputError(`${name}=${v}: give a whole number (0 for no limit)`);
    return n;
  };
  return { runs: read('BALLAST_KEEP_RUNS', DEFAULT_RETENTION.runs), megabytes: read('BALLAST_KEEP_MB', DEFAULT_RETENTION.megabytes) };
}

/** Opens the store, or refuses with what to do: a path that cannot hold a database, a server that cannot be reached. */
async function openStore(url: string): Promise<Store> {
  try {
    return await Store.open({ url });
  } catch (err) {
    const shown = url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
    const why = (err as NodeJS.ErrnoException).code ?? (err as Error).name;
    throw new InputError(`cannot open the store ${shown} (${why}: ${(err as Error).message}): give a writable SQLite file path (its folder is created) or a reachable postgres:// URL with --db or DATABASE_URL`);
  }
}

interface Assembled {
  app: FastifyInstance;
  context: ServerContext;
  /** The bound port once listening (the loopback Host check compares with it). */
  listening: { port: number | null };
}

/** Builds the context and the app without listening (tests use app.inject). */
export async function createServer(o: ServeOptions = {}): Promise<{ app: FastifyInstance; context: ServerContext }> {
  const { app, context } = await assemble(o);
  return { app, context };
}

async function assemble(o: ServeOptions): Promise<Assembled> {
  const host = o.host ?? '127.0.0.1';
  const token = o.token ?? process.env.BALLAST_TOKEN;
  if (!isLoopback(host) && !token) {
    throw new InputError(`listening on ${host} needs a token: set BALLAST_TOKEN (every request must then carry it), or keep the default 127.0.0.1`);
  }
  const retention = o.retention ?? retentionFromEnv();
  const dataDir = o.dataDir ?? defaultDataDir();
  const store = await openStore(o.database ?? process.env.DATABASE_URL ?? join(process.cwd(), '.ballast', 'ballast.db'));
  const workers = o.workers ?? defaultWorkers();
  const dataVersion = loadWorld(worldYears({ dataDir })[0], { dataDir }).dataVersion;
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const jobs = new JobManager({ store, dataDir, dataVersion, workers, maxQueued: o.maxQueued ?? 4, retention });
  const scenariosDir = o.scenariosDir ?? SHIPPED_SCENARIOS_DIR;
  const streams = new Map<ServerResponse, () => Promise<void>>();
  const context: ServerContext = { store, jobs, catalog: new ScenarioCatalog(store, dataDir), dataDir, scenariosDir, version, workers, streams };
  const listening = { port: null as number | null };
  const app = await buildApp({
    context, token: isLoopback(host) ? o.token : token, webDir: o.webDir ?? join(root, 'web', 'dist'), logger: o.logger ?? false,
    loopbackHosts: isLoopback(host) ? { port: () => listening.port } : undefined,
  });
  jobs.log = app.log;
  try {
    await store.failInterruptedRuns();
    await syncScenarios(store, scenariosDir, dataDir, app.log);
  } catch (err) {
    await store.close().catch(() => undefined);
    throw new InputError(`the store ${store.kind === 'sqlite' ? 'file' : 'database'} cannot be written (${(err as Error).message}): free disk space or make it writable, then start again`);
  }
  // Shutdown: no new work; queued and running runs recorded as interrupted; event streams ended.
  app.addHook('preClose', async () => {
    await jobs.stop();
    await Promise.all([...streams.values()].map((finish) => finish()));
    streams.clear();
  });
  app.addHook('onClose', async () => { await store.close(); });
  return { app, context, listening };
}

export async function startServer(o: ServeOptions = {}): Promise<RunningServer> {
  const { app, context, listening } = await assemble(o);
  const host = o.host ?? '127.0.0.1', port = o.port ?? 8080;
  try {
    await app.listen({ host, port });
  } catch (err) {
    await app.close().catch(() => undefined);
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new InputError(`port ${port} on ${host} is already in use (another Ballast, or another program): stop it, or choose a free port with  ballast serve --port N  (0 picks any free port)`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new InputError(`cannot listen on ${host}: this machine has no such address; use 127.0.0.1 (the default) or one of its own addresses`);
    if (code === 'EACCES') throw new InputError(`not allowed to listen on port ${port}: ports below 1024 need privileges; choose a port from 1024 up with --port`);
    throw err;
  }
  const address = app.server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  listening.port = actual;
  return { app, context, url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}`, close: () => app.close() };
}

