import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { DATASETS, parseCsv, readWorld, worldYears } from '../../src/data/index.js';
import { closePools, Xoshiro128, normal } from '../../src/engine/index.js';
import { effortPanel, fitEffort } from '../../src/model/index.js';
import { abcCredibility, credibilitySurveys, simulatedCredibility } from '../../src/validation/calibration.js';
import { trainingDataDir } from '../../src/validation/training-data.js';

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
      const target = truth.intercept + truth.threat * r.threat + truth.credibilityGap * r.credibilityGap + truth.peers * r.peersLag;
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
    const surveys = credibilitySurveys(dir, 2012, 2016);
    expect(surveys.map((s) => s.iso3).sort()).toEqual(['CAN', 'DEU', 'ESP', 'ITA', 'KOR']);
    const known = { cred_base: 0.45, cred_ballast_gain: 0.35 };
    const pseudo = await simulatedCredibility(dir, surveys, known, 40, 1, 1);
    const abc = (await abcCredibility(dir, 2016, { surveys: surveys.map((s, i) => ({ ...s, pct: pseudo[i]! })), samples: 100, runs: 40, acceptShare: 0.15, seed: 3 }))!;
    for (const [k, v] of Object.entries(known)) {
      const e = abc.estimates[k]!;
      expect(v, `${k}: ${e.mean} [${e.lo}, ${e.hi}]`).toBeGreaterThanOrEqual(e.lo);
      expect(v, `${k}: ${e.mean} [${e.lo}, ${e.hi}]`).toBeLessThanOrEqual(e.hi);
    }
  });
});
