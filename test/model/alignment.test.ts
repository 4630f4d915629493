import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fitLogit, logistic } from '../../src/model/calibration/logit.js';
import { alignmentPanel, insideAwayEpisode } from '../../src/model/calibration/alignment-panel.js';
import { estimateAlignment, fitAlignment } from '../../src/model/calibration/alignment-fit.js';
import { loadFacts } from '../../src/data/index.js';
import type { AlignmentRow } from '../../src/model/calibration/alignment-panel.js';

// xoshiro-free small LCG + Box-Muller: deterministic simulated data
function rng(seed: number) {
  let s = seed >>> 0;
  const u = () => { s = (Math.imul(s, 1664525) + 1013904223) >>> 0; return (s + 0.5) / 2 ** 32; };
  return { u, normal: () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u()) };
}

describe('fitLogit (Newton/IRLS)', () => {
  it('recovers known coefficients from simulated data within 3 standard errors', () => {
    const r = rng(7), beta = [-2, 0.8, -1.2];
    const X: number[][] = [], y: number[] = [];
    for (let i = 0; i < 20000; i++) {
      const x = [1, r.normal(), r.u() < 0.3 ? 1 : 0];
      X.push(x);
      y.push(r.u() < logistic(x[0]! * beta[0]! + x[1]! * beta[1]! + x[2]! * beta[2]!) ? 1 : 0);
    }
    const fit = fitLogit(X, y)!;
    expect(fit.converged).toBe(true);
    for (let j = 0; j < 3; j++) expect(Math.abs(fit.coefficients[j]! - beta[j]!)).toBeLessThan(3 * fit.standardErrors[j]!);
    expect(fit.standardErrors[1]!).toBeLessThan(0.05);
  });

  it('matches the closed form for one binary regressor (a 2×2 table)', () => {
    // group 0: 3 events in 10; group 1: 6 events in 8
    const X: number[][] = [], y: number[] = [];
    for (let i = 0; i < 10; i++) { X.push([1, 0]); y.push(i < 3 ? 1 : 0); }
    for (let i = 0; i < 8; i++) { X.push([1, 1]); y.push(i < 6 ? 1 : 0); }
    const fit = fitLogit(X, y)!;
    const lg = (p: number) => Math.log(p / (1 - p));
    expect(fit.coefficients[0]).toBeCloseTo(lg(0.3), 8);
    expect(fit.coefficients[1]).toBeCloseTo(lg(0.75) - lg(0.3), 8);
    // Var(β₁) = 1/(n₀p₀q₀) + 1/(n₁p₁q₁) = 1/2.1 + 1/1.5
    expect(fit.standardErrors[1]).toBeCloseTo(Math.sqrt(1 / 2.1 + 1 / 1.5), 8);
    expect(fit.standardErrors[0]).toBeCloseTo(Math.sqrt(1 / 2.1), 8);
    expect(fit.logLik).toBeCloseTo(3 * Math.log(0.3) + 7 * Math.log(0.7) + 6 * Math.log(0.75) + 2 * Math.log(0.25), 8);
  });

  it('keeps the estimate finite under separation with a ridge, and the ridge shrinks toward 0', () => {
    const X = [[1, 0], [1, 0], [1, 0], [1, 1], [1, 1]], y = [0, 0, 1, 1, 1];
    const fit = fitLogit(X, y, { ridge: 1 })!;
    expect(Number.isFinite(fit.coefficients[1]!)).toBe(true);
    // penalised score at the optimum: Σ x(y − p) − λβ = 0 for the slope
    const p = X.map((x) => logistic(x[0]! * fit.coefficients[0]! + x[1]! * fit.coefficients[1]!));
    const score = X.reduce((s, x, i) => s + x[1]! * (y[i]! - p[i]!), 0) - fit.coefficients[1]!;
    expect(Math.abs(score)).toBeLessThan(1e-8);
    expect(fitLogit(X, y, { ridge: 10 })!.coefficients[1]!).toBeLessThan(fit.coefficients[1]!);
  });
});

describe('alignment panel and onset fit', () => {
  const dataDir = resolve('data');
  const rows = alignmentPanel({ dataDir });

  it('counts each coded "away" onset of an ally once and drops years inside an ongoing episode', () => {
    const facts = loadFacts(dataDir);
    expect(rows.filter((r) => r.onset === 1).map((r) => `${r.iso3}${r.year}`)).toEqual(expect.arrayContaining(['FRA1966', 'GRC1974', 'NZL1985', 'PHL1991', 'HUN2010', 'THA2014', 'PHL2016']));
    expect(rows.some((r) => r.iso3 === 'FRA' && r.year > 1966 && r.year < 2010)).toBe(false);
    expect(rows.some((r) => r.iso3 === 'FRA' && r.year === 2010)).toBe(true);
    expect(insideAwayEpisode(facts.alignment.entries, 'GRC', 1975)).toBe(true);
    expect(insideAwayEpisode(facts.alignment.entries, 'GRC', 1974)).toBe(false);
    expect(rows.every((r) => r.iso3 !== 'USA' && r.year >= 1950 && r.year <= 2016)).toBe(true);
    expect(rows.filter((r) => r.year < 1990).every((r) => r.x.libdemMissing === 1 && r.x.govMissing === 1)).toBe(true);
  });

  it('fitAlignment recovers a planted signal effect from simulated onsets on the real panel', () => {
    const r = rng(11);
    const sim: AlignmentRow[] = [];
    for (let k = 0; k < 8; k++) for (const row of rows) sim.push({ ...row, onset: r.u() < logistic(-3 + 1.0 * row.x.weakness - 1.5 * row.x.ipDistance) ? 1 : 0 });
    const e = fitAlignment(sim, { terms: ['weakness', 'ipDistance'], ridge: 0 });
    const w = e.coefficients.find((c) => c.term === 'weakness')!, d = e.coefficients.find((c) => c.term === 'ipDistance')!;
    // within 3 standard errors (a 95% interval would miss one of three truths 14% of the time)
    expect(Math.abs(w.estimate - 1.0)).toBeLessThan(3 * w.se);
    expect(Math.abs(d.estimate + 1.5)).toBeLessThan(3 * d.se);
    expect(Math.abs(e.coefficients[0]!.estimate + 3)).toBeLessThan(3 * e.coefficients[0]!.se);
    expect(w.se).toBeLessThan(0.25);
  });

  it('estimateAlignment(…, 2000) sees no year after 2000 and reports intervals', () => {
    const e = estimateAlignment(dataDir, 2000);
    expect(e.years[1]).toBeLessThanOrEqual(2000);
    expect(e.onsets).toBe(rows.filter((r) => r.year <= 2000 && r.onset === 1).length);
    expect(e.baseRate).toBeCloseTo(e.onsets / e.n, 12);
    for (const c of e.coefficients) if (Number.isFinite(c.se)) expect(c.lower < c.estimate && c.estimate < c.upper).toBe(true);
    expect(e.method).toMatch(/ridge/);
  });
});
