/**
 * A full or read-only store never brings the server down (issue 9). SQLite's max_page_count
 * stands in for a full disk (it needs no privileges): a run whose result cannot be saved ends
 * failed with a plain message, new work is refused with 507, a read-only store with 503, and the
 * server keeps answering. A store whose every write throws leaves each run in a reported state.
 * Retention deletes the oldest finished runs past its limit, never a running one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createServer } from '../../src/server/index.js';
import { Store, storeFailureOf } from '../../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ballast-full-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const json = (r: { body: string }) => JSON.parse(r.body) as Record<string, any>;
const pageCount = async (s: Store) => Number((await sql<{ page_count: number }>`PRAGMA page_count`.execute(s.db)).rows[0]!.page_count);

describe('a full store', () => {
  it('fails the run whose result cannot be saved, answers 507 for new work, and keeps serving', async () => {
    const { app, context: ctx } = await createServer({ database: join(dir, 'full.db'), workers: 1 });
    try {
      const ok = json(await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'continuity', runs: 200, seed: 1 } }));
      await ctx.jobs.drain();
      const kept = (await app.inject(`/api/runs/${ok.id}/results`)).body;

      await sql`CREATE TABLE filler (x BLOB)`.execute(ctx.store.db);
      // The disk is full from now on: the database may not grow by a page.
      await sql.raw(`PRAGMA max_page_count = ${await pageCount(ctx.store)}`).execute(ctx.store.db);
      const r = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'worst-case', runs: 300, seed: 2 } });
      if (r.statusCode === 202) {
        await ctx.jobs.drain();
        const after = json(await app.inject(`/api/runs/${json(r).id}`));
        expect(after.status).toBe('failed');
        expect(after.error).toContain('the store is full');
      } else {
        expect(r.statusCode).toBe(507);
      }

      // Fill what is left, so that not even a run's row fits.
      for (let i = 0; i < 10_000; i++) {
        try { await sql`INSERT INTO filler VALUES (zeroblob(4096))`.execute(ctx.store.db); } catch (e) { expect(storeFailureOf(e)).toBe('full'); break; }
      }
      const refused = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'worst-case', runs: 300, seed: 3 } });
      expect(refused.statusCode).toBe(507);
      expect(json(refused)).toMatchObject({ error: 'store_full' });
      expect(json(refused).message).toMatch(/store is full.*free disk space/);

      // Still serving, and the finished result is intact.
      expect((await app.inject('/api/health')).statusCode).toBe(200);
      expect((await app.inject(`/api/runs/${ok.id}/results`)).body).toBe(kept);
      expect(ctx.jobs.stats()).toMatchObject({ running: null, queued: 0 });
    } finally {
      await app.close();
    }
  });

  it('answers 503 with a plain message when the store is read-only', async () => {
    const { app, context: ctx } = await createServer({ database: join(dir, 'ro.db'), workers: 1 });
    try {
      await sql`PRAGMA query_only = 1`.execute(ctx.store.db);
      const r = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'continuity', runs: 200, seed: 5 } });
      expect(r.statusCode).toBe(503);
      expect(json(r)).toMatchObject({ error: 'store_read_only' });
      expect(json(r).message).toContain('read-only');
      expect((await app.inject('/api/scenarios')).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('a store whose every write throws', () => {
  it('leaves each run in a state the API reports, with no unhandled rejection', async () => {
    const { app, context: ctx } = await createServer({ database: join(dir, 'broken.db'), workers: 1 });
    try {
      const posted = json(await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'continuity', runs: 200, seed: 11 } }));
      // From now on, every write the job path makes fails as a full disk does.
      const full = () => Promise.reject(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }));
      for (const m of ['markRunning', 'updateProgress', 'finishRun', 'failRun', 'prune'] as const) (ctx.store as unknown as Record<string, unknown>)[m] = full;
      await ctx.jobs.drain();
      const after = json(await app.inject(`/api/runs/${posted.id}`));
      expect(after.status).toBe('failed');
      expect(after.error).toContain('the store is full');
      expect((await app.inject('/api/health')).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('retention', () => {
  it('keeps the newest finished runs up to the limit and deletes the oldest with their results', async () => {
    const { app, context: ctx } = await createServer({ database: join(dir, 'retention.db'), workers: 1, retention: { runs: 2, megabytes: 0 } });
    try {
      const ids: string[] = [];
      for (const seed of [21, 22, 23]) {
        ids.push(json(await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'continuity', runs: 100, seed } })).id);
        await ctx.jobs.drain();
        await new Promise((r) => setTimeout(r, 5)); // distinct created_at
      }
      expect((await app.inject(`/api/runs/${ids[0]}`)).statusCode).toBe(404);
      for (const id of ids.slice(1)) expect(json(await app.inject(`/api/runs/${id}`)).status).toBe('done');
      expect(await ctx.store.db.selectFrom('results').select('hash').execute()).toHaveLength(2);
      expect(await ctx.store.integrityCheck()).toEqual({ ok: true, problems: [] });
    } finally {
      await app.close();
    }
  });

  it('keeps the results under a size quota, newest first', async () => {
    const store = await Store.open({ url: join(dir, 'quota.db') });
    try {
      const big = 'x'.repeat(600 * 1024);
      for (const [i, hash] of ['a', 'b', 'c'].entries()) {
        await store.createRun({ id: `00000000-0000-0000-0000-00000000000${i}`, hash, scenarioName: null, title: 't', scenarioText: '', scenarioJson: '{}', runs: 1, seed: 1, dataVersion: 'd', modelVersion: 'm' });
        await store.finishRun(`00000000-0000-0000-0000-00000000000${i}`, hash, big);
        await new Promise((r) => setTimeout(r, 5));
      }
      expect(await store.prune({ runs: 0, megabytes: 1 })).toMatchObject({ results: 2 });
      expect((await store.db.selectFrom('results').select('hash').execute()).map((r) => r.hash)).toEqual(['c']);
      expect(await store.integrityCheck()).toEqual({ ok: true, problems: [] });
    } finally {
      await store.close();
    }
  });
});
