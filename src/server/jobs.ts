/**
 * Ensemble jobs for the API: a bounded queue, one ensemble at a time on the engine's worker
 * pool, progress events, cancellation, and results addressed by content hash so that asking
 * again for the same ensemble returns the stored one at once.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { canonicalJson, scenarioHash, type Scenario } from '../scenario/index.js';
import { runScenario } from '../results/simulate.js';
import { MODEL_VERSION } from '../model/version.js';
import type { Store, RunRow } from '../store/index.js';
import { createHash } from 'node:crypto';

export interface JobOptions {
  readonly store: Store;
  readonly dataDir: string;
  readonly dataVersion: string;
  readonly workers: number;
  /** Runs that may wait in the queue (besides the one running). */
  readonly maxQueued: number;
}

export interface SubmitInput {
  readonly scenario: Scenario;
  readonly scenarioName: string | null;
  readonly text: string;
  readonly runs: number;
  readonly seed: number;
}

export class QueueFullError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`the run queue is full; try again in about ${retryAfterSeconds} s`);
    this.name = 'QueueFullError';
  }
}

/** The content address of an ensemble: scenario, seed, runs, data version, model version. */
export function ensembleHash(scenario: Scenario, seed: number, runs: number, dataVersion: string): string {
  return createHash('sha256').update(canonicalJson({ scenario: scenarioHash(scenario), seed, runs, data: dataVersion, model: MODEL_VERSION })).digest('hex');
}

export class JobManager {
  private readonly queue: { id: string; input: SubmitInput; hash: string }[] = [];
  private running: { id: string; abort: AbortController } | null = null;
  private readonly events = new EventEmitter();
  private readonly durations: number[] = [];
  private idle: Promise<void> = Promise.resolve();

  constructor(private readonly o: JobOptions) {
    this.events.setMaxListeners(0);
  }

  /** Queues an ensemble, or returns the stored run of the same content hash. */
  async submit(input: SubmitInput): Promise<RunRow> {
    const hash = ensembleHash(input.scenario, input.seed, input.runs, this.o.dataVersion);
    const stored = await this.o.store.findDoneRun(hash);
    if (stored) return stored;
    if (this.queue.length >= this.o.maxQueued) throw new QueueFullError(this.retryAfter());
    const id = randomUUID();
    const row = await this.o.store.createRun({
      id, hash, scenarioName: input.scenarioName, title: input.scenario.name, scenarioText: input.text,
      scenarioJson: JSON.stringify(input.scenario), runs: input.runs, seed: input.seed, dataVersion: this.o.dataVersion, modelVersion: MODEL_VERSION,
    });
    this.queue.push({ id, input, hash });
    this.pump();
    return row;
  }

  /** Cancels a queued or running job; returns false if it had already ended. */
  async cancel(id: string): Promise<boolean> {
    const i = this.queue.findIndex((j) => j.id === id);
    if (i >= 0) {
      this.queue.splice(i, 1);
      await this.o.store.failRun(id, 'cancelled by request', 'cancelled');
      this.emit(id, 'status');
      return true;
    }
    if (this.running?.id === id) {
      this.running.abort.abort();
      return true;
    }
    return false;
  }

  /** Resolves when the run, if it is the one running, has ended. */
  async settled(id: string): Promise<void> {
    if (this.running?.id === id) await this.idle;
  }

  /** Subscribes to a run's events; returns the unsubscribe function. */
  on(id: string, listener: (kind: 'progress' | 'status', data?: { done: number; total: number }) => void): () => void {
    const fn = (kind: 'progress' | 'status', data?: { done: number; total: number }) => listener(kind, data);
    this.events.on(id, fn);
    return () => this.events.off(id, fn);
  }

  /** Resolves when the queue is empty and nothing runs (tests, shutdown). */
  async drain(): Promise<void> {
    while (this.running || this.queue.length > 0) await this.idle;
  }

  /** Cancels everything (shutdown). */
  async stop(): Promise<void> {
    for (const j of [...this.queue]) await this.cancel(j.id);
    this.running?.abort.abort();
    await this.idle;
  }

  get queued(): number {
    return this.queue.length;
  }

  private retryAfter(): number {
    const mean = this.durations.length ? this.durations.reduce((a, b) => a + b, 0) / this.durations.length : 10_000;
    return Math.max(1, Math.ceil(((this.queue.length + 1) * mean) / 1000));
  }

  private emit(id: string, kind: 'progress' | 'status', data?: { done: number; total: number }): void {
    this.events.emit(id, kind, data);
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    const abort = new AbortController();
    this.running = { id: job.id, abort };
    this.idle = this.execute(job, abort).finally(() => {
      this.running = null;
      this.pump();
    });
  }

  private async execute(job: { id: string; input: SubmitInput; hash: string }, abort: AbortController): Promise<void> {
    const { store } = this.o;
    const t0 = performance.now();
    await store.markRunning(job.id);
    this.emit(job.id, 'status');
    let lastWrite = 0, last = { done: 0, total: job.input.runs };
    try {
      const result = await runScenario(job.input.scenario, {
        runs: job.input.runs, seed: job.input.seed, workers: this.o.workers, dataDir: this.o.dataDir, signal: abort.signal,
        onProgress: (done, total) => {
          last = { done, total };
          this.emit(job.id, 'progress', { done, total });
          const t = performance.now();
          if (t - lastWrite > 250 || done === total) { lastWrite = t; void store.updateProgress(job.id, done, total); }
        },
      });
      await store.updateProgress(job.id, job.input.runs, job.input.runs);
      await store.finishRun(job.id, job.hash, JSON.stringify(result));
      this.durations.push(performance.now() - t0);
      if (this.durations.length > 20) this.durations.shift();
    } catch (err) {
      const cancelled = (err as Error).name === 'AbortError';
      await store.updateProgress(job.id, last.done, last.total); // the status shows the last progress reached
      await store.failRun(job.id, cancelled ? 'cancelled by request' : `the run failed: ${(err as Error).message}`, cancelled ? 'cancelled' : 'failed');
    }
    this.emit(job.id, 'status');
  }
}
