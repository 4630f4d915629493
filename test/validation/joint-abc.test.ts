/**
 * The joint ABC of the credibility baseline and the accommodation constant (joint-abc.ts): its
 * onset likelihood by hand, and on the record to 2016 the ridge the model's mechanism implies —
 * more credibility means less accommodation (it grows with missing protection), so matching the
 * record's onset rate needs a higher constant: the two parameters are positively correlated.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { jointAbc, onsetLogLikelihood } from '../../src/validation/joint-abc.js';
import { credibilitySurveys } from '../../src/validation/calibration.js';
import { trainingDataDir } from '../../src/validation/training-data.js';
import { alignmentPanel, ALIGNMENT_FIRST_YEAR } from '../../src/model/calibration/alignment-panel.js';
import { PARAMETER_BY_NAME } from '../../src/model/parameters.js';
import { closePools } from '../../src/engine/pool.js';

afterAll(closePools);

describe('onsetLogLikelihood', () => {
  it('is 0 at the record\'s rate and the binomial log-likelihood ratio elsewhere, by hand', () => {
    expect(onsetLogLikelihood(14, 1384, 14 / 1384)).toBeCloseTo(0, 12);
    const p = 14 / 1384, r = 2 * p;
    expect(onsetLogLikelihood(14, 1384, r)).toBeCloseTo(14 * Math.log(2) + 1370 * Math.log((1 - r) / (1 - p)), 10);
    expect(onsetLogLikelihood(14, 1384, 0.001)).toBeLessThan(onsetLogLikelihood(14, 1384, 0.005));
    expect(onsetLogLikelihood(0, 100, 0.01)).toBeCloseTo(100 * Math.log(0.99), 12);
  });
});

describe('jointAbc on the record to 2016', () => {
  it('fits the three parameters together, inside their ranges, with the ridge the mechanism implies', { timeout: 180_000 }, async () => {
    const dir = trainingDataDir(2016);
    const surveys = credibilitySurveys(dir, 1990, 2016);
    const alignment = alignmentPanel({ dataDir: dir, from: ALIGNMENT_FIRST_YEAR, to: 2016 });
    const j = (await jointAbc(dir, 2016, surveys, alignment, { samples: 120, runs: 20, accommodationRuns: 200, seed: 2, workers: 2 }))!;
    expect(j.parameters).toEqual(['cred_base', 'cred_ballast_gain', 'const_accommodation']);
    expect(j.samples).toBeLessThanOrEqual(120);
    for (const n of j.parameters) {
      const spec = PARAMETER_BY_NAME.get(n)!, e = j.estimates[n]!;
      expect(e.lo).toBeGreaterThanOrEqual(spec.min);
      expect(e.hi).toBeLessThanOrEqual(spec.max);
      expect(e.lo).toBeLessThan(e.mean);
      expect(e.mean).toBeLessThan(e.hi);
    }
    expect(j.correlation).toBeGreaterThan(0.3);
    expect(j.fit.onsets).toBe(14);
    // At the joint mean the simulated onset rate is within a factor of two of the record's.
    expect(j.fit.rate).toBeGreaterThan(j.fit.recordRate / 2);
    expect(j.fit.rate).toBeLessThan(j.fit.recordRate * 2);
    expect(j.particles.reduce((a, p) => a + p.weight, 0)).toBeCloseTo(1, 12);
    expect(j.reachedRegion).toBe(j.generations.at(-1)!.atFloor === true);
  });

  it('is not run without an onset in the record', async () => {
    const dir = trainingDataDir(2016);
    const surveys = credibilitySurveys(dir, 1990, 2016);
    expect(await jointAbc(dir, 2016, surveys, [], { samples: 24 })).toBeNull();
  });
});
