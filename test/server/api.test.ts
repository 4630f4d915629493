import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createServer } from '../../src/server/index.js';
import { MODEL_VERSION } from '../../src/model/version.js';
import type { ServerContext } from '../../src/server/context.js';

const dir = mkdtempSync(join(tmpdir(), 'ballast-api-'));
let app: FastifyInstance, ctx: ServerContext;

// A web folder with a file beside it that must never be served.
mkdirSync(join(dir, 'web'));
writeFileSync(join(dir, 'web', 'index.html'), '<!doctype html><title>Ballast</title>');
writeFileSync(join(dir, 'secret.txt'), 'do not serve');

beforeAll(async () => {
  ({ app, context: ctx } = await createServer({ database: join(dir, 'ballast.db'), workers: 1, maxQueued: 1, webDir: join(dir, 'web') }));
});
afterAll(async () => { await app.close(); rmSync(dir, { recursive: true, force: true }); });

const json = (r: { body: string }) => JSON.parse(r.body);

interface Share { outcome: string; count: number; probability: number; lo: number; hi: number }
/** `theatres` holds Europe and the Asia-Pacific, in that order, each with the four outcomes, probabilities summing to 1 and counts to the runs. */
function expectTheatres(r: { outcomes: Share[]; theatres: { theatre: string; outcomes: Share[] }[] }, runs: number): void {
  expect(r.theatres.map((h) => h.theatre)).toEqual(['europe', 'asia_pacific']);
  for (const h of r.theatres) {
    expect(h.outcomes.map((o) => o.outcome)).toEqual(r.outcomes.map((o) => o.outcome));
    // Each probability is rounded to six decimals (assemble.ts r6), so their sum is 1 within half a unit of the sixth decimal per outcome.
    expect(Math.abs(h.outcomes.reduce((sum, o) => sum + o.probability, 0) - 1)).toBeLessThanOrEqual(h.outcomes.length * 5e-7 + 1e-12);
    expect(h.outcomes.reduce((sum, o) => sum + o.count, 0)).toBe(runs);
    // Exactly, from the counts.
    for (const o of h.outcomes) expect(o.probability).toBeCloseTo(o.count / runs, 6);
    for (const o of h.outcomes) expect(o.lo <= o.probability && o.probability <= o.hi).toBe(true);
  }
}

describe('world routes', () => {
  it('GET /api/health gives versions and covered years', async () => {
    const r = await app.inject('/api/health');
    expect(r.statusCode).toBe(200);
    expect(json(r)).toMatchObject({ ok: true, store: 'sqlite', years: [1990, 2016], modelVersion: MODEL_VERSION });
  });

  it('GET /api/world?year=2016 gives the 53 states with NATO figures', async () => {
    const r = await app.inject('/api/world?year=2016');
    const w = json(r);
    expect(w.states).toHaveLength(53);
    expect(w.states.find((s: { iso3: string }) => s.iso3 === 'POL').defence.pctGdp).toBeCloseTo(1.992452, 6);
  });

  it('refuses a year outside the data and a malformed year with 400 and a message', async () => {
    const out = await app.inject('/api/world?year=1985');
    expect(out.statusCode).toBe(400);
    expect(json(out).message).toContain('the data cover 1990-2016');
    const bad = await app.inject('/api/world?year=abc');
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error).toBe('invalid_request');
    const unknown = await app.inject('/api/world?year=2016&colour=red');
    expect(unknown.statusCode).toBe(400);
  });

  it('GET /api/states/:code finds a state by any code, 404 otherwise', async () => {
    expect(json(await app.inject('/api/states/290?year=2016')).iso3).toBe('POL');
    expect(json(await app.inject('/api/states/Poland')).iso3).toBe('POL');
    const r = await app.inject('/api/states/ZZZ');
    expect(r.statusCode).toBe(404);
    expect(json(r).message).toContain('no state "ZZZ"');
  });

  it('GET /api/network gives nodes and NATO and bilateral ties', async () => {
    const n = json(await app.inject('/api/network?year=2016'));
    expect(n.nodes).toHaveLength(53);
    expect(n.edges.some((e: { a: string; b: string; kind: string }) => e.kind === 'us_bilateral' && [e.a, e.b].includes('JPN'))).toBe(true);
    expect(n.edges.some((e: { kind: string }) => e.kind === 'nato')).toBe(true);
    // NATO as a bloc; Montenegro signed its accession protocol in 2016 (ATOP codes it) but joined only in 2017.
    const nato = n.blocs.find((b: { atopid: number }) => b.atopid === 3180);
    expect(nato).toMatchObject({ pending: ['MNE'], memberCount: 28 });
    expect(n.edges.filter((e: { a: string; b: string; kind: string }) => [e.a, e.b].includes('MNE') && [e.a, e.b].includes('USA')).map((e: { kind: string }) => e.kind)).toEqual(['nato_accession']);
  });
});

describe('scenario routes', () => {
  it('lists the nine shipped scenarios with their descriptions', async () => {
    const list = json(await app.inject('/api/scenarios'));
    expect(list.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['continuity', 'worst-case', 'hindcast-2017-2024']));
    expect(list.every((s: { description: string | null; shipped: boolean }) => s.shipped && s.description)).toBe(true);
    const one = json(await app.inject('/api/scenarios/worst-case'));
    expect(one.text).toContain('Heisbourg');
    expect((await app.inject('/api/scenarios/nope')).statusCode).toBe(404);
    expect((await app.inject('/api/scenarios/..%2F..%2Fetc')).statusCode).toBe(400);
  });

  it('says which policy applies after the start month, and which events override the levers, at their lines', async () => {
    const one = json(await app.inject('/api/scenarios/worst-case'));
    expect(one.patron).toMatchObject({ guarantee: 'unconditional', rhetoric: 'supportive' });
    expect(one.policy).toMatchObject({ guarantee: 'conditional', rhetoric: 'hostile', doctrine: 'measured', spending_threshold: 0.02 });
    const rhetoric = one.levers.find((l: { lever: string }) => l.lever === 'rhetoric');
    expect(rhetoric).toMatchObject({ start: 'supportive', afterStart: 'hostile', overriddenAtStart: true });
    // The line of the event in the text: the one that sets the rhetoric to hostile.
    const line = rhetoric.changes[0].line as number;
    expect(one.text.split('\n')[line - 1]).toMatch(/type: rhetoric, value: hostile/);
    const continuity = json(await app.inject('/api/scenarios/continuity'));
    expect(continuity.policy).toEqual(continuity.patron);
  });

  it('POST /api/scenarios/validate answers ok: false with every issue at its line and column for a bad scenario', async () => {
    const text = 'name: bad\nevents:\n  - { at: 2017-04, type: withdrawal, location: POL, troops: -5 }\nparameters:\n  peer_weight: 1.2\n';
    const r = await app.inject({ method: 'POST', url: '/api/scenarios/validate', payload: { text } });
    expect(r.statusCode).toBe(200);
    const body = json(r);
    expect(body.ok).toBe(false);
    const param = body.issues.find((i: { code: string }) => i.code === 'unknown_parameter');
    expect(param).toMatchObject({ line: 5, column: 3 });
    expect(body.issues.some((i: { line: number }) => i.line === 3)).toBe(true);
    const ok = await app.inject({ method: 'POST', url: '/api/scenarios/validate', payload: { text: 'name: fine\n' } });
    expect(json(ok)).toMatchObject({ ok: true, summary: { title: 'fine', horizonMonths: 48 } });
  });

  it('refuses a body without text, an oversized body, and a non-JSON body', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/scenarios/validate', payload: {} })).statusCode).toBe(400);
    const big = await app.inject({ method: 'POST', url: '/api/scenarios/validate', payload: { text: 'x'.repeat(300_000) } });
    expect(big.statusCode).toBe(413);
    expect(json(big).message).toContain('too large');
    const notJson = await app.inject({ method: 'POST', url: '/api/scenarios/validate', headers: { 'content-type': 'application/json' }, payload: '{oops' });
    expect(notJson.statusCode).toBe(400);
  });
});

describe('run routes', () => {
  it('runs a scenario by name, streams nothing stale, returns results, CSV and the scenario; the same ensemble again is instant', async () => {
    const post = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'continuity', runs: 300, seed: 5 } });
    expect(post.statusCode).toBe(202);
    const run = json(post);
    await ctx.jobs.drain();
    const status = json(await app.inject(`/api/runs/${run.id}`));
    expect(status).toMatchObject({ status: 'done', progress: { done: 300, total: 300 } });
    const result = json(await app.inject(`/api/runs/${run.id}/results`));
    expect(result.runs).toBe(300);
    expect(result.outcomes.map((o: { outcome: string }) => o.outcome)).toEqual(['holds', 'strained', 'fragmenting', 'unravelled']);
    // Each theatre's outcomes beside the system's, each a distribution over the four outcomes.
    expectTheatres(result, 300);
    const outcomesCsv = (await app.inject(`/api/runs/${run.id}/results.csv?table=outcomes`)).body.trim().split('\n');
    expect(outcomesCsv[0]).toBe('scope,outcome,count,probability,lo95,hi95');
    expect(outcomesCsv.slice(1).map((l) => l.split(',')[0])).toEqual([...Array(4).fill('system'), ...Array(4).fill('europe'), ...Array(4).fill('asia_pacific')]);
    const csv = await app.inject(`/api/runs/${run.id}/results.csv?table=metrics`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\n')[0]).toBe('metric,month,mean,q05,q25,q50,q75,q95,mean_lo,mean_hi,mean_total_lo,mean_total_hi');
    expect((await app.inject(`/api/runs/${run.id}/results.csv?table=secrets`)).statusCode).toBe(400);
    expect((await app.inject(`/api/runs/${run.id}/scenario`)).body).toContain('name:');
    const again = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'continuity', runs: 300, seed: 5 } });
    expect(again.statusCode).toBe(200);
    expect(json(again)).toMatchObject({ id: run.id, status: 'done', cached: true });
    const events = await app.inject(`/api/runs/${run.id}/events`);
    expect(events.headers['content-type']).toContain('text/event-stream');
    expect(events.body).toContain('event: status');
    expect(events.body).toContain('"status":"done"');
  });

  it('runs an inline scenario and explains an ally', async () => {
    const text = 'name: Inline test\nruns: 200\npatron: { guarantee: conditional, rhetoric: hostile }\n';
    const r = json(await app.inject({ method: 'POST', url: '/api/runs', payload: { text } }));
    await ctx.jobs.drain();
    const e = await app.inject(`/api/runs/${r.id}/explain?ally=HUN&month=2018-03`);
    expect(e.statusCode).toBe(200);
    expect(json(e)).toMatchObject({ iso3: 'HUN', month: '2018-03' });
    expect((await app.inject(`/api/runs/${r.id}/explain?ally=RUS`)).statusCode).toBe(400);
  });

  it('refuses a bad run request: both name and text, a scenario with an error (400 with line and column), an unknown name or id', async () => {
    expect((await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'continuity', text: 'name: x' } })).statusCode).toBe(400);
    const bad = await app.inject({ method: 'POST', url: '/api/runs', payload: { text: 'name: x\nseed: -1\n' } });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).issues[0]).toMatchObject({ line: 2, column: 7, path: 'seed' });
    expect((await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'nope' } })).statusCode).toBe(404);
    expect((await app.inject('/api/runs/00000000-0000-0000-0000-000000000000')).statusCode).toBe(404);
    expect((await app.inject('/api/runs/not-a-uuid')).statusCode).toBe(400);
  });

  it('answers 429 with Retry-After beyond the queue, and cancels a queued and a running run', async () => {
    const submit = (seed: number) => app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'worst-case', runs: 20000, seed } });
    const first = json(await submit(101)); // starts running
    const second = json(await submit(102)); // waits in the queue (max 1)
    const third = await submit(103);
    expect(third.statusCode).toBe(429);
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    expect(json(third).message).toContain('queue is full');
    const c2 = json(await app.inject({ method: 'DELETE', url: `/api/runs/${second.id}` }));
    expect(c2.status).toBe('cancelled');
    const c1 = json(await app.inject({ method: 'DELETE', url: `/api/runs/${first.id}` }));
    expect(c1.status).toBe('cancelled');
    expect((await app.inject({ method: 'DELETE', url: `/api/runs/${first.id}` })).statusCode).toBe(409);
    expect((await app.inject(`/api/runs/${first.id}/results`)).statusCode).toBe(409);
  });
});

describe('run identity', () => {
  it('titles an edited scenario by what changed, and finds runs by title or scenario', async () => {
    const text = readFileSync('scenarios/worst-case.yaml', 'utf8').replace('doctrine: measured', 'doctrine: passive');
    expect(text).toContain('doctrine: passive');
    const edited = json(await app.inject({ method: 'POST', url: '/api/runs', payload: { text, base: 'worst-case', runs: 100, seed: 5 } }));
    expect(edited.title).toBe('Worst case — all triggers together — edited: doctrine passive');
    // Without `base` the catalog's scenario of the same name is the reference.
    const guessed = json(await app.inject({ method: 'POST', url: '/api/runs', payload: { text: text.replace('doctrine: passive', 'doctrine: measured'), runs: 100, seed: 5 } }));
    expect(guessed.title).toBe('Worst case — all triggers together');
    expect((await app.inject({ method: 'POST', url: '/api/runs', payload: { text, base: 'nope', runs: 100 } })).statusCode).toBe(404);
    await ctx.jobs.drain();
    const found = json(await app.inject('/api/runs?q=EDITED: doctrine'));
    expect(found.map((r: { id: string }) => r.id)).toContain(edited.id);
    expect(found.every((r: { title: string }) => r.title.toLowerCase().includes('edited: doctrine'))).toBe(true);
    expect(json(await app.inject('/api/runs?q=no run is called this'))).toEqual([]);
    expect((await app.inject('/api/runs?colour=red')).statusCode).toBe(400);
  });
});

describe('the headline', () => {
  it('GET /api/runs/:id/headline reads a run against continuity\'s ensemble of the same runs and seed, queued on the first request', async () => {
    const r = json(await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'worst-case', runs: 200, seed: 8 } }));
    await ctx.jobs.drain();
    const first = json(await app.inject(`/api/runs/${r.id}/headline`));
    // Continuity's ensemble is not there yet: the sentence comes without it, and its run is given to follow.
    expect(first.baseline_run).toMatchObject({ scenarioName: 'continuity', runs: 200, seed: 8 });
    expect(first.headline.sentence).not.toContain('continuity');
    expect(first.headline.baseline.kind).toBe('none');
    await ctx.jobs.drain();
    const h = json(await app.inject(`/api/runs/${r.id}/headline`));
    expect(h.baseline_run).toBeNull();
    expect(h.headline.baseline).toMatchObject({ kind: 'continuity', runs: 200, seed: 8 });
    expect(h.headline.definitions).toContain('holds at 0.95 or above');
    // Continuity's share is the stored ensemble any client gets for continuity with these runs and seed.
    const c = await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'continuity', runs: 200, seed: 8 } });
    expect(c.statusCode).toBe(200);
    const continuity = json(await app.inject(`/api/runs/${json(c).id}/results`));
    const result = json(await app.inject(`/api/runs/${r.id}/results`));
    const holds = (o: Share[]) => o.find((x) => x.outcome === 'holds')!.probability;
    expect(h.headline.scopes.map((x: { scope: string; holds: Share; baseline_holds: Share }) => [x.scope, x.holds.probability, x.baseline_holds.probability])).toEqual([
      ['system', holds(result.outcomes), holds(continuity.outcomes)],
      ['europe', holds(result.theatres[0].outcomes), holds(continuity.theatres[0].outcomes)],
      ['asia_pacific', holds(result.theatres[1].outcomes), holds(continuity.theatres[1].outcomes)],
    ]);
    expect(h.headline.sentence).toMatch(/^The alliance holds in [\d.]+% of runs .* under continuity; in Europe /);
    // The briefing: one HTML file with that headline, sent as a download.
    const brief = await app.inject(`/api/runs/${r.id}/brief.html`);
    expect(brief.statusCode).toBe(200);
    expect(brief.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(brief.headers['content-disposition']).toBe(`attachment; filename="ballast-brief-${r.id}.html"`);
    expect(brief.body).toContain(h.headline.sentence);
    expect(brief.body).toContain('Not in this briefing');
    expect(brief.body).toContain('ballast report scenarios/worst-case.yaml --runs 200 --seed 8 --out brief.html');
    // Continuity is read against nothing but itself; a hindcast, which starts elsewhere, has no baseline and says why.
    const self = json(await app.inject(`/api/runs/${json(c).id}/headline`));
    expect([self.headline.baseline.kind, self.baseline_run]).toEqual(['self', null]);
    expect(self.headline.sentence).toMatch(/^Under continuity the alliance holds in /);
    const hc = json(await app.inject({ method: 'POST', url: '/api/runs', payload: { text: readFileSync('scenarios/hindcast-2012-2016.yaml', 'utf8'), runs: 100, seed: 8 } }));
    await ctx.jobs.drain();
    const none = json(await app.inject(`/api/runs/${hc.id}/headline`));
    expect(none.headline.baseline).toMatchObject({ kind: 'none', reason: expect.stringContaining('2011 World in 2012-01') });
    expect(none.baseline_run).toBeNull();
  });
});

describe('validation routes', () => {
  it('GET /api/runs/:id/sensitivity ranks the parameters of a stored run (Morris), then serves it from memory', async () => {
    const r = json(await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'worst-case', runs: 200, seed: 8 } }));
    await ctx.jobs.drain();
    const s = await app.inject(`/api/runs/${r.id}/sensitivity?method=morris&outcome=mean_cohesion`);
    expect(s.statusCode).toBe(200);
    const body = json(s);
    expect(body).toMatchObject({ method: 'morris', outcome: 'mean_cohesion', runsPerEvaluation: 100 });
    expect(body.parameters.length).toBe(10);
    const mu = body.parameters.map((p: { muStar: number }) => p.muStar);
    expect(mu).toEqual([...mu].sort((a: number, b: number) => b - a));
    expect((await app.inject(`/api/runs/${r.id}/sensitivity?method=astrology`)).statusCode).toBe(400);
    expect(body.space).toBe('ranges');
    expect(body.parameters.every((p: { over: string }) => p.over === 'range')).toBe(true);
  });

  it('GET /api/runs/:id/sensitivity?space=posterior varies the calibrated parameters over their posterior', async () => {
    const r = json(await app.inject({ method: 'POST', url: '/api/runs', payload: { scenario: 'worst-case', runs: 200, seed: 8 } }));
    await ctx.jobs.drain();
    const body = json(await app.inject(`/api/runs/${r.id}/sensitivity?method=morris&space=posterior`));
    expect(body.space).toBe('posterior');
    expect(body.parameters.length).toBe(12);
    expect(body.parameters.every((p: { over: string }) => p.over === 'posterior')).toBe(true);
    expect((await app.inject(`/api/runs/${r.id}/sensitivity?space=prior`)).statusCode).toBe(400);
  });
});

describe('compare and analyze', () => {
  it('GET /api/compare gives both sides and paired differences, then serves them from the store', async () => {
    const r = await app.inject('/api/compare?a=efp-countermanded&b=continuity&runs=300');
    expect(r.statusCode).toBe(200);
    const c = json(r);
    expect(c.a.name).toBe('efp-countermanded');
    expect(c.differences.find((d: { field: string }) => d.field === 'p_holds')).toBeDefined();
    // Both sides carry each theatre's outcomes, and the differences each theatre's outcomes after the system's.
    for (const side of [c.a, c.b]) expectTheatres(side, 300);
    const fields = c.differences.map((d: { field: string }) => d.field);
    expect(fields.slice(0, 12)).toEqual(['', 'europe_', 'asia_pacific_'].flatMap((scope) => ['holds', 'strained', 'fragmenting', 'unravelled'].map((o) => `${scope}p_${o}`)));
    expect(fields).toEqual(expect.arrayContaining(['cohesion_europe', 'cohesion_asia_pacific', 'europe_accommodation', 'asia_pacific_networking']));
    const again = await app.inject('/api/compare?a=efp-countermanded&b=continuity&runs=300');
    expect(again.headers['x-ballast-cached']).toBe('1');
    expectTheatres(json(again).a, 300);
    expect((await app.inject('/api/compare?a=continuity')).statusCode).toBe(400);
  });

  it('GET /api/analyze/burden gives the 2016 compliance; an unknown model is 400', async () => {
    const b = json(await app.inject('/api/analyze/burden?year=2016'));
    expect(b.compliance.atOrAbove.map((x: { id: string }) => x.id).sort()).toEqual(['EST', 'GBR', 'GRC', 'USA']);
    expect((await app.inject('/api/analyze/astrology')).statusCode).toBe(400);
  });
});

describe('the OpenAPI document and static files', () => {
  it('serves OpenAPI at /docs/json listing the routes', async () => {
    const doc = json(await app.inject('/docs/json'));
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/world', '/api/runs', '/api/runs/{id}/events', '/api/compare']));
  });

  it('serves the dashboard and never a file outside its folder (path traversal → 404)', async () => {
    const index = await app.inject('/');
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('<title>Ballast</title>');
    for (const url of ['/../secret.txt', '/..%2Fsecret.txt', '/%2e%2e/secret.txt', '/web/../../secret.txt', '/..%5csecret.txt', '/%2e%2e%2f%2e%2e%2fetc/passwd']) {
      const r = await app.inject(url);
      expect(r.statusCode, url).toBe(404);
      expect(r.body).not.toContain('do not serve');
    }
  });
});

describe('binding beyond loopback', () => {
  it('refuses to start on a non-loopback address without BALLAST_TOKEN', async () => {
    const saved = process.env.BALLAST_TOKEN;
    delete process.env.BALLAST_TOKEN;
    try {
      await expect(createServer({ host: '0.0.0.0', database: ':memory:', workers: 1 })).rejects.toThrow(/needs a token: set BALLAST_TOKEN/);
    } finally {
      if (saved !== undefined) process.env.BALLAST_TOKEN = saved;
    }
  });

  it('checks the token on every request: 401 without it, 200 with a header, a cookie from ?token=', async () => {
    const { app: guarded } = await createServer({ host: '0.0.0.0', token: 's3cret', database: ':memory:', workers: 1, webDir: join(dir, 'web') });
    try {
      for (const url of ['/api/health', '/api/world', '/', '/docs/json']) {
        const r = await guarded.inject(url);
        expect(r.statusCode, url).toBe(401);
        expect(JSON.parse(r.body).message).toContain('BALLAST_TOKEN');
      }
      expect((await guarded.inject({ url: '/api/health', headers: { authorization: 'Bearer wrong' } })).statusCode).toBe(401);
      expect((await guarded.inject({ url: '/api/health', headers: { authorization: 'Bearer s3cret' } })).statusCode).toBe(200);
      const viaQuery = await guarded.inject('/?token=s3cret');
      expect(viaQuery.statusCode).toBe(200);
      expect(String(viaQuery.headers['set-cookie'])).toContain('ballast_token=s3cret');
      expect((await guarded.inject({ url: '/api/health', headers: { cookie: 'ballast_token=s3cret' } })).statusCode).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});
