import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { DATASETS, parseCsv, readWorld, worldYears } from '../../src/data/index.js';
import { closePools, Xoshiro128, normal } from '../../src/engine/index.js';
import { effortPanel, fitEffort, uncoveredThreat } from '../../src/model/index.js';
import { abcCredibility, credibilityPredictiveChecks, credibilitySurveys, simulatedCredibility } from '../../src/validation/calibration.js';
import { trainingDataDir } from '../../src/validation/training-data.js';
import { surveyFit, type Survey } from '../../src/validation/credibility-surveys.js';

afterAll(() => closePools());

describe('trainingDataDir', () => {
  it('holds no row after the training year in any yearly dataset, so later data cannot be read', () => {
    const dir = trainingDataDir(2011);
    for (const d of Object.values(DATASETS)) {
      const t = parseCsv(readFileSync(`${dir}/${d.file}`, 'utf8'));
      if (!t.ok) throw new Error(d.file);
      const y = t.value.header.indexOf('year');
      if (y < 0) continue;
      expect(Math.max(...t.value.rows.map((r) => Number(r[y]))), d.file).toBeLessThanOrEqual(2011);
    }
    expect(worldYears({ dataDir: dir })).toEqual([1990, 2011]);
    expect(readWorld(2012, { dataDir: dir }).ok).toBe(false);
  });
});

describe('calibration recovers known parameters from data the model generated', () => {
  it('OLS on a synthetic panel: every true effort parameter lies inside its 95% interval', () => {
    // The real exogenous structure (threat, credibility gap, peers) of 1991-2016, spending generated
    // from the effort equation with known parameters and seeded noise.
    const truth = { adjustment: 0.3, intercept: 1.2, threat: 0.4, credibilityGap: 0.8, peers: 0.25, noise: 0.1 };
    const rows = effortPanel(1991, 2016, 2016);
    const rng = new Xoshiro128(17, 0, 0);
    const synthetic = rows.map((r) => {
      const target = truth.intercept + truth.threat * r.threat + truth.credibilityGap * uncoveredThreat(r.threat, r.credibilityGap) + truth.peers * r.peersLag;
      return { ...r, spending: r.spendingLag + truth.adjustment * (target - r.spendingLag) + truth.noise * normal(rng) };
    });
    const fit = fitEffort(synthetic)!;
    for (const k of ['adjustment', 'intercept', 'threat', 'credibilityGap', 'peers'] as const) {
      const [lo, hi] = fit.intervals[k];
      expect(truth[k], `${k}: ${fit[k]} [${lo}, ${hi}]`).toBeGreaterThanOrEqual(lo);
      expect(truth[k], `${k}: ${fit[k]} [${lo}, ${hi}]`).toBeLessThanOrEqual(hi);
    }
    expect(Math.abs(fit.noise - truth.noise)).toBeLessThan(0.02);
  });

  it('ABC on surveys the model itself produced: the known credibility parameters lie inside the 90% interval', async () => {
    const dir = trainingDataDir(2016);
    expect(credibilitySurveys(dir, 2012, 2016, ['us_would_defend']).map((s) => s.iso3).sort()).toEqual(['CAN', 'DEU', 'ESP', 'ITA', 'KOR']);
    // Every series of 2015-2016: the direct question and, through their links, confidence and favourability.
    const surveys = credibilitySurveys(dir, 2015, 2016);
    expect(new Set(surveys.map((s) => s.measure))).toEqual(new Set(['us_would_defend', 'confidence_us_president', 'us_favourable']));
    const known = { cred_base: 0.45, cred_ballast_gain: 0.35 };
    const pseudo = await simulatedCredibility(dir, surveys, known, 40, 1, 1);
    const abc = (await abcCredibility(dir, 2016, { surveys: surveys.map((s, i) => ({ ...s, pct: pseudo[i]! })), samples: 100, runs: 40, seed: 3 }))!;
    for (const [k, v] of Object.entries(known)) {
      const e = abc.estimates[k]!;
      expect(v, `${k}: ${e.mean} [${e.lo}, ${e.hi}]`).toBeGreaterThanOrEqual(e.lo);
      expect(v, `${k}: ${e.mean} [${e.lo}, ${e.hi}]`).toBeLessThanOrEqual(e.hi);
    }
    // ABC-SMC within its budget: a first population of a third, generations renewing half of it, falling tolerances.
    expect(abc.samples).toBeLessThanOrEqual(100);
    expect(abc.generations[0]!.simulations).toBe(33);
    expect(abc.generations.length).toBeGreaterThan(1);
    expect(abc.generations.at(-1)!.epsilon).toBeLessThan(abc.generations[1]!.epsilon + 1e-9);
    expect(abc.particles.reduce((a, p) => a + p.weight, 0)).toBeCloseTo(1, 12);
    expect(abc.ess).toBeGreaterThan(1);
  });

  it('posterior predictive checks pass on answers the model itself produced with noise, and fail when the answers run the other way', async () => {
    const dir = trainingDataDir(2016);
    const surveys = credibilitySurveys(dir, 2012, 2016, ['us_would_defend']);
    const known = { cred_base: 0.45, cred_ballast_gain: 0.35 };
    const sim = await simulatedCredibility(dir, surveys, known, 40, 1, 1);
    const rng = new Xoshiro128(8, 0, 0);
    const posterior = { names: ['cred_base', 'cred_ballast_gain'], draws: Array.from({ length: 10 }, (_, k) => [0.43 + 0.004 * k, 0.33 + 0.004 * k]), method: {} };
    // Answers from the model with 2-point noise: the model's own pattern, so neither tail.
    const own = surveys.map((s, i) => ({ ...s, pct: sim[i]! + 2 * normal(rng) }));
    const ok = await credibilityPredictiveChecks(dir, own, posterior, { runs: 40, seed: 4 });
    expect(ok.map((c) => c.statistic)).toEqual([expect.stringMatching(/correlation/), expect.stringMatching(/RMSE/)]);
    expect(ok[0]!.p).toBeGreaterThan(0.05);
    expect(ok[0]!.p).toBeLessThan(0.95);
    // Answers that order the allies the opposite way: every replicate correlates more than the data.
    const mean = sim.reduce((a, b) => a + b, 0) / sim.length;
    const reversed = surveys.map((s, i) => ({ ...s, pct: 2 * mean - sim[i]! }));
    const bad = await credibilityPredictiveChecks(dir, reversed, posterior, { runs: 40, seed: 4 });
    expect(bad[0]!.observed).toBeLessThan(0);
    expect(bad[0]!.p).toBeGreaterThan(0.95);
  });
});

describe('the survey series measure credibility', () => {
  const s = (measure: Survey['measure'], pct: number): Survey => ({ measure, iso3: 'XXX', year: 2015, pct });

  it('reads the direct question as 100·C and a related attitude through a least-squares link, by hand', () => {
    // Direct: residuals 2 and −2 → RSS 8, σ² = 4, ℓ = −(2/2)(log(2π·4) + 1).
    // Linear: y = 10 + 0.5x exactly for x = 40, 60, 80 → slope 0.5, intercept 10, RSS 0 (σ² floored at 0.25).
    const surveys = [s('us_would_defend', 72), s('us_would_defend', 68), s('us_favourable', 30), s('us_favourable', 40), s('us_favourable', 50), s('confidence_us_president', 50)];
    const fit = surveyFit(surveys, [70, 70, 40, 60, 80, Number.NaN]);
    const d = fit.series.find((x) => x.measure === 'us_would_defend')!, f = fit.series.find((x) => x.measure === 'us_favourable')!;
    expect([d.intercept, d.slope, d.rmse, d.n]).toEqual([0, 1, 2, 2]);
    expect(d.logLikelihood).toBeCloseTo(-(Math.log(2 * Math.PI * 4) + 1), 12);
    expect(f.slope).toBeCloseTo(0.5, 12);
    expect(f.intercept).toBeCloseTo(10, 12);
    expect(f.correlation).toBeCloseTo(1, 12);
    expect(f.logLikelihood).toBeCloseTo(-1.5 * (Math.log(2 * Math.PI * 0.25) + 1), 12);
    // A survey with no model value (not an ally that year) is left out: confidence has no series.
    expect(fit.series.map((x) => x.measure)).toEqual(['us_would_defend', 'us_favourable']);
    expect(fit.logLikelihood).toBeCloseTo(d.logLikelihood + f.logLikelihood, 12);
  });

  it('never lets a related attitude fall as credibility rises: a negative slope is cut to 0 (the mean)', () => {
    const fit = surveyFit([s('us_favourable', 50), s('us_favourable', 40), s('us_favourable', 30)], [40, 60, 80]);
    expect(fit.series[0]!.slope).toBe(0);
    expect(fit.series[0]!.intercept).toBeCloseTo(40, 12);
    expect(fit.series[0]!.correlation).toBeCloseTo(-1, 12);
  });
});
