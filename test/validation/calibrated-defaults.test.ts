/**
 * The registry's calibrated defaults are what the calibration on all the data gives (issue 10,
 * item 9): a fresh `calibrate(2016)` reproduces src/model/calibrated-defaults.ts, and a calibration
 * that cannot see the surveys (a hindcast trained on data up to 2011) keeps the baseline's prior
 * instead of the shipped default, so no later survey leaks into it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { calibrate } from '../../src/validation/calibration.js';
import { CALIBRATED_DEFAULTS } from '../../src/model/calibrated-defaults.js';
import { PARAMETER_BY_NAME } from '../../src/model/parameters.js';
import { closePools } from '../../src/engine/pool.js';

afterAll(() => closePools());

describe('the calibrated defaults', () => {
  it('are a fresh calibration on the data up to 2016, and the registry ships them', async () => {
    const c = await calibrate(2016, { samples: 120, workers: 2 });
    expect(c.parameters).toEqual(CALIBRATED_DEFAULTS.parameters);
    for (const [name, value] of Object.entries(CALIBRATED_DEFAULTS.parameters)) expect(PARAMETER_BY_NAME.get(name)!.default, name).toBe(value);
    // The calibrated credibility baseline lies inside its own interval (the defaults it replaced did not).
    for (const name of ['cred_base', 'cred_ballast_gain'] as const) {
      const [lo, hi] = CALIBRATED_DEFAULTS.intervals[name];
      expect(CALIBRATED_DEFAULTS.parameters[name]).toBeGreaterThanOrEqual(lo);
      expect(CALIBRATED_DEFAULTS.parameters[name]).toBeLessThanOrEqual(hi);
    }
  });

  it('do not leak into a calibration that cannot see the surveys: the baseline keeps its prior', async () => {
    const c = await calibrate(2011, { samples: 120, workers: 2 });
    expect(c.credibility).toBeNull();
    expect(c.parameters.cred_base).toBe(PARAMETER_BY_NAME.get('cred_base')!.prior);
    expect(c.parameters.cred_ballast_gain).toBe(PARAMETER_BY_NAME.get('cred_ballast_gain')!.prior);
    expect(c.parameters.cred_base).not.toBe(CALIBRATED_DEFAULTS.parameters.cred_base);
  });
});
