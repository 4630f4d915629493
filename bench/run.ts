/**
 * `npm run bench`: prints how long things take. Figures only, no thresholds: a timing belongs
 * here, never in a test. Ensembles run from the compiled library (npm run build) in fresh
 * processes, so start-up and peak memory are part of the figures.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { forgetPanel, loadWorld } from '../src/data/index.js';
import { loadScenario } from '../src/scenario/index.js';
import { compileScenario } from '../src/scenario/compile.js';
import { drawCosts, floor, type FloorCounts } from './floor.js';
import { bullmqBench, sweepBench } from './scale.js';
import { cliBench } from './cli.js';
import { Xoshiro128 } from '../src/engine/index.js';
import { natoBurdenByYear, regionalLandscape, sScore, searchLandscape, signedNetworkOfWorld, similarityMatrix, structuralBalance } from '../src/analysis/index.js';

function measure(label: string, repeats: number, fn: () => void): void {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`${label.padEnd(58)} median ${median.toFixed(1).padStart(8)} ms   min ${times[0]!.toFixed(1).padStart(8)} ms   (n=${repeats})`);
}

interface Child { runs: number; workers: number; allies: number; months: number; startupMs: number; ensembleMs: number; assembleMs: number; totalMs: number; maxRssMb: number }

/** An ensemble in a fresh process; `warmup` runs first (untimed) to time the steady state, as the floor is. */
function ensemble(file: string, runs: number, workers: number, warmup = 0): Child & { wallMs: number } {
  const t0 = performance.now();
  const out = execFileSync(process.execPath, ['bench/ensemble-child.mjs', file, String(runs), String(workers), String(warmup)], { encoding: 'utf8' });
  return { ...(JSON.parse(out) as Child), wallMs: performance.now() - t0 };
}

const only = process.argv[2];
console.log(`Ballast bench — node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);

if (!only || only === 'cli') cliBench();

if (!only || only === 'data') {
  console.log('\nData');
  measure('loadWorld(2016), cold: read and index data/', 10, () => { forgetPanel(); loadWorld(2016); });
  measure('loadWorld(2016), warm: panel cached', 50, () => { loadWorld(2016); });
  measure('loadWorld(y) for all 27 years 1990-2016, warm', 5, () => { for (let y = 1990; y <= 2016; y++) loadWorld(y); });
}

/** Two processes of pure arithmetic at once vs one alone (each timing itself): how many cores this machine really gives. */
function effectiveCores(): number {
  const code = 'let x=0;const t=performance.now();for(let i=0;i<2e8;i++)x+=Math.sqrt(i);process.stdout.write(String(performance.now()-t)+"\\n")';
  const alone = Number(execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' }));
  const both = execFileSync('bash', ['-c', `${process.execPath} -e '${code}' & ${process.execPath} -e '${code}' & wait`], { encoding: 'utf8' })
    .trim().split('\n').map(Number);
  return (2 * alone) / Math.max(...both);
}

if (!only || only === 'analysis') {
  console.log('\nAnalytics (2016 world)');
  const w = loadWorld(2016);
  const worlds = Array.from({ length: 27 }, (_, i) => loadWorld(1990 + i));
  measure('similarityMatrix, S (absolute), ATOP portfolios, 53 states', 5, () => { similarityMatrix(w, { measure: 'sAbs' }); });
  measure('similarityMatrix, Cohen\'s kappa, ATOP portfolios, 53 states', 3, () => { similarityMatrix(w, { measure: 'kappa' }); });
  measure('natoBurdenByYear, 1990-2016', 3, () => { natoBurdenByYear(worlds); });
  const europe = regionalLandscape(w, 'europe'), asia = regionalLandscape(w, 'asia');
  if (europe.ok) measure(`landscape search, Europe (${europe.value.problem.ids.length} actors, exhaustive, 2^${europe.value.problem.ids.length - 1} configurations)`, 3, () => { searchLandscape(europe.value.problem); });
  if (asia.ok) measure(`landscape search, Asia (${asia.value.problem.ids.length} actors, exhaustive)`, 5, () => { searchLandscape(asia.value.problem); });
  // Synthetic problems of the sizes the issue names (seeded): all ~190 states' portfolios, 24- and 28-actor landscapes.
  const rng = new Xoshiro128(7);
  const profiles = Array.from({ length: 190 }, () => Array.from({ length: 190 }, () => Math.floor(rng.next() * 4)));
  measure('S matrix (absolute) for 190 states x 190 (synthetic ATOP portfolios)', 3, () => {
    for (let a = 0; a < 190; a++) for (let b = a + 1; b < 190; b++) sScore(profiles[a]!, profiles[b]!, 3);
  });
  for (const n of [24, 28]) {
    const size = Float64Array.from({ length: n }, () => rng.next());
    const propensity = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) { const v = rng.next() * 2 - 1; propensity[i * n + j] = v; propensity[j * n + i] = v; }
    const problem = { ids: Array.from({ length: n }, (_, i) => `A${i}`), size, propensity };
    const t0 = performance.now();
    const r = searchLandscape(problem, { method: 'exhaustive' });
    const ms = performance.now() - t0;
    console.log(`${`landscape exhaustive search, ${n} actors (synthetic), every configuration checked for stability`.padEnd(58)} ${ms.toFixed(0).padStart(8)} ms   ${((2 ** (n - 1)) / (ms / 1000) / 1e6).toFixed(1)} M configurations/s${r.ok ? '' : ' (failed)'}`);
  }
  measure('structuralBalance of the 2016 signed network', 3, () => { const net = signedNetworkOfWorld(w); if (net.ok) structuralBalance(net.value); });
}

if (!only || only === 'engine') {
  console.log(`\nMachine: ${availableParallelism()} CPUs reported; two CPU-bound processes run ${effectiveCores().toFixed(2)}× as fast as one (the speed-up a second worker can give at best)`);
  const file = 'scenarios/worst-case.yaml';
  console.log(`\nEngine: ${file}, 48 months (fresh process each, compiled library)`);
  const one = ensemble(file, 10_000, 1);
  const two = ensemble(file, 10_000, 2);
  const big = ensemble(file, 100_000, 2);
  const bigOne = ensemble(file, 100_000, 1);
  const am = (c: Child) => (c.runs * c.months * c.allies) / (c.ensembleMs / 1000);
  const row = (label: string, c: Child & { wallMs: number }) =>
    console.log(`${label.padEnd(34)} wall ${(c.wallMs / 1000).toFixed(2).padStart(6)} s   ensemble ${(c.ensembleMs / 1000).toFixed(2).padStart(6)} s   ${(am(c) / 1e6).toFixed(2).padStart(6)} M ally-months/s   peak RSS ${c.maxRssMb.toFixed(0).padStart(5)} MB`);
  row('10,000 runs, 1 worker', one);
  row('10,000 runs, 2 workers', two);
  row('100,000 runs, 1 worker', bigOne);
  row('100,000 runs, 2 workers', big);
  console.log(`speed-up 1 → 2 workers (ensemble time, worker start-up included): ${(one.ensembleMs / two.ensembleMs).toFixed(2)} at 10,000 runs, ${(bigOne.ensembleMs / big.ensembleMs).toFixed(2)} at 100,000`);
  console.log(`memory 100,000 / 10,000 runs (peak RSS): ${(big.maxRssMb / two.maxRssMb).toFixed(2)}`);
  const compiled = compileScenario(loadScenario(file));
  // What a run of the scenario draws and exponentiates, counted in the engine (the library's default parameters, as the ensembles above).
  const counts = JSON.parse(execFileSync(process.execPath, ['bench/count-child.mjs', file, '1000'], { encoding: 'utf8' })) as FloorCounts;
  const shape = { runs: 10_000, months: compiled.horizon, allies: compiled.setting.n, counts };
  const uniforms = counts.events + counts.probes + counts.decisions + counts.nuclear + 2 * counts.normals;
  console.log(`a run draws ${uniforms.toFixed(0)} uniforms (${counts.normals.toFixed(0)} of the pairs for normals) and takes ${counts.exps.toFixed(0)} exponentials (counted over 1,000 runs)`);
  const WARMUP = 500;
  floor({ ...shape, runs: WARMUP });
  // The ratio from interleaved pairs (the engine in a fresh process, then the floor here, five times):
  // on a machine whose speed drifts (a shared VM) each pair sees the same conditions, so the median
  // of the pairs' ratios is steadier than one engine time over one floor time taken minutes apart.
  // Both are timed warm (500 runs first, untimed): the ratio compares steady states; the cold figure,
  // with the scenario's compilation and the JIT's warm-up, is the first row above and is printed too.
  const pairs: { engine: number; floor: number }[] = [];
  for (let i = 0; i < 5; i++) { const e = ensemble(file, 10_000, 1, WARMUP).ensembleMs; pairs.push({ engine: e, floor: floor(shape).ms }); }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const ratios = pairs.map((p) => p.engine / p.floor), floorMs = med(pairs.map((p) => p.floor));
  console.log(`floor (those draws and exponentials only, 10,000 runs, 1 thread): median ${(floorMs / 1000).toFixed(2)} s; engine / floor = ${med(ratios).toFixed(2)} warm (median of ${pairs.length} interleaved pairs, each after ${WARMUP} untimed runs; range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}), ${(one.ensembleMs / floorMs).toFixed(2)} cold (the fresh process's 10,000 runs above)`);
  drawCosts(2_000_000); // warm
  const costs = drawCosts();
  console.log(`the floor's ingredients in a tight loop: a uniform ${costs.uniformNs.toFixed(1)} ns, an exponential ${costs.expNs.toFixed(1)} ns (${costs.n.toLocaleString('en-US')} each); a run's ${uniforms.toFixed(0)} uniforms and ${counts.exps.toFixed(0)} exponentials at those costs: ${((uniforms * costs.uniformNs + counts.exps * costs.expNs) / 1000).toFixed(1)} µs, against the engine's ${((med(pairs.map((p) => p.engine)) * 1000) / shape.runs).toFixed(1)} µs a run warm`);
}

if (!only || only === 'api') {
  // A real server in its own process, loaded from a second process, on loopback only.
  const { spawn } = await import('node:child_process');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const db = join(mkdtempSync(join(tmpdir(), 'ballast-bench-')), 'ballast.db');
  const child = spawn(process.execPath, ['bin/ballast.js', 'serve', '--port', '0', '--db', db], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (d) => { out += String(d); });
  while (!/running at (http:\/\/\S+)/.test(out)) await new Promise((r) => setTimeout(r, 50));
  const url = /running at (http:\/\/\S+)/.exec(out)![1]!;
  const post = await fetch(`${url}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ scenario: 'worst-case', runs: 10000 }) });
  const run = (await post.json()) as { id: string };
  while (((await (await fetch(`${url}/api/runs/${run.id}`)).json()) as { status: string }).status !== 'done') await new Promise((r) => setTimeout(r, 100));
  console.log('\nAPI (server and load generator in separate processes, loopback, 8 keep-alive connections)');
  for (const [label, path] of [['GET /api/world?year=2016', '/api/world?year=2016'], ['GET /api/scenarios (validated once per text version)', '/api/scenarios'], ['GET /api/runs/:id/results (10,000-run result, stored)', `/api/runs/${run.id}/results`], ['GET /api/health', '/api/health']] as const) {
    const r = JSON.parse(execFileSync(process.execPath, ['bench/http-client.mjs', `${url}${path}`, '2000', '8'], { encoding: 'utf8' })) as { rps: number; p50Ms: number; p99Ms: number };
    console.log(`${label.padEnd(58)} ${r.rps.toFixed(0).padStart(7)} req/s   p50 ${r.p50Ms.toFixed(1)} ms   p99 ${r.p99Ms.toFixed(1)} ms`);
  }
  if (existsSync('/usr/bin/chromium') && existsSync('web/dist/index.html')) {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
    const page = await browser.newPage();
    for (const [label, path, selector] of [['dashboard home, first render of the map', '/', 'svg path'], ['results page of the 10,000-run result', `/#/results/${run.id}`, '[data-testid="fan-cohesion"] svg']] as const) {
      const t0 = performance.now();
      await page.goto(`${url}${path}`);
      await page.waitForSelector(selector, { timeout: 30_000 });
      console.log(`${label.padEnd(58)} ${(performance.now() - t0).toFixed(0).padStart(7)} ms (headless chromium)`);
    }
    await browser.close();
  }
  child.kill('SIGTERM');
}

if (!only || only === 'sensitivity') {
  // Sobol' indices of the worst case's P(holds) over the ten default parameters with N = 1,000
  // base samples: N(k + 2) = 12,000 evaluations. At 1,000 runs each that is 12 million runs,
  // about an hour on two cores, so each evaluation runs R = 50 (about 3 minutes). The noise of
  // P(holds) from R runs is √(p(1 − p)/R), at most 0.071 (p = 0.5): a variance of at most 0.005
  // against the variance the parameters cause (0.17 when measured: most evaluations hold almost
  // always or almost never, where the noise is smallest), and common random numbers (every
  // evaluation runs the same seeds) shrink it further in the differences f(A_B^(i)) − f(A) on
  // which both estimators rest. The run prints the noise's share of the variance.
  const { sensitivity } = await import('../src/validation/sensitivity/index.js');
  const { defaultWorkers, closePools } = await import('../src/engine/index.js');
  const runs = 50, workers = defaultWorkers();
  console.log(`\nSensitivity: Sobol' indices, scenarios/worst-case.yaml, P(holds), 10 parameters, 1,000 base samples, ${runs} runs per evaluation, ${workers} worker(s)`);
  const t0 = performance.now();
  const r = await sensitivity(loadScenario('scenarios/worst-case.yaml'), { method: 'sobol', samples: 1000, runs, seed: 42, workers });
  const s = (performance.now() - t0) / 1000;
  await closePools();
  if (r.method === 'sobol') {
    // E[p(1 − p)] over the evaluations, from the mean m and variance v of p: m − m² − v.
    const m = r.outcomeMean, v = r.outcomeSd ** 2, noise = (m - m * m - v) / runs;
    console.log(`${r.evaluations.toLocaleString('en-US')} evaluations (${(r.evaluations * runs).toLocaleString('en-US')} runs) in ${s.toFixed(1)} s: ${(r.evaluations / s).toFixed(1)} evaluations/s, ${((r.evaluations * runs) / s).toFixed(0)} runs/s`);
    console.log(`P(holds) over the evaluations: mean ${m.toFixed(3)}, variance ${v.toFixed(4)}; binomial noise variance per evaluation ${noise.toFixed(4)} (${((100 * noise) / v).toFixed(1)}% of it)`);
    for (const x of r.ranking) console.log(`  ${String(x.rank).padStart(2)}  ${x.name.padEnd(28)} ST ${x.st.toFixed(3)} [${x.stLo.toFixed(3)}, ${x.stHi.toFixed(3)}]   S1 ${x.s1.toFixed(3)} [${x.s1Lo.toFixed(3)}, ${x.s1Hi.toFixed(3)}]`);
  }
}

if (!only || only === 'sweep') sweepBench(availableParallelism());
if (!only || only === 'bullmq') await bullmqBench();
