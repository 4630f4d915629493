/**
 * What the server refuses, tried as an attacker and a careless user would (issue 9): no server
 * path named in a request is ever opened, compute limits hold inside the scenario text, a bad
 * cookie is a 401, every 500 names a request id that the log has (with credentials redacted),
 * browsers get a strict policy, and on loopback only loopback Host names are answered.
 */
import { request } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createServer, startServer, type RunningServer } from '../../src/server/index.js';
import type { ServerContext } from '../../src/server/context.js';

const dir = mkdtempSync(join(tmpdir(), 'ballast-security-'));
const SECRET = 'root:$6$SECRETHASHxyz:19000:0:99999:7:::';
const shadow = join(dir, 'shadow');
writeFileSync(shadow, `${SECRET}\n`);
const keys = join(dir, 'keys.json');
writeFileSync(keys, JSON.stringify({ parameters: { SECRET_KEY_XYZ: 1 } }));

/** Log lines written by the server, parsed. */
const lines: Record<string, unknown>[] = [];
const logStream = new Writable({ write(chunk, _enc, done) { for (const l of String(chunk).split('\n')) if (l.trim()) lines.push(JSON.parse(l) as Record<string, unknown>); done(); } });

let app: FastifyInstance, ctx: ServerContext;
beforeAll(async () => {
  ({ app, context: ctx } = await createServer({ database: join(dir, 'ballast.db'), workers: 1, maxQueued: 2, logger: { level: 'info', stream: logStream } }));
});
afterAll(async () => { await app.close(); rmSync(dir, { recursive: true, force: true }); });

const json = (r: { body: string }) => JSON.parse(r.body) as Record<string, any>;

describe('no file leaves the server through a scenario', () => {
  for (const path of [shadow, keys, '/dev/zero', '/etc/shadow', join(dir, 'missing.json')]) {
    it(`refuses parameter_file: ${path.replace(dir, '<tmp>')} at its line, without opening it`, async () => {
      const text = `name: x\nparameter_file: ${path}\n`;
      for (const url of ['/api/scenarios/validate', '/api/runs']) {
        const r = await app.inject({ method: 'POST', url, payload: { text } });
        expect(r.statusCode, url).toBe(url === '/api/runs' ? 400 : 200);
        const body = json(r);
        const issue = body.issues.find((i: { path: string }) => i.path === 'parameter_file');
        expect(issue, r.body).toMatchObject({ line: 2, column: 17 });
        expect(issue.fix).toMatch(/parameters:/);
        // Nothing of the file: no content, no key, and not even whether it exists.
        for (const leak of ['SECRETHASH', 'SECRET_KEY_XYZ', 'no such file', 'Unexpected', 'JSON']) expect(r.body, leak).not.toContain(leak);
      }
    });
  }

  it('keeps answering while it refuses /dev/zero (the event loop never blocks on a file)', async () => {
    const refusals = Array.from({ length: 5 }, () => app.inject({ method: 'POST', url: '/api/runs', payload: { text: 'name: x\nparameter_file: /dev/zero\n' } }));
    const health = await app.inject('/api/health');
    expect(health.statusCode).toBe(200);
    for (const r of await Promise.all(refusals)) expect(r.statusCode).toBe(400);
  });
});

describe('compute limits hold inside the scenario text', () => {
  it('refuses runs: 1000000 in the text at its line (the body caps runs at 200,000)', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/runs', payload: { text: 'name: big\nruns: 1000000\n' } });
    expect(r.statusCode).toBe(400);
    const issue = json(r).issues.find((i: { path: string }) => i.path === 'runs');
    expect(issue).toMatchObject({ line: 2, column: 7 });
    expect(issue.message).toMatch(/200,000/);
    const body = await app.inject({ method: 'POST', url: '/api/runs', payload: { text: 'name: big\n', runs: 1_000_000 } });
    expect(body.statusCode).toBe(400);
    expect(ctx.jobs.stats()).toMatchObject({ queued: 0, running: null });
  });
});

describe('every 500 has a request id the log has, and the log never has a credential', () => {
  it('a failing route answers 500 with its request id; the log line with that id has the error, not the token', async () => {
    const listRuns = ctx.store.listRuns.bind(ctx.store);
    ctx.store.listRuns = async () => { throw new Error('boom: a bug in the store layer'); };
    try {
      const r = await app.inject({ url: '/api/runs?token=TOPSECRET1', headers: { authorization: 'Bearer TOPSECRET2', cookie: 'ballast_token=TOPSECRET3' } });
      expect(r.statusCode).toBe(500);
      const body = json(r);
      expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(body.message).toContain(body.requestId);
      expect(r.headers['x-request-id']).toBe(body.requestId);
      expect(body.message).not.toContain('boom');
      const logged = lines.filter((l) => l.reqId === body.requestId);
      expect(logged.some((l) => l.level === 50 && JSON.stringify(l).includes('boom'))).toBe(true);
      expect(logged.some((l) => l.msg === 'request completed' && l.statusCode === 500)).toBe(true);
      expect(JSON.stringify(lines)).not.toMatch(/TOPSECRET/);
      expect(JSON.stringify(logged)).toContain('token=[redacted]');
    } finally {
      ctx.store.listRuns = listRuns;
    }
  });

  it('a malformed token cookie is a 401 on a guarded server, not a 500', async () => {
    const { app: guarded } = await createServer({ host: '0.0.0.0', token: 's3cret', database: ':memory:', workers: 1 });
    try {
      for (const cookie of ['ballast_token=%E0%A4%A', 'ballast_token=%', 'ballast_token=%zz; other=1']) {
        const r = await guarded.inject({ url: '/api/health', headers: { cookie } });
        expect(r.statusCode, cookie).toBe(401);
        expect(json(r).message).toContain('BALLAST_TOKEN');
      }
    } finally {
      await guarded.close();
    }
  });
});

describe('browser hardening', () => {
  it('every response carries the security headers: the dashboard, the API, a 404', async () => {
    for (const url of ['/api/health', '/api/nope', '/docs/json']) {
      const r = await app.inject(url);
      expect(r.headers['content-security-policy'], url).toContain("default-src 'self'");
      expect(r.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(r.headers['content-security-policy'], url).toContain("script-src 'self'");
      expect(r.headers['x-content-type-options'], url).toBe('nosniff');
      expect(r.headers['x-frame-options'], url).toBe('DENY');
    }
  });

  describe('on loopback, only loopback Host names on the bound port are answered (DNS rebinding)', () => {
    let server: RunningServer;
    beforeAll(async () => { server = await startServer({ port: 0, database: ':memory:', workers: 1 }); });
    afterAll(async () => { await server.close(); });

    const get = (host: string) => new Promise<{ status: number; body: string }>((resolve, reject) => {
      const u = new URL(server.url);
      const req = request({ host: '127.0.0.1', port: Number(u.port), path: '/api/health', headers: { host } }, (res) => {
        let body = '';
        res.on('data', (d) => { body += String(d); });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });

    it('answers localhost, 127.0.0.1 and [::1] on its port; refuses any other name or port with 421', async () => {
      const port = new URL(server.url).port;
      for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `LOCALHOST:${port}`]) expect((await get(host)).status, host).toBe(200);
      for (const host of [`evil.example:${port}`, `127.0.0.1.evil.example:${port}`, 'localhost:1', `localhost`, `192.168.1.10:${port}`]) {
        const r = await get(host);
        expect(r.status, `Host: ${host}`).toBe(421);
        expect(JSON.parse(r.body).message).toContain(`http://127.0.0.1:${port}/`);
      }
    });
  });
});
