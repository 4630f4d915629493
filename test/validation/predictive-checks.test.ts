/**
 * The posterior predictive checks of the blocks estimated without simulation: on data made by
 * each block's own model they do not flag it; on data with the feature the block lacks (serially
 * correlated or heavy-tailed effort shocks, a hazard that misses the NPT era, clustered onsets)
 * they do; and the replicates' mean matches a value computed by hand.
 */
import { describe, expect, it } from 'vitest';
import { Xoshiro128, normal } from '../../src/engine/prng.js';
import type { PanelRow } from '../../src/model/calibration/effort-panel.js';
import { uncoveredThreat } from '../../src/model/effort.js';
import type { AlignmentRow } from '../../src/model/calibration/alignment-panel.js';
import type { HazardEstimate, HazardPanel } from '../../src/model/calibration/proliferation-hazard.js';
import { accommodationPredictiveChecks, effortPredictiveChecks, hazardPredictiveChecks } from '../../src/validation/predictive-checks.js';

const EFFORT = ['effort_adjustment', 'effort_intercept', 'effort_threat', 'effort_credibility_gap', 'effort_peers', 'effort_noise'];
const theta = [0.2, 1.5, 0.3, 0.5, 0.2, 0.15]; // κ, a, b, c, d, σ

/** 30 allies × 25 years stepped by the effort equation, with shocks from `shock(ally, t, previous)`. */
function panel(shock: (rng: Xoshiro128, prev: number) => number): PanelRow[] {
  const rng = new Xoshiro128(9);
  const rows: PanelRow[] = [];
  for (let a = 0; a < 30; a++) {
    let s = 1 + rng.next() * 2, prev = 0;
    for (let y = 1991; y < 2016; y++) {
      const threat = rng.next(), gap = 0.3 + 0.2 * rng.next(), peers = 1.5 + 0.3 * rng.next();
      const [k, a0, b, c, d] = theta as [number, number, number, number, number];
      const e = shock(rng, prev);
      const next = s + k * (a0 + b * threat + c * uncoveredThreat(threat, gap) + d * peers - s) + e;
      rows.push({ iso3: `A${String(a).padStart(2, '0')}`, year: y, spending: next, spendingLag: s, threat, credibilityGap: gap, peersLag: peers });
      s = next; prev = e;
    }
  }
  return rows;
}
const posterior = { names: EFFORT, draws: Array.from({ length: 50 }, () => [...theta]), method: {} };
const byName = (checks: ReturnType<typeof effortPredictiveChecks>, word: string) => checks.find((c) => c.statistic.includes(word))!;

describe('effortPredictiveChecks', () => {
  it('does not flag data the equation made (normal, independent shocks)', () => {
    const checks = effortPredictiveChecks(panel((rng) => 0.15 * normal(rng)), posterior, { seed: 3 });
    expect(checks).toHaveLength(3);
    for (const c of checks) { expect(c.p, c.statistic).toBeGreaterThan(0.02); expect(c.pLower, c.statistic).toBeGreaterThan(0.02); }
  });

  it('flags shocks correlated from year to year, and heavy-tailed ones', () => {
    const ar = effortPredictiveChecks(panel((rng, prev) => 0.6 * prev + 0.12 * normal(rng)), posterior, { seed: 3 });
    expect(byName(ar, 'correlation').observed).toBeGreaterThan(0.4);
    expect(byName(ar, 'correlation').p).toBe(0);
    // One shock in twenty five times as large: kurtosis far above 3.
    const heavy = effortPredictiveChecks(panel((rng) => 0.1 * normal(rng) * (rng.next() < 0.05 ? 5 : 1)), posterior, { seed: 3 });
    expect(byName(heavy, 'kurtosis').observed).toBeGreaterThan(6);
    expect(byName(heavy, 'kurtosis').p).toBe(0);
    expect(byName(heavy, 'kurtosis').replicated.mean).toBeCloseTo(3, 0);
  });
});

describe('hazardPredictiveChecks', () => {
  // 400 states × 50 years, one covariate that matters (the NPT era), the estimate exact with a tiny covariance.
  function riskSet(logOdds: (era: number) => number): HazardPanel {
    const rng = new Xoshiro128(5);
    const rows = [];
    for (let s = 0; s < 400; s++) {
      for (let y = 1946; y < 1996; y++) {
        const era = y >= 1970 ? 1 : 0;
        const onset = rng.next() < 1 / (1 + Math.exp(-logOdds(era))) ? 1 : 0;
        rows.push({ iso3: `S${s}`, year: y, onset: onset as 0 | 1, atRisk: y - 1945, x: [0, 0, 0, -5, 0.3, 1, era] });
        if (onset) break;
      }
    }
    return { terms: ['latent', 'rival_nuclear', 'umbrella', 'ln_cinc', 'libdem', 'ln_energy_pc', 'npt_era'], rows };
  }
  const estimate = (beta: number[]): HazardEstimate => ({
    names: ['(intercept)', 'latent', 'rival_nuclear', 'umbrella', 'ln_cinc', 'libdem', 'ln_energy_pc', 'npt_era'], coefficients: beta,
    standardErrors: beta.map(() => 1e-4), covariance: beta.map((_, i) => beta.map((__, j) => (i === j ? 1e-8 : 0))), intervals: beta.map((b) => [b, b] as [number, number]),
    logLik: 0, converged: true, n: 1, onsets: 1, duration: false,
  });
  it('does not flag onsets made by the estimated hazard, and flags a hazard that misses the NPT era\'s fall', () => {
    const panelFalling = riskSet((era) => -4 - 2 * era);
    const right = hazardPredictiveChecks(panelFalling, estimate([-4, 0, 0, 0, 0, 0, 0, -2]), { seed: 2 });
    for (const c of right.slice(0, 2)) { expect(c.p, c.statistic).toBeGreaterThan(0.02); expect(c.pLower, c.statistic).toBeGreaterThan(0.02); }
    const flat = hazardPredictiveChecks(panelFalling, estimate([-4.5, 0, 0, 0, 0, 0, 0, 0]), { seed: 2 });
    // The same hazard in both eras: too few onsets before 1970 replicated, too many after.
    expect(flat[0]!.p).toBe(0);
    expect(flat[1]!.pLower).toBe(0);
  });
});

describe('accommodationPredictiveChecks', () => {
  it('replicates repeat episodes as a common rate implies (by hand) and flags clustered years', () => {
    // 50 allies × 20 years at risk, 20 onsets: p ≈ 0.02 with a tight posterior (Beta from 20 of 1,000).
    const rows: AlignmentRow[] = [];
    for (let a = 0; a < 50; a++) for (let y = 1990; y < 2010; y++) rows.push({ iso3: `A${a}`, year: y, onset: 0, atRisk: true, nearRival: 'RUS', x: {} as AlignmentRow['x'] });
    // The record: 20 onsets, ten in each of two years (clustered), by 20 different allies.
    [1991, 2005].forEach((y, k) => { for (let a = 0; a < 10; a++) (rows.find((r) => r.year === y && r.iso3 === `A${k * 10 + a}`) as { onset: number }).onset = 1; });
    const checks = accommodationPredictiveChecks(rows, 20, 1000, { seed: 1 });
    // E[allies with ≥ 2 onsets] = 50·P(Bin(20, p) ≥ 2) with p ~ Beta(20.5, 980.5); at its mean p = 0.0205: 50 × 0.0594 ≈ 2.97.
    const p = 20.5 / 1001, pAtLeast2 = 1 - (1 - p) ** 20 - 20 * p * (1 - p) ** 19;
    expect(checks[0]!.observed).toBe(0);
    expect(checks[0]!.replicated.mean).toBeGreaterThan(50 * pAtLeast2 - 0.6);
    expect(checks[0]!.replicated.mean).toBeLessThan(50 * pAtLeast2 + 0.9);
    // Ten onsets in one year against about one a year: independent onsets never cluster so.
    expect(checks[1]!.observed).toBe(10);
    expect(checks[1]!.replicated.hi).toBeLessThan(6);
    expect(checks[1]!.p).toBe(0);
  });
});
