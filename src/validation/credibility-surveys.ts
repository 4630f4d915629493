/**
 * The survey series the credibility baseline is calibrated against (issue 11, item 4), and how
 * each series measures the model's credibility C (an ally's belief that the United States would
 * defend it; src/model/credibility.ts).
 *
 * Every series in data/surveys.csv is used (docs/DATA.md, surveys):
 *  - `us_would_defend` asks the model's question ("would the U.S. defend an ally attacked by
 *    Russia / help us in a war"): it measures C directly, pct = 100·C + ε;
 *  - `confidence_us_president` and `us_favourable` (Pew 2002-2016) ask about the United States
 *    and its president, not the guarantee: each is read through its own linear link,
 *    pct = α_s + β_s·100·C + ε with β_s ≥ 0 (a measurement model with one latent trait and one
 *    loading per indicator; e.g. Bollen 1989, ch. 7), the link profiled out by least squares.
 * With ε ~ N(0, σ_s²) and σ_s profiled too, series s contributes −(n_s/2)·(log(2π·σ̂_s²) + 1) to
 * the log-likelihood. The consequence, said plainly in docs/MODEL.md: a free link absorbs the level
 * and the scale of C, so the indirect series inform only how credibility differs between allies
 * and years (its shape), and the level rests on the six direct answers.
 */
import { datasetRows } from '../data/index.js';
import { pearson } from '../analysis/stats/pearson.js';
import { scenarioSchema } from '../scenario/schema.js';
import { runScenario } from '../results/simulate.js';

export const SURVEY_MEASURES = ['us_would_defend', 'confidence_us_president', 'us_favourable'] as const;
export type SurveyMeasure = (typeof SURVEY_MEASURES)[number];

/** How each series measures credibility: the model's question itself, or a related attitude through a fitted link. */
export const SURVEY_LINK: Readonly<Record<SurveyMeasure, 'direct' | 'linear'>> = {
  us_would_defend: 'direct', confidence_us_president: 'linear', us_favourable: 'linear',
};

export interface Survey { measure: SurveyMeasure; iso3: string; year: number; pct: number }

/** The surveys of every series fielded from `from` to `to` (data/surveys.csv). */
export function credibilitySurveys(dataDir: string, from: number, to: number, measures: readonly SurveyMeasure[] = SURVEY_MEASURES): Survey[] {
  return datasetRows(dataDir, 'surveys')
    .filter((r) => (measures as readonly unknown[]).includes(r.measure) && r.pct !== null && Number(r.year) >= from && Number(r.year) <= to)
    .map((r) => ({ measure: r.measure as SurveyMeasure, iso3: String(r.iso3), year: Number(r.year), pct: Number(r.pct) }));
}

export interface SeriesFit {
  measure: SurveyMeasure;
  link: 'direct' | 'linear';
  /** Surveys of the series the model has a credibility for (allies in that year). */
  n: number;
  /** The link pct = intercept + slope·100·C (0 and 1 for a direct series). */
  intercept: number;
  slope: number;
  /** Root mean squared error of the surveys about the link, in percentage points. */
  rmse: number;
  /** Pearson correlation between 100·C and the surveys (null with fewer than 3 or no spread). */
  correlation: number | null;
  logLikelihood: number;
}

export interface SurveyFit { logLikelihood: number; series: SeriesFit[] }

/** Floor on a series' residual variance (a quarter of a point squared), so a perfect fit of a tiny series cannot dominate. */
const MIN_VARIANCE = 0.25;

/**
 * The profile log-likelihood of the surveys given the model's credibility (%) for each; surveys
 * with no model value (NaN: not an ally that year) are left out.
 */
export function surveyFit(surveys: readonly Survey[], modelPct: readonly number[]): SurveyFit {
  const series: SeriesFit[] = [];
  for (const measure of SURVEY_MEASURES) {
    const x: number[] = [], y: number[] = [];
    surveys.forEach((s, i) => { if (s.measure === measure && Number.isFinite(modelPct[i])) { x.push(modelPct[i]!); y.push(s.pct); } });
    const n = x.length;
    if (n === 0) continue;
    const link = SURVEY_LINK[measure];
    let intercept = 0, slope = 1;
    if (link === 'linear') {
      const mx = x.reduce((a, b) => a + b, 0) / n, my = y.reduce((a, b) => a + b, 0) / n;
      const sxx = x.reduce((a, v) => a + (v - mx) ** 2, 0), sxy = x.reduce((a, v, i) => a + (v - mx) * (y[i]! - my), 0);
      slope = sxx > 0 ? Math.max(0, sxy / sxx) : 0;
      intercept = my - slope * mx;
    }
    const rss = x.reduce((a, v, i) => a + (y[i]! - intercept - slope * v) ** 2, 0);
    const variance = Math.max(MIN_VARIANCE, rss / n);
    series.push({ measure, link, n, intercept, slope, rmse: Math.sqrt(rss / n), correlation: n < 3 ? null : pearson(x, y), logLikelihood: -(n / 2) * (Math.log(2 * Math.PI * variance) + 1) });
  }
  return { logLikelihood: series.reduce((a, s) => a + s.logLikelihood, 0), series };
}

/**
 * The model's mean credibility (%) for each survey: 12 months into a continuity run from the
 * World of the survey's year (one ensemble per year surveyed); NaN where the state is not an ally.
 */
export async function simulatedCredibility(dataDir: string, surveys: readonly Survey[], overrides: Record<string, number>, runs: number, seed: number, workers: number): Promise<number[]> {
  const out = new Array<number>(surveys.length).fill(Number.NaN);
  for (const year of [...new Set(surveys.map((s) => s.year))].sort((x, y) => x - y)) {
    const scenario = scenarioSchema.parse({ name: `ABC: credibility under ${year} policy`, world: year, start: `${year + 1}-01`, horizon_months: 12, runs, seed, parameters: overrides });
    const r = await runScenario(scenario, { dataDir, runs, seed, workers });
    surveys.forEach((s, i) => {
      if (s.year !== year) return;
      const a = r.allies.find((x) => x.iso3 === s.iso3);
      if (a) out[i] = 100 * (a.credibility.at(-1) ?? Number.NaN);
    });
  }
  return out;
}
