import { describe, expect, it } from 'vitest';
import { elementaryEffects, ishigami, MORRIS_DEFAULT_LEVELS, morrisDesign, morrisEffects, type MorrisDesign } from '../../../src/validation/sensitivity/index.js';

function outputs(d: MorrisDesign, f: (x: Float64Array) => number, lo = 0, hi = 1): Float64Array {
  const k = d.inputs, n = d.points.length / k, x = new Float64Array(k);
  return Float64Array.from({ length: n }, (_, j) => {
    for (let i = 0; i < k; i++) x[i] = lo + (hi - lo) * d.points[j * k + i]!;
    return f(x);
  });
}
const ish = (x: Float64Array) => ishigami(x[0]!, x[1]!, x[2]!);

describe('morrisDesign', () => {
  it('defaults to p = 4 levels, so Δ = 2/3 (Morris 1991)', () => {
    expect(MORRIS_DEFAULT_LEVELS).toBe(4);
    const d = morrisDesign(3, { trajectories: 2, seed: 1 });
    expect(d.levels).toBe(4);
    expect(d.delta).toBeCloseTo(2 / 3, 15);
  });

  it('moves each input once per trajectory, by ±Δ, on the grid {0, 1/3, 2/3, 1}', () => {
    const k = 5, r = 30;
    const d = morrisDesign(k, { trajectories: r, seed: 9 });
    expect(d.points.length).toBe(r * (k + 1) * k);
    for (const v of d.points) expect([0, 1, 2, 3].some((l) => Math.abs(v - l / 3) < 1e-12)).toBe(true);
    for (let t = 0; t < r; t++) {
      const moved = new Set<number>();
      for (let m = 1; m <= k; m++) {
        const row = t * (k + 1) + m;
        const changed = [...Array(k).keys()].filter((i) => d.points[row * k + i] !== d.points[(row - 1) * k + i]);
        expect(changed).toEqual([d.moved[t * k + m - 1]]);
        const i = changed[0]!;
        expect(d.points[row * k + i]! - d.points[(row - 1) * k + i]!).toBeCloseTo(d.direction[t * k + m - 1]! * (2 / 3), 12);
        moved.add(i);
      }
      expect(moved.size).toBe(k);
    }
  });

  it('visits every level about equally often (Morris 1991)', () => {
    const d = morrisDesign(4, { trajectories: 2000, seed: 2 });
    const counts = [0, 0, 0, 0];
    for (const v of d.points) counts[Math.round(v * 3)]!++;
    for (const c of counts) expect(c / d.points.length).toBeCloseTo(0.25, 1);
  });

  it('refuses an odd number of levels, fewer than 2 trajectories, or no input', () => {
    expect(() => morrisDesign(3, { trajectories: 10, levels: 5, seed: 1 })).toThrow(/even whole number/);
    expect(() => morrisDesign(3, { trajectories: 1, seed: 1 })).toThrow(/at least 2 trajectories/);
    expect(() => morrisDesign(0, { trajectories: 10, seed: 1 })).toThrow(/at least one input/);
  });
});

describe('morrisEffects', () => {
  it('gives a linear function\'s slopes: f = 3x1 − x2 has μ = 3, −1, μ* = 3, 1, σ = 0', () => {
    const d = morrisDesign(2, { trajectories: 8, seed: 4 });
    const e = morrisEffects(d, outputs(d, (x) => 3 * x[0]! - x[1]!), { seed: 4, resamples: 100 });
    expect(e[0]!.mu).toBeCloseTo(3, 12);
    expect(e[1]!.mu).toBeCloseTo(-1, 12);
    expect(e[0]!.muStar).toBeCloseTo(3, 12);
    expect(e[1]!.muStar).toBeCloseTo(1, 12);
    expect(e[0]!.sigma).toBeCloseTo(0, 12);
    expect(elementaryEffects(d, outputs(d, (x) => 3 * x[0]! - x[1]!)).every((v, j) => Math.abs(v - (j % 2 === 0 ? 3 : -1)) < 1e-12)).toBe(true);
  });

  it('ranks the Ishigami inputs x1 and x2 above x3 by μ*, for every seed tried', () => {
    for (const seed of [1, 2, 3]) {
      const d = morrisDesign(3, { trajectories: 1000, seed });
      const e = morrisEffects(d, outputs(d, ish, -Math.PI, Math.PI), { seed, resamples: 100 });
      expect(e[0]!.muStar).toBeGreaterThan(e[2]!.muStar);
      expect(e[1]!.muStar).toBeGreaterThan(e[2]!.muStar);
    }
  });

  it('converges on the Ishigami μ* of the p = 4 grid, x2 > x1 > x3 as in SALib\'s regression test (7.768, 7.875, 6.309)', () => {
    // The exact expectation on the grid {−π, −π/3, π/3, π} with Δ = 2/3 of the range, by hand:
    // x2: every step changes 7 sin² x2 by 7 · 3/4, so |EE| = 5.25 / (2/3) = 7.875 always;
    // x1: |Δ sin x1| = √3/2 on every step, times 1 + 0.1 x3⁴ averaged over the grid's x3;
    // x3: |Δ x3⁴| = π⁴(1 − 1/81), times 0.1 |sin x1|, which is √3/2 on half the grid and 0 on the rest.
    const x1 = (Math.sqrt(3) / 2) * (1 + (0.1 * (Math.PI ** 4 + (Math.PI / 3) ** 4)) / 2) * 1.5;
    const x3 = 0.1 * (Math.PI ** 4 - (Math.PI / 3) ** 4) * (Math.sqrt(3) / 4) * 1.5;
    const d = morrisDesign(3, { trajectories: 20000, seed: 11 });
    const e = morrisEffects(d, outputs(d, ish, -Math.PI, Math.PI), { seed: 11, resamples: 100 });
    expect(e[1]!.muStar).toBeCloseTo(7.875, 9);
    expect(Math.abs(e[0]!.muStar - x1)).toBeLessThan(0.15); // s.e. ≈ 6.25/√20000 = 0.044
    expect(Math.abs(e[2]!.muStar - x3)).toBeLessThan(0.2); // s.e. ≈ 0.06
    expect(e[1]!.muStar).toBeGreaterThan(e[0]!.muStar);
    expect(e[0]!.muStar).toBeGreaterThan(e[2]!.muStar);
    expect(Math.abs(e[1]!.mu)).toBeLessThan(0.2); // sin² x2 rises and falls: signed effects cancel
    expect(e[0]!.mu).toBeCloseTo(e[0]!.muStar, 12); // sin x1 · (1 + 0.1 x3⁴) always rises on these steps
  });

  it('is reproducible for a seed', () => {
    const run = (seed: number) => { const d = morrisDesign(3, { trajectories: 50, seed }); return morrisEffects(d, outputs(d, ish, -Math.PI, Math.PI), { seed, resamples: 100 }); };
    expect(run(3)).toEqual(run(3));
    expect(run(4)).not.toEqual(run(3));
  });
});
