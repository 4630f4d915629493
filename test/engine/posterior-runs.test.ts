/**
 * Parameter uncertainty in every answer (issue 12, item 2): runs cycle through the shipped
 * posterior's draws, a scenario's own parameters stay fixed, the bytes do not depend on the worker
 * count, and each outcome gets a total interval that holds the Monte Carlo one.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { runScenario, compareScenarios } from '../../src/results/simulate.js';
import { closePools } from '../../src/engine/pool.js';
import { compileScenario } from '../../src/scenario/compile.js';
import { createRunContext, simulateRun, variantOfRun } from '../../src/engine/run.js';
import { parameterDraws, shippedPosterior } from '../../src/model/parameter-draws.js';
import { P } from '../../src/model/parameters.js';
import { totalInterval, totalMeanInterval } from '../../src/results/intervals.js';

afterAll(() => closePools());
const worst = loadScenario('scenarios/worst-case.yaml');

describe('runs with posterior draws', () => {
  it('run r takes draw r mod K, with the draw\'s values, the scenario\'s others', () => {
    const c = compileScenario(worst, { parameters: 'posterior' });
    const post = shippedPosterior(), K = post.draws.length;
    expect(c.draws!.count).toBe(K);
    const ctx = createRunContext(c);
    for (const run of [0, 1, K + 3]) {
      const v = variantOfRun(ctx, run).setting.params, d = post.draws[run % K]!;
      post.names.forEach((n, j) => expect(v[P[n as keyof typeof P]]).toBe(d[j]));
      expect(v[P.util_affinity]).toBe(c.setting.params[P.util_affinity]); // not in the posterior: the scenario's value
    }
    // a run is the same whichever runs came before it
    const again = createRunContext(c);
    expect(simulateRun(again, 7, 5, null).credibility).toEqual(simulateRun(createRunContext(c), 7, 5, null).credibility);
  });

  it('leaves out of the draws the parameters the scenario fixes itself', () => {
    const d = parameterDraws(['cred_base', 'const_accommodation'])!;
    expect(d.names).not.toContain('cred_base');
    expect(d.names).not.toContain('const_accommodation');
    expect(d.names).toContain('cred_ballast_gain');
    const fixed = compileScenario({ ...worst, parameters: { ...worst.parameters, cred_base: 0.6 } }, { parameters: 'posterior' });
    const ctx = createRunContext(fixed);
    for (const run of [0, 1, 2]) expect(variantOfRun(ctx, run).setting.params[P.cred_base]).toBe(0.6);
  });

  it('gives the same bytes on one and two workers, and fixed mode is the point calibration', { timeout: 120_000 }, async () => {
    const a = await runScenario(worst, { runs: 1200, seed: 3, workers: 1, parameters: 'posterior' });
    const b = await runScenario(worst, { runs: 1200, seed: 3, workers: 2, parameters: 'posterior' });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.parameters).toMatchObject({ mode: 'posterior', draws: 200 });
    for (const o of [...a.outcomes, ...a.theatres.flatMap((t) => t.outcomes)]) {
      expect(o.total_lo!).toBeLessThanOrEqual(o.lo);
      expect(o.total_hi!).toBeGreaterThanOrEqual(o.hi);
    }
    // The allies' probabilities get total intervals too, around their point values.
    const hun = a.allies.find((x) => x.iso3 === 'HUN')!;
    expect(hun.ever_total!.accommodation![0]).toBeLessThanOrEqual(hun.ever.accommodation!);
    expect(hun.ever_total!.accommodation![1]).toBeGreaterThanOrEqual(hun.ever.accommodation!);
    expect(Object.keys(hun.ever_total!).sort()).toEqual(Object.keys(hun.ever).sort());
    const f = await runScenario(worst, { runs: 1200, seed: 3, workers: 2 });
    expect(f.parameters).toEqual({ mode: 'fixed', draws: 0, drawn: [] });
    expect(f.outcomes.every((o) => o.total_lo === null && o.total_hi === null)).toBe(true);
    expect(f.allies.every((x) => x.ever_total === undefined)).toBe(true);
  });

  it('the total interval of P(holds) is wider than the Monte Carlo one in the worst case: the calibrated parameters matter', { timeout: 120_000 }, async () => {
    const r = await runScenario(worst, { runs: 4000, seed: 11, workers: 2, parameters: 'posterior' });
    const holds = r.outcomes.find((o) => o.outcome === 'holds')!;
    expect(holds.total_hi! - holds.total_lo!).toBeGreaterThan(3 * (holds.hi - holds.lo));
  });

  it('pairs the draws in a comparison: run r of both scenarios takes the same draw', { timeout: 120_000 }, async () => {
    const c = await compareScenarios(worst, worst, { runs: 400, seed: 2, workers: 1, parameters: 'posterior' });
    for (const d of c.differences) expect([d.mean, d.lo, d.hi]).toEqual([0, 0, 0]);
  });
});

describe('totalInterval', () => {
  it('is the spread of the draws\' shares when each has many runs, and shrinks pure noise to the pooled share', () => {
    // Two scopes × four outcomes per draw; scope 0, outcome 0. Draws with shares 0.2, 0.4, 0.6, 0.8 on 10,000 runs each:
    // noise variance ≈ 2·10⁻⁵, far below the spread (shrinkage √(0.0667/(0.0667 + 2·10⁻⁵)) ≈ 0.9998), so the
    // interval is the R-7 quantiles of the four shares: 0.2 + 0.075·0.2 = 0.215 and 0.6 + 0.925·0.2 = 0.785.
    const shares = [0.2, 0.4, 0.6, 0.8], n = 10000;
    const counts = new Float64Array(4 * 2 * 4);
    shares.forEach((p, j) => { counts[j * 8] = p * n; counts[j * 8 + 1] = (1 - p) * n; counts[j * 8 + 4] = n; });
    const [lo, hi] = totalInterval(counts, 4, 0, 0)!;
    expect(lo).toBeCloseTo(0.215, 3);
    expect(hi).toBeCloseTo(0.785, 3);
    // Identical expected shares with binomial noise only: τ² = 0, every share shrinks to the pooled one.
    const same = new Float64Array(4 * 2 * 4);
    [9, 11, 10, 10].forEach((x, j) => { same[j * 8] = x; same[j * 8 + 1] = 20 - x; same[j * 8 + 4] = 20; });
    const [a, b] = totalInterval(same, 4, 0, 0)!;
    expect(a).toBeCloseTo(0.5, 12);
    expect(b).toBeCloseTo(0.5, 12);
    // A draw with a single run: null.
    const one = new Float64Array(8); one[0] = 1;
    expect(totalInterval(one, 1, 0, 0)).toBeNull();
  });
});

describe('totalMeanInterval', () => {
  it('is the spread of the draws\' means when their noise is small, and shrinks pure noise to the pooled mean', () => {
    // Four draws of 10,000 runs with means 0.2, 0.4, 0.6, 0.8 and run-to-run s.d. 0.1: noise 10⁻⁶ per mean, so the
    // interval is the R-7 quantiles of the means, 0.215 and 0.785 (as for totalInterval above).
    const n = [10000, 10000, 10000, 10000], means = [0.2, 0.4, 0.6, 0.8];
    const sum = means.map((m, j) => m * n[j]!), sumSq = means.map((m, j) => n[j]! * (m * m) + (n[j]! - 1) * 0.01);
    const [lo, hi] = totalMeanInterval(sum, sumSq, n)!;
    expect(lo).toBeCloseTo(0.215, 3);
    expect(hi).toBeCloseTo(0.785, 3);
    // Means that differ by less than their noise (s.d. 1 over 4 runs: noise 0.25 each, spread 0.0167): τ² = 0, all shrink to the pooled 0.5.
    const m2 = [0.4, 0.6, 0.5, 0.5], n2 = [4, 4, 4, 4];
    const [a, b] = totalMeanInterval(m2.map((m) => 4 * m), m2.map((m) => 4 * m * m + 3), n2)!;
    expect(a).toBeCloseTo(0.5, 12);
    expect(b).toBeCloseTo(0.5, 12);
    expect(totalMeanInterval([1, 2], [1, 4], [1, 1])).toBeNull();
  });

  it('gives each month\'s mean cohesion a Monte Carlo interval, and over the posterior a total interval that holds it', { timeout: 120_000 }, async () => {
    const r = await runScenario(worst, { runs: 2000, seed: 3, workers: 2, parameters: 'posterior' });
    for (const name of ['cohesion', 'cohesion_europe']) {
      const b = r.metrics[name]!;
      for (let t = 0; t < b.mean.length; t++) {
        expect(b.mean_lo![t]!).toBeLessThanOrEqual(b.mean[t]! + 1e-6);
        expect(b.mean_hi![t]!).toBeGreaterThanOrEqual(b.mean[t]! - 1e-6);
        expect(b.mean_total_lo![t]!).toBeLessThanOrEqual(b.mean_lo![t]! + 1e-6);
        expect(b.mean_total_hi![t]!).toBeGreaterThanOrEqual(b.mean_hi![t]! - 1e-6);
      }
      // At the horizon the parameters matter more than the runs' noise.
      const t = b.mean.length - 1;
      expect(b.mean_total_hi![t]! - b.mean_total_lo![t]!).toBeGreaterThan(3 * (b.mean_hi![t]! - b.mean_lo![t]!));
    }
    const fixed = await runScenario(worst, { runs: 400, seed: 3, workers: 1, parameters: 'fixed' });
    expect(fixed.metrics.cohesion!.mean_lo).toHaveLength(fixed.metrics.cohesion!.mean.length);
    expect(fixed.metrics.cohesion!.mean_total_lo).toBeUndefined();
    expect(fixed.metrics.allies_at_2pct!.mean_lo).toBeUndefined();
  });
});
