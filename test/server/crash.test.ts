/**
 * Killing the server mid-run: the run must show as interrupted after a restart (never done), the
 * database must pass its integrity check, and earlier results must be intact — on SQLite and
 * on PostgreSQL. The server runs as a real child process, killed with SIGKILL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/index.js';
import { BACKENDS, freshDatabase } from '../store/databases.js';

async function startServer(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'serve', '--port', '0', '--db', db, '--workers', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => { out += String(d); });
  child.stderr!.on('data', (d) => { out += String(d); });
  for (let i = 0; i < 600 && !/running at (http:\/\/\S+)/.test(out); i++) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const url = /running at (http:\/\/\S+)/.exec(out)?.[1];
  if (!url) throw new Error(`the server did not start: ${out}`);
  return { child, url };
}

const post = async (url: string, body: unknown) => (await fetch(`${url}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json() as Promise<{ id: string; status: string }>;
const status = async (url: string, id: string) => (await (await fetch(`${url}/api/runs/${id}`)).json()) as { status: string; progress: { done: number }; error: string | null };

describe.each(BACKENDS)('a server killed mid-run, on %s', (backend) => {
  it('restarts with the run interrupted, the database intact and earlier results kept', async () => {
    const db = await freshDatabase(backend);
    let { child, url } = await startServer(db);
    // An earlier, finished run.
    const early = await post(url, { scenario: 'continuity', runs: 200, seed: 1 });
    for (let i = 0; i < 200 && (await status(url, early.id)).status !== 'done'; i++) await new Promise((r) => setTimeout(r, 50));
    const earlyResult = await (await fetch(`${url}/api/runs/${early.id}/results`)).text();
    // A long run, killed once it has made progress.
    const long = await post(url, { scenario: 'worst-case', runs: 200000, seed: 2 });
    for (let i = 0; i < 400 && (await status(url, long.id)).progress.done === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect((await status(url, long.id)).status).toBe('running');
    child.kill('SIGKILL');
    await once(child, 'exit');

    ({ child, url } = await startServer(db));
    try {
      const after = await status(url, long.id);
      expect(after.status).toBe('interrupted');
      expect(after.error).toContain('interrupted');
      expect((await fetch(`${url}/api/runs/${long.id}/results`)).status).toBe(409);
      expect(await (await fetch(`${url}/api/runs/${early.id}/results`)).text()).toBe(earlyResult);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
    const store = await Store.open({ url: db });
    try {
      expect(await store.integrityCheck()).toEqual({ ok: true, problems: [] });
    } finally { await store.close(); }
  });
});
