/**
 * ABC-SMC (src/validation/abc-smc.ts) against posteriors known in closed form: the mean of n
 * normal observations with known variance under a flat prior has the posterior N(ȳ, σ²/n), and
 * ABC with the sample mean (a sufficient statistic) converges to it as the tolerance falls.
 */
import { describe, expect, it } from 'vitest';
import { abcSmc, effectiveSampleSize, weightedQuantile } from '../../src/validation/abc-smc.js';
import { Xoshiro128, normal } from '../../src/engine/prng.js';

/** ȳ of n draws from N(θ, 1), the noise fixed by the call index (a deterministic simulator). */
function simulatedMean(theta: number, n: number, call: number): number {
  const r = new Xoshiro128(99, call, 3);
  let s = 0;
  for (let i = 0; i < n; i++) s += theta + normal(r);
  return s / n;
}

const n = 25, yBar = 1.3; // posterior N(1.3, 0.2²) under a flat prior on [−5, 5]
const problem = { names: ['theta'], lower: [-5], upper: [5], distance: (t: readonly number[], call: number) => Math.abs(simulatedMean(t[0]!, n, call) - yBar) };

describe('abcSmc', () => {
  it('recovers the normal posterior N(ȳ, 1/n) widened by its tolerance, over five seeds', async () => {
    // At tolerance ε the ABC posterior of this problem is ȳ − e + U(−ε, ε), e ~ N(0, 1/n): mean ȳ,
    // variance 1/n + ε²/3. One population's s.d. is noisy (ESS about 100), so average five.
    const runs = await Promise.all([1, 2, 3, 4, 5].map((seed) => abcSmc(problem, { particles: 400, seed, minAcceptance: 0.05, maxGenerations: 10 })));
    const avg = (f: (r: (typeof runs)[number]) => number) => runs.reduce((a, r) => a + f(r), 0) / runs.length;
    const mean = avg((r) => r.estimates.theta!.mean), sd = avg((r) => r.estimates.theta!.sd);
    const expectedSd = avg((r) => Math.sqrt(1 / n + r.epsilon ** 2 / 3));
    expect(Math.abs(mean - yBar)).toBeLessThan(0.03);
    expect(Math.abs(sd / expectedSd - 1)).toBeLessThan(0.1);
    // the tolerance has fallen well below the data's own noise (0.2), so the posterior is the exact one to a few per cent
    for (const r of runs) expect(r.epsilon).toBeLessThan(0.1);
    // the 90% interval of N(1.3, 0.2²) is 1.3 ± 0.329
    expect(Math.abs(avg((r) => r.estimates.theta!.lo) - (yBar - 0.329))).toBeLessThan(0.06);
    expect(Math.abs(avg((r) => r.estimates.theta!.hi) - (yBar + 0.329))).toBeLessThan(0.06);
  });

  it('reports falling tolerances, acceptance rates, effective sample sizes, and normalised weights', async () => {
    const r = await abcSmc(problem, { particles: 200, seed: 3, minAcceptance: 0.05, maxGenerations: 8 });
    expect(r.generations[0]).toMatchObject({ generation: 0, epsilon: Infinity, simulations: 200, acceptance: 1 });
    for (let t = 2; t < r.generations.length; t++) expect(r.generations[t]!.epsilon).toBeLessThanOrEqual(r.generations[t - 1]!.epsilon);
    for (const g of r.generations) { expect(g.acceptance).toBeGreaterThanOrEqual(0); expect(g.acceptance).toBeLessThanOrEqual(1); expect(g.ess).toBeGreaterThan(0); }
    expect(r.simulations).toBe(r.generations.reduce((s, g) => s + g.simulations, 0));
    expect(r.particles.reduce((s, p) => s + p.weight, 0)).toBeCloseTo(1, 12);
    for (const p of r.particles) expect(p.distance).toBeLessThanOrEqual(r.epsilon);
    expect(r.ess).toBeCloseTo(effectiveSampleSize(r.particles.map((p) => p.weight)), 12);
    expect(r.ess).toBeLessThanOrEqual(r.particles.length + 1e-9);
  });

  it('is closer to the truth than rejection ABC with the same number of simulations', async () => {
    const smc = await abcSmc(problem, { particles: 200, seed: 11, minAcceptance: 0.05, maxGenerations: 8 });
    // Rejection with the same budget: prior draws, keep the closest 10%.
    const rng = new Xoshiro128(11, 0, 5);
    const draws = Array.from({ length: smc.simulations }, (_, i) => { const t = -5 + 10 * rng.next(); return { t, d: problem.distance([t], 10_000 + i) }; }).sort((a, b) => a.d - b.d);
    const kept = draws.slice(0, Math.round(smc.simulations / 10)).map((x) => x.t);
    const mean = kept.reduce((a, b) => a + b, 0) / kept.length;
    const sd = Math.sqrt(kept.reduce((a, b) => a + (b - mean) ** 2, 0) / kept.length);
    // The rejection posterior is too wide (its tolerance is larger); SMC's is near 0.2.
    expect(Math.abs(smc.estimates.theta!.sd - 0.2)).toBeLessThan(Math.abs(sd - 0.2));
  });

  it('gives the same particles for the same seed, other particles for another', async () => {
    const a = await abcSmc(problem, { particles: 60, seed: 5 }), b = await abcSmc(problem, { particles: 60, seed: 5 }), c = await abcSmc(problem, { particles: 60, seed: 6 });
    expect(b.particles).toEqual(a.particles);
    expect(c.particles).not.toEqual(a.particles);
  });

  it('recovers a correlated two-parameter posterior inside the prior box', async () => {
    // y1 ~ N(θ1 + θ2, 1/n), y2 ~ N(θ1 − θ2, 1/n): the posterior means are ((y1 + y2)/2, (y1 − y2)/2).
    const y1 = 0.8, y2 = -0.2;
    const two = {
      names: ['a', 'b'], lower: [-3, -3], upper: [3, 3],
      distance: (t: readonly number[], call: number) => Math.hypot(simulatedMean(t[0]! + t[1]!, n, call) - y1, simulatedMean(t[0]! - t[1]!, n, call + 1_000_000) - y2),
    };
    const r = await abcSmc(two, { particles: 400, seed: 2, minAcceptance: 0.05, maxGenerations: 10 });
    expect(Math.abs(r.estimates.a!.mean - 0.3)).toBeLessThan(0.06);
    expect(Math.abs(r.estimates.b!.mean - 0.5)).toBeLessThan(0.06);
    for (const p of r.particles) for (const [k, v] of p.theta.entries()) { expect(v).toBeGreaterThanOrEqual(two.lower[k]!); expect(v).toBeLessThanOrEqual(two.upper[k]!); }
  });
});

describe('weightedQuantile', () => {
  it('is the smallest value whose cumulative weight reaches p, by hand', () => {
    expect(weightedQuantile([3, 1, 2], [0.2, 0.5, 0.3], 0.5)).toBe(1);
    expect(weightedQuantile([3, 1, 2], [0.2, 0.5, 0.3], 0.6)).toBe(2);
    expect(weightedQuantile([3, 1, 2], [0.2, 0.5, 0.3], 0.95)).toBe(3);
  });
});

describe('abcSmc with a likelihood-ratio floor', () => {
  it('stops at the 95% likelihood-ratio region when the distance is minus a log-likelihood (Wilks)', async () => {
    // −ℓ(θ) = n(θ − ȳ)²/2 for n normal observations with unit variance: the region −ℓ ≤ −ℓ_min + χ²₁(0.95)/2
    // is ȳ ± 1.96/√n = 1.3 ± 0.392. The particles must fill it, and not shrink toward ȳ.
    const loglik = { names: ['theta'], lower: [-5], upper: [5], distance: (t: readonly number[]) => (n * (t[0]! - yBar) ** 2) / 2 };
    const r = await abcSmc(loglik, { particles: 400, seed: 2, minAcceptance: 0.01, maxGenerations: 20, epsilonFloor: (d) => d + 3.841 / 2 });
    const half = 1.96 / Math.sqrt(n);
    const last = r.generations.at(-1)!;
    expect(last.atFloor).toBe(true);
    expect(r.generations.slice(0, -1).every((g) => g.atFloor === undefined)).toBe(true);
    expect(last.epsilon).toBeLessThan(1.921 + 0.01);
    expect(last.epsilon).toBeGreaterThan(1.9);
    const thetas = r.particles.map((p) => p.theta[0]!);
    expect(Math.min(...thetas)).toBeGreaterThanOrEqual(yBar - half - 1e-9);
    expect(Math.max(...thetas)).toBeLessThanOrEqual(yBar + half + 1e-9);
    // Filled: the weighted particles are uniform on the region (flat prior), s.d. = half/√3.
    expect(Math.abs(r.estimates.theta!.sd / (half / Math.sqrt(3)) - 1)).toBeLessThan(0.15);
    // Without the floor the same budget shrinks toward ȳ.
    const shrunk = await abcSmc(loglik, { particles: 400, seed: 2, minAcceptance: 0.01, maxGenerations: 20 });
    expect(shrunk.estimates.theta!.sd).toBeLessThan(r.estimates.theta!.sd / 3);
  });
});
