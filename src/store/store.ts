/**
 * Scenarios, runs and results in SQLite (better-sqlite3, the default: a file under .ballast/)
 * or PostgreSQL (when a postgres:// URL is given), through one kysely query layer. Migrations
 * run at open. A run's result and its "done" status are written in one transaction, so a crash
 * mid-run never leaves a partial result visible.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations.js';
import type { Database, RunsTable } from './schema.js';
import { FINISHED_STATUSES, type RunStatus } from './status.js';

export { RUN_STATUSES, FINISHED_STATUSES, isFinished, type RunStatus } from './status.js';

export type StoreKind = 'sqlite' | 'postgres';

/** How many finished runs and how many megabytes of results the store keeps (the oldest go first). */
export interface Retention {
  /** Finished runs kept; 0: no limit. */
  readonly runs: number;
  /** Megabytes of stored results (runs' and comparisons'); 0: no limit. */
  readonly megabytes: number;
}
export const DEFAULT_RETENTION: Retention = { runs: 1000, megabytes: 1024 };

/**
 * Why a store call failed, when the cause is the store's state rather than the request: the disk
 * (or the page-count limit) is full, the database is read-only, or it cannot be reached.
 */
export type StoreFailure = 'full' | 'read_only' | 'unavailable';

/** Classifies a driver error (better-sqlite3's SQLITE_* codes, PostgreSQL's SQLSTATE, socket errors). */
export function storeFailureOf(err: unknown): StoreFailure | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL' || code === '53100' || code === 'ENOSPC') return 'full';
  if (code.startsWith('SQLITE_READONLY') || code === '25006' || code === 'EROFS') return 'read_only';
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED'
    || code.startsWith('08') || code.startsWith('57P') || code === '53300' || code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'ETIMEDOUT') return 'unavailable';
  return null;
}

export interface RunRow {
  id: string;
  hash: string;
  status: RunStatus;
  scenarioName: string | null;
  title: string;
  scenarioText: string;
  scenarioJson: string;
  runs: number;
  seed: number;
  dataVersion: string;
  modelVersion: string;
  progressDone: number;
  progressTotal: number;
  cached: boolean;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** What a new run needs; the store adds status, progress and timestamps. */
export type NewRun = Pick<RunRow, 'id' | 'hash' | 'scenarioName' | 'title' | 'scenarioText' | 'scenarioJson' | 'runs' | 'seed' | 'dataVersion' | 'modelVersion'>;

const now = () => new Date().toISOString();

function toRow(r: RunsTable): RunRow {
  return {
    id: r.id, hash: r.hash, status: r.status as RunStatus, scenarioName: r.scenario_name, title: r.title,
    scenarioText: r.scenario_text, scenarioJson: r.scenario_json, runs: Number(r.runs), seed: Number(r.seed),
    dataVersion: r.data_version, modelVersion: r.model_version, progressDone: Number(r.progress_done),
    progressTotal: Number(r.progress_total), cached: Number(r.cached) === 1, error: r.error,
    createdAt: r.created_at, startedAt: r.started_at, finishedAt: r.finished_at,
  };
}

export interface StoreOptions {
  /** postgres://… for PostgreSQL; otherwise a SQLite file path (':memory:' for tests). */
  readonly url: string;
}

export class Store {
  private constructor(readonly db: Kysely<Database>, readonly kind: StoreKind) {}

  /** Opens the store and applies pending migrations. */
  static async open(options: StoreOptions): Promise<Store> {
    const isPg = /^postgres(ql)?:\/\//.test(options.url);
    let db: Kysely<Database>;
    if (isPg) {
      db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: options.url, max: 4 }) }) });
    } else {
      if (options.url !== ':memory:') mkdirSync(dirname(options.url), { recursive: true });
      const file = new BetterSqlite3(options.url);
      // WAL: readers never block the writer; a killed process leaves the last committed state.
      file.pragma('journal_mode = WAL');
      file.pragma('synchronous = NORMAL');
      db = new Kysely<Database>({ dialect: new SqliteDialect({ database: file }) });
    }
    const store = new Store(db, isPg ? 'postgres' : 'sqlite');
    await store.migrate();
    return store;
  }

  async migrate(): Promise<string[]> {
    const migrator = new Migrator({ db: this.db, provider: migrationProvider });
    const { error, results } = await migrator.migrateToLatest();
    if (error) throw error;
    return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  // --- Runs ---

  async createRun(r: NewRun, status: RunStatus = 'queued', cached = false): Promise<RunRow> {
    const row: RunsTable = {
      id: r.id, hash: r.hash, status, scenario_name: r.scenarioName, title: r.title, scenario_text: r.scenarioText,
      scenario_json: r.scenarioJson, runs: r.runs, seed: r.seed, data_version: r.dataVersion, model_version: r.modelVersion,
      progress_done: cached ? r.runs : 0, progress_total: r.runs, cached: cached ? 1 : 0, error: null,
      created_at: now(), started_at: null, finished_at: cached ? now() : null,
    };
    await this.db.insertInto('runs').values(row).execute();
    return toRow(row);
  }

  async getRun(id: string): Promise<RunRow | null> {
    const r = await this.db.selectFrom('runs').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toRow(r) : null;
  }

  async listRuns(limit = 50): Promise<RunRow[]> {
    const rows = await this.db.selectFrom('runs').selectAll().orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
    return rows.map(toRow);
  }

  async markRunning(id: string): Promise<void> {
    await this.db.updateTable('runs').set({ status: 'running', started_at: now() }).where('id', '=', id).where('status', '=', 'queued').execute();
  }

  async updateProgress(id: string, done: number, total: number): Promise<void> {
    await this.db.updateTable('runs').set({ progress_done: done, progress_total: total }).where('id', '=', id).where('status', '=', 'running').execute();
  }

  /** Writes the result and marks the run done in one transaction: all or nothing. */
  async finishRun(id: string, hash: string, resultJson: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const existing = await tx.selectFrom('results').select('hash').where('hash', '=', hash).executeTakeFirst();
      if (!existing) await tx.insertInto('results').values({ hash, run_id: id, result_json: resultJson, bytes: resultJson.length, created_at: now() }).execute();
      await tx.updateTable('runs').set({ status: 'done', finished_at: now() }).where('id', '=', id).execute();
    });
  }

  async failRun(id: string, error: string, status: 'failed' | 'cancelled' | 'interrupted' = 'failed'): Promise<void> {
    await this.db.updateTable('runs').set({ status, error, finished_at: now() }).where('id', '=', id).where('status', 'in', ['queued', 'running']).execute();
  }

  /** At start: runs left queued or running by a stopped server are interrupted, never done. */
  async failInterruptedRuns(): Promise<number> {
    const r = await this.db.updateTable('runs')
      .set({ status: 'interrupted', error: 'interrupted: the server stopped before the run finished; submit it again', finished_at: now() })
      .where('status', 'in', ['queued', 'running']).executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  async getResult(hash: string): Promise<string | null> {
    const r = await this.db.selectFrom('results').select('result_json').where('hash', '=', hash).executeTakeFirst();
    return r?.result_json ?? null;
  }

  /** A finished run of this content hash whose result is stored, if any. */
  async findDoneRun(hash: string): Promise<RunRow | null> {
    const r = await this.db.selectFrom('runs').selectAll().where('hash', '=', hash).where('status', '=', 'done').orderBy('created_at').limit(1).executeTakeFirst();
    return r ? toRow(r) : null;
  }

  // --- Scenarios ---

  async upsertScenario(name: string, text: string, hash: string, shipped: boolean): Promise<void> {
    const values = { name, text, hash, shipped: shipped ? 1 : 0, updated_at: now() };
    await this.db.insertInto('scenarios').values(values)
      .onConflict((oc) => oc.column('name').doUpdateSet({ text, hash, shipped: values.shipped, updated_at: values.updated_at }))
      .execute();
  }

  async listScenarios(): Promise<{ name: string; text: string; shipped: boolean }[]> {
    const rows = await this.db.selectFrom('scenarios').select(['name', 'text', 'shipped']).orderBy('name').execute();
    return rows.map((r) => ({ name: r.name, text: r.text, shipped: Number(r.shipped) === 1 }));
  }

  async getScenario(name: string): Promise<{ name: string; text: string; shipped: boolean } | null> {
    const r = await this.db.selectFrom('scenarios').select(['name', 'text', 'shipped']).where('name', '=', name).executeTakeFirst();
    return r ? { name: r.name, text: r.text, shipped: Number(r.shipped) === 1 } : null;
  }

  // --- Comparisons (cached by content hash) ---

  async getCompare(hash: string): Promise<string | null> {
    const r = await this.db.selectFrom('compares').select('result_json').where('hash', '=', hash).executeTakeFirst();
    return r?.result_json ?? null;
  }

  async putCompare(hash: string, json: string): Promise<void> {
    await this.db.insertInto('compares').values({ hash, result_json: json, bytes: json.length, created_at: now() }).onConflict((oc) => oc.column('hash').doNothing()).execute();
  }

  /**
   * Applies the retention limits: the oldest finished runs beyond `runs`, then the oldest results
   * and comparisons while their total exceeds `megabytes`, are deleted (with any run whose result
   * goes). Queued and running runs are never touched. Returns what was deleted.
   */
  async prune(limits: Retention): Promise<{ runs: number; results: number; compares: number }> {
    return this.db.transaction().execute(async (tx) => {
      let runs = 0, results = 0, compares = 0;
      if (limits.runs > 0) {
        const old = await tx.selectFrom('runs').select('id').where('status', 'in', [...FINISHED_STATUSES])
          .orderBy('created_at', 'desc').orderBy('id', 'desc').offset(limits.runs).limit(1_000_000).execute();
        for (let i = 0; i < old.length; i += 500) {
          const r = await tx.deleteFrom('runs').where('id', 'in', old.slice(i, i + 500).map((o) => o.id)).executeTakeFirst();
          runs += Number(r.numDeletedRows);
        }
      }
      // Results no run refers to any more.
      const orphans = await tx.deleteFrom('results').where(({ not, exists, selectFrom }) => not(exists(selectFrom('runs').select('runs.id').whereRef('runs.hash', '=', 'results.hash')))).executeTakeFirst();
      results += Number(orphans.numDeletedRows);
      if (limits.megabytes > 0) {
        const budget = limits.megabytes * 1024 * 1024;
        const sizes = [
          ...(await tx.selectFrom('results').select(['hash', 'created_at', 'bytes']).execute()).map((r) => ({ table: 'results' as const, ...r })),
          ...(await tx.selectFrom('compares').select(['hash', 'created_at', 'bytes']).execute()).map((r) => ({ table: 'compares' as const, ...r })),
        ].sort((a, b) => b.created_at.localeCompare(a.created_at) || b.hash.localeCompare(a.hash));
        let total = 0;
        for (const [i, x] of sizes.entries()) {
          total += Number(x.bytes);
          if (total <= budget || i === 0) continue; // the newest is kept even when it alone is over
          if (x.table === 'results') {
            await tx.deleteFrom('runs').where('hash', '=', x.hash).where('status', '=', 'done').execute();
            await tx.deleteFrom('results').where('hash', '=', x.hash).execute();
            results++;
          } else {
            await tx.deleteFrom('compares').where('hash', '=', x.hash).execute();
            compares++;
          }
        }
      }
      return { runs, results, compares };
    });
  }

  /** The database's own consistency check, plus: no run is done without its result. */
  async integrityCheck(): Promise<{ ok: boolean; problems: string[] }> {
    const problems: string[] = [];
    if (this.kind === 'sqlite') {
      const r = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(this.db);
      const status = r.rows.map((x) => x.integrity_check).join('; ');
      if (status !== 'ok') problems.push(`sqlite integrity_check: ${status}`);
    } else {
      await sql`SELECT 1`.execute(this.db);
    }
    const orphans = await this.db.selectFrom('runs').leftJoin('results', 'results.hash', 'runs.hash')
      .select('runs.id').where('runs.status', '=', 'done').where('results.hash', 'is', null).execute();
    for (const o of orphans) problems.push(`run ${o.id} is done but has no result`);
    return { ok: problems.length === 0, problems };
  }
}
