// Counts, per run, the random numbers and exponentials the engine takes for one scenario (bench/run.ts
// gives these counts to the floor, so the floor does the work the model needs, as many times as it needs it).
// Usage: node bench/count-child.mjs SCENARIO RUNS. Math.exp and the streams' draws are wrapped to count
// their calls, in this process only; the counts do not depend on timing.
const lib = await import('../dist/index.js');
const { prepare } = await import('../dist/engine/prepare.js');
const { runBlock, preparedOf } = await import('../dist/engine/block.js');
const { defaultDataDir } = await import('../dist/data/index.js');
const [file, runs = '1000'] = process.argv.slice(2);
// The library's default parameters, as bench/ensemble-child.mjs runs the ensembles the floor is compared with.
const p = prepare(lib.loadScenario(file), defaultDataDir());
const ctx = preparedOf(p.core).ctx; // compiled before counting: only the runs are counted
const streams = ctx.streams;
const counts = { exps: 0, normals: 0, events: 0, probes: 0, decisions: 0, nuclear: 0 };
const exp = Math.exp;
Math.exp = (x) => { counts.exps++; return exp(x); };
for (const name of ['events', 'probes', 'decisions', 'nuclear']) {
  const rng = streams[name], next = rng.next.bind(rng);
  rng.next = () => { counts[name]++; return next(); };
}
const normal = streams.normal.bind(streams);
streams.normal = () => { counts.normals++; return normal(); };
runBlock({ core: p.core, seed: 42, from: 0, to: Number(runs) });
Math.exp = exp;
process.stdout.write(JSON.stringify(Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, v / Number(runs)]))) + '\n');
