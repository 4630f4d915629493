/**
 * Ensembles: N runs of a scenario with one seed, in blocks, on 1..W workers, merged in block
 * order. Progress is reported per block; an AbortSignal cancels (the promise rejects with an
 * AbortError and nothing partial is returned).
 */
import { defaultDataDir } from '../data/index.js';
import type { Scenario } from '../scenario/schema.js';
import { createAccumulator, mergeInto, type Accumulator } from './accumulator.js';
import { layoutOfCore, runBlock } from './block.js';
import { prepare, type ParameterOptions } from './prepare.js';
import { createPairedSums, mergePaired, runPairedBlock, type PairedSums } from './paired.js';
import { poolOf } from './pool.js';
import { distributedExecutor, executorFor } from './executor.js';
import { runSummaries as runSummaryBatch, type EngineTask } from './tasks.js';
import { InputError } from './errors.js';
import type { ScenarioCore } from '../scenario/compile.js';
import type { ParameterMode, Posterior } from '../model/parameter-draws.js';
import { SUMMARY_OUTCOMES } from '../vocabulary.js';

/** Runs per block: small enough for smooth progress, large enough to amortise a task. */
export const BLOCK_SIZE = 1000;

export interface EnsembleOptions {
  readonly runs?: number;
  readonly seed?: number;
  /** Worker threads; 1 runs in this thread. The result does not depend on it. */
  readonly workers?: number;
  readonly dataDir?: string;
  /** 'posterior': each run draws the calibrated parameters the scenario does not fix; 'fixed' (the library's default): their point values. */
  readonly parameters?: ParameterMode;
  /** The posterior to draw from (default: the shipped one). */
  readonly posterior?: Posterior;
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

const parameterOptions = (o: EnsembleOptions): ParameterOptions => ({ ...(o.parameters ? { parameters: o.parameters } : {}), ...(o.posterior ? { posterior: o.posterior } : {}) });

function abortError(): Error {
  const e = new Error('the ensemble was cancelled');
  e.name = 'AbortError';
  return e;
}

/**
 * Runs blocks [0, blocks) and feeds their results to `merge` in block order. With one worker
 * this thread runs every block; with W > 1, W worker threads run them and this thread only
 * merges (measured on the 2-core machine: 1.6× the single-thread rate, against 1.4× when this
 * thread also ran blocks, since its merging then waited behind its own blocks).
 */
async function inBlockOrder<R>(blocks: number, workers: number, signal: AbortSignal | undefined, runLocal: (b: number) => R, task: (b: number) => EngineTask, merge: (r: R, b: number) => void): Promise<void> {
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  const pending = new Map<number, R>();
  let next = 0, claimed = 0;
  const flush = () => { while (pending.has(next)) { merge(pending.get(next)!, next); pending.delete(next); next++; } };
  const exec = executorFor(workers);
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  while (claimed < blocks || inFlight.size > 0) {
    if (signal?.aborted) break;
    while (exec && claimed < blocks && inFlight.size < exec.capacity && failure === null) {
      const b = claimed++;
      const p: Promise<void> = (exec.run(task(b), signal) as Promise<R>)
        .then((r) => { pending.set(b, r); flush(); }, (err) => { failure ??= err; });
      const tracked = p.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
    }
    if (failure !== null) break;
    if (claimed < blocks && exec === null) {
      const b = claimed++;
      pending.set(b, runLocal(b));
      flush();
      await tick(); // let worker results, abort signals and progress output through
    } else if (inFlight.size > 0) {
      await Promise.race(inFlight);
    }
  }
  await Promise.allSettled(inFlight);
  if (signal?.aborted) throw abortError();
  if (failure !== null) throw failure;
  flush();
}

export interface EnsembleAggregate {
  readonly scenario: Scenario;
  readonly seed: number;
  readonly runs: number;
  readonly dataDir: string;
  readonly acc: Accumulator;
  /** The posterior draws the runs cycled through (null: fixed parameters). */
  readonly draws: ScenarioCore['draws'];
  /** How the parameters were treated, so that a run can be re-simulated exactly (representative runs, explain). */
  readonly parameterOptions: ParameterOptions;
}

/** Runs an ensemble and returns its merged statistics (assemble them with results/assembleResult). */
export async function runEnsemble(scenario: Scenario, options: EnsembleOptions = {}): Promise<EnsembleAggregate> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const runs = options.runs ?? scenario.runs;
  const seed = options.seed ?? scenario.seed;
  // Start the workers first: they boot while this thread compiles the scenario.
  if ((options.workers ?? 1) > 1 && distributedExecutor() === null) poolOf(options.workers!);
  const po = parameterOptions(options);
  const p = prepare(scenario, dataDir, po);
  const total = createAccumulator(layoutOfCore(p.core));
  const blocks = Math.ceil(runs / BLOCK_SIZE);
  const range = (b: number) => ({ from: b * BLOCK_SIZE, to: Math.min(runs, (b + 1) * BLOCK_SIZE) });
  let done = 0;
  options.onProgress?.(0, runs);
  await inBlockOrder<Accumulator>(blocks, options.workers ?? 1, options.signal,
    (b) => runBlock({ core: p.core, seed, ...range(b) }),
    (b) => ({ kind: 'block', core: p.core, seed, ...range(b) }),
    (acc) => { mergeInto(total, acc); done += acc.runs; options.onProgress?.(done, runs); });
  return { scenario, seed, runs, dataDir, acc: total, draws: p.core.draws, parameterOptions: po };
}

export interface PairedAggregate {
  readonly a: EnsembleAggregate;
  readonly b: EnsembleAggregate;
  readonly paired: PairedSums;
}

/** Runs two scenarios run by run with common random numbers. */
export async function runPaired(a: Scenario, b: Scenario, options: EnsembleOptions = {}): Promise<PairedAggregate> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const runs = options.runs ?? Math.min(a.runs, b.runs);
  const seed = options.seed ?? a.seed;
  if ((options.workers ?? 1) > 1 && distributedExecutor() === null) poolOf(options.workers!);
  const po = parameterOptions(options);
  const pa = prepare(a, dataDir, po), pb = prepare(b, dataDir, po);
  if (pa.core.horizon !== pb.core.horizon || a.start !== b.start) {
    throw new InputError(`the scenarios differ in start or horizon (${a.start} + ${pa.compiled.horizon} vs ${b.start} + ${pb.compiled.horizon}): give them the same start and horizon_months to compare`);
  }
  const accA = createAccumulator(layoutOfCore(pa.core)), accB = createAccumulator(layoutOfCore(pb.core));
  const paired = createPairedSums();
  const blocks = Math.ceil(runs / BLOCK_SIZE);
  const range = (k: number) => ({ from: k * BLOCK_SIZE, to: Math.min(runs, (k + 1) * BLOCK_SIZE) });
  let done = 0;
  options.onProgress?.(0, runs);
  type R = ReturnType<typeof runPairedBlock>;
  await inBlockOrder<R>(blocks, options.workers ?? 1, options.signal,
    (k) => runPairedBlock({ a: pa.core, b: pb.core, seed, ...range(k) }),
    (k) => ({ kind: 'paired', a: pa.core, b: pb.core, seed, ...range(k) }),
    (r) => { mergeInto(accA, r.a); mergeInto(accB, r.b); mergePaired(paired, r.paired); done += r.paired.runs; options.onProgress?.(done, runs); });
  return { a: { scenario: a, seed, runs, dataDir, acc: accA, draws: pa.core.draws, parameterOptions: po }, b: { scenario: b, seed, runs, dataDir, acc: accB, draws: pb.core.draws, parameterOptions: po }, paired };
}

export interface SummariesOptions {
  /** Runs per ensemble: runs 0 … runs − 1 of the ensemble seeded `seed`, the same for every core. */
  readonly runs: number;
  readonly seed: number;
  readonly workers?: number;
  readonly signal?: AbortSignal;
  /** Ensembles finished so far, in order, out of `count`. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * The four-number summaries (SUMMARY_OUTCOMES) of `count` small ensembles, one per core. They
 * run in batches of evaluations whose runs add up to about a block (BLOCK_SIZE), each batch one
 * task, so a sweep's tasks are as large as an ensemble's and it runs at the ensemble's speed.
 * `coreAt(i)` is called once, when ensemble i's batch is claimed, so only the cores in flight are
 * held in memory. The result does not depend on the worker count or the backend.
 */
export async function runSummaries(count: number, coreAt: (i: number) => ScenarioCore, options: SummariesOptions): Promise<Float64Array[]> {
  const { runs, seed } = options;
  if ((options.workers ?? 1) > 1 && distributedExecutor() === null) poolOf(options.workers!);
  const per = summaryBatchSize(runs), batches = Math.ceil(count / per), width = SUMMARY_OUTCOMES.length;
  const batch = (b: number) => ({ kind: 'summaries' as const, cores: Array.from({ length: Math.min(count, (b + 1) * per) - b * per }, (_, j) => coreAt(b * per + j)), seed, runs });
  const out: Float64Array[] = [];
  options.onProgress?.(0, count);
  await inBlockOrder<Float64Array>(batches, options.workers ?? 1, options.signal,
    (b) => runSummaryBatch(batch(b)),
    (b) => batch(b),
    (r) => { for (let j = 0; j < r.length / width; j++) out.push(r.subarray(j * width, (j + 1) * width)); options.onProgress?.(out.length, count); });
  return out;
}

/** Evaluations per sweep task: about BLOCK_SIZE runs, at least one evaluation. */
export function summaryBatchSize(runs: number): number {
  return Math.max(1, Math.floor(BLOCK_SIZE / Math.max(1, runs)));
}
