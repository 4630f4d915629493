import { afterAll, describe, expect, it } from 'vitest';
import { closePools } from '../../src/engine/index.js';
import { findState, loadWorld } from '../../src/data/index.js';
import { hindcast } from '../../src/validation/hindcast.js';
import { formatHindcast } from '../../src/cli/hindcast.js';
import { main } from '../../src/cli/main.js';
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { hindcastScenarioFile } from '../../src/validation/hindcast-scenario.js';

afterAll(() => closePools());

describe('the 2011 / 2012-2016 hindcast on the bundled data', () => {
  it('runs end to end and scores the model and both baselines (the scores are printed, not thresholded)', async () => {
    const h = await hindcast({ trainUntil: 2011, from: 2012, to: 2016, runs: 400, abcSamples: 0 });
    process.stderr.write(`${formatHindcast(h)}\n`);
    expect(h.rows.length).toBeGreaterThan(100);
    for (const m of ['model', 'persistence', 'trend'] as const) {
      const s = h.scores[m];
      expect(s.n).toBe(h.rows.length);
      for (const v of [s.mae, s.rmse, s.crps, s.coverage50, s.coverage90]) expect(Number.isFinite(v)).toBe(true);
      expect(s.rmse).toBeGreaterThanOrEqual(s.mae);
    }
    // Persistence carries the 2011 value forward (Poland's SIPRI share in 2011, read independently).
    const pol2011 = findState(loadWorld(2011), 'POL')!.defence.pctGdp!;
    for (const r of h.rows.filter((x) => x.iso3 === 'POL')) expect(r.persistence.mean).toBe(pol2011);
    // The truth is the bundled SIPRI series.
    const pol2014 = h.rows.find((x) => x.iso3 === 'POL' && x.year === 2014)!;
    expect(pol2014.truth).toBe(findState(loadWorld(2014), 'POL')!.defence.sipriPctGdp);
    expect(h.calibration.parameters.effort_adjustment).toBeGreaterThan(0);
    expect(h.checks.map((c) => c.name)).toHaveLength(4);
    expect(h.twoPercent.map((t) => t.year)).toEqual([2012, 2013, 2014, 2015, 2016]);
    // Scored again with the training calibration's own posterior (never the shipped one): the same ally-years.
    expect(h.posterior).not.toBeNull();
    expect(h.posterior!.scores.n).toBe(h.rows.length);
    expect(h.posterior!.draws).toBe(h.calibration.posterior.draws.length);
    expect(h.posterior!.checks.map((c) => c.name)).toEqual(h.checks.map((c) => c.name));
    expect(formatHindcast(h)).toMatch(/with parameter uncertainty/);
    expect(h.calibration.joint).toBeNull();
    expect(formatHindcast(h)).toMatch(/Credibility baseline not fitted by ABC in this run/);
  });

  it('fits the training calibration jointly when asked: the posterior\'s credibility and accommodation block is the joint particles', { timeout: 180_000 }, async () => {
    const h = await hindcast({ trainUntil: 2011, from: 2012, to: 2016, runs: 100, abcSamples: 40, joint: 48, workers: 2 });
    const j = h.calibration.joint!;
    expect(j).not.toBeNull();
    expect(j.parameters).toEqual(['cred_base', 'cred_ballast_gain', 'const_accommodation']);
    // Trained to 2011, the joint fit has no hindcast target: the 2012–2016 one would score the very window it forecasts.
    expect(j.hindcast).toBeNull();
    const cols = j.parameters.map((n) => h.calibration.posterior.names.indexOf(n));
    expect(cols.every((c) => c >= 0)).toBe(true);
    // Each draw of the three is one particle of the joint fit, whole (not three independent marginals); draws keep six significant digits.
    const particles = new Set(j.particles.map((p) => p.theta.map((x) => Number(x.toPrecision(6))).join(',')));
    for (const d of h.calibration.posterior.draws) expect(particles.has(cols.map((c) => d[c]).join(','))).toBe(true);
    expect(h.calibration.posterior.method.credibility_accommodation).toMatch(/joint ABC-SMC/);
    // The run with parameter uncertainty draws from that posterior, and the report says how it was fitted.
    expect(h.posterior!.draws).toBe(h.calibration.posterior.draws.length);
    expect(formatHindcast(h)).toMatch(/fitted together: the joint ABC-SMC, \d+ simulations/);
  });

  it('refuses a window that does not start the year after training', async () => {
    await expect(hindcast({ trainUntil: 2011, from: 2013, to: 2016, runs: 10, abcSamples: 0 })).rejects.toThrow(/must start the year after training/);
  });

  it('runs the 2017-2024 hindcast without a truth file: no scores, the qualitative checks only', async () => {
    const h = await hindcast({ trainUntil: 2016, from: 2017, to: 2024, runs: 300, abcSamples: 0 });
    expect(h.scored).toBe(false);
    expect(h.rows).toEqual([]);
    expect(h.checks).toHaveLength(4);
    expect(formatHindcast(h)).toContain('Scores need --truth FILE');
  });

  it('scores the 2017-2024 hindcast against a truth file', async () => {
    const { readTruth } = await import('../../src/validation/truth.js');
    const h = await hindcast({ trainUntil: 2016, from: 2017, to: 2024, runs: 300, abcSamples: 0, truth: readTruth('test/fixtures/truth/good.csv', [2017, 2024]) });
    expect(h.scored).toBe(true);
    expect(h.rows.map((r) => `${r.iso3} ${r.year}`)).toEqual(['EST 2017', 'POL 2017', 'POL 2018']);
    expect(h.rows[0]!.persistence.mean).toBe(findState(loadWorld(2016), 'EST')!.defence.pctGdp);
  });

  it('the CLI refuses a bad truth file with its line before running anything', async () => {
    let err = '';
    const e = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => { err += s; return true; }) as typeof process.stderr.write;
    try {
      const code = await main(['hindcast', '--train-until', '2016', '--from', '2017', '--to', '2024', '--truth', 'test/fixtures/truth/unknown-code.csv']);
      expect(code).toBe(1);
    } finally { process.stderr.write = e; }
    expect(err).toContain('unknown-code.csv:3:1');
    expect(err).toContain('"XYZ" is not an ISO 3166 alpha-3 code');
  });

  it('finds the shipped hindcast scenario wherever it is run from, and a given folder when one is given', () => {
    // The default had been the relative "scenarios": `ballast hindcast` outside the checkout found nothing.
    const shipped = hindcastScenarioFile(2017, 2024);
    expect(isAbsolute(shipped)).toBe(true);
    expect(existsSync(shipped)).toBe(true);
    expect(shipped.endsWith(join('scenarios', 'hindcast-2017-2024.yaml'))).toBe(true);
    expect(hindcastScenarioFile(2012, 2016, '/elsewhere')).toBe(join('/elsewhere', 'hindcast-2012-2016.yaml'));
  });
});
