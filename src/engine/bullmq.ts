/**
 * Sweeps beyond one machine: the engine's tasks (tasks.ts) as BullMQ jobs over Redis. BullMQ is
 * the queue (delivery, locks, retries, stalled-job recovery); this file only puts tasks in and
 * takes results out.
 *
 * A chunk is a task's content: (scenario core with its content hash, seed, run range), serialized
 * with v8 and named by its SHA-256, so a chunk's id is its content and its result the same bytes
 * wherever it runs. The sender (`bullmqExecutor`) stores the task under `ballast:task:<id>`, adds
 * a job with that id, and waits for `ballast:result:<id>`; the ensemble merges results in chunk
 * order, as it does local blocks, so a distributed answer is byte-identical to a local one.
 *
 * - A worker killed mid-chunk holds a lock that expires (lockMs); BullMQ's stalled-job check moves
 *   the job back to the queue and another worker runs it. The sender takes one result per chunk,
 *   so nothing is counted twice (a result written twice is the same bytes).
 * - Redis restarted (or emptied) mid-sweep: the sender keeps every unfinished task in memory and,
 *   when its job is gone, puts the task back and adds the job again; the sweep resumes.
 * - A chunk that keeps failing: BullMQ retries it `attempts` times (a stall counts as a try), then
 *   the sweep stops with an error naming the chunk and the worker's last error.
 */
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import { Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { MODEL_VERSION } from '../model/version.js';
import { BULLMQ_DEFAULTS, redisUrl } from './bullmq-settings.js';
import { InputError } from './errors.js';
import type { Executor } from './executor.js';
import { poolOf } from './pool.js';
import { runTask, taskLabel, type EngineTask, type TaskResult } from './tasks.js';

export { BULLMQ_DEFAULTS, redisUrl } from './bullmq-settings.js';

export const QUEUE_NAME = 'ballast-chunks';
const taskKey = (id: string) => `ballast:task:${id}`;
const resultKey = (id: string) => `ballast:result:${id}`;
/** Tasks and results left behind by a sender or worker that died expire after a day. */
const BLOB_TTL_MS = 24 * 3600 * 1000;


const connectionOf = (url: string) => ({ url, maxRetriesPerRequest: null, enableOfflineQueue: true });

/** A chunk's id: the SHA-256 of its serialized content (with the model version, so workers of another version never share results). */
function chunkId(blob: Buffer): string {
  return createHash('sha256').update(MODEL_VERSION).update(blob).digest('hex').slice(0, 40);
}

interface Waiter { resolve: (r: TaskResult) => void; reject: (e: unknown) => void }
interface Pending { blob: Buffer; label: string; waiters: Waiter[]; started: number }

export interface BullmqExecutorOptions {
  readonly url: string;
  readonly attempts?: number;
  readonly capacity?: number;
  /** Called when a chunk finishes (id, label, ms from its submission) and when one is put back after Redis lost it. */
  readonly onChunk?: (event: 'done' | 'requeued', label: string, ms: number) => void;
}

/** How long the sender waits for Redis to answer before it gives up (ms). */
export const CONNECT_TIMEOUT_MS = 5000;

/**
 * Checks, before any work is sent, that Redis answers at `url` (an InputError with the fix if not)
 * and returns how many `ballast worker` processes serve the queue now (0: the work waits for them).
 */
export async function checkBackend(url: string, timeoutMs = CONNECT_TIMEOUT_MS): Promise<number> {
  const redis = new Redis(redisUrl(url), { maxRetriesPerRequest: 0, enableOfflineQueue: false, lazyConnect: true, connectTimeout: timeoutMs, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await Promise.race([redis.connect().then(() => redis.ping()), new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), timeoutMs).unref())]);
  } catch (err) {
    redis.disconnect();
    throw new InputError(`cannot reach Redis at ${url} (${(err as Error).message}): start it (e.g. redis-server --port 6379 --bind 127.0.0.1) or correct --redis`);
  }
  redis.disconnect();
  const queue = new Queue(QUEUE_NAME, { connection: connectionOf(url) });
  queue.on('error', () => undefined);
  try {
    return await queue.getWorkersCount();
  } finally {
    await queue.close().catch(() => undefined);
  }
}

/** The sender: an Executor whose tasks run on `ballast worker` processes serving the same Redis. */
export function bullmqExecutor(o: BullmqExecutorOptions): Executor {
  const url = redisUrl(o.url);
  const attempts = o.attempts ?? BULLMQ_DEFAULTS.attempts;
  const queue = new Queue(QUEUE_NAME, { connection: connectionOf(url) });
  queue.on('error', () => undefined); // connection errors: ioredis reconnects; the checks below put lost work back
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  redis.on('error', () => undefined);
  const pending = new Map<string, Pending>();
  let timer: NodeJS.Timeout | null = null, lastCheck = 0, busy = false, closed = false;

  const submit = async (id: string, p: Pending) => {
    await redis.set(taskKey(id), p.blob, 'PX', BLOB_TTL_MS);
    await queue.add('chunk', { id, label: p.label, model: MODEL_VERSION }, {
      jobId: id, attempts, backoff: { type: 'fixed', delay: 200 }, removeOnComplete: true, removeOnFail: { age: 3600 },
    });
  };
  const settle = (id: string, f: (w: Waiter) => void) => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    p.waiters.forEach(f);
  };

  const poll = async () => {
    if (busy || pending.size === 0) return;
    busy = true;
    try {
      const ids = [...pending.keys()];
      const blobs = await redis.mgetBuffer(...ids.map(resultKey));
      for (let i = 0; i < ids.length; i++) {
        const blob = blobs[i];
        if (!blob) continue;
        const id = ids[i]!, p = pending.get(id)!;
        o.onChunk?.('done', p.label, Date.now() - p.started);
        settle(id, (w) => w.resolve(deserialize(blob) as TaskResult));
        await redis.del(resultKey(id), taskKey(id));
      }
      if (Date.now() - lastCheck >= BULLMQ_DEFAULTS.checkMs) {
        lastCheck = Date.now();
        for (const [id, p] of [...pending]) {
          const job = await queue.getJob(id);
          if (!job) {
            // No job and no result: Redis lost it (a restart without persistence, a flush). Put it back.
            if (await redis.exists(resultKey(id))) continue;
            o.onChunk?.('requeued', p.label, Date.now() - p.started);
            await submit(id, p);
            continue;
          }
          if ((await job.getState()) === 'failed') {
            const reason = job.failedReason || 'no reason given';
            settle(id, (w) => w.reject(new Error(`chunk ${p.label} failed ${job.attemptsMade} time${job.attemptsMade === 1 ? '' : 's'} on the workers, so the sweep stops (id ${id}): ${reason}`)));
            await job.remove().catch(() => undefined);
            await redis.del(taskKey(id));
          }
        }
      }
    } catch {
      // Redis unreachable for now: ioredis reconnects, and the next poll carries on from where this one stopped.
    } finally {
      busy = false;
    }
  };

  return {
    kind: 'bullmq',
    capacity: o.capacity ?? BULLMQ_DEFAULTS.capacity,
    run(task: EngineTask, signal?: AbortSignal): Promise<TaskResult> {
      if (closed) return Promise.reject(new Error('the BullMQ backend is closed'));
      timer ??= setInterval(() => { void poll(); }, BULLMQ_DEFAULTS.pollMs);
      const blob = serialize(task), id = chunkId(blob);
      return new Promise<TaskResult>((resolve, reject) => {
        const waiter: Waiter = { resolve, reject };
        const known = pending.get(id);
        if (known) { known.waiters.push(waiter); return; }
        const p: Pending = { blob, label: taskLabel(task), waiters: [waiter], started: Date.now() };
        pending.set(id, p);
        signal?.addEventListener('abort', () => {
          settle(id, (w) => w.reject(Object.assign(new Error('the ensemble was cancelled'), { name: 'AbortError' })));
          void queue.remove(id).catch(() => undefined);
        }, { once: true });
        // A first submission that fails (Redis down) is retried by the checks: the job is missing, so it is put back.
        submit(id, p).catch(() => undefined);
      });
    },
    async close() {
      closed = true;
      if (timer) clearInterval(timer);
      timer = null;
      for (const id of [...pending.keys()]) settle(id, (w) => w.reject(new Error('the BullMQ backend was closed before the chunk finished')));
      await queue.close().catch(() => undefined);
      redis.disconnect();
    },
  };
}

export interface WorkerOptions {
  readonly url: string;
  /** Worker threads in this process, each running one chunk at a time. */
  readonly concurrency?: number;
  readonly lockMs?: number;
  readonly attempts?: number;
  /** Called when a chunk starts and finishes. */
  readonly onChunk?: (event: 'start' | 'done' | 'failed', label: string, ms: number, error?: string) => void;
}

export interface RunningWorker {
  /** Stops taking chunks, lets running ones finish, disconnects. */
  close(): Promise<void>;
}

/** A worker process's loop (`ballast worker`): takes chunks from Redis, runs them on `concurrency` threads, writes the results back. */
export async function startWorker(o: WorkerOptions): Promise<RunningWorker> {
  const url = redisUrl(o.url);
  const concurrency = o.concurrency ?? 1;
  const lockMs = o.lockMs ?? BULLMQ_DEFAULTS.lockMs;
  // One thread: chunks run on this process's own thread (a worker thread ran them about 10% slower
  // here, and BullMQ's lock renewal waits at most one chunk, far inside lockMs). More: a thread pool.
  const pool = concurrency > 1 ? poolOf(concurrency) : null;
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  redis.on('error', () => undefined);
  const processor = async (job: Job<{ id: string; label: string; model: string }>) => {
    const { id, label, model } = job.data;
    if (model !== MODEL_VERSION) throw new Error(`this worker runs model ${MODEL_VERSION}, the chunk was sent by model ${model}: run workers of the sender's Ballast version`);
    const t0 = Date.now();
    o.onChunk?.('start', label, 0);
    const blob = await redis.getBuffer(taskKey(id));
    if (!blob) throw new Error(`the task of chunk ${label} is not in Redis (expired or lost in a restart); the sender puts it back`);
    try {
      const task = deserialize(blob) as EngineTask;
      const result = pool ? await pool.run(task) : runTask(task);
      await redis.set(resultKey(id), serialize(result), 'PX', BLOB_TTL_MS);
      o.onChunk?.('done', label, Date.now() - t0);
      return 'done';
    } catch (err) {
      o.onChunk?.('failed', label, Date.now() - t0, (err as Error).message);
      throw err;
    }
  };
  const worker = new Worker(QUEUE_NAME, processor, {
    // With a pool, one chunk more than threads: the next chunk is fetched and handed to the pool while
    // the threads compute, so no thread waits for Redis between chunks.
    connection: connectionOf(url), concurrency: pool ? concurrency + 1 : 1, lockDuration: lockMs, stalledInterval: Math.max(500, Math.floor(lockMs / 2)),
    maxStalledCount: o.attempts ?? BULLMQ_DEFAULTS.attempts,
  });
  worker.on('error', () => undefined); // connection errors: BullMQ and ioredis reconnect
  await worker.waitUntilReady();
  return {
    async close() {
      await worker.close();
      redis.disconnect();
    },
  };
}
