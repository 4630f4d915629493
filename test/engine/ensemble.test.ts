import { afterAll, describe, expect, it } from 'vitest';
import { STANCES } from '../../src/vocabulary.js';
import { loadScenario } from '../../src/scenario/index.js';
import { runEnsemble, runPaired } from '../../src/engine/ensemble.js';
import { closePools } from '../../src/engine/pool.js';
import { assembleResult } from '../../src/results/assemble.js';
import { resultFiles } from '../../src/results/export.js';
import { compareScenarios, runScenario } from '../../src/results/simulate.js';

afterAll(() => closePools());
const worst = loadScenario('scenarios/worst-case.yaml');

describe('runEnsemble', () => {
  it('gives byte-identical result files for 1 and 2 workers', async () => {
    const one = resultFiles(assembleResult(await runEnsemble(worst, { runs: 600, seed: 11, workers: 1 })));
    const two = resultFiles(assembleResult(await runEnsemble(worst, { runs: 600, seed: 11, workers: 2 })));
    expect(Object.keys(two)).toEqual(Object.keys(one));
    for (const name of Object.keys(one)) expect(two[name], name).toBe(one[name]);
  });

  it('gives different results for a different seed, and the same for the same seed', async () => {
    const a = await runScenario(worst, { runs: 300, seed: 1 });
    const b = await runScenario(worst, { runs: 300, seed: 2 });
    const c = await runScenario(worst, { runs: 300, seed: 1 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(c));
    expect(JSON.stringify(a.outcomes)).not.toBe(JSON.stringify(b.outcomes));
  });

  it('reports outcome probabilities that sum to 1 with intervals around them, and progress up to N', async () => {
    const seen: number[] = [];
    const r = await runScenario(worst, { runs: 700, seed: 3, onProgress: (d) => seen.push(d) });
    expect(r.runs).toBe(700);
    expect(r.outcomes.reduce((s, o) => s + o.probability, 0)).toBeCloseTo(1, 5); // each rounded to 6 decimals
    expect(r.outcomes.reduce((s, o) => s + o.count, 0)).toBe(700);
    for (const o of r.outcomes) { expect(o.lo).toBeLessThanOrEqual(o.probability); expect(o.hi).toBeGreaterThanOrEqual(o.probability); }
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(700);
    for (const a of r.allies) for (let t = 0; t < r.horizon_months; t++) {
      const sum = STANCES.reduce((s, k) => s + (a.stance[k]![t] ?? 0), 0);
      if (a.stance.aligned![t] !== null) expect(sum).toBeCloseTo(1, 5);
    }
    // Each theatre's outcomes are a distribution over the same runs.
    expect(r.theatres.map((h) => h.theatre)).toEqual(['europe', 'asia_pacific']);
    for (const h of r.theatres) expect(h.outcomes.reduce((s, o) => s + o.count, 0)).toBe(700);
  });

  it('cancels on an AbortSignal with an AbortError, on 1 and on 2 workers', async () => {
    for (const workers of [1, 2]) {
      const ctl = new AbortController();
      const p = runEnsemble(worst, { runs: 20000, seed: 1, workers, signal: ctl.signal, onProgress: (d) => { if (d >= 500) ctl.abort(); } });
      await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    }
  });

  it('keeps the representative runs reproducible: re-running the median run gives its logged cohesion', async () => {
    const r = await runScenario(worst, { runs: 400, seed: 5 });
    const median = r.representative.find((x) => x.kind === 'median')!;
    const again = await runScenario(worst, { runs: 400, seed: 5 });
    expect(again.representative).toEqual(r.representative);
    expect(median.events.length).toBeGreaterThan(0);
  });
});

describe('runPaired', () => {
  it('refuses scenarios with different horizons', async () => {
    const hindcast = loadScenario('scenarios/hindcast-2017-2024.yaml');
    await expect(runPaired(worst, hindcast, { runs: 10 })).rejects.toThrow(/same start and horizon_months/);
  });

  it('gives zero differences, with a zero-width interval, for a scenario compared with itself', async () => {
    const c = await compareScenarios(worst, worst, { runs: 300, seed: 9 });
    for (const d of c.differences) { expect(d.mean).toBe(0); expect(d.hi - d.lo).toBe(0); }
  });
});
