/**
 * The shipped posterior (src/validation/posterior.ts) against distributions known in closed form:
 * the linear model's posterior mean and spread, Beta moments, weighted resampling frequencies,
 * and the medians that monotone maps of symmetric posteriors must keep.
 */
import { describe, expect, it } from 'vitest';
import { Xoshiro128, normal } from '../../src/engine/prng.js';
import { effortPanel, fitEffort, uncoveredThreat } from '../../src/model/index.js';
import { ladderExploreRate } from '../../src/model/calibration/proliferation-hazard.js';
import { betaDraw, effortPosterior, interpolate, posteriorDraws, posteriorSummary, predictiveCheck, type PosteriorInputs } from '../../src/validation/posterior.js';
import type { AbcResult } from '../../src/validation/calibration.js';
import type { AccommodationCalibration } from '../../src/validation/accommodation-rate.js';

const truth = { adjustment: 0.3, intercept: 1.2, threat: 0.4, credibilityGap: 0.8, peers: 0.25, noise: 0.1 };
const rows = effortPanel(1991, 2016, 2016);
const rng = new Xoshiro128(17, 0, 0);
const effort = fitEffort(rows.map((r) => {
  const target = truth.intercept + truth.threat * r.threat + truth.credibilityGap * uncoveredThreat(r.threat, r.credibilityGap) + truth.peers * r.peersLag;
  return { ...r, spending: r.spendingLag + truth.adjustment * (target - r.spendingLag) + truth.noise * normal(rng) };
}))!;
const credibility = { parameters: ['cred_base', 'cred_ballast_gain'], particles: [{ theta: [0.5, 0.2], weight: 0.75 }, { theta: [0.6, 0.3], weight: 0.25 }], ess: 1.6 } as unknown as AbcResult;
const accommodation = { value: -2.75, interval: [-3.24, -2.25], record: { onsets: 14, allyYears: 1384, rate: 14 / 1384, lo: 0.006, hi: 0.0169, years: [1950, 2016] } } as unknown as AccommodationCalibration;
const exploreRate = ladderExploreRate('data', 2010, { gain: 5, threshold: 0.3, latentOpportunity: 1 })!;
const inputs: PosteriorInputs = { effort, credibility, exploreRate, accommodation };

describe('posteriorDraws', () => {
  const p = posteriorDraws(inputs, { draws: 4000, seed: 5 });
  const col = (n: string) => p.draws.map((d) => d[p.names.indexOf(n)]!);
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const median = (v: number[]) => { const s = [...v].sort((a, b) => a - b); return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2; };

  it('names every calibrated block, one column each, with a method', () => {
    expect(p.names).toEqual(['cred_base', 'cred_ballast_gain', 'effort_adjustment', 'effort_intercept', 'effort_threat', 'effort_credibility_gap', 'effort_peers', 'effort_noise', 'nuclear_explore_rate', 'nuclear_regime_effect', 'nuclear_npt_restraint', 'const_accommodation']);
    expect(Object.keys(p.method).sort()).toEqual(['accommodation', 'credibility', 'effort', 'nuclear']);
    for (const d of p.draws) expect(d).toHaveLength(p.names.length);
  });

  it('resamples the ABC particles in proportion to their weights (0.75 / 0.25)', () => {
    const share = col('cred_base').filter((v) => v === 0.5).length / p.draws.length;
    expect(Math.abs(share - 0.75)).toBeLessThan(3 * Math.sqrt(0.75 * 0.25 / p.draws.length));
  });

  it('centres the effort block on the OLS fit, with the delta-method spread of κ', () => {
    // κ = 1 − β_lag is linear in β: its posterior mean is the fit's κ, its s.d. the lag's standard error (× √(ν/(ν−2)), ≈ 1).
    const k = col('effort_adjustment'), se = effort.ols.standardErrors[1]!;
    expect(Math.abs(mean(k) - effort.adjustment)).toBeLessThan(3 * se / Math.sqrt(k.length));
    const sd = Math.sqrt(mean(k.map((x) => (x - mean(k)) ** 2)));
    expect(Math.abs(sd / se - 1)).toBeLessThan(0.06);
    // σ's posterior is centred on s (ν ≈ 650)
    expect(Math.abs(median(col('effort_noise')) / effort.noise - 1)).toBeLessThan(0.01);
  });

  it('keeps the medians of the nuclear and accommodation maps: monotone maps of near-symmetric posteriors', () => {
    const rate = col('nuclear_explore_rate');
    expect(Math.abs(median(rate) / exploreRate.value - 1)).toBeLessThan(0.1);
    expect(Math.abs(median(col('nuclear_regime_effect')) - exploreRate.regimeEffect)).toBeLessThan(0.15);
    expect(Math.abs(median(col('nuclear_npt_restraint')) / exploreRate.nptRestraint - 1)).toBeLessThan(0.1);
    // The base rate's Jeffreys posterior has its median near 14/1384; the map sends it near the solved constant.
    expect(Math.abs(median(col('const_accommodation')) - accommodation.value)).toBeLessThan(0.06);
    // and its 90% interval is about the Wilson interval's image
    const s = posteriorSummary(p).const_accommodation!;
    expect(s.lo).toBeGreaterThan(accommodation.interval[0] - 0.25);
    expect(s.hi).toBeLessThan(accommodation.interval[1] + 0.25);
  });

  it('truncates a block to the registry ranges, the prior\'s support: the real effort fit\'s response to uncovered threat (−2.2 [−9.3, 4.8]) stays in [0, 8], with the point\'s mean', () => {
    const real = fitEffort(rows)!;
    const q = posteriorDraws({ ...inputs, effort: real }, { draws: 600, seed: 2 });
    const j = q.names.indexOf('effort_credibility_gap');
    for (const d of q.draws) { expect(d[j]!).toBeGreaterThanOrEqual(0); expect(d[j]!).toBeLessThanOrEqual(8); }
    // redrawn, not piled on the bounds
    expect(q.draws.filter((d) => d[j]! === 0 || d[j]! === 8).length).toBe(0);
    expect(q.method.effort).toMatch(/outside the registry's ranges drawn again/);
    // The shipped draws and the shipped point are one posterior: the draws' mean of c is the point's
    // (600 draws: standard error about 0.05).
    const c = q.draws.map((d) => d[j]!), m = c.reduce((a, b) => a + b, 0) / c.length;
    expect(Math.abs(m - effortPosterior(real).mean.effort_credibility_gap)).toBeLessThan(0.2);
  });

  it('is the same for the same seed', () => {
    expect(posteriorDraws(inputs, { draws: 20, seed: 9 })).toEqual(posteriorDraws(inputs, { draws: 20, seed: 9 }));
    expect(posteriorDraws(inputs, { draws: 20, seed: 9 }).draws).not.toEqual(posteriorDraws(inputs, { draws: 20, seed: 10 }).draws);
  });
});

describe('posteriorDraws with the joint ABC (model 2.5.0)', () => {
  // Three particles of (cred_base, cred_ballast_gain, const_accommodation): weights 0.5, 0.3, 0.2.
  const joint = {
    parameters: ['cred_base', 'cred_ballast_gain', 'const_accommodation'],
    particles: [{ theta: [0.5, 0.2, -3.5], weight: 0.5 }, { theta: [0.55, 0.25, -2.7], weight: 0.3 }, { theta: [0.6, 0.1, -2.0], weight: 0.2 }],
    ess: 2.6, reachedRegion: true,
  } as unknown as NonNullable<PosteriorInputs['joint']>;
  const p = posteriorDraws({ ...inputs, joint }, { draws: 4000, seed: 5 });
  const triple = (d: readonly number[]) => [0, 1, 2].map((i) => d[i]!);

  it('replaces the credibility and accommodation blocks by one joint block, first', () => {
    expect(p.names.slice(0, 3)).toEqual(['cred_base', 'cred_ballast_gain', 'const_accommodation']);
    expect(p.names.filter((n) => n === 'const_accommodation')).toHaveLength(1);
    expect(Object.keys(p.method).sort()).toEqual(['credibility_accommodation', 'effort', 'nuclear']);
  });

  it('keeps each particle whole (the correlation the sequential blocks lose) and in proportion to its weight', () => {
    const keys = p.draws.map((d) => triple(d).join(','));
    const known = joint.particles.map((q) => q.theta.join(','));
    for (const k of keys) expect(known).toContain(k);
    joint.particles.forEach((q, i) => {
      const share = keys.filter((k) => k === known[i]).length / keys.length;
      expect(Math.abs(share - q.weight), known[i]).toBeLessThan(3 * Math.sqrt(q.weight * (1 - q.weight) / keys.length));
    });
  });
});

describe('the posterior\'s building blocks', () => {
  it('draws Beta(a, b) with mean a/(a+b) and variance ab/((a+b)²(a+b+1))', () => {
    const r = new Xoshiro128(3, 0, 1);
    for (const [a, b] of [[14.5, 1370.5], [0.5, 0.5], [3, 7]] as const) {
      const v = Array.from({ length: 20000 }, () => betaDraw(r, a, b));
      const m = v.reduce((s, x) => s + x, 0) / v.length, varV = v.reduce((s, x) => s + (x - m) ** 2, 0) / v.length;
      const m0 = a / (a + b), v0 = (a * b) / ((a + b) ** 2 * (a + b + 1));
      expect(Math.abs(m - m0)).toBeLessThan(4 * Math.sqrt(v0 / v.length));
      expect(Math.abs(varV / v0 - 1)).toBeLessThan(0.05);
    }
  });

  it('interpolates through the points and extends the end segments, by hand', () => {
    const pts: [number, number][] = [[0, 0], [1, 2], [3, 3]];
    expect(interpolate(pts, 0.5)).toBe(1);
    expect(interpolate(pts, 2)).toBe(2.5);
    expect(interpolate(pts, -1)).toBe(-2);
    expect(interpolate(pts, 5)).toBe(4);
  });
});

describe('predictiveCheck', () => {
  it('gives the share of draws whose replicate reaches the data, the data\'s mean and the replicates\' range, by hand', () => {
    const c = predictiveCheck('T', [1, 2, 3, 4], [0, 3, 3, 5]);
    expect(c.p).toBe(0.75); // 3 ≥ 2, 3 ≥ 3, 5 ≥ 4; 0 < 1
    expect(c.pLower).toBe(0.5); // 0 ≤ 1, 3 ≤ 3
    expect(c.observed).toBe(2.5);
    expect(c.replicated.mean).toBe(2.75);
    // R-7 on [0, 3, 3, 5]: 5% at h = 0.15 → 0.45; 95% at h = 2.85 → 3 + 0.85·2 = 4.7
    expect(c.replicated.lo).toBeCloseTo(0.45, 12);
    expect(c.replicated.hi).toBeCloseTo(4.7, 12);
  });
});
