import { describe, expect, it } from 'vitest';
import { ishigami, ishigamiIndices, ISHIGAMI_DEFAULTS, ISHIGAMI_RANGE } from '../../../src/validation/sensitivity/index.js';

describe('ishigami', () => {
  it('defaults to a = 7, b = 0.1 on [−π, π] (Ishigami & Homma 1990)', () => {
    expect(ISHIGAMI_DEFAULTS).toEqual({ a: 7, b: 0.1 });
    expect(ISHIGAMI_RANGE).toEqual({ min: -Math.PI, max: Math.PI });
  });

  it('ishigami(x1, x2, x3) gives hand-worked values', () => {
    expect(ishigami(0, 0, 0)).toBe(0);
    expect(ishigami(Math.PI / 2, Math.PI / 2, 0)).toBeCloseTo(1 + 7, 12);
    expect(ishigami(Math.PI / 2, 0, 2)).toBeCloseTo(1 + 0.1 * 16, 12);
    expect(ishigami(-Math.PI / 2, Math.PI / 2, 1, { a: 2, b: 1 })).toBeCloseTo(-2 + 2, 12);
  });
});

describe('ishigamiIndices', () => {
  it('gives the published indices for a = 7, b = 0.1: S = 0.314, 0.442, 0; ST = 0.558, 0.442, 0.244', () => {
    const r = ishigamiIndices();
    [0.314, 0.442, 0].forEach((v, i) => expect(r.first[i]).toBeCloseTo(v, 3));
    [0.558, 0.442, 0.244].forEach((v, i) => expect(r.total[i]).toBeCloseTo(v, 3));
    // V = a²/8 + bπ⁴/5 + b²π⁸/18 + 1/2 (Sobol' & Levitan 1999)
    expect(r.variance).toBeCloseTo(49 / 8 + (0.1 * Math.PI ** 4) / 5 + (0.01 * Math.PI ** 8) / 18 + 0.5, 10);
  });

  it('gives the published indices for b = 0.05: S = 0.218, 0.687, 0; ST = 0.313, 0.687, 0.095', () => {
    const r = ishigamiIndices({ a: 7, b: 0.05 });
    [0.218, 0.687, 0].forEach((v, i) => expect(r.first[i]).toBeCloseTo(v, 2));
    [0.313, 0.687, 0.095].forEach((v, i) => expect(r.total[i]).toBeCloseTo(v, 2));
  });

  it('keeps the variance decomposition whole: ΣS + S13 = 1, and ST − S is the x1 × x3 interaction for x1 and x3 alike', () => {
    const r = ishigamiIndices();
    const s13 = r.total[2];
    expect(r.first[0] + r.first[1] + r.first[2] + s13).toBeCloseTo(1, 12);
    expect(r.total[0] - r.first[0]).toBeCloseTo(s13, 12);
    expect(r.total[1]).toBe(r.first[1]);
  });
});
