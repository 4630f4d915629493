// Runs one ensemble from the compiled library and prints its figures as JSON (bench/run.ts
// starts it in a fresh process, so start-up and peak memory are measured honestly).
// Usage: node bench/ensemble-child.mjs SCENARIO RUNS WORKERS [WARMUP]
// WARMUP > 0 first runs an ensemble of that many runs (untimed), as the floor is warmed before it is
// timed: the ensemble's time is then the engine's steady state, without compiling the scenario or the JIT's warm-up.
const t0 = performance.now();
const lib = await import('../dist/index.js');
const [file, runs, workers, warmup = '0'] = process.argv.slice(2);
const scenario = lib.loadScenario(file);
if (Number(warmup) > 0) await lib.runEnsemble(scenario, { runs: Number(warmup), workers: Number(workers), seed: 1 });
const t1 = performance.now();
const agg = await lib.runEnsemble(scenario, { runs: Number(runs), workers: Number(workers) });
const t2 = performance.now();
const result = lib.assembleResult(agg);
const t3 = performance.now();
await lib.closePools();
process.stdout.write(JSON.stringify({
  runs: Number(runs), workers: Number(workers), allies: result.allies.length, months: result.horizon_months,
  startupMs: t1 - t0, ensembleMs: t2 - t1, assembleMs: t3 - t2, totalMs: performance.now() - t0,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
}) + '\n');
