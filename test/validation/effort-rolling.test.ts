import { describe, expect, it } from 'vitest';
import { effortPanel } from '../../src/model/calibration/effort-panel.js';
import { gaussianCrps, rollingOriginEffort, rollingOriginLongEffort } from '../../src/validation/effort-rolling.js';
import { loadLongInputs, longEffortPanel } from '../../src/model/calibration/effort-long-panel.js';
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

describe('rollingOriginLongEffort (1955- panel)', () => {
  it('the training panel for an origin is the full panel cut at the origin: no later row is read', () => {
    const full = longEffortPanel(1955, 2016, { inputs: loadLongInputs() });
    const train = longEffortPanel(1955, 2016, { inputs: loadLongInputs(trainingDataDir(1990)) });
    expect(Math.max(...train.map((r) => r.year))).toBe(1990);
    expect(train).toEqual(full.filter((r) => r.year <= 1990));
  });

  it('scores persistence as computed by hand from the origin year, and every method on the same ally-years', { timeout: 120_000 }, () => {
    const r = rollingOriginLongEffort({ origins: [1990] });
    const w = r.windows[0]!;
    expect(w.origin).toBe(1990);
    expect(w.lastTrainingYear).toBe(1990);
    expect(w.years).toEqual([1991, 1992, 1993, 1994, 1995]);
    const [model, pers, trend] = w.scores;
    expect(pers!.n).toBe(model!.n);
    expect(trend!.n).toBe(model!.n);
    // Persistence by hand: each ally's 1990 share against 1991-1995 (the ally-years scored).
    const full = longEffortPanel(1955, 2016, { inputs: loadLongInputs() });
    const at1990 = new Map(full.filter((x) => x.year === 1990).map((x) => [x.iso3, x.spending]));
    const scored = full.filter((x) => x.year >= 1991 && x.year <= 1995 && at1990.has(x.iso3));
    expect(scored).toHaveLength(pers!.n);
    const mae = scored.reduce((s, x) => s + Math.abs(x.spending - at1990.get(x.iso3)!), 0) / scored.length;
    expect(pers!.mae).toBeCloseTo(mae, 10);
    for (const s of w.scores) { expect(s.crps).toBeLessThanOrEqual(s.mae); expect(s.coverage90).toBeGreaterThanOrEqual(0); }
    expect(r.summary).toHaveLength(3);
    // The paired difference on the same ally-years is the difference of the two mean CRPS; its
    // cluster-bootstrap interval (allies resampled) holds it and has a width.
    const d = w.crpsVsPersistence;
    expect(d.mean).toBeCloseTo(model!.crps - pers!.crps, 12);
    expect(d.interval[0]).toBeLessThan(d.mean);
    expect(d.interval[1]).toBeGreaterThan(d.mean);
  });
});
