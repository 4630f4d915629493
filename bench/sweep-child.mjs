// One sweep or ensemble from the compiled library, timed, as a JSON line (bench/scale.ts starts it
// in a fresh process). Jobs: ensemble RUNS WORKERS | sobol N RUNS WORKERS | compare RUNS WORKERS |
// calibrate WORKERS. BENCH_REDIS=redis://… sends the chunks to BullMQ workers instead.
const lib = await import('../dist/index.js');
const { runPaired } = await import('../dist/engine/ensemble.js');
const { useExecutor } = await import('../dist/engine/executor.js');
const [job, ...args] = process.argv.slice(2);
const worst = lib.loadScenario('scenarios/worst-case.yaml');
let exec = null;
if (process.env.BENCH_REDIS) {
  const { bullmqExecutor } = await import('../dist/engine/bullmq.js');
  exec = bullmqExecutor({ url: process.env.BENCH_REDIS });
  useExecutor(exec);
}
const t0 = performance.now();
let out;
if (job === 'ensemble') {
  const [runs, workers] = args.map(Number);
  await lib.runEnsemble(worst, { runs, workers, seed: 42 });
  out = { runs, ms: performance.now() - t0 };
} else if (job === 'sobol') {
  const [samples, runs, workers] = args.map(Number);
  const { sensitivity } = await import('../dist/validation/sensitivity/index.js');
  const r = await sensitivity(worst, { method: 'sobol', samples, runs, seed: 42, workers });
  out = { runs: r.evaluations * runs, ms: performance.now() - t0 };
} else if (job === 'compare') {
  const [runs, workers] = args.map(Number);
  await runPaired(worst, lib.loadScenario('scenarios/continuity.yaml'), { runs, workers, seed: 42 });
  out = { runs, ms: performance.now() - t0 };
} else if (job === 'calibrate') {
  const [workers] = args.map(Number);
  const { calibrate } = await import('../dist/validation/calibration.js');
  let first = 0, last = 0, simulations = 0;
  await calibrate(2016, { abc: true, samples: 120, workers, onProgress: (d) => { const now = performance.now(); if (first === 0) first = now; last = now; simulations = d; } });
  out = { runs: 0, ms: performance.now() - t0, abcMs: last - first, simulations };
} else throw new Error(`unknown job ${job}`);
if (exec) { useExecutor(null); await exec.close(); }
await lib.closePools();
process.stdout.write(JSON.stringify(out) + '\n');
