import { describe, expect, it } from 'vitest';
import type { ValidationResponse } from '../../web/src/api.js';
import { alliesOf, allyYears, calibratedRows, formatScore, lossesToBaselines, lossSentences, SCORE_COLUMNS } from '../../web/src/hindcast.js';

type Scores = ValidationResponse['scores'];
const score = (mae: number, rmse: number, crps: number, coverage50: number, coverage90: number) => ({ n: 155, mae, rmse, crps, coverage50, coverage90 });

// The 2011 → 2012–2016 hindcast's scores as the server gave them (1,000 runs, seed 42).
const served: Scores = {
  model: score(0.11214, 0.15767, 0.08322, 0.56129, 0.83226),
  persistence: score(0.11424, 0.16019, 0.08986, 0.78065, 0.99355),
  trend: score(0.20301, 0.28776, 0.14797, 0.6, 0.89032),
};

describe('lossesToBaselines(scores) and lossSentences(scores)', () => {
  it('compares errors by size and coverages by their distance from the nominal level', () => {
    // Trend's 89.0% is nearer 90% than the model's 83.2%; persistence's 99.4% is farther.
    expect(lossesToBaselines(served).map((l) => `${l.baseline}:${l.column.key}`)).toEqual(['trend:coverage90']);
    expect(lossSentences(served)).toEqual([
      'The model beats persistence on every score.',
      "Trend beats the model on 90% coverage (89.0% against the model's 83.2%, nominal 90.0%).",
    ]);
  });

  it('says plainly which baseline beats the model on which scores, with the numbers', () => {
    const scores: Scores = { model: score(0.2, 0.3, 0.15, 0.5, 0.9), persistence: score(0.1, 0.31, 0.09, 0.5, 0.9), trend: score(0.3, 0.4, 0.2, 0.5, 0.9) };
    expect(lossSentences(scores)).toEqual([
      "Persistence beats the model on MAE (0.100 against the model's 0.200) and CRPS (0.090 against the model's 0.150).",
      'The model beats trend on every score.',
    ]);
  });

  it('says so when the model wins everywhere, and a tie is not a loss', () => {
    const same = score(0.1, 0.2, 0.05, 0.52, 0.88);
    expect(lossSentences({ model: same, persistence: { ...same }, trend: score(0.2, 0.3, 0.1, 0.7, 0.99) })).toEqual(['The model beats both baselines on every score.']);
  });

  it('skips a score that is missing (NaN) instead of declaring a winner', () => {
    const scores: Scores = { model: score(Number.NaN, 0.3, 0.15, 0.5, 0.9), persistence: score(0.1, 0.3, 0.15, 0.5, 0.9), trend: score(0.1, 0.3, 0.15, 0.5, 0.9) };
    expect(lossesToBaselines(scores)).toEqual([]);
  });

  it('formats errors with three decimals and coverages as percentages', () => {
    const [mae, , , cov50] = SCORE_COLUMNS;
    expect(formatScore(mae!, 0.11214)).toBe('0.112');
    expect(formatScore(cov50!, 0.56129)).toBe('56.1%');
    expect(formatScore(mae!, Number.NaN)).toBe('–');
  });
});

describe('alliesOf(rows), allyYears(rows, iso3) and calibratedRows(calibration)', () => {
  const row = (iso3: string, year: number, truth: number) => ({
    iso3, year, truth,
    model: { mean: truth + 0.1, q05: truth - 0.3, q25: truth - 0.1, q50: truth + 0.05, q75: truth + 0.2, q95: truth + 0.4, crps: 0.05 },
    persistence: { mean: 1.5, sd: 0.2, crps: 0.07 },
    trend: { mean: 1.6, sd: 0.3, crps: 0.1 },
  });
  const rows = [row('POL', 2013, 1.8), row('ALB', 2012, 1.4), row('POL', 2012, 1.9)];

  it('lists each ally once in ISO3 order and flattens one ally\'s years in order', () => {
    expect(alliesOf(rows)).toEqual(['ALB', 'POL']);
    const pol = allyYears(rows, 'POL');
    expect(pol.map((y) => y.year)).toEqual([2012, 2013]);
    expect(pol[0]).toMatchObject({ year: 2012, truth: 1.9, q50: 1.95, persistence: 1.5, trend: 1.6, crps: { model: 0.05, persistence: 0.07, trend: 0.1 } });
    expect(allyYears(rows, 'XXX')).toEqual([]);
  });

  it('pairs each calibrated parameter with its interval, or null when none was reported', () => {
    expect(calibratedRows({ parameters: { effort_adjustment: 0.044, effort_noise: 0.13 }, intervals: { effort_adjustment: [0.026, 0.062] } })).toEqual([
      { name: 'effort_adjustment', value: 0.044, interval: [0.026, 0.062] },
      { name: 'effort_noise', value: 0.13, interval: null },
    ]);
  });
});
