/**
 * `npm start` on the embedded defaults: the server answers on 127.0.0.1:8080 and prints its URL.
 * (CI runs this on a fresh clone after `npm ci`; the time it takes is printed, not asserted.)
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const portFree = () => new Promise<boolean>((res) => {
  const s = createServer();
  s.once('error', () => res(false));
  s.listen(8080, '127.0.0.1', () => s.close(() => res(true)));
});

describe('npm start', () => {
  it.skipIf(!process.env.CI)('serves the API and the dashboard on 127.0.0.1:8080 and prints the URL', async () => {
    expect(await portFree(), 'port 8080 is taken: stop the other server').toBe(true);
    const cwd = mkdtempSync(join(tmpdir(), 'ballast-start-'));
    const child = spawn(process.execPath, [resolve('bin/ballast.js'), 'start'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d) => { out += String(d); });
    child.stderr!.on('data', (d) => { out += String(d); });
    try {
      const t0 = Date.now();
      let health: Response | null = null;
      while (Date.now() - t0 < 60_000 && !health) {
        try { health = await fetch('http://127.0.0.1:8080/api/health'); } catch { await new Promise((r) => setTimeout(r, 200)); }
      }
      expect(health?.status, out).toBe(200);
      expect(out).toContain('Ballast is running at http://127.0.0.1:8080');
      const home = await fetch('http://127.0.0.1:8080/');
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('<div id="root">');
      process.stderr.write(`npm start answered after ${Date.now() - t0} ms\n`);
    } finally {
      child.kill('SIGTERM');
      await once(child, 'exit');
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
