import { describe, expect, it } from 'vitest';
import { aggregate, crpsGaussian, crpsHistogram, normalCdf } from '../../src/validation/scores.js';

describe('proper scores', () => {
  it('normalCdf matches the table: Φ(0) = 0.5, Φ(1.96) = 0.975, Φ(−1) = 0.1587', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 6);
    expect(normalCdf(-1)).toBeCloseTo(0.158655, 5);
  });
  it('CRPS of N(μ, σ²) at y = μ is σ(2φ(0) − 1/√π) = 0.2337σ (Gneiting & Raftery 2007)', () => {
    expect(crpsGaussian(2, 1, 2)).toBeCloseTo(2 / Math.sqrt(2 * Math.PI) - 1 / Math.sqrt(Math.PI), 7);
    expect(crpsGaussian(2, 0.5, 2)).toBeCloseTo(0.5 * (2 / Math.sqrt(2 * Math.PI) - 1 / Math.sqrt(Math.PI)), 7);
    expect(crpsGaussian(1, 0, 3)).toBe(2); // a point forecast: the absolute error
  });
  it('CRPS of a uniform histogram on [0, 1] is y² − y + 1/3 inside and adds y − 1 beyond', () => {
    expect(crpsHistogram([1], 0, 1, 1, 0.5)).toBeCloseTo(1 / 12, 12);
    expect(crpsHistogram([1], 0, 1, 1, 0.2)).toBeCloseTo(0.04 - 0.2 + 1 / 3, 12);
    expect(crpsHistogram([1], 0, 1, 1, 2)).toBeCloseTo(1 / 3 + 1, 12);
    // Two equal bins of width 0.5 are the same uniform distribution.
    expect(crpsHistogram([3, 3], 0, 2, 0.5, 0.7)).toBeCloseTo(0.49 - 0.7 + 1 / 3, 12);
  });
  it('aggregates MAE, RMSE, CRPS and coverage', () => {
    const a = aggregate([{ error: 1, crps: 0.5, in50: true, in90: true }, { error: -3, crps: 1.5, in50: false, in90: true }]);
    expect(a).toEqual({ n: 2, mae: 2, rmse: Math.sqrt(5), crps: 1, coverage50: 0.5, coverage90: 1 });
  });
});
