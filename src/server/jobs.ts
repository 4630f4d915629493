/**
 * All heavy work of the API goes through one bounded FIFO queue, one item at a time on the
 * engine's worker pool: ensemble runs (stored, with progress events and cancellation) and the
 * request-scoped computations (comparisons, hindcasts, sensitivity screens). A full queue answers
 * with a Retry-After scaled by the work ahead, measured in run-months and timed as the server goes.
 *
 * Identical work is done once: a run whose content hash is queued or running is joined, not queued
 * again, and a computation with the same key is shared by every request waiting for it (it stops
 * when the last of them disconnects). Every store call here ends in a recorded state or a logged
 * error, never an unhandled rejection: a run whose state could not be written is reported from
 * memory until the server stops (and the next start marks it interrupted).
 */
import { createHash, randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { canonicalJson, scenarioHash, type Scenario } from '../scenario/index.js';
import { runScenario } from '../results/simulate.js';
import { MODEL_VERSION } from '../model/version.js';
import { DEFAULT_RETENTION, storeFailureOf, type Retention, type RunRow, type RunStatus, type Store } from '../store/index.js';
import { BoundedMap } from './bounded-map.js';

/** What the queue logs through (pino's interface, which fastify's `app.log` has). */
export interface JobLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}
const SILENT: JobLog = { info() {}, warn() {}, error() {} };

export interface JobOptions {
  readonly store: Store;
  readonly dataDir: string;
  readonly dataVersion: string;
  readonly workers: number;
  /** Items (runs and computations) that may wait in the queue besides the one running. */
  readonly maxQueued: number;
  /** What the store keeps; applied after each stored result. */
  readonly retention?: Retention;
}

export interface SubmitInput {
  readonly scenario: Scenario;
  readonly scenarioName: string | null;
  readonly text: string;
  readonly runs: number;
  readonly seed: number;
  /** The run's title (default: the scenario's name); an edited scenario's says what changed. */
  readonly title?: string;
}

export class QueueFullError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`the queue is full (runs, comparisons, hindcasts and sensitivity screens share it); try again in about ${retryAfterSeconds} s`);
    this.name = 'QueueFullError';
  }
}

/** The server is shutting down: no new work is taken. */
export class StoppingError extends Error {
  constructor() {
    super('the server is stopping; try again once it has restarted');
    this.name = 'StoppingError';
  }
}

/** The server's ensembles draw the calibrated parameters from the shipped posterior (issue 12, item 2: on by default). */
export const SERVER_PARAMETERS = 'posterior' as const;

/** The content address of an ensemble: scenario, seed, runs, data version, model version, and the parameters' treatment. */
export function ensembleHash(scenario: Scenario, seed: number, runs: number, dataVersion: string): string {
  return createHash('sha256').update(canonicalJson({ scenario: scenarioHash(scenario), seed, runs, data: dataVersion, model: MODEL_VERSION, parameters: SERVER_PARAMETERS })).digest('hex');
}

/** The cost of an ensemble in run-months: the unit the queue measures work and waits in. */
export const ensembleCost = (runs: number, months: number): number => runs * months;

/** Why a running item was aborted. */
type Reason = 'cancel' | 'shutdown' | 'abandoned';

interface Item {
  readonly id: string;
  readonly cost: number;
  readonly abort: AbortController;
  reason?: Reason;
  /** Share of the work done (for Retry-After). */
  progress: number;
}
interface RunItem extends Item { readonly kind: 'run'; readonly hash: string; readonly input: SubmitInput }
interface TaskItem extends Item {
  readonly kind: 'task';
  readonly label: string;
  readonly work: (signal: AbortSignal, onProgress: (done: number, total: number) => void) => Promise<unknown>;
  readonly result: Promise<unknown>;
  settle: { resolve(v: unknown): void; reject(e: unknown): void };
  waiters: number;
}
type QueueItem = RunItem | TaskItem;

const abortError = (message: string) => Object.assign(new Error(message), { name: 'AbortError' });

/** A prior for the engine's speed (ms per run-month) until the first item has been timed: about 2× a measured worst case. */
const PRIOR_MS_PER_COST = 0.01;

export class JobManager {
  /** Where the queue logs; the server sets fastify's logger. */
  log: JobLog = SILENT;
  private readonly queue: QueueItem[] = [];
  private running: QueueItem | null = null;
  private readonly events = new EventEmitter();
  private idle: Promise<void> = Promise.resolve();
  private msPerCost = PRIOR_MS_PER_COST;
  private timed = 0;
  /** Runs being created, queued or running, by content hash: a second submission joins them. */
  private readonly runsByHash = new Map<string, Promise<RunRow>>();
  private readonly tasks = new Map<string, TaskItem>();
  /** Submissions between the queue check and the queue (so concurrent ones cannot overfill it). */
  private creating = 0;
  /** Final states the store could not record (disk full, read-only): reported from memory. */
  private readonly unrecorded = new BoundedMap<string, { status: RunStatus; error: string }>(1000);
  private stopping = false;
  /** Items that ran to the end, and computations stopped because every client had gone. */
  private finished = 0;
  private abandoned = 0;

  constructor(private readonly o: JobOptions) {
    this.events.setMaxListeners(0);
  }

  /** Queues an ensemble, joins the same one queued or running, or returns the stored run of the same content hash. */
  submit(input: SubmitInput): Promise<RunRow> {
    if (this.stopping) return Promise.reject(new StoppingError());
    const hash = ensembleHash(input.scenario, input.seed, input.runs, this.o.dataVersion);
    const joined = this.runsByHash.get(hash);
    if (joined) return joined.then(async (row) => (await this.o.store.getRun(row.id).catch(() => null)) ?? row);
    this.checkRoom();
    this.creating++;
    const created = this.create(input, hash).finally(() => { this.creating--; });
    this.runsByHash.set(hash, created);
    created.then((row) => { if (row.status === 'done') this.runsByHash.delete(hash); }, () => this.runsByHash.delete(hash));
    return created;
  }

  private async create(input: SubmitInput, hash: string): Promise<RunRow> {
    const stored = await this.o.store.findDoneRun(hash);
    if (stored) return stored;
    const id = randomUUID();
    const row = await this.o.store.createRun({
      id, hash, scenarioName: input.scenarioName, title: input.title ?? input.scenario.name, scenarioText: input.text,
      scenarioJson: JSON.stringify(input.scenario), runs: input.runs, seed: input.seed, dataVersion: this.o.dataVersion, modelVersion: MODEL_VERSION,
    });
    this.queue.push({ kind: 'run', id, hash, input, cost: ensembleCost(input.runs, input.scenario.horizon_months), abort: new AbortController(), progress: 0 });
    this.pump();
    return row;
  }

  /**
   * Runs a computation in the queue and resolves with its value. Requests with the same key share
   * one computation; when every request waiting for it has gone (its `signal` aborted), it is taken
   * out of the queue or stopped. `cost` is in run-months (see ensembleCost).
   */
  async compute<T>(o: { key: string; label: string; cost: number; signal?: AbortSignal }, work: (signal: AbortSignal, onProgress: (done: number, total: number) => void) => Promise<T>): Promise<T> {
    if (this.stopping) throw new StoppingError();
    if (o.signal?.aborted) throw abortError('the client went away');
    let item = this.tasks.get(o.key);
    if (!item) {
      this.checkRoom();
      let settle!: TaskItem['settle'];
      const result = new Promise<unknown>((resolve, reject) => { settle = { resolve, reject }; });
      result.catch(() => undefined); // a computation nobody waits for any more must not be an unhandled rejection
      item = { kind: 'task', id: o.key, label: o.label, cost: o.cost, work, result, settle, waiters: 0, abort: new AbortController(), progress: 0 };
      this.tasks.set(o.key, item);
      this.queue.push(item);
      this.pump();
    }
    const task = item;
    task.waiters++;
    if (!o.signal) return task.result as Promise<T>;
    const signal = o.signal;
    let leave!: () => void;
    const gone = new Promise<never>((_, reject) => {
      leave = () => { this.abandon(task); reject(abortError('the client went away')); };
      signal.addEventListener('abort', leave, { once: true });
    });
    try {
      return await Promise.race([task.result as Promise<T>, gone]);
    } finally {
      signal.removeEventListener('abort', leave);
    }
  }

  /** Cancels a queued or running run; returns false if it had already ended. */
  async cancel(id: string): Promise<boolean> {
    const i = this.queue.findIndex((j) => j.kind === 'run' && j.id === id);
    if (i >= 0) {
      const [job] = this.queue.splice(i, 1) as [RunItem];
      this.runsByHash.delete(job.hash);
      await this.record(id, 'cancelled', 'cancelled by request');
      this.emit(id, 'status');
      return true;
    }
    if (this.running?.kind === 'run' && this.running.id === id) {
      this.running.reason = 'cancel';
      this.running.abort.abort();
      return true;
    }
    return false;
  }

  /** Resolves when the run, if it is the one running, has ended. */
  async settled(id: string): Promise<void> {
    if (this.running?.id === id) await this.idle;
  }

  /** A stored run as the queue knows it: a final state the store could not record wins. */
  view(row: RunRow): RunRow {
    const lost = this.unrecorded.get(row.id);
    return lost && (row.status === 'queued' || row.status === 'running') ? { ...row, ...lost, finishedAt: row.finishedAt ?? new Date().toISOString() } : row;
  }

  /** Subscribes to a run's events; returns the unsubscribe function. */
  on(id: string, listener: (kind: 'progress' | 'status', data?: { done: number; total: number }) => void): () => void {
    const fn = (kind: 'progress' | 'status', data?: { done: number; total: number }) => listener(kind, data);
    this.events.on(id, fn);
    return () => this.events.off(id, fn);
  }

  /** Resolves when the queue is empty and nothing runs (tests, shutdown). */
  async drain(): Promise<void> {
    while (this.running || this.queue.length > 0 || this.creating > 0) await (this.running ? this.idle : new Promise((r) => setImmediate(r)));
  }

  /**
   * Shutdown: takes no new work, records queued and running runs as interrupted (never
   * "cancelled by request"), stops the running item and waits for it to end.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const item of this.queue.splice(0)) {
      if (item.kind === 'run') {
        await this.record(item.id, 'interrupted', 'interrupted: the server was stopped before the run started; submit it again');
        this.emit(item.id, 'status');
      } else {
        this.tasks.delete(item.id);
        item.settle.reject(new StoppingError());
      }
    }
    if (this.running) {
      this.running.reason = 'shutdown';
      this.running.abort.abort();
    }
    await this.idle;
  }

  /** What the store keeps. */
  get retention(): Retention {
    return this.o.retention ?? DEFAULT_RETENTION;
  }

  /** What the queue is doing: for tests, the health of a busy server, and the log. */
  stats(): { queued: number; running: string | null; finished: number; abandoned: number; msPerRunMonth: number } {
    return { queued: this.queue.length, running: this.running ? (this.running.kind === 'run' ? `run ${this.running.id}` : this.running.label) : null, finished: this.finished, abandoned: this.abandoned, msPerRunMonth: this.msPerCost };
  }

  /** Items waiting (not counting the one running). */
  get queued(): number {
    return this.queue.length;
  }

  /** Seconds until the work queued and running now is done, at the speed measured so far. */
  retryAfter(): number {
    const ahead = [...(this.running ? [this.running] : []), ...this.queue].reduce((s, j) => s + j.cost * (1 - j.progress), 0);
    return Math.max(1, Math.ceil((ahead * this.msPerCost) / 1000));
  }

  private checkRoom(): void {
    // One item runs and maxQueued wait; an item being created counts as waiting.
    if ((this.running ? 1 : 0) + this.queue.length + this.creating >= this.o.maxQueued + 1) throw new QueueFullError(this.retryAfter());
  }

  /** A request waiting for a computation left: the last one to leave takes it out of the queue or stops it. */
  private abandon(task: TaskItem): void {
    task.waiters--;
    if (task.waiters > 0) return;
    const i = this.queue.indexOf(task);
    if (i >= 0) {
      this.queue.splice(i, 1);
      this.tasks.delete(task.id);
      this.abandoned++;
      task.settle.reject(abortError('every client waiting for it went away'));
    } else if (this.running === task) {
      task.reason = 'abandoned';
      task.abort.abort();
    }
  }

  private emit(id: string, kind: 'progress' | 'status', data?: { done: number; total: number }): void {
    this.events.emit(id, kind, data);
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const item = this.queue.shift()!;
    this.running = item;
    const t0 = performance.now();
    const work = item.kind === 'run' ? this.execute(item) : this.executeTask(item);
    this.idle = work.then((completed) => {
      if (completed) this.finished++;
      if (completed && item.cost > 0) this.time(performance.now() - t0, item.cost);
      if (item.reason === 'abandoned') this.abandoned++;
    }).catch((err: unknown) => {
      // execute and executeTask catch everything; this is the last guard against an unhandled rejection.
      this.log.error({ err, item: item.id }, 'the work queue failed unexpectedly');
    }).finally(() => {
      this.running = null;
      this.pump();
    });
  }

  /** Learns the engine's speed from finished items (an exponentially weighted mean of ms per run-month). */
  private time(ms: number, cost: number): void {
    const rate = ms / cost;
    this.msPerCost = this.timed === 0 ? rate : 0.7 * this.msPerCost + 0.3 * rate;
    this.timed++;
  }

  private async executeTask(task: TaskItem): Promise<boolean> {
    try {
      const value = await task.work(task.abort.signal, (done, total) => { task.progress = total > 0 ? done / total : 0; });
      task.settle.resolve(value);
      return true;
    } catch (err) {
      task.settle.reject(err);
      if ((err as Error).name !== 'AbortError') this.log.error({ err, task: task.label }, `${task.label} failed`);
      return false;
    } finally {
      this.tasks.delete(task.id);
    }
  }

  /**
   * Writes a run's final state. When the store refuses (full, read-only, gone), the error is logged
   * and the state is kept in memory, so the API still reports it; returns whether it was stored.
   */
  private async record(id: string, status: 'failed' | 'cancelled' | 'interrupted', error: string): Promise<boolean> {
    try {
      await this.o.store.failRun(id, error, status);
      return true;
    } catch (err) {
      this.log.error({ err, run: id, store: storeFailureOf(err) ?? 'error' }, `the store could not record run ${id} as ${status}`);
      this.unrecorded.set(id, { status, error });
      return false;
    }
  }

  private async execute(job: RunItem): Promise<boolean> {
    const { store } = this.o;
    try {
      try {
        await store.markRunning(job.id);
      } catch (err) {
        this.log.error({ err, run: job.id }, `the store could not mark run ${job.id} running`);
        await this.record(job.id, 'failed', storeMessage(err, 'the run could not start'));
        return false;
      }
      this.emit(job.id, 'status');
      let lastWrite = 0, last = { done: 0, total: job.input.runs };
      const saveProgress = (done: number, total: number) => store.updateProgress(job.id, done, total)
        .catch((err: unknown) => this.log.warn({ err, run: job.id }, `the store could not record the progress of run ${job.id}`));
      let result: Awaited<ReturnType<typeof runScenario>>;
      try {
        result = await runScenario(job.input.scenario, {
          runs: job.input.runs, seed: job.input.seed, workers: this.o.workers, dataDir: this.o.dataDir, signal: job.abort.signal, parameters: SERVER_PARAMETERS,
          onProgress: (done, total) => {
            last = { done, total };
            job.progress = total > 0 ? done / total : 0;
            this.emit(job.id, 'progress', { done, total });
            const t = performance.now();
            if (t - lastWrite > 250 || done === total) { lastWrite = t; void saveProgress(done, total); }
          },
        });
      } catch (err) {
        await saveProgress(last.done, last.total); // the status shows the last progress reached
        if ((err as Error).name === 'AbortError' && job.reason === 'shutdown') await this.record(job.id, 'interrupted', 'interrupted: the server was stopped before the run finished; submit it again');
        else if ((err as Error).name === 'AbortError') await this.record(job.id, 'cancelled', 'cancelled by request');
        else {
          this.log.error({ err, run: job.id }, `run ${job.id} failed`);
          await this.record(job.id, 'failed', `the run failed: ${(err as Error).message}`);
        }
        return false;
      }
      try {
        await store.updateProgress(job.id, job.input.runs, job.input.runs);
        await store.finishRun(job.id, job.hash, JSON.stringify(result));
      } catch (err) {
        this.log.error({ err, run: job.id, store: storeFailureOf(err) ?? 'error' }, `the store could not save the result of run ${job.id}`);
        await this.record(job.id, 'failed', storeMessage(err, 'the result could not be saved'));
        return false;
      }
      const limits = this.retention;
      try {
        const pruned = await store.prune(limits);
        if (pruned.runs + pruned.results + pruned.compares > 0) this.log.info({ pruned, retention: limits }, 'retention: the oldest stored runs were deleted');
      } catch (err) {
        this.log.warn({ err }, 'retention: the store could not delete old runs');
      }
      return true;
    } finally {
      this.runsByHash.delete(job.hash);
      this.emit(job.id, 'status');
    }
  }
}

/** A plain sentence for a store failure, with what to do about it. */
export function storeMessage(err: unknown, what: string): string {
  switch (storeFailureOf(err)) {
    case 'full': return `${what}: the store is full (no space left for the database); free disk space, or lower the retention (BALLAST_KEEP_RUNS, BALLAST_KEEP_MB) so old runs are deleted`;
    case 'read_only': return `${what}: the store is read-only; make the database writable (its file and folder, or the PostgreSQL role) and restart the server`;
    case 'unavailable': return `${what}: the store cannot be reached; check the database (file, disk or PostgreSQL server) and try again`;
    default: return `${what}: the store refused the write (${(err as Error).message})`;
  }
}
