/**
 * A property-based fuzz of the API's bodies and queries (fast-check, seeded so a failure
 * reproduces: the seed and the shrunk counterexample are printed). Whatever arrives, the server
 * answers below 500, every refusal is JSON with an error code and a message, and every scenario
 * issue is located (line and column ≥ 1) with a fix. The queue is stubbed to refuse work, so the
 * fuzz tests the request layer, not the engine (the other server tests run real work).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createServer, QueueFullError } from '../../src/server/index.js';
import type { ServerContext } from '../../src/server/context.js';

const SEED = 20_261_202;
let app: FastifyInstance, ctx: ServerContext;
beforeAll(async () => {
  ({ app, context: ctx } = await createServer({ database: ':memory:', workers: 1 }));
  ctx.jobs.submit = async () => { throw new QueueFullError(3); };
  ctx.jobs.compute = async () => { throw new QueueFullError(3); };
});
afterAll(async () => { await app.close(); });

const shipped = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(join('scenarios', f), 'utf8'));

/** Scenario-like text: a shipped scenario with lines deleted, duplicated or replaced by arbitrary text. */
const mutatedScenario = fc.tuple(fc.constantFrom(...shipped), fc.array(fc.tuple(fc.nat(), fc.constantFrom('delete', 'duplicate', 'replace', 'indent'), fc.string({ maxLength: 40 })), { maxLength: 6 }))
  .map(([text, edits]) => {
    const lines = text.split('\n');
    for (const [at, kind, s] of edits) {
      const i = at % lines.length;
      if (kind === 'delete') lines.splice(i, 1);
      else if (kind === 'duplicate') lines.splice(i, 0, lines[i]!);
      else if (kind === 'indent') lines[i] = `  ${lines[i]}`;
      else lines[i] = `${lines[i]!.split(':')[0]}: ${s}`;
    }
    return lines.join('\n');
  });
const scenarioText = fc.oneof(fc.string({ maxLength: 300 }), mutatedScenario, fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.constantFrom('name: x\nparameter_file: /etc/shadow\n', 'name: x\nruns: 1000000\n', 'a: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n'));

function checkAnswer(r: { statusCode: number; body: string }, what: string): void {
  expect(r.statusCode, `${what} → ${r.body.slice(0, 300)}`).toBeLessThan(500);
  if (r.statusCode < 400) return;
  const body = JSON.parse(r.body) as { error: unknown; message: unknown; issues?: { line?: number; column?: number; message: string; fix?: string }[] };
  expect(typeof body.error, what).toBe('string');
  expect(typeof body.message, what).toBe('string');
  for (const i of body.issues ?? []) {
    expect(i.message.length, what).toBeGreaterThan(0);
    if (body.error === 'invalid_scenario') {
      expect(i.line, what).toBeGreaterThanOrEqual(1);
      expect(i.column, what).toBeGreaterThanOrEqual(1);
      expect(i.fix?.length ?? 0, what).toBeGreaterThan(0);
    }
  }
}

describe('fuzzing the API', () => {
  it('POST /api/scenarios/validate: any body, any text', async () => {
    const body = fc.oneof(fc.record({ text: scenarioText }), fc.jsonValue({ maxDepth: 3 }), fc.record({ text: fc.jsonValue({ maxDepth: 2 }) }));
    await fc.assert(fc.asyncProperty(body, async (payload) => {
      const r = await app.inject({ method: 'POST', url: '/api/scenarios/validate', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(payload) });
      checkAnswer(r, JSON.stringify(payload).slice(0, 200));
      if (r.statusCode === 200) {
        const v = JSON.parse(r.body) as { ok: boolean; issues?: { line: number; column: number; fix: string }[] };
        for (const i of v.issues ?? []) { expect(i.line).toBeGreaterThanOrEqual(1); expect(i.column).toBeGreaterThanOrEqual(1); expect(i.fix.length).toBeGreaterThan(0); }
      }
    }), { seed: SEED, numRuns: 1500 });
  });

  it('POST /api/runs: any mix of scenario, text, runs and seed', async () => {
    const anything = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.integer(), fc.double(), fc.string({ maxLength: 20 }));
    const body = fc.record({ scenario: fc.oneof(fc.constantFrom('continuity', 'worst-case', 'nope', '../etc', ''), anything), text: fc.oneof(scenarioText, anything), runs: fc.oneof(fc.integer({ min: -10, max: 2_000_000 }), anything), seed: fc.oneof(fc.integer(), anything), extra: anything }, { requiredKeys: [] });
    await fc.assert(fc.asyncProperty(body, async (payload) => {
      const r = await app.inject({ method: 'POST', url: '/api/runs', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(payload) });
      checkAnswer(r, JSON.stringify(payload).slice(0, 200));
    }), { seed: SEED + 1, numRuns: 1500 });
  });

  it('GET routes: any path segment and query string', async () => {
    const segment = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('POL', '290', 'iso:616', '..', '%2e%2e', '00000000-0000-0000-0000-000000000000'));
    const query = fc.dictionary(fc.constantFrom('year', 'a', 'b', 'runs', 'seed', 'train_until', 'from', 'to', 'table', 'ally', 'month', 'method', 'outcome', 'region', 'token', 'x'), fc.oneof(fc.string({ maxLength: 12 }), fc.integer().map(String), fc.constantFrom('continuity', 'worst-case', '2016', '1989', '2011')), { maxKeys: 4 });
    const route = fc.constantFrom('/api/world', '/api/network', '/api/states/:s', '/api/compare', '/api/validation', '/api/runs/:s', '/api/runs/:s/results', '/api/runs/:s/explain', '/api/scenarios/:s', '/api/analyze/:s', '/:s');
    await fc.assert(fc.asyncProperty(route, segment, query, async (path, s, q) => {
      const url = `${path.replace(':s', encodeURIComponent(s))}?${new URLSearchParams(q).toString()}`;
      const r = await app.inject(url);
      checkAnswer(r, url);
    }), { seed: SEED + 2, numRuns: 1000 });
  });
});
