/**
 * The headline (src/results/headline.ts): the sentence built by hand from given shares, the
 * baseline chosen for a scenario, the outcome classes with the thresholds a scenario runs with.
 */
import { describe, expect, it } from 'vitest';
import { continuityBaseline, headline, intervalNote, outcomeDefinitions, outcomeThresholds, percentNumber } from '../../src/results/headline.js';
import { loadScenario } from '../../src/scenario/index.js';
import type { EnsembleResult } from '../../src/results/assemble.js';

const share = (outcome: string, probability: number, lo: number, hi: number) => ({ outcome, count: 0, probability, lo, hi });
/** The four outcomes with "holds" and "unravelled" as given. */
const outcomes = (p: number, lo: number, hi: number, unravelled = 0.05) => [share('holds', p, lo, hi), share('strained', 0.2, 0.18, 0.22), share('fragmenting', 0.1, 0.09, 0.11), share('unravelled', unravelled, unravelled * 0.8, unravelled * 1.2)];
const months = ['2017-01', '2020-12'];
const thresholds = outcomeThresholds();
const result = (system: ReturnType<typeof outcomes>, europe: ReturnType<typeof outcomes>, asia: ReturnType<typeof outcomes>) =>
  ({ outcomes: system, theatres: [{ theatre: 'europe', outcomes: europe }, { theatre: 'asia_pacific', outcomes: asia }], months, start: '2017-01' });
const asResult = (r: ReturnType<typeof result>) => ({ ...r, scenario: { name: 'Continuity — the 2016 policy carried on', description: null, hash: 'c0ffee' }, runs: 2000, seed: 42 }) as unknown as EnsembleResult;

describe('headline(result, baseline)', () => {
  // Europe: 962 of 2,000 runs hold, p = 0.481; Wilson (z = 1.96): centre (0.481 + 1.96²/4000) / (1 + 1.96²/2000) = 0.48104,
  // half-width 1.96·√(0.481·0.519/2000 + 1.96²/(4·2000²)) / 1.0019208 = 0.02188, so [0.45916, 0.50291] → 48% (46–50%).
  // Asia-Pacific: 820 of 2,000, p = 0.41 → [0.38864, 0.43171] → 41% (39–43%). System: 905 of 2,000, p = 0.4525 → [0.43080, 0.47438] → 45% (43–47%).
  const worst = result(outcomes(0.4525, 0.4308, 0.47438, 0), outcomes(0.481, 0.45916, 0.50291, 0.031), outcomes(0.41, 0.38864, 0.43171, 0.004));
  const continuity = asResult(result(outcomes(0.991, 0.9835, 0.994, 0), outcomes(0.996, 0.9926, 0.9978, 0), outcomes(0.744, 0.7245, 0.7626, 0)));

  it('gives the system, then each theatre, each with its 95% interval and continuity\'s share, then who unravels', () => {
    const h = headline(worst, { thresholds, baseline: continuity })!;
    expect(h.sentence).toBe('The alliance holds in 45% of runs (95% interval 43–47%) against 99.1% under continuity; in Europe 48% (46–50%) against 99.6%; in the Asia-Pacific 41% (39–43%) against 74%. Europe unravels in 3% of runs, the Asia-Pacific in 0.4%.');
    expect(h.baseline).toEqual({ kind: 'continuity', name: 'Continuity — the 2016 policy carried on', hash: 'c0ffee', runs: 2000, seed: 42 });
    expect(h.scopes.map((s) => [s.scope, s.holds.probability, s.baseline_holds?.probability])).toEqual([['system', 0.4525, 0.991], ['europe', 0.481, 0.996], ['asia_pacific', 0.41, 0.744]]);
  });

  it('reads continuity itself without a comparison, and says when no theatre unravels', () => {
    const h = headline(continuity, { thresholds, baseline: 'self' })!;
    expect(h.sentence).toBe('Under continuity the alliance holds in 99.1% of runs (95% interval 98–99.4%); in Europe 99.6% (99.3–99.8%); in the Asia-Pacific 74% (72–76%). No theatre unravels in any run.');
    expect(h.baseline).toEqual({ kind: 'self' });
  });

  it('leaves the comparison out when there is no baseline, and keeps the reason', () => {
    const h = headline(worst, { thresholds, baseline: { none: 'no continuity baseline: the scenario starts from the 2011 World in 2012-01, continuity from the 2016 World in 2017-01' } })!;
    expect(h.sentence).toMatch(/^The alliance holds in 45% of runs \(95% interval 43–47%\); in Europe 48% \(46–50%\); in the Asia-Pacific 41% \(39–43%\)\. /);
    expect(h.baseline).toMatchObject({ kind: 'none', reason: expect.stringContaining('2011 World') });
  });

  it('keeps a decimal near 0 and 1 so that a rare outcome does not read as impossible or certain', () => {
    expect([0, 0.0049, 0.005, 0.485, 0.4851, 0.9949, 0.99951, 1].map(percentNumber)).toEqual(['0', '0.5', '0.5', '49', '49', '99.5', '99.9', '100']);
  });

  it('falls back to the system alone for a result stored before theatres, and to nothing without "holds"', () => {
    expect(headline({ outcomes: outcomes(0.4525, 0.4308, 0.47438), months, start: '2017-01' }, { thresholds, baseline: 'self' })!.sentence).toBe('Under continuity the alliance holds in 45% of runs (95% interval 43–47%).');
    expect(headline({ outcomes: [], theatres: [], months, start: '2017-01' }, { thresholds, baseline: 'self' })).toBeNull();
  });
});

describe('headline with parameter uncertainty', () => {
  const withTotal = (p: number, lo: number, hi: number, tlo: number, thi: number) => [{ ...share('holds', p, lo, hi), total_lo: tlo, total_hi: thi }, share('strained', 0.2, 0.18, 0.22)];
  it('leads with the total interval and gives the Monte Carlo one after it, with a note on what each means', () => {
    const r = {
      outcomes: withTotal(0.405, 0.395, 0.414, 0.267, 0.523),
      theatres: [{ theatre: 'europe', outcomes: withTotal(0.514, 0.504, 0.523, 0.373, 0.623) }, { theatre: 'asia_pacific', outcomes: withTotal(0.061, 0.057, 0.066, 0.052, 0.073) }],
      parameters: { mode: 'posterior' as const, draws: 200, drawn: ['cred_base'] }, months, start: '2017-01',
    };
    const h = headline(r, { thresholds, baseline: { none: 'none' } })!;
    expect(h.sentence).toBe('The alliance holds in 41% of runs (95% interval 27–52% given the calibration\'s uncertainty; Monte Carlo 40–41%); in Europe 51% (37–62%; Monte Carlo 50–52%); in the Asia-Pacific 6% (5–7%; Monte Carlo 6–7%).');
    expect(h.intervals).toMatch(/^Each run drew the model's calibrated parameters from their posterior \(200 draws\)/);
    expect(intervalNote({ outcomes: outcomes(0.4525, 0.4308, 0.47438) })).toBeNull();
    // drawn, but too few runs for the total interval: the note says how many it needs
    expect(intervalNote({ outcomes: outcomes(0.4525, 0.4308, 0.47438), parameters: { mode: 'posterior', draws: 200, drawn: [] } })).toMatch(/needs at least 400 runs/);
  });
});

describe('the outcome classes and the baseline of a scenario', () => {
  it('defines the classes with the thresholds the scenario runs with', () => {
    expect(outcomeDefinitions(outcomeThresholds(), '2020-12')).toContain('holds at 0.95 or above, strained from 0.75, fragmenting from 0.50, unravelled below 0.50');
    expect(outcomeThresholds({ outcome_holds: 0.9 })).toEqual({ holds: 0.9, strained: 0.75, fragmenting: 0.5 });
  });

  const continuity = loadScenario('scenarios/continuity.yaml');
  it('reads a trigger scenario against continuity with its horizon and parameters, continuity against itself, a hindcast against nothing', () => {
    const worst = loadScenario('scenarios/worst-case.yaml');
    const b = continuityBaseline({ ...worst, horizon_months: 24, parameters: { cred_base: 0.6 } }, continuity);
    expect(b.kind).toBe('continuity');
    if (b.kind !== 'continuity') return;
    expect(b.scenario.events).toEqual(continuity.events);
    expect(b.scenario.patron).toEqual(continuity.patron);
    expect([b.scenario.horizon_months, b.scenario.parameters]).toEqual([24, { cred_base: 0.6 }]);
    // Continuity run with other runs and seed is still continuity.
    expect(continuityBaseline({ ...continuity, runs: 300, seed: 7 }, continuity)).toEqual({ kind: 'self' });
    expect(continuityBaseline(loadScenario('scenarios/hindcast-2012-2016.yaml'), continuity)).toMatchObject({ kind: 'none', reason: expect.stringContaining('2011 World in 2012-01') });
  });
});
