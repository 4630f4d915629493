import { describe, expect, it } from 'vitest';
import { effortPanel } from '../../src/model/calibration/effort-panel.js';
import { gaussianCrps, rollingOriginEffort } from '../../src/validation/effort-rolling.js';
import { trainingDataDir } from '../../src/validation/training-data.js';

describe('gaussianCrps', () => {
  it('matches hand values: N(0,1) at 0 is 2φ(0) − 1/√π; far from the mean it tends to |y − μ| − σ/√π', () => {
    expect(gaussianCrps(0, 1, 0)).toBeCloseTo(2 / Math.sqrt(2 * Math.PI) - 1 / Math.sqrt(Math.PI), 6);
    expect(gaussianCrps(1, 2, 41)).toBeCloseTo(40 - 2 / Math.sqrt(Math.PI), 4);
  });
});

describe('rollingOriginEffort', () => {
  it('trains on a copy that holds no row after the origin', () => {
    const dir = trainingDataDir(2005);
    expect(effortPanel(2004, 2005, 2005, { dataDir: dir }).every((r) => r.year <= 2005)).toBe(true);
    expect(() => effortPanel(2006, 2006, 2005, { dataDir: dir })).toThrow(/2006/);
  });

  it('scores every method on the same ally-years, with five-year windows after each origin', { timeout: 120_000 }, () => {
    const r = rollingOriginEffort({ origins: [2011] });
    expect(r.windows.map((w) => w.origin)).toEqual([2011]);
    const [model, pers, trend] = r.windows[0]!.scores;
    expect(model!.n).toBeGreaterThan(0);
    expect(pers!.n).toBe(model!.n);
    expect(trend!.n).toBe(model!.n);
    expect(r.windows[0]!.meanActual).toHaveLength(5);
    for (const s of r.windows[0]!.scores) { expect(s.coverage90).toBeGreaterThanOrEqual(0); expect(s.coverage90).toBeLessThanOrEqual(1); expect(s.crps).toBeLessThanOrEqual(s.mae); }
    expect(r.summary.map((s) => s.method)).toEqual(r.windows[0]!.scores.map((s) => s.method));
  });
});
