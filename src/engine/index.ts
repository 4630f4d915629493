/** The engine's public API: ensembles on worker threads, seeded streams, mergeable statistics. */
export { runEnsemble, runPaired, runSummaries, BLOCK_SIZE, type EnsembleOptions, type EnsembleAggregate, type PairedAggregate, type SummariesOptions } from './ensemble.js';
export { Xoshiro128, splitmix32, normal, type Rng } from './prng.js';
export { RunStreams, STREAM } from './streams.js';
export { simulateRun, createRunContext, type RunContext, type MonthCollector } from './run.js';
export { defaultWorkers, closePools } from './pool.js';
export { InputError } from './errors.js';
export { PAIRED_FIELDS } from './paired.js';
