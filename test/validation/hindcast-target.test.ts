/**
 * The hindcast as a target of the joint ABC (src/validation/hindcast-target.ts): the window is the
 * training data's last five years, its World is read from data cut before the window, its truths
 * are the last year's SIPRI shares, and its synthetic log-likelihood is the sum of Gaussian log
 * densities (checked by hand) that falls for a model that spends far from the record.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { gaussianLogDensity, hindcastFit, hindcastTarget, HINDCAST_TARGET_YEARS } from '../../src/validation/hindcast-target.js';
import { trainingDataDir } from '../../src/validation/training-data.js';
import { loadWorld, worldYears } from '../../src/data/index.js';
import { CALIBRATED_DEFAULTS } from '../../src/model/calibrated-defaults.js';
import { closePools } from '../../src/engine/pool.js';
import { runCli } from '../cli/run-cli.js';

afterAll(closePools);

describe('gaussianLogDensity', () => {
  it('is ln N(y; μ, σ²), by hand', () => {
    expect(gaussianLogDensity(0, 0, 1)).toBeCloseTo(-0.5 * Math.log(2 * Math.PI), 12);
    expect(gaussianLogDensity(2.5, 1.5, 0.5)).toBeCloseTo(-0.5 * Math.log(2 * Math.PI * 0.25) - 1 / 0.5, 12);
    expect(gaussianLogDensity(1, 0, 2)).toBe(gaussianLogDensity(-1, 0, 2));
  });
});

describe('hindcastTarget', () => {
  const dir = trainingDataDir(2016);

  it('for training to 2016 is the 2012–2016 hindcast from the 2011 World, scored on each ally\'s 2016 share', () => {
    const t = hindcastTarget(dir, 2016)!;
    expect(HINDCAST_TARGET_YEARS).toBe(5);
    expect([t.from, t.to]).toEqual([2012, 2016]);
    expect(t.file).toMatch(/scenarios[\\/]hindcast-2012-2016\.yaml$/);
    expect(t.scenario.world).toBe(2011);
    expect(t.scenario.start).toBe('2012-01');
    // The World is read from data that end before the window: nothing of 2012–2016 reaches the simulation.
    expect(worldYears({ dataDir: t.dataDir })[1]).toBe(2011);
    // The truths are the SIPRI shares of 2016, every ally that has one.
    const w = loadWorld(2016, { dataDir: dir });
    const allies = w.states.filter((s) => s.roles.ally && s.defence.sipriPctGdp !== null);
    expect(t.truth.size).toBe(allies.length);
    for (const s of allies) expect(t.truth.get(s.iso3)).toBe(s.defence.sipriPctGdp);
  });

  it('is absent where no hindcast of the last five training years is shipped (the hindcasts\' own calibrations)', () => {
    expect(hindcastTarget(trainingDataDir(2011), 2011)).toBeNull();
  });

  it('scores the end-year shares by their simulated mean and spread, deterministically, and worse for a model that spends far from the record', { timeout: 120_000 }, async () => {
    const t = hindcastTarget(dir, 2016)!;
    const point = { ...CALIBRATED_DEFAULTS.parameters };
    const a = await hindcastFit(t, point, 200, 7, 2);
    const b = await hindcastFit(t, point, 200, 7, 1);
    expect(b).toEqual(a); // common random numbers: the same seed gives the same fit, for any worker count
    expect(a.allies.length).toBeGreaterThan(20);
    let sum = 0;
    for (const x of a.allies) {
      expect(x.truth).toBe(t.truth.get(x.iso3));
      expect(x.sd).toBeGreaterThan(0);
      expect(x.logDensity).toBeCloseTo(gaussianLogDensity(x.truth, x.mean, x.sd), 12);
      sum += x.logDensity;
    }
    expect(a.logLikelihood).toBeCloseTo(sum, 10);
    // A budget target 2.5 points of GDP higher for every ally (the intercept at the top of its range)
    // moves every simulated share away from the 2016 record: the likelihood falls, by a lot.
    const far = await hindcastFit(t, { ...point, effort_intercept: 4 }, 200, 7, 2);
    expect(far.logLikelihood).toBeLessThan(a.logLikelihood - 10);
  });

  it('the CLI refuses a --hindcast-runs that is not a whole number, and names the flag', async () => {
    const r = await runCli('calibrate', '--joint', '24', '--hindcast-runs', 'many', '--quiet');
    expect(r.code).toBe(1); // bad input (EXIT.badInput), before any simulation
    expect(r.err).toMatch(/--hindcast-runs many: give a whole number from 0/);
  });
});
