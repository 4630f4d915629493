import { describe, expect, it } from 'vitest';
import { annualHazard, estimateProliferation, fitProliferationHazard, ladderExploreRate, monthlyFromAnnual, type HazardPanel, type HazardRow } from '../../src/model/calibration/proliferation-hazard.js';
import { ladderStep, opportunity, NONE, EXPLORING } from '../../src/model/nuclear.js';
import { parameterValues } from '../../src/model/parameters.js';
import { aucMannWhitney, brier, proliferationValidation, PROLIFERATION_ERAS } from '../../src/validation/proliferation-validation.js';

/** mulberry32: a small seeded generator, so the simulated panels are fixed. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}
const normal = (u: () => number) => Math.sqrt(-2 * Math.log(u() + 1e-300)) * Math.cos(2 * Math.PI * u());

/** A panel of `states` × years 1945–2012, covariates threat ~ N(0, 1) and npt ∈ {0, 1}, onsets from a known logit. */
function simulate(beta: readonly [number, number, number], states: number, seed: number): HazardPanel {
  const u = rng(seed), rows: HazardRow[] = [];
  for (let s = 0; s < states; s++) {
    for (let year = 1945, d = 1; year <= 2012; year++, d++) {
      const threat = normal(u), npt = u() < 0.5 ? 1 : 0;
      const p = 1 / (1 + Math.exp(-(beta[0] + beta[1] * threat + beta[2] * npt)));
      rows.push({ iso3: `S${s}`, year, onset: u() < p ? 1 : 0, atRisk: d, x: [threat, npt] });
    }
  }
  return { terms: ['threat', 'npt'], rows };
}

describe('fitProliferationHazard: a discrete-time hazard logit by maximum likelihood', () => {
  it('recovers known coefficients from a simulated panel, inside their 95% intervals', () => {
    const truth = [-3.5, 0.8, -0.7] as const;
    const est = fitProliferationHazard(simulate(truth, 300, 7), undefined, { duration: false })!;
    expect(est.converged).toBe(true);
    expect(est.names).toEqual(['intercept', 'threat', 'npt']);
    for (let j = 0; j < 3; j++) {
      expect(est.intervals[j]![0], est.names[j]).toBeLessThan(truth[j]!);
      expect(est.intervals[j]![1], est.names[j]).toBeGreaterThan(truth[j]!);
      expect(est.standardErrors[j]!).toBeLessThan(0.15);
    }
  });

  it('matches the closed form of a 2×2 table: β₁ = log odds ratio, SE = √(1/a + 1/b + 1/c + 1/d)', () => {
    // npt = 0: 4 onsets in 100 state-years; npt = 1: 2 onsets in 200.
    const rows: HazardRow[] = [];
    const add = (npt: number, onsets: number, total: number) => { for (let i = 0; i < total; i++) rows.push({ iso3: 'X', year: 1950 + i, onset: i < onsets ? 1 : 0, atRisk: 1, x: [npt] }); };
    add(0, 4, 100); add(1, 2, 200);
    const est = fitProliferationHazard({ terms: ['npt'], rows }, undefined, { duration: false })!;
    expect(est.coefficients[0]).toBeCloseTo(Math.log(4 / 96), 8);
    expect(est.coefficients[1]).toBeCloseTo(Math.log((2 / 198) / (4 / 96)), 8);
    expect(est.standardErrors[1]).toBeCloseTo(Math.sqrt(1 / 4 + 1 / 96 + 1 / 2 + 1 / 198), 6);
    expect(est.onsets).toBe(6);
    expect(annualHazard(est, rows[150]!)).toBeCloseTo(2 / 200, 8);
  });

  it('adds the Carter–Signorino duration cubic when asked', () => {
    const est = fitProliferationHazard(simulate([-3.5, 0.8, -0.7], 100, 3))!;
    expect(est.names.slice(-3)).toEqual(['years_at_risk', 'years_at_risk_sq_100', 'years_at_risk_cu_1000']);
  });

  it('converts an annual hazard to the monthly hazard of a constant within-year hazard', () => {
    expect(monthlyFromAnnual(1 - 0.5 ** 12)).toBeCloseTo(0.5, 12);
    expect(monthlyFromAnnual(0)).toBe(0);
    expect((1 - monthlyFromAnnual(0.12)) ** 12).toBeCloseTo(0.88, 12);
  });
});

describe('aucMannWhitney and brier', () => {
  it('gives the hand-computed AUC, counting ties one half', () => {
    expect(aucMannWhitney([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBeCloseTo(0.75, 12);
    // onsets {0.5, 0.9} vs others {0.5, 0.2}: (½ + 1 + 1 + 1) / 4
    expect(aucMannWhitney([0.5, 0.5, 0.2, 0.9], [1, 0, 0, 1])).toBeCloseTo(0.875, 12);
    expect(aucMannWhitney([0.3, 0.3, 0.3], [1, 0, 0])).toBe(0.5);
    expect(aucMannWhitney([0.3, 0.4], [0, 0])).toBeNull();
  });
  it('gives the hand-computed Brier score', () => {
    expect(brier([0.2, 0.9], [0, 1])).toBeCloseTo((0.04 + 0.01) / 2, 12);
  });
});

describe('proliferationValidation: leave one era out and time-respecting', () => {
  const panel = simulate([-3.5, 1.2, -0.7], 120, 11);
  const v = proliferationValidation(panel, PROLIFERATION_ERAS, { duration: false });

  it('trains the time-respecting fits only on earlier eras and skips the first era', () => {
    const tr = v.scores.filter((s) => s.design === 'time-respecting');
    expect(tr.map((s) => s.era)).toEqual(['1960-1974', '1975-1989', '1990-2010']);
    for (const s of tr) expect(s.trainYears[1]).toBeLessThan(PROLIFERATION_ERAS.find((e) => e.name === s.era)!.from);
    expect(v.scores.filter((s) => s.design === 'leave-one-era-out')).toHaveLength(4);
  });

  it('beats the base rate out of sample when the covariate matters (AUC near the true model\'s)', () => {
    for (const s of v.scores) {
      expect(s.aucBaseRate).toBe(0.5);
      expect(s.aucModel!, `${s.design} ${s.era}`).toBeGreaterThan(0.7);
    }
    // the true model's in-sample AUC on the same rows, an independent benchmark
    const truth = panel.rows.map((r) => 1.2 * r.x[0]! - 0.7 * r.x[1]!);
    const aucTrue = aucMannWhitney(truth, panel.rows.map((r) => r.onset))!;
    expect(Math.abs(v.pooled['leave-one-era-out'].aucModel! - aucTrue)).toBeLessThan(0.02);
    expect(v.pooled['leave-one-era-out'].brierModel).toBeLessThan(v.pooled['leave-one-era-out'].brierBaseRate);
  });

  it('does not beat the base rate when the covariates are noise', () => {
    const noise = simulate([-3.5, 0, 0], 120, 5);
    const w = proliferationValidation(noise, PROLIFERATION_ERAS, { duration: false });
    expect(Math.abs(w.pooled['leave-one-era-out'].aucModel! - 0.5)).toBeLessThan(0.06);
  });
});

describe('estimateProliferation on data/proliferation_panel.csv', () => {
  it('trains only on years up to trainUntil and names its terms', () => {
    const e = estimateProliferation('data', 1989)!;
    expect(e.method).toMatch(/1946-1989/);
    expect(Object.keys(e.parameters)).toEqual(['intercept', 'latent', 'rival_nuclear', 'umbrella', 'ln_cinc', 'libdem', 'ln_energy_pc', 'npt_era', 'years_at_risk', 'years_at_risk_sq_100', 'years_at_risk_cu_1000']);
    for (const [n, [lo, hi]] of Object.entries(e.intervals)) expect(lo < e.parameters[n]! && e.parameters[n]! < hi, n).toBe(true);
    // fewer onsets than on the whole panel: the 1990-2010 ones are not seen
    expect(e.estimate.onsets).toBeLessThan(estimateProliferation('data', 2010)!.estimate.onsets);
  });
});

describe('ladderExploreRate: the nuclear ladder takes its exploration rate from the hazard', () => {
  const ladder = { gain: 5, threshold: 0.3, latentOpportunity: 1 };
  it('a year on the ladder at the reference state explores with the fitted annual hazard', () => {
    const x = ladderExploreRate('data', 2010, ladder)!;
    const wo = ladder.gain * (1 - ladder.threshold) * ladder.latentOpportunity;
    expect(x.referenceWillingnessOpportunity).toBeCloseTo(wo, 12);
    // Twelve monthly steps at W·O: P(still at none) = (1 − rate·W·O)^12, counted on a grid of uniforms.
    const rates = { explore: x.value, pursue: 0, acquire: 0, reverse: 0, cap: 1 };
    const monthly = ladderStep(NONE, NONE, wo, 1, 0, rates, x.value * wo * (1 - 1e-9)) === EXPLORING && ladderStep(NONE, NONE, wo, 1, 0, rates, x.value * wo * (1 + 1e-9)) === NONE;
    expect(monthly).toBe(true);
    expect(1 - Math.pow(1 - x.value * wo, 12)).toBeCloseTo(x.referenceAnnual, 12);
    // The reference is the no-duration fit at (latent, nuclear-armed rival, no umbrella, the exposed state-years' medians of ln CINC, liberal democracy, ln energy per head, before the NPT era).
    const e = x.estimate;
    const eta = e.coefficients[0]! + e.coefficients[1]! + e.coefficients[2]! + e.coefficients[4]! * x.referenceLnCinc + e.coefficients[5]! * x.referenceLibdem + e.coefficients[6]! * x.referenceLnEnergy;
    expect(x.referenceAnnual).toBeCloseTo(1 / (1 + Math.exp(-eta)), 12);
    expect(e.duration).toBe(false);
    expect(x.interval[0]).toBeLessThan(x.value);
    expect(x.interval[1]).toBeGreaterThan(x.value);
    // The regime effect handed to the ladder is the same fit's liberal-democracy coefficient.
    expect(e.names[5]).toBe('libdem');
    expect(x.regimeEffect).toBe(e.coefficients[5]);
    expect(x.regimeInterval).toEqual(e.intervals[5]);
    // The NPT restraint is exp of the NPT-era coefficient; the reference state is before the era.
    expect(e.names[7]).toBe('npt_era');
    expect(x.nptRestraint).toBeCloseTo(Math.exp(e.coefficients[7]!), 12);
    expect(x.nptInterval[0]).toBeLessThan(x.nptRestraint);
    expect(x.nptInterval[1]).toBeGreaterThan(x.nptRestraint);
    expect(x.referenceLibdem).toBeGreaterThan(0);
    expect(x.referenceLibdem).toBeLessThan(1);
  });

  it('the ladder\'s opportunity carries the regime multiplier exp(effect·(libdem − reference)), 1 without a score', () => {
    const v = parameterValues({ nuclear_regime_effect: -2, nuclear_regime_reference: 0.25 });
    const base = opportunity(true, 1, true, v, false);
    expect(opportunity(true, 1, true, v, false, 0.25)).toBeCloseTo(base, 12);
    expect(opportunity(true, 1, true, v, false, 0.75)).toBeCloseTo(base * Math.exp(-1), 12);
    expect(opportunity(true, 1, true, v, false, 0)).toBeCloseTo(base * Math.exp(0.5), 12);
    expect(opportunity(true, 1, true, parameterValues({ nuclear_regime_effect: 0 }), false, 0.9)).toBeCloseTo(opportunity(true, 1, true, parameterValues({ nuclear_regime_effect: 0 }), false), 12);
  });

  it('scales inversely with the ladder\'s willingness at the reference, and sees only the training years', () => {
    const a = ladderExploreRate('data', 2010, ladder)!, b = ladderExploreRate('data', 2010, { ...ladder, gain: 10 })!;
    expect(b.value).toBeCloseTo(a.value / 2, 12);
    const early = ladderExploreRate('data', 1989, ladder)!;
    expect(early.estimate.onsets).toBeLessThan(a.estimate.onsets);
    expect(early.method).toMatch(/to 1989/);
  });
});
