/**
 * The registry's calibrated defaults are what the calibration on all the data gives (issue 10,
 * item 9): a fresh `ballast calibrate --train-until 2016 --joint 600` reproduces src/model/calibrated-defaults.ts, and a calibration
 * that cannot see a survey of the guarantee itself (trained on data up to 1996) keeps the baseline's prior
 * instead of the shipped default, so no later survey leaks into it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { calibrate } from '../../src/validation/calibration.js';
import { DEFAULT_JOINT_SAMPLES } from '../../src/validation/joint-abc.js';
import { DEFAULT_HINDCAST_TARGET_RUNS } from '../../src/validation/shipped-defaults.js';
import { loadWorld } from '../../src/data/index.js';
import { CALIBRATED_DEFAULTS } from '../../src/model/calibrated-defaults.js';
import { PARAMETER_BY_NAME } from '../../src/model/parameters.js';
import { closePools } from '../../src/engine/pool.js';

afterAll(() => closePools());

describe('the calibrated defaults', () => {
  // `ballast calibrate --train-until 2016 --joint 600` (what `npm run calibrate:defaults` runs) from the
  // compiled CLI, as a maintainer runs it: its joint ABC spends 600 simulations (minutes beside other tests).
  it('are a fresh calibration on the data up to 2016, and the registry ships them', { timeout: 900_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ballast-defaults-'));
    try {
      const file = join(dir, 'calibrated.json');
      const run = spawnSync(process.execPath, ['bin/ballast.js', 'calibrate', '--train-until', '2016', '--joint', String(DEFAULT_JOINT_SAMPLES), '--out', file, '--quiet', '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 880_000 });
      expect(run.status, run.stderr).toBe(0);
      const c = JSON.parse(readFileSync(file, 'utf8')) as { parameters: Record<string, number>; data_version: string; estimates: typeof CALIBRATED_DEFAULTS.estimates; posterior: typeof CALIBRATED_DEFAULTS.posterior; joint?: { particles: { theta: number[] }[]; hindcast: { window: number[]; runs: number; atMean: { allies: unknown[] } } | null } };
      expect(c.parameters).toEqual(CALIBRATED_DEFAULTS.parameters);
      // The shipped posterior's credibility and accommodation block is the joint ABC's particles, each draw one of them whole.
      expect(c.joint).toBeDefined();
      // Its targets include the 2012–2016 hindcast (hindcast-target.ts): each ally's 2016 share of GDP.
      expect(c.joint!.hindcast!.window).toEqual([2012, 2016]);
      expect(c.joint!.hindcast!.runs).toBe(DEFAULT_HINDCAST_TARGET_RUNS);
      expect(c.joint!.hindcast!.atMean.allies.length).toBeGreaterThan(20);
      expect(c.posterior.names.slice(0, 3)).toEqual(['cred_base', 'cred_ballast_gain', 'const_accommodation']);
      const particles = new Set(c.joint!.particles.map((q) => q.theta.map((v) => Number(v.toPrecision(6))).join(',')));
      for (const d of CALIBRATED_DEFAULTS.posterior.draws) expect(particles.has(d.slice(0, 3).join(','))).toBe(true);
      // They record the data they were estimated on: new data means `npm run calibrate:defaults`.
      expect(CALIBRATED_DEFAULTS.dataVersion).toBe(c.data_version);
      expect(c.data_version).toBe(loadWorld(2016).dataVersion);
      for (const [name, value] of Object.entries(CALIBRATED_DEFAULTS.parameters)) expect(PARAMETER_BY_NAME.get(name)!.default, name).toBe(value);
      // The calibrated credibility baseline lies inside its own interval (the defaults it replaced did not).
      for (const name of ['cred_base', 'cred_ballast_gain', 'const_accommodation', 'nuclear_explore_rate', 'nuclear_regime_effect'] as const) {
        const [lo, hi] = CALIBRATED_DEFAULTS.intervals[name];
        expect(CALIBRATED_DEFAULTS.parameters[name]).toBeGreaterThanOrEqual(lo);
        expect(CALIBRATED_DEFAULTS.parameters[name]).toBeLessThanOrEqual(hi);
      }
      // One command regenerates every estimate (issue 11, item 5): the ones the model does not use are reported with intervals.
      expect(Object.keys(c.estimates).sort()).toEqual(['alignment_onset_logit', 'effort_long_panel_gmm', 'proliferation_hazard']);
      expect(c.estimates).toEqual(CALIBRATED_DEFAULTS.estimates);
      // The posterior ships too (issue 12, item 1): the same draws, and the point values within their range.
      expect(c.posterior).toEqual(CALIBRATED_DEFAULTS.posterior);
      expect(c.posterior.draws.length).toBeGreaterThanOrEqual(200);
      const j = c.posterior.names.indexOf('cred_base');
      const v = c.posterior.draws.map((d) => d[j]!).sort((a, b) => a - b);
      expect(v[0]!).toBeLessThanOrEqual(c.parameters.cred_base!);
      expect(v.at(-1)!).toBeGreaterThanOrEqual(c.parameters.cred_base!);
      for (const e of Object.values(c.estimates)) {
        expect(e.use.length).toBeGreaterThan(0);
        for (const [k, x] of Object.entries(e.coefficients)) expect(x.interval[0] <= x.value && x.value <= x.interval[1], k).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a hindcast\'s calibration sees only the surveys up to its training year', { timeout: 180_000 }, async () => {
    const c = await calibrate(2011, { samples: 40, workers: 2 });
    expect(c.credibility).not.toBeNull();
    expect(Math.max(...c.credibility!.surveys.map((s) => s.year))).toBe(2011);
    // The one answer to the guarantee's own question before 2012: Japan, 1997.
    expect(c.credibility!.surveys.filter((s) => s.measure === 'us_would_defend').map((s) => `${s.iso3} ${s.year}`)).toEqual(['JPN 1997']);
  });

  it('do not leak into a calibration that cannot see the surveys: the baseline keeps its prior', async () => {
    // No survey asks whether the U.S. would defend the ally before 1997: the other series cannot set the level.
    const c = await calibrate(1996, { samples: 120, workers: 2 });
    expect(c.credibility).toBeNull();
    expect(c.parameters.cred_base).toBe(PARAMETER_BY_NAME.get('cred_base')!.prior);
    expect(c.parameters.cred_ballast_gain).toBe(PARAMETER_BY_NAME.get('cred_ballast_gain')!.prior);
    expect(c.parameters.cred_base).not.toBe(CALIBRATED_DEFAULTS.parameters.cred_base);
    // The accommodation constant and the ladder's rate see only the record up to 1996: not the shipped values.
    expect(c.accommodation!.record.years[1]).toBe(1996);
    expect(c.parameters.const_accommodation).not.toBe(CALIBRATED_DEFAULTS.parameters.const_accommodation);
    expect(c.exploreRate!.method).toMatch(/to 1996/);
  });
});
