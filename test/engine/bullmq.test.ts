/**
 * The BullMQ backend (src/engine/bullmq.ts, issue 12 item 4) against real redis-server and real
 * `ballast worker` processes: a distributed ensemble is byte-identical to the local one even when
 * a worker is SIGKILLed mid-chunk and Redis is restarted (empty) mid-sweep; a chunk that keeps
 * failing stops the sweep after its tries and is named; progress counts every chunk once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { runEnsemble } from '../../src/engine/ensemble.js';
import { useExecutor } from '../../src/engine/executor.js';
import { bullmqExecutor, checkBackend, redisUrl } from '../../src/engine/bullmq.js';
import { closePools } from '../../src/engine/pool.js';
import { compileScenario, coreOf } from '../../src/scenario/compile.js';
import { assembleResult } from '../../src/results/index.js';
import { InputError } from '../../src/engine/errors.js';
import { startRedis, type TestRedis } from './redis-server.js';
import { runCli } from '../cli/run-cli.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScenario } from '../../src/results/simulate.js';
import { SERVER_PARAMETERS } from '../../src/server/jobs.js';

const worst = loadScenario('scenarios/worst-case.yaml');

interface TestWorker { child: ChildProcess; log: string[] }

function startWorker(url: string): Promise<TestWorker> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'worker', '--redis', url, '--concurrency', '1', '--lock-ms', '2000'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const w: TestWorker = { child, log: [] };
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      for (const line of String(d).split('\n').filter(Boolean)) w.log.push(line);
      if (w.log.some((l) => l.startsWith('ballast worker: serving'))) resolve(w);
    });
    child.stderr!.on('data', (d) => w.log.push(`stderr: ${String(d)}`));
    child.once('exit', (code) => reject(new Error(`the worker exited (${code}) before serving: ${w.log.join('\n')}`)));
  });
}

const stopped = (w: TestWorker) => new Promise<void>((resolve) => { if (w.child.exitCode !== null || w.child.signalCode !== null) resolve(); else { w.child.once('exit', () => resolve()); w.child.kill('SIGTERM'); } });

describe('redisUrl', () => {
  it('takes redis:// and rediss:// URLs and refuses the rest with the fix', () => {
    expect(redisUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
    expect(redisUrl('rediss://cache.example:6380/2')).toBe('rediss://cache.example:6380/2');
    expect(() => redisUrl(undefined)).toThrow(/--redis is missing.*redis:\/\/127\.0\.0\.1:6379/);
    expect(() => redisUrl('http://127.0.0.1:6379')).toThrow(InputError);
    expect(() => redisUrl('http://127.0.0.1:6379')).toThrow(/scheme must be redis:\/\//);
    expect(() => redisUrl('127.0.0.1:6379')).toThrow(/redis:\/\//);
    expect(() => redisUrl('redis://127.0.0.1:6379/queue')).toThrow(/database number/);
  });
});

describe('the BullMQ backend, two worker processes', () => {
  let redis: TestRedis;
  const workers: TestWorker[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    workers.push(await startWorker(redis.url), await startWorker(redis.url));
  }, 60_000);
  afterAll(async () => {
    useExecutor(null);
    await Promise.all(workers.map(stopped));
    await redis?.stop();
    await closePools();
  });

  it('counts the workers that serve the queue before sending work', async () => {
    expect(await checkBackend(redis.url)).toBe(2);
  });

  it('gives the local bytes with a worker SIGKILLed mid-chunk and Redis restarted mid-sweep, each chunk counted once', async () => {
    const runs = 12_000; // 12 chunks of 1,000 runs
    const local = assembleResult(await runEnsemble(worst, { runs, seed: 42, workers: 1, parameters: 'posterior' }));
    const events: string[] = [];
    let killed = false, restarted: Promise<void> | null = null;
    // Redis restarts empty once the first worker is killed and six chunks are done (counted as they finish,
    // not in order): six are still out then, queued or running, so the restart loses some and the sender must
    // put them back. (Triggered by the in-order progress instead, the restart could come only after the last
    // chunk had finished, when the killed worker's chunk, run again, is the one holding the progress back.)
    const exec = bullmqExecutor({ url: redis.url, onChunk: (e) => {
      events.push(e);
      if (restarted === null && killed && events.filter((x) => x === 'done').length >= 6) restarted = redis.restart();
    } });
    useExecutor(exec);
    const progress: number[] = [];
    const [a] = workers;
    try {
      const agg = await runEnsemble(worst, {
        runs, seed: 42, parameters: 'posterior',
        onProgress: (done) => {
          progress.push(done);
          // After two chunks: kill the first worker while it runs one (it logs "start" before it runs a chunk).
          if (!killed && done >= 2000) {
            killed = true;
            const kill = () => { if (a!.log.at(-1)!.includes(' start ')) a!.child.kill('SIGKILL'); else setTimeout(kill, 5); };
            kill();
          }
        },
      });
      await restarted;
      expect(agg.acc.runs).toBe(runs);
      expect(JSON.stringify(assembleResult(agg))).toBe(JSON.stringify(local));
    } finally {
      useExecutor(null);
      await exec.close();
    }
    expect(a!.child.signalCode).toBe('SIGKILL');
    // The killed worker's last chunk was started and never finished there, and finished on the other worker.
    const lastStart = a!.log.filter((l) => l.includes(' start ')).at(-1)!.replace(/^.*? start /, '');
    expect(a!.log.some((l) => l.includes(' done ') && l.includes(lastStart))).toBe(false);
    expect(workers[1]!.log.some((l) => l.includes(' done ') && l.includes(lastStart))).toBe(true);
    // Progress: every chunk once, in order, up to the total.
    expect(progress).toEqual(Array.from({ length: 13 }, (_, i) => i * 1000));
    expect(events.filter((e) => e === 'done').length).toBe(12);
    expect(events).toContain('requeued'); // the chunks Redis lost in its restart were put back
  }, 120_000);

  it('stops the sweep after a chunk fails its tries, and names the chunk', async () => {
    const core = coreOf(compileScenario(worst));
    const exec = bullmqExecutor({ url: redis.url, attempts: 2 });
    try {
      // A chunk no worker can run: its setting is missing.
      const broken = { kind: 'block' as const, core: { ...core, setting: null as never }, seed: 7, from: 0, to: 10 };
      await expect(exec.run(broken)).rejects.toThrow(new RegExp(`chunk runs 0-9 of ${core.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(seed 7\\) failed 2 times on the workers, so the sweep stops`));
    } finally {
      await exec.close();
    }
  }, 60_000);

  it('serves the CLI: run and sensitivity with --backend bullmq print what the local backend prints', async () => {
    const flags = ['--backend', 'bullmq', '--redis', redis.url];
    const run = ['run', 'scenarios/continuity.yaml', '--runs', '2000', '--format', 'json', '--quiet'];
    const doneLines = () => workers.reduce((n, w) => n + w.log.filter((l) => l.includes(' done ')).length, 0);
    const before = doneLines();
    const [viaRedis, here] = [await runCli(...run, ...flags), await runCli(...run)];
    expect(viaRedis.code).toBe(0);
    expect(doneLines() - before).toBe(2); // its two chunks ran on the workers
    expect(viaRedis.out).toBe(here.out);
    // A sweep's evaluations travel as batches (20 evaluations of 50 runs a chunk).
    const sens = ['sensitivity', 'scenarios/worst-case.yaml', '--method', 'morris', '--samples', '2', '--runs', '50', '--format', 'json', '--quiet'];
    const [sRedis, sHere] = [await runCli(...sens, ...flags), await runCli(...sens)];
    expect(sRedis.code).toBe(0);
    expect(sRedis.out).toBe(sHere.out);
  }, 120_000);
});

describe('serve --backend bullmq', () => {
  it('hands the server\'s runs to the workers: the stored result is the local one', async () => {
    const redis = await startRedis();
    expect(await checkBackend(redis.url)).toBe(0); // no worker yet: a sender warns, and its work waits
    const worker = await startWorker(redis.url);
    const dir = mkdtempSync(join(tmpdir(), 'ballast-bullmq-serve-'));
    const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'serve', '--port', '0', '--db', join(dir, 'b.db'), '--backend', 'bullmq', '--redis', redis.url], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BALLAST_LOG_LEVEL: 'silent' } });
    let out = '';
    server.stdout!.on('data', (d) => { out += String(d); });
    server.stderr!.on('data', (d) => { out += String(d); });
    try {
      const t0 = Date.now();
      while (!/running at (http:\/\/\S+)/.test(out) && Date.now() - t0 < 60_000) await new Promise((r) => setTimeout(r, 50));
      const url = /running at (http:\/\/\S+)/.exec(out)?.[1];
      expect(url, out).toBeDefined();
      const post = await fetch(`${url}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: 'continuity', runs: 2000 }) });
      expect(post.status).toBeLessThan(300);
      const { id } = (await post.json()) as { id: string };
      let status = '';
      while (status !== 'done' && Date.now() - t0 < 100_000) {
        status = ((await (await fetch(`${url}/api/runs/${id}`)).json()) as { status: string }).status;
        expect(status).not.toBe('failed');
        await new Promise((r) => setTimeout(r, 100));
      }
      const stored = (await (await fetch(`${url}/api/runs/${id}/results`)).json()) as { outcomes: unknown; runs: number };
      const local = await runScenario(loadScenario('scenarios/continuity.yaml'), { runs: 2000, workers: 1, parameters: SERVER_PARAMETERS });
      expect(stored.runs).toBe(2000);
      expect(stored.outcomes).toEqual(JSON.parse(JSON.stringify(local.outcomes)));
      expect(worker.log.filter((l) => l.includes(' done ')).length).toBeGreaterThanOrEqual(2);
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
      await stopped(worker);
      await redis.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('the backend flags', () => {
  it('refuse --backend bullmq without --redis, and --redis without --backend bullmq, with the fix', async () => {
    const a = await runCli('run', 'scenarios/continuity.yaml', '--runs', '10', '--backend', 'bullmq');
    expect(a.code).toBe(1);
    expect(a.err).toMatch(/--redis is missing: give the Redis server the workers use, e\.g\. --redis redis:\/\/127\.0\.0\.1:6379/);
    const b = await runCli('run', 'scenarios/continuity.yaml', '--runs', '10', '--redis', 'redis://127.0.0.1:1');
    expect(b.code).toBe(1);
    expect(b.err).toMatch(/--redis is only used with --backend bullmq/);
    // A Redis that does not answer: refused at once with the fix, nothing sent.
    const d = await runCli('run', 'scenarios/continuity.yaml', '--runs', '10', '--backend', 'bullmq', '--redis', 'redis://127.0.0.1:1');
    expect(d.code).toBe(1);
    expect(d.err).toMatch(/cannot reach Redis at redis:\/\/127\.0\.0\.1:1 .*start it \(e\.g\. redis-server/);
    const e = await runCli('worker', '--redis', 'redis://127.0.0.1:1');
    expect(e.code).toBe(1);
    expect(e.err).toMatch(/cannot reach Redis at redis:\/\/127\.0\.0\.1:1/);
    const c = await runCli('worker', '--redis', 'http://x');
    expect(c.code).toBe(1);
    expect(c.err).toMatch(/scheme must be redis/);
  });
});
