/**
 * `npm run bench sweep` and `npm run bench bullmq`: sweeps against one ensemble, and the BullMQ
 * backend against local work (issue 12, items 3 and 4; docs/SCALE.md reads these figures).
 * Everything runs from the compiled library in child processes, like the engine's figures.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { performance } from 'node:perf_hooks';

interface Timed { ms: number; runs: number }

/** Runs bench/sweep-child.mjs with the given job and returns its JSON line. */
function child(args: string[], env: Record<string, string> = {}): Timed & { abcMs: number; simulations: number } {
  const out = execFileSync(process.execPath, ['bench/sweep-child.mjs', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Timed & { abcMs: number; simulations: number };
}

const rate = (t: Timed) => t.runs / (t.ms / 1000);
const fmt = (x: number) => x.toFixed(0).padStart(7);

export function sweepBench(workers: number): void {
  console.log(`\nSweeps against one ensemble (scenarios/worst-case.yaml, ${workers} workers, fresh process each; runs/s of the engine's work, start-up excluded)`);
  const ensemble = child(['ensemble', '100000', String(workers)]);
  const sobol = child(['sobol', '500', '50', String(workers)]);
  const paired = child(['compare', '100000', String(workers)]);
  const cal = child(['calibrate', String(workers)]);
  console.log(`one ensemble, 100,000 runs                               ${fmt(rate(ensemble))} runs/s`);
  console.log(`Sobol' sweep, 10 parameters, N = 500, 50 runs each (${(sobol.runs).toLocaleString('en-US')} runs) ${fmt(rate(sobol))} runs/s   sweep / ensemble = ${(rate(sobol) / rate(ensemble)).toFixed(2)}`);
  console.log(`compare, worst case against continuity, 100,000 pairs    ${fmt(rate(paired))} pairs/s  (two runs a pair: ${(2 * rate(paired) / rate(ensemble)).toFixed(2)} × the ensemble's runs/s)`);
  console.log(`calibration (ballast calibrate --train-until 2016, ABC 120 simulations): ${(cal.ms / 1000).toFixed(1)} s wall, of which the ABC ${(cal.abcMs / 1000).toFixed(1)} s (${cal.simulations} simulations, ${(cal.abcMs / cal.simulations).toFixed(0)} ms each)`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const port = (s.address() as { port: number }).port; s.close(() => resolve(port)); });
  });
}

async function pong(port: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const ok = await new Promise<boolean>((resolve) => {
      const c = connect(port, '127.0.0.1', () => c.write('PING\r\n'));
      c.once('data', (d) => { c.destroy(); resolve(String(d).startsWith('+PONG')); });
      c.once('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('redis-server did not start');
}

function worker(url: string, concurrency: number): Promise<ChildProcess> {
  const w = spawn(process.execPath, ['bin/ballast.js', 'worker', '--redis', url, '--concurrency', String(concurrency), '--quiet'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => w.stdout!.on('data', (d) => { if (String(d).includes('serving')) resolve(w); }));
}

export async function bullmqBench(): Promise<void> {
  if (!existsSync('/usr/bin/redis-server')) {
    console.log('\nBullMQ: skipped (no /usr/bin/redis-server; apt-get install redis-server)');
    return;
  }
  const port = await freePort(), url = `redis://127.0.0.1:${port}`;
  const redis = spawn('/usr/bin/redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await pong(port);
  const runs = 40_000;
  console.log(`\nBullMQ against local work (scenarios/worst-case.yaml, ${runs.toLocaleString('en-US')} runs in chunks of 1,000; workers are \`ballast worker\` processes with one thread each, on this machine, Redis on loopback)`);
  try {
    for (const n of [1, 2]) {
      const local = child(['ensemble', String(runs), String(n)]);
      const ws = await Promise.all(Array.from({ length: n }, () => worker(url, 1)));
      const t0 = performance.now();
      const remote = child(['ensemble', String(runs), String(n)], { BENCH_REDIS: url });
      const wall = performance.now() - t0;
      ws.forEach((w) => w.kill('SIGTERM'));
      await Promise.all(ws.map((w) => new Promise((r) => w.once('exit', r))));
      const overhead = remote.ms / local.ms - 1;
      console.log(`${n} worker${n > 1 ? 's' : ' '}: local ${fmt(rate(local))} runs/s, BullMQ ${fmt(rate(remote))} runs/s (${(rate(remote) / n).toFixed(0)} per worker); overhead ${(100 * overhead).toFixed(1)}% (goal ≤ 10%); sender wall ${(wall / 1000).toFixed(1)} s`);
    }
  } finally {
    redis.kill('SIGKILL');
  }
}
