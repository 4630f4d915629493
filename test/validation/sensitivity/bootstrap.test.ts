import { describe, expect, it } from 'vitest';
import { bootstrapIntervals, quantileSorted } from '../../../src/validation/sensitivity/index.js';

describe('quantileSorted', () => {
  it('interpolates linearly between order statistics (R-7)', () => {
    const v = Float64Array.of(1, 2, 4, 8);
    expect(quantileSorted(v, 0)).toBe(1);
    expect(quantileSorted(v, 1)).toBe(8);
    expect(quantileSorted(v, 0.5)).toBe(3); // h = 1.5: 2 + 0.5·(4 − 2)
    expect(quantileSorted(v, 0.25)).toBe(1.75); // h = 0.75: 1 + 0.75·(2 − 1)
    expect(quantileSorted(new Float64Array(0), 0.5)).toBeNaN();
  });
});

describe('bootstrapIntervals', () => {
  const x = Float64Array.from({ length: 400 }, (_, i) => (i % 20) / 19); // mean 0.5, s.d. ≈ 0.32
  const mean = (rows: Int32Array, out: Float64Array) => { let s = 0; for (const r of rows) s += x[r]!; out[0] = s / rows.length; };

  it('brackets the mean of a sample, about ±1.96 standard errors wide', () => {
    const [[lo, hi]] = bootstrapIntervals(x.length, 1, mean, { seed: 3 }) as [[number, number]];
    let ss = 0;
    for (const v of x) ss += (v - 0.5) ** 2;
    const se = Math.sqrt(ss / x.length / x.length);
    expect(lo).toBeLessThan(0.5);
    expect(hi).toBeGreaterThan(0.5);
    expect((hi - lo) / (2 * 1.96 * se)).toBeGreaterThan(0.85);
    expect((hi - lo) / (2 * 1.96 * se)).toBeLessThan(1.15);
  });

  it('gives the same interval for the same seed and a different one for another seed', () => {
    const a = bootstrapIntervals(x.length, 1, mean, { seed: 1, resamples: 200 });
    expect(bootstrapIntervals(x.length, 1, mean, { seed: 1, resamples: 200 })).toEqual(a);
    expect(bootstrapIntervals(x.length, 1, mean, { seed: 2, resamples: 200 })).not.toEqual(a);
  });

  it('leaves non-finite replicates out, and gives NaN when none is finite', () => {
    const r = bootstrapIntervals(10, 2, (_rows, out) => { out[0] = 1; out[1] = Number.NaN; }, { seed: 1, resamples: 100 });
    expect(r[0]).toEqual([1, 1]);
    expect(r[1]![0]).toBeNaN();
  });
});
