/**
 * The effort block's posterior under its prior (src/validation/posterior.ts, effortPosterior): the
 * shipped point. Checked against the half-normal's published moments, and on the real panel
 * against the normal distribution function of least squares' own estimate.
 */
import { describe, expect, it } from 'vitest';
import { effortPanel, fitEffort, type EffortFit } from '../../src/model/index.js';
import { EFFORT_PARAMETERS, effortPosterior } from '../../src/validation/posterior.js';
import { PARAMETER_BY_NAME } from '../../src/model/parameters.js';
import { normalCdf } from '../../src/analysis/stats/normal.js';

describe('effortPosterior', () => {
  it('with β̂_C = 0 and β_C independent of the rest gives c the half-normal: mean s·√(2/π), 97.5% quantile Φ⁻¹(0.9875)·s', () => {
    // κ = 0.5 exactly (β_lag's variance ~0), so c = 2·β_C with s = 2 × 0.3 = 0.6; the others pinned.
    const tiny = 1e-10, sBeta = 0.3;
    const covariance = [0, 1, 2, 3, 4].map((i) => [0, 1, 2, 3, 4].map((j) => (i !== j ? 0 : i === 3 ? sBeta * sBeta : tiny)));
    const fit = { ols: { coefficients: [1, 0.5, 0.1, 0, -0.1], covariance, n: 400, sigma: 0.1 } } as unknown as EffortFit;
    const p = effortPosterior(fit, { draws: 10_000, seed: 4 });
    const s = 0.6;
    expect(p.negativeC).toBeGreaterThan(0.48);
    expect(p.negativeC).toBeLessThan(0.52);
    expect(Math.abs(p.mean.effort_credibility_gap / (s * Math.sqrt(2 / Math.PI)) - 1)).toBeLessThan(0.025);
    expect(Math.abs(p.interval.effort_credibility_gap[1] / (2.241403 * s) - 1)).toBeLessThan(0.04);
    // the pinned coefficients map as partial adjustment does: a = 1/0.5, b = 0.1/0.5, d = −0.1/0.5
    expect(p.mean.effort_intercept).toBeCloseTo(2, 3);
    expect(p.mean.effort_threat).toBeCloseTo(0.2, 3);
    expect(p.mean.effort_peers).toBeCloseTo(-0.2, 3);
    expect(p.mean.effort_adjustment).toBeCloseTo(0.5, 4);
  });

  it('on the 1991-2016 panel: the mass with c < 0 is least squares\' Φ(−β̂_C/s), and the point and intervals lie in the prior\'s support', () => {
    const fit = fitEffort(effortPanel(1991, 2016, 2016))!;
    const p = effortPosterior(fit, { draws: 4000, seed: 1 });
    const s = Math.sqrt(fit.ols.covariance[3]![3]!), b = fit.ols.coefficients[3]!;
    // the posterior of β_C is a t with n − k degrees of freedom (n = 655): close to the normal
    expect(Math.abs(p.negativeC - normalCdf(-b / s))).toBeLessThan(0.02);
    for (const n of EFFORT_PARAMETERS) {
      const r = PARAMETER_BY_NAME.get(n)!;
      for (const v of [p.mean[n], ...p.interval[n]]) { expect(v, n).toBeGreaterThanOrEqual(r.min); expect(v, n).toBeLessThanOrEqual(r.max); }
    }
    expect(p.mean.effort_credibility_gap).toBeGreaterThan(0);
    expect(p.tried).toBeGreaterThan(p.kept);
  });

  it('is the same for the same seed', () => {
    const fit = fitEffort(effortPanel(1991, 2016, 2016))!;
    expect(effortPosterior(fit, { draws: 200, seed: 3 })).toEqual(effortPosterior(fit, { draws: 200, seed: 3 }));
  });
});
