import { describe, expect, it } from 'vitest';
import { ishigami, ishigamiIndices, saltelliDesign, sobolIndices, type SaltelliDesign } from '../../../src/validation/sensitivity/index.js';

/** Evaluates f at each design point, inputs mapped from [0, 1) to [lo, hi). */
function outputs(d: SaltelliDesign, f: (x: Float64Array) => number, lo = 0, hi = 1): Float64Array {
  const k = d.inputs, n = d.points.length / k, x = new Float64Array(k);
  return Float64Array.from({ length: n }, (_, j) => {
    for (let i = 0; i < k; i++) x[i] = lo + (hi - lo) * d.points[j * k + i]!;
    return f(x);
  });
}
const ish = (x: Float64Array) => ishigami(x[0]!, x[1]!, x[2]!);

describe('saltelliDesign', () => {
  it('builds A, B and each A_B^(i): A with column i from B, N(k + 2) points in [0, 1)', () => {
    const n = 50, k = 3;
    const d = saltelliDesign(k, { samples: n, seed: 1 });
    expect(d.points.length).toBe(n * (k + 2) * k);
    for (const v of d.points) { expect(v).toBeGreaterThanOrEqual(0); expect(v).toBeLessThan(1); }
    for (let i = 0; i < k; i++) for (let j = 0; j < n; j++) for (let c = 0; c < k; c++) {
      const ab = d.points[((2 + i) * n + j) * k + c];
      expect(ab).toBe(c === i ? d.points[(n + j) * k + c] : d.points[j * k + c]);
    }
    expect(d.points[0]).not.toBe(d.points[n * k]); // A and B are independent draws
  });

  it('refuses fewer than 2 samples or no input', () => {
    expect(() => saltelliDesign(3, { samples: 1, seed: 1 })).toThrow(/at least 2 base samples/);
    expect(() => saltelliDesign(0, { samples: 10, seed: 1 })).toThrow(/at least one input/);
  });
});

describe('sobolIndices', () => {
  it('recovers the Ishigami indices within 0.02 with 2^16 base samples (Saltelli 2010 (b), Jansen 1999)', () => {
    const d = saltelliDesign(3, { samples: 2 ** 16, seed: 42 });
    const r = sobolIndices(d, outputs(d, ish, -Math.PI, Math.PI), { seed: 42, resamples: 200 });
    const exact = ishigamiIndices();
    r.forEach((x, i) => {
      expect(Math.abs(x.s1 - exact.first[i]!), `S${i + 1} = ${x.s1}`).toBeLessThan(0.02);
      expect(Math.abs(x.st - exact.total[i]!), `ST${i + 1} = ${x.st}`).toBeLessThan(0.02);
      expect(x.s1Lo).toBeLessThanOrEqual(x.s1);
      expect(x.s1Hi).toBeGreaterThanOrEqual(x.s1);
      expect(x.stHi - x.stLo).toBeLessThan(0.05);
    });
  });

  it('gives a linear function\'s indices: f = x1 + 2x2 on [0, 1]² has S = ST = 1/5, 4/5', () => {
    const d = saltelliDesign(2, { samples: 20000, seed: 7 });
    const r = sobolIndices(d, outputs(d, (x) => x[0]! + 2 * x[1]!), { seed: 7, resamples: 100 });
    // V1 = 1/12, V2 = 4/12, no interaction: S = ST = V_i / (5/12).
    [0.2, 0.8].forEach((v, i) => {
      expect(Math.abs(r[i]!.s1 - v)).toBeLessThan(0.02);
      expect(Math.abs(r[i]!.st - v)).toBeLessThan(0.02);
    });
  });

  it('gives NaN, not a number, when the output does not vary', () => {
    const d = saltelliDesign(2, { samples: 10, seed: 1 });
    const r = sobolIndices(d, new Float64Array(40).fill(3), { seed: 1, resamples: 100 });
    expect(r[0]!.s1).toBeNaN();
    expect(r[1]!.st).toBeNaN();
  });

  it('is reproducible for a seed', () => {
    const run = (seed: number) => { const d = saltelliDesign(3, { samples: 500, seed }); return sobolIndices(d, outputs(d, ish, -Math.PI, Math.PI), { seed, resamples: 100 }); };
    expect(run(5)).toEqual(run(5));
    expect(run(6)).not.toEqual(run(5));
  });

  it('refuses outputs that do not match the design', () => {
    const d = saltelliDesign(2, { samples: 10, seed: 1 });
    expect(() => sobolIndices(d, new Float64Array(39), { seed: 1 })).toThrow(/40 points but 39 outputs/);
  });
});
