/**
 * The hindcast: calibrate on data up to the training year only, run the hindcast scenario of the
 * window (what actually drove events, never what the model must predict), and score its defence
 * spending forecasts against the truth — per ally-year and in aggregate, with proper scores, and
 * against two baselines scored the same way: persistence and each ally's linear trend.
 */
import { existsSync } from 'node:fs';
import { loadWorld, worldYears, defaultDataDir } from '../data/index.js';
import { InputError } from '../engine/errors.js';
import { runEnsemble } from '../engine/ensemble.js';
import { prepare } from '../engine/prepare.js';
import { layoutOfCore } from '../engine/block.js';
import { BINS, SPENDING_BIN } from '../engine/accumulator.js';
import { ols } from '../model/index.js';
import { METRIC } from '../model/metrics.js';
import { NATO_GUIDELINE_PCT_GDP } from '../vocabulary.js';
import { assembleResult, type EnsembleResult } from '../results/assemble.js';
import { histogramQuantile } from '../results/intervals.js';
import type { Scenario } from '../scenario/index.js';
import { bundledTruth, hindcastScenarioFile, readHindcastScenario } from './hindcast-scenario.js';
import { calibrate, type Calibration } from './calibration.js';
import { aggregate, crpsGaussian, crpsHistogram, type PointScores } from './scores.js';
import { trainingDataDir } from './training-data.js';
import type { Method } from './hindcast-methods.js';
import type { Truth } from './truth.js';

export { METHODS, type Method } from './hindcast-methods.js';
const Z50 = 0.6744897501960817, Z90 = 1.6448536269514722;
/** Years of each ally's linear trend (the issue: 2010-2016 for the 2016 split). */
const TREND_YEARS = 7;

export interface HindcastOptions {
  trainUntil: number;
  from: number;
  to: number;
  /** The truth; default: the bundled data, when the window lies inside them. */
  truth?: Truth;
  scenarioFile?: string;
  runs?: number;
  seed?: number;
  workers?: number;
  dataDir?: string;
  /** ABC draws for the credibility baseline (0 skips ABC). */
  abcSamples?: number;
  /**
   * Fit the training calibration's credibility baseline and accommodation constant together, by
   * the joint ABC-SMC with this many simulations (as the shipped defaults are: calibrate --joint),
   * instead of one after the other; its particles become those blocks of the training posterior.
   */
  joint?: number;
  /** Also run the window drawing each run's calibrated parameters from the calibration's own posterior, and score it (default true). */
  posterior?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Stops the ensemble (it rejects with an AbortError). */
  signal?: AbortSignal;
}

export interface AllyYearScore {
  iso3: string; year: number; truth: number;
  model: { mean: number; q05: number; q25: number; q50: number; q75: number; q95: number; crps: number };
  persistence: { mean: number; sd: number; crps: number };
  trend: { mean: number; sd: number; crps: number };
}

export interface Hindcast {
  trainUntil: number;
  window: [number, number];
  scenario: string;
  runs: number;
  seed: number;
  calibration: Calibration;
  /** False when the window lies past the bundled data and no truth file was given. */
  scored: boolean;
  rows: AllyYearScore[];
  scores: Record<Method, PointScores>;
  /** Allies at or above 2% by year: the truth, the model's median and 90% band, and the baselines. */
  twoPercent: { year: number; truth: number; model: { q05: number; q50: number; q95: number }; persistence: number; trend: number }[];
  checks: { name: string; value: string; passed: boolean }[];
  result: EnsembleResult;
  /**
   * The model scored again with parameter uncertainty: every run draws the calibrated parameters
   * from the training calibration's posterior (its `posterior`, never the shipped one), so its
   * bands are posterior predictive. Null when not asked for or not scored.
   */
  posterior: { scores: PointScores; checks: Hindcast['checks']; draws: number } | null;
}

export { bundledTruth, hindcastScenarioFile } from './hindcast-scenario.js';

export async function hindcast(o: HindcastOptions): Promise<Hindcast> {
  const { trainUntil, from, to } = o;
  if (from !== trainUntil + 1 || to < from) throw new InputError(`the window must start the year after training: --train-until ${trainUntil} --from ${trainUntil + 1} --to YEAR (got --from ${from} --to ${to})`);
  const dataDir = o.dataDir ?? defaultDataDir();
  const train = trainingDataDir(trainUntil, dataDir);
  // Without a truth file past the bundled data the scenario still runs: the qualitative checks need no truth.
  const scored = o.truth !== undefined || to <= worldYears({ dataDir })[1];
  const truth = o.truth ?? (scored ? bundledTruth(from, to, dataDir) : new Map());
  const calibration = await calibrate(trainUntil, { dataDir, abc: (o.abcSamples ?? 80) > 0, samples: o.abcSamples ?? 80, workers: o.workers ?? 1, ...(o.joint ? { joint: o.joint } : {}) });

  const file = o.scenarioFile ?? hindcastScenarioFile(from, to);
  if (!existsSync(file)) throw new InputError(`no hindcast scenario ${file}: write one (the drivers of ${from}-${to}, as scenarios/hindcast-2017-2024.yaml does) or give --scenario FILE`);
  const read = readHindcastScenario(file, from, to, train);
  // Calibrated values apply; the scenario's own parameters (if any) still win.
  const scenario: Scenario = { ...read, parameters: { ...calibration.parameters, ...read.parameters } };
  const runs = o.runs ?? 2000, seed = o.seed ?? scenario.seed;
  const agg = await runEnsemble(scenario, { runs, seed, workers: o.workers ?? 1, dataDir: train, ...(o.onProgress ? { onProgress: o.onProgress } : {}), ...(o.signal ? { signal: o.signal } : {}) });
  const p = prepare(scenario, train);
  const layout = layoutOfCore(p.core), slots = p.core.setting.slots;

  // Baselines from the training data only: the training year's value, and each ally's trend.
  const trainWorlds = new Map<number, ReturnType<typeof loadWorld>>();
  const worldOf = (y: number) => { if (!trainWorlds.has(y)) trainWorlds.set(y, loadWorld(y, { dataDir: train })); return trainWorlds.get(y)!; };
  const pct = (iso3: string, y: number) => worldOf(y).states.find((s) => s.iso3 === iso3)?.defence.pctGdp ?? null;
  const changes: number[] = [];
  for (const s of worldOf(trainUntil).states.filter((x) => x.roles.ally)) {
    for (let y = Math.max(1995, trainUntil - 10); y < trainUntil; y++) {
      const a = pct(s.iso3, y), b = pct(s.iso3, y + 1);
      if (a !== null && b !== null) changes.push(b - a);
    }
  }
  const sdStep = Math.sqrt(changes.reduce((acc, c) => acc + c * c, 0) / Math.max(1, changes.length));

  /** The model's forecast distribution for an ally-year from an ensemble's spending histograms (null: no run had the ally). */
  const forecastOf = (acc: typeof agg.acc, slot: number, year: number, y: number): AllyYearScore['model'] | null => {
    const yi = layout.years.indexOf(year);
    if (yi < 0) return null;
    const idx = slot * layout.years.length + yi, count = acc.spendActive[idx]!;
    if (count === 0) return null;
    const off = idx * BINS, q = (x: number) => histogramQuantile(acc.spendHist, off, BINS, count, x, 'unit', SPENDING_BIN);
    return { mean: acc.spendSum[idx]! / count, q05: q(0.05), q25: q(0.25), q50: q(0.5), q75: q(0.75), q95: q(0.95), crps: crpsHistogram(acc.spendHist, off, BINS, SPENDING_BIN, y) };
  };
  const rows: AllyYearScore[] = [];
  for (const [iso3, byYear] of truth) {
    const slot = slots.indexOf(iso3);
    const last = pct(iso3, trainUntil);
    if (slot < 0 || last === null) continue;
    const past = Array.from({ length: TREND_YEARS }, (_, k) => trainUntil - TREND_YEARS + 1 + k).map((y) => [y, pct(iso3, y)] as const).filter((x): x is readonly [number, number] => x[1] !== null);
    const line = past.length >= 3 ? ols(past.map(([y]) => [1, y]), past.map(([, m]) => m)) : null;
    for (const [year, y] of byYear) {
      const model = forecastOf(agg.acc, slot, year, y);
      if (!model) continue;
      const h = year - trainUntil;
      const trendMean = line ? Math.max(0, line.coefficients[0]! + line.coefficients[1]! * year) : last;
      const trendSd = Math.sqrt((line ? line.sigma * line.sigma : 0) + sdStep * sdStep * h);
      rows.push({
        iso3, year, truth: y, model,
        persistence: { mean: last, sd: sdStep * Math.sqrt(h), crps: crpsGaussian(last, sdStep * Math.sqrt(h), y) },
        trend: { mean: trendMean, sd: trendSd, crps: crpsGaussian(trendMean, trendSd, y) },
      });
    }
  }
  rows.sort((a, b) => a.iso3.localeCompare(b.iso3) || a.year - b.year);
  const gaussian = (m: { mean: number; sd: number; crps: number }, y: number) => ({ error: m.mean - y, crps: m.crps, in50: Math.abs(y - m.mean) <= Z50 * m.sd, in90: Math.abs(y - m.mean) <= Z90 * m.sd });
  const modelScore = (m: AllyYearScore['model'], y: number) => ({ error: m.mean - y, crps: m.crps, in50: y >= m.q25 && y <= m.q75, in90: y >= m.q05 && y <= m.q95 });
  const scores: Record<Method, PointScores> = {
    model: aggregate(rows.map((r) => modelScore(r.model, r.truth))),
    persistence: aggregate(rows.map((r) => gaussian(r.persistence, r.truth))),
    trend: aggregate(rows.map((r) => gaussian(r.trend, r.truth))),
  };

  const m2 = METRIC.allies_at_2pct;
  const twoPercent = layout.years.map((year, yi) => {
    const t = layout.yearEnd[yi]!, off = (m2 * layout.horizon + t) * BINS;
    const inYear = rows.filter((r) => r.year === year);
    return {
      year, truth: inYear.filter((r) => r.truth >= NATO_GUIDELINE_PCT_GDP).length,
      model: { q05: histogramQuantile(agg.acc.metricHist, off, BINS, agg.acc.runs, 0.05, 'count'), q50: histogramQuantile(agg.acc.metricHist, off, BINS, agg.acc.runs, 0.5, 'count'), q95: histogramQuantile(agg.acc.metricHist, off, BINS, agg.acc.runs, 0.95, 'count') },
      persistence: inYear.filter((r) => r.persistence.mean >= NATO_GUIDELINE_PCT_GDP).length, trend: inYear.filter((r) => r.trend.mean >= NATO_GUIDELINE_PCT_GDP).length,
    };
  }).filter((x) => x.year >= from && x.year <= to && rows.some((r) => r.year === x.year));

  const result = assembleResult(agg);

  // The same window with the calibration's posterior: the drawn parameters leave the scenario's
  // fixed values (the scenario's own parameters still win and are not drawn).
  let posterior: Hindcast['posterior'] = null;
  if (o.posterior !== false) {
    const drawn = new Set(calibration.posterior.names);
    const point = Object.fromEntries(Object.entries(calibration.parameters).filter(([k]) => !drawn.has(k)));
    const withDraws: Scenario = { ...read, parameters: { ...point, ...read.parameters } };
    const aggP = await runEnsemble(withDraws, { runs, seed, workers: o.workers ?? 1, dataDir: train, parameters: 'posterior', posterior: calibration.posterior, ...(o.signal ? { signal: o.signal } : {}) });
    const scored = rows.flatMap((r) => { const m = forecastOf(aggP.acc, slots.indexOf(r.iso3), r.year, r.truth); return m ? [modelScore(m, r.truth)] : []; });
    posterior = { scores: aggregate(scored), checks: qualitativeChecks(assembleResult(aggP)), draws: aggP.draws?.count ?? 0 };
  }
  return { trainUntil, window: [from, to], scenario: file, runs, seed, calibration, scored, rows, scores, twoPercent, checks: qualitativeChecks(result), result, posterior };
}

/** The qualitative checks of the issue, with their probabilities. */
export function qualitativeChecks(r: EnsembleResult): Hindcast['checks'] {
  const p = (name: string) => r.outcomes.find((o) => o.outcome === name)!.probability;
  const top = [...r.outcomes].sort((a, b) => b.probability - a.probability)[0]!;
  const firstYear = r.allies.map((a) => a.spending[0]?.mean).filter((x): x is number => x !== null && x !== undefined);
  const lastYear = r.allies.map((a) => a.spending.at(-1)?.mean).filter((x): x is number => x !== null && x !== undefined);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const ally = (c: string) => r.allies.find((a) => a.iso3 === c);
  const ranked = [...r.allies].sort((a, b) => (b.ever.accommodation ?? 0) - (a.ever.accommodation ?? 0)).map((a) => a.iso3);
  const rank = (c: string) => ranked.indexOf(c) + 1;
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    { name: 'the alliance holds or is strained, not unravelled, as its most likely outcome', value: `most likely: ${top.outcome} (${pct(top.probability)}); holds or strained ${pct(p('holds') + p('strained'))}, unravelled ${pct(p('unravelled'))}`, passed: (top.outcome === 'holds' || top.outcome === 'strained') && p('unravelled') < 0.5 },
    { name: 'spending rises', value: `allies' mean share of GDP ${mean(firstYear).toFixed(2)}% in the first year → ${mean(lastYear).toFixed(2)}% in the last`, passed: mean(lastYear) > mean(firstYear) },
    { name: 'no South Korean or Australian weapons programme', value: `P(programme or further): KOR ${pct(ally('KOR')?.nuclear.programme ?? 0)}, AUS ${pct(ally('AUS')?.nuclear.programme ?? 0)}`, passed: (ally('KOR')?.nuclear.programme ?? 0) < 0.5 && (ally('AUS')?.nuclear.programme ?? 0) < 0.5 },
    { name: 'Turkey and the Philippines among the allies most likely to accommodate a rival (top five)', value: `P(accommodation at some point): TUR ${pct(ally('TUR')?.ever.accommodation ?? 0)} (rank ${rank('TUR')}), PHL ${pct(ally('PHL')?.ever.accommodation ?? 0)} (rank ${rank('PHL')})`, passed: rank('TUR') <= 5 && rank('PHL') <= 5 },
  ];
}
