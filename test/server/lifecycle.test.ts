/**
 * The server's life as a process (issue 9): SIGTERM mid-run ends the event stream, records the run
 * as interrupted (not "cancelled by request") and exits; a taken port or a store that cannot be
 * opened is a one-line refusal with its fix and exit 1, never a stack trace.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ballast-life-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: string[]): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BALLAST_LOG_LEVEL: 'warn' } });
  let out = '';
  child.stdout!.on('data', (d) => { out += String(d); });
  child.stderr!.on('data', (d) => { out += String(d); });
  return { child, output: () => out };
}

async function serve(db: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const s = cli(['serve', '--port', '0', '--db', db, '--workers', '1']);
  for (let i = 0; i < 600 && !/running at (http:\/\/\S+)/.test(s.output()); i++) {
    if (s.child.exitCode !== null) throw new Error(`the server exited: ${s.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const url = /running at (http:\/\/\S+)/.exec(s.output())?.[1];
  if (!url) throw new Error(`the server did not start: ${s.output()}`);
  return { ...s, url };
}

/** Waits for a process to exit, at most `ms` (a bound on the test, not a timing assertion). */
async function exited(child: ChildProcess, ms: number): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms));
  const r = await Promise.race([once(child, 'exit').then(() => 'exit' as const), timer]);
  if (r === 'timeout') { child.kill('SIGKILL'); return null; }
  return child.exitCode;
}

describe('SIGTERM mid-run', () => {
  it('ends the event stream, records the run as interrupted, and exits', async () => {
    const db = join(dir, 'term.db');
    const { child, url } = await serve(db);
    const post = await (await fetch(`${url}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: 'worst-case', runs: 200000, seed: 9 }) })).json() as { id: string };
    const events = await fetch(`${url}/api/runs/${post.id}/events`);
    const reader = events.body!.getReader();
    let text = '';
    while (!text.includes('event: progress')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    child.kill('SIGTERM');
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break; // the server ended the stream
      text += new TextDecoder().decode(value);
    }
    expect(await exited(child, 30_000)).toBe(0);
    const last = text.trim().split('\n\n').at(-1)!;
    expect(last).toContain('event: status');
    expect(last).toContain('"status":"interrupted"');
    const store = await Store.open({ url: db });
    try {
      const run = await store.getRun(post.id);
      expect(run).toMatchObject({ status: 'interrupted' });
      expect(run!.error).toContain('stopped');
      expect(run!.error).not.toContain('cancelled by request');
    } finally { await store.close(); }
  });
});

describe('refusals at start', () => {
  it('a taken port: one line that names the port and the fix, exit 1', async () => {
    const first = await serve(join(dir, 'port.db'));
    const port = new URL(first.url).port;
    try {
      const second = cli(['serve', '--port', port, '--db', join(dir, 'port2.db'), '--workers', '1']);
      expect(await exited(second.child, 60_000)).toBe(1);
      expect(second.output()).toContain(`port ${port} on 127.0.0.1 is already in use`);
      expect(second.output()).toContain('--port');
      expect(second.output()).not.toMatch(/\n\s+at /);
    } finally {
      first.child.kill('SIGTERM');
      await exited(first.child, 30_000);
    }
  });

  it('a store that cannot be opened: one line with the fix, exit 1', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a folder');
    for (const db of [join(file, 'ballast.db'), dir]) {
      const s = cli(['serve', '--port', '0', '--db', db, '--workers', '1']);
      expect(await exited(s.child, 60_000), s.output()).toBe(1);
      expect(s.output()).toContain('cannot open the store');
      expect(s.output()).toContain('--db');
      expect(s.output()).not.toMatch(/\n\s+at /);
    }
  });
});
