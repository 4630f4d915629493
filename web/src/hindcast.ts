/**
 * Reading a hindcast (GET /api/validation) for the Validation page: the score table's columns,
 * which baseline beats the model on which score (said plainly), and one ally's years for the chart.
 * Pure: tested in node (test/web/hindcast.test.ts).
 */
import type { ValidationResponse } from './api.js';

export type Method = keyof ValidationResponse['scores'];
export type Score = ValidationResponse['scores'][Method];
export type ScoreKey = Exclude<keyof Score, 'n'>;

export const METHODS: readonly Method[] = ['model', 'persistence', 'trend'];
export const BASELINES: readonly Exclude<Method, 'model'>[] = ['persistence', 'trend'];

export const METHOD_LABELS: Record<Method, string> = { model: 'Ballast model', persistence: 'persistence', trend: 'trend' };
/** What each method forecasts, for a hindcast trained on data up to `trainUntil`. */
export function methodMeaning(method: Method, trainUntil: number): string {
  switch (method) {
    case 'model': return `the Ballast ensemble, calibrated on data up to ${trainUntil}`;
    case 'persistence': return `${trainUntil}'s value carried forward, a Gaussian whose spread grows with the lead`;
    case 'trend': return `each ally's linear trend over ${trainUntil - 6}–${trainUntil} extrapolated, a Gaussian`;
  }
}

export interface ScoreColumn {
  key: ScoreKey;
  label: string;
  /** 'lower': smaller is better; a number: the nominal coverage, closer is better. */
  better: 'lower' | number;
  meaning: string;
}

export const SCORE_COLUMNS: readonly ScoreColumn[] = [
  { key: 'mae', label: 'MAE', better: 'lower', meaning: 'mean absolute error of the mean forecast, in percentage points of GDP (lower is better)' },
  { key: 'rmse', label: 'RMSE', better: 'lower', meaning: 'root mean square error of the mean forecast, in percentage points of GDP (lower is better)' },
  { key: 'crps', label: 'CRPS', better: 'lower', meaning: 'continuous ranked probability score of the whole forecast distribution, in percentage points of GDP (lower is better)' },
  { key: 'coverage50', label: '50% coverage', better: 0.5, meaning: 'share of truths inside the central 50% interval (closer to 50% is better)' },
  { key: 'coverage90', label: '90% coverage', better: 0.9, meaning: 'share of truths inside the central 90% interval (closer to 90% is better)' },
];

/** How far a score is from the best possible: the score itself, or its distance from the nominal coverage. */
export function badness(column: ScoreColumn, value: number): number {
  return column.better === 'lower' ? value : Math.abs(value - column.better);
}

export interface Loss { baseline: Exclude<Method, 'model'>; column: ScoreColumn; model: number; baselineValue: number }

/** Every score on which a baseline does strictly better than the model. */
export function lossesToBaselines(scores: ValidationResponse['scores']): Loss[] {
  const out: Loss[] = [];
  for (const baseline of BASELINES) {
    for (const column of SCORE_COLUMNS) {
      const model = scores.model[column.key], other = scores[baseline][column.key];
      if (!Number.isFinite(model) || !Number.isFinite(other)) continue;
      if (badness(column, other) < badness(column, model)) out.push({ baseline, column, model, baselineValue: other });
    }
  }
  return out;
}

/** A score as the table shows it: coverages as percentages, errors with three decimals. */
export function formatScore(column: ScoreColumn, value: number): string {
  if (!Number.isFinite(value)) return '–';
  return column.better === 'lower' ? value.toFixed(3) : `${(value * 100).toFixed(1)}%`;
}

const list = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/**
 * One plain sentence per baseline that beats the model somewhere, e.g. "Persistence beats the
 * model on CRPS (0.090 against 0.083)."; or, when none does, one sentence saying so.
 */
export function lossSentences(scores: ValidationResponse['scores']): string[] {
  const losses = lossesToBaselines(scores);
  if (losses.length === 0) return ['The model beats both baselines on every score.'];
  return BASELINES.flatMap((baseline) => {
    const mine = losses.filter((l) => l.baseline === baseline);
    if (mine.length === 0) return [`The model beats ${baseline} on every score.`];
    const parts = mine.map((l) => {
      const nominal = l.column.better === 'lower' ? '' : `, nominal ${formatScore(l.column, l.column.better)}`;
      return `${l.column.label} (${formatScore(l.column, l.baselineValue)} against the model's ${formatScore(l.column, l.model)}${nominal})`;
    });
    const name = baseline[0]!.toUpperCase() + baseline.slice(1);
    return [`${name} beats the model on ${list(parts)}.`];
  });
}

/** The allies in the hindcast, in alphabetical order of ISO3 code. */
export function alliesOf(rows: ValidationResponse['rows']): string[] {
  return [...new Set(rows.map((r) => r.iso3))].sort();
}

export interface AllyYear {
  year: number;
  truth: number;
  q05: number; q25: number; q50: number; q75: number; q95: number;
  mean: number;
  persistence: number;
  trend: number;
  crps: { model: number; persistence: number; trend: number };
}

/** One ally's years, in order, flattened for the chart and its table. */
export function allyYears(rows: ValidationResponse['rows'], iso3: string): AllyYear[] {
  return rows.filter((r) => r.iso3 === iso3).sort((a, b) => a.year - b.year).map((r) => ({
    year: r.year, truth: r.truth,
    q05: r.model.q05, q25: r.model.q25, q50: r.model.q50, q75: r.model.q75, q95: r.model.q95, mean: r.model.mean,
    persistence: r.persistence.mean, trend: r.trend.mean,
    crps: { model: r.model.crps, persistence: r.persistence.crps, trend: r.trend.crps },
  }));
}

/** Whether the truth falls inside [lo, hi] (a count of allies inside the model's 90% band). */
export const inside = (x: number, lo: number, hi: number) => x >= lo && x <= hi;

export interface CalibratedRow { name: string; value: number; interval: [number, number] | null }

/** The calibrated parameters in the server's order, each with its 95% interval when it has one. */
export function calibratedRows(c: ValidationResponse['calibration']): CalibratedRow[] {
  return Object.entries(c.parameters).map(([name, value]) => ({ name, value, interval: c.intervals[name] ?? null }));
}
