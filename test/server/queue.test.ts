/**
 * The one bounded queue (issue 9): identical runs are joined, heavy requests (comparisons,
 * hindcasts, sensitivity screens) wait in it and are refused with 429 and a Retry-After scaled by
 * the work ahead, a computation stops when its last client goes, and shipped scenarios are
 * validated once per version of their text.
 */
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createServer, startServer, JobManager, QueueFullError, type RunningServer } from '../../src/server/index.js';
import type { ServerContext } from '../../src/server/context.js';
import { Store } from '../../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ballast-queue-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const json = (r: { body: string }) => JSON.parse(r.body) as Record<string, any>;

/** A computation that ends when told to, or when aborted. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => { open = r; });
  const work = async (signal: AbortSignal) => {
    await new Promise<void>((resolve, reject) => {
      void opened.then(resolve);
      signal.addEventListener('abort', () => reject(Object.assign(new Error('aborted'), { name: 'AbortError' })), { once: true });
    });
    return 'value';
  };
  return { open, work };
}

describe('the queue itself', () => {
  let store: Store, jobs: JobManager;
  beforeAll(async () => {
    store = await Store.open({ url: ':memory:' });
    jobs = new JobManager({ store, dataDir: 'data', dataVersion: 'test', workers: 1, maxQueued: 2 });
  });
  afterAll(async () => { await jobs.stop(); await store.close(); });

  it('shares one computation among the requests with the same key, and refuses past maxQueued with a Retry-After that grows with the work ahead', async () => {
    const a = gate(), b = gate(), c = gate();
    const first = jobs.compute({ key: 'a', label: 'a', cost: 1000 }, a.work);
    const same = jobs.compute({ key: 'a', label: 'a', cost: 1000 }, a.work);
    const second = jobs.compute({ key: 'b', label: 'b', cost: 1000 }, b.work);
    const third = jobs.compute({ key: 'c', label: 'c', cost: 1000 }, c.work);
    expect(jobs.stats()).toMatchObject({ queued: 2, running: 'a' });
    let small = 0;
    try { await jobs.compute({ key: 'd', label: 'd', cost: 1 }, async () => 'never'); } catch (e) { expect(e).toBeInstanceOf(QueueFullError); small = (e as QueueFullError).retryAfterSeconds; }
    expect(small).toBeGreaterThan(0);
    a.open(); b.open(); c.open();
    expect(await Promise.all([first, same, second, third])).toEqual(['value', 'value', 'value', 'value']);
    await jobs.drain();
    expect(jobs.stats().finished).toBeGreaterThanOrEqual(3);

    // The same queue shape with a thousand times the work ahead asks the client to wait longer.
    const big = [gate(), gate(), gate()];
    const pending = big.map((g, i) => jobs.compute({ key: `big${i}`, label: `big${i}`, cost: 1e9 }, g.work));
    let large = 0;
    try { await jobs.compute({ key: 'e', label: 'e', cost: 1 }, async () => 'never'); } catch (e) { large = (e as QueueFullError).retryAfterSeconds; }
    expect(large).toBeGreaterThan(small);
    for (const g of big) g.open();
    await Promise.all(pending);
  });

  it('takes a computation out of the queue, or stops it running, when every client waiting for it has gone', async () => {
    const running = gate(), waiting = gate();
    const c1 = new AbortController(), c2 = new AbortController(), c3 = new AbortController();
    const p1 = jobs.compute({ key: 'r', label: 'r', cost: 10, signal: c1.signal }, running.work);
    const p2 = jobs.compute({ key: 'r', label: 'r', cost: 10, signal: c2.signal }, running.work);
    const p3 = jobs.compute({ key: 'w', label: 'w', cost: 10, signal: c3.signal }, waiting.work);
    const before = jobs.stats().abandoned;
    c3.abort();
    await expect(p3).rejects.toMatchObject({ name: 'AbortError' });
    expect(jobs.stats().queued).toBe(0);
    c1.abort(); // one of two clients left: the work goes on for the other
    await expect(p1).rejects.toMatchObject({ name: 'AbortError' });
    expect(jobs.stats().running).toBe('r');
    c2.abort();
    await expect(p2).rejects.toMatchObject({ name: 'AbortError' });
    await jobs.drain();
    expect(jobs.stats()).toMatchObject({ running: null, queued: 0, abandoned: before + 2 });
  });
});

describe('through the API', () => {
  let app: FastifyInstance, ctx: ServerContext;
  beforeAll(async () => {
    ({ app, context: ctx } = await createServer({ database: join(dir, 'api.db'), workers: 1, maxQueued: 1 }));
  });
  afterAll(async () => { await app.close(); });

  it('joins five identical concurrent POSTs into one job', async () => {
    const posts = await Promise.all(Array.from({ length: 5 }, () => app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'continuity', runs: 400, seed: 77 } })));
    const ids = new Set(posts.map((p) => json(p).id));
    expect(posts.map((p) => p.statusCode)).toEqual([202, 202, 202, 202, 202]);
    expect(ids.size).toBe(1);
    await ctx.jobs.drain();
    const runs = json(await app.inject('/api/runs')).filter((r: { seed: number; runs: number }) => r.seed === 77 && r.runs === 400);
    expect(runs).toHaveLength(1);
    expect(runs[0].status).toBe('done');
  });

  it('bounds the open event streams: past the limit, 503 with the polling route to use instead', async () => {
    const { MAX_EVENT_STREAMS } = await import('../../src/server/routes/runs.js');
    const row = await ctx.store.createRun({ id: '11111111-1111-1111-1111-111111111111', hash: 'h-streams', scenarioName: null, title: 't', scenarioText: '', scenarioJson: '{}', runs: 1, seed: 1, dataVersion: 'd', modelVersion: 'm' });
    const fake = new Map(Array.from({ length: MAX_EVENT_STREAMS }, (_, i) => [{ i } as never, async () => undefined] as const));
    const real = ctx.streams;
    (ctx as { streams: unknown }).streams = fake;
    try {
      const r = await app.inject(`/api/runs/${row.id}/events`);
      expect(r.statusCode).toBe(503);
      expect(JSON.parse(r.body).message).toContain(`GET /api/runs/${row.id}`);
    } finally {
      (ctx as { streams: unknown }).streams = real;
      await ctx.store.failRun(row.id, 'test', 'cancelled');
    }
  });

  it('validates each shipped scenario once, however often they are listed or run', async () => {
    await app.inject('/api/scenarios');
    const once = ctx.catalog.validations;
    for (let i = 0; i < 10; i++) expect((await app.inject('/api/scenarios')).statusCode).toBe(200);
    await app.inject('/api/scenarios/worst-case');
    await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'continuity', runs: 400, seed: 77 } });
    expect(ctx.catalog.validations).toBe(once);
    // A new version of a scenario's text is validated once more.
    const s = (await ctx.store.getScenario('continuity'))!;
    await ctx.store.upsertScenario('continuity', `${s.text}\n# edited\n`, 'h', true);
    await app.inject('/api/scenarios');
    await app.inject('/api/scenarios');
    expect(ctx.catalog.validations).toBe(once + 1);
  });

  it('puts comparisons in the queue: past it, 429 with Retry-After; the same comparison is shared', async () => {
    const slow = app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'worst-case', runs: 20000, seed: 301 } });
    const runInfo = json(await slow);
    const cmp = app.inject('/api/compare?a=efp-countermanded&b=continuity&runs=200&seed=9'); // waits in the queue
    const twin = app.inject('/api/compare?a=efp-countermanded&b=continuity&runs=200&seed=9'); // shares it
    for (let i = 0; i < 400 && ctx.jobs.stats().queued < 1; i++) await new Promise((r) => setTimeout(r, 10));
    expect(ctx.jobs.stats().queued).toBe(1);
    const refused = await app.inject('/api/compare?a=worst-case&b=continuity&runs=200&seed=9');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(json(refused).message).toContain('queue is full');
    const hindcast = await app.inject('/api/validation?runs=100');
    expect(hindcast.statusCode).toBe(429);
    await app.inject({ method: 'DELETE', url: `/api/runs/${runInfo.id}` });
    const [x, y] = await Promise.all([cmp, twin]);
    expect(x.statusCode).toBe(200);
    expect(y.body).toBe(x.body);
  });
});

describe('a client that goes away', () => {
  let server: RunningServer;
  beforeAll(async () => { server = await startServer({ port: 0, database: join(dir, 'gone.db'), workers: 1 }); });
  afterAll(async () => { await server.close(); });

  it('stops its comparison: nothing is stored and the queue is free again', async () => {
    const u = new URL(server.url);
    const path = '/api/compare?a=worst-case&b=continuity&runs=20000&seed=4242';
    const req = request({ host: '127.0.0.1', port: Number(u.port), path });
    req.on('error', () => undefined);
    req.end();
    for (let i = 0; i < 400 && server.context.jobs.stats().running === null; i++) await new Promise((r) => setTimeout(r, 25));
    expect(server.context.jobs.stats().running).toContain('compare');
    const before = server.context.jobs.stats().abandoned;
    req.destroy();
    await server.context.jobs.drain();
    expect(server.context.jobs.stats()).toMatchObject({ running: null, abandoned: before + 1 });
    const stored = await server.context.store.db.selectFrom('compares').select('hash').execute();
    expect(stored).toHaveLength(0);
  });
});
