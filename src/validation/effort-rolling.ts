/**
 * Rolling-origin validation of the GMM defence-effort fit (issue 11, item 1, part 5; first step on
 * the 1991–2016 panel, so origins before 2000 are not available yet). For each origin Y: fit system
 * GMM on effortPanel(1991, Y) read from the training copy trainingDataDir(Y) (rows after Y deleted),
 * forecast Y+1..Y+h dynamically (each forecast feeds the next year's lag and peers' mean; threat and
 * credibility gap are the observed ones, read from data/), and score MAE, Gaussian CRPS (Gneiting &
 * Raftery 2007, eq. 21) and 90% coverage, against persistence and each ally's linear trend.
 * Predictive variances, all grown with the horizon h (assumption: Gaussian errors):
 *   model: σ²·Σ_{j<h} α^{2j}, σ² the training variance of m − α m₋₁ − xβ − c − η̂ᵢ;
 *   persistence and trend: h·σ²_Δ, σ²_Δ the training variance of the yearly change (random walk).
 * η̂ᵢ is each ally's mean training residual of the level equation (assumption: the unit effect persists).
 */
import { effortPanel, type PanelRow } from '../model/calibration/effort-panel.js';
import { fitEffortGmm } from '../model/calibration/effort-gmm.js';
import { ols } from '../model/calibration/ols.js';
import { trainingDataDir } from './training-data.js';
import { crpsGaussian } from './scores.js';
import { LONG_PANEL_FIRST_YEAR, loadLongInputs, longEffortPanel, peerTerms, pledgeTerms } from '../model/calibration/effort-long-panel.js';
import { fitLongEffort, longLevel } from '../model/calibration/effort-long-gmm.js';
import { bootstrapIntervals } from './sensitivity/bootstrap.js';

export interface EffortScore { readonly method: string; readonly mae: number; readonly crps: number; readonly coverage90: number; readonly n: number }
/** The model's mean CRPS minus persistence's on the same ally-years (negative: the model is better), with a 95% interval. */
export interface PairedCrps { readonly mean: number; readonly interval: readonly [number, number] }
export interface EffortWindow { readonly origin: number; readonly lag: number; readonly scores: readonly EffortScore[]; readonly meanActual: readonly number[]; readonly meanModel: readonly number[]; readonly crpsVsPersistence: PairedCrps }

/** CRPS of N(μ, σ²) at y: the one in scores.ts, under the name this module has always exported. */
export const gaussianCrps = crpsGaussian;
const Z90 = 1.6448536269514722;

function score(method: string, f: readonly { mu: number; sd: number; y: number }[]): EffortScore {
  const n = f.length;
  return { method, n, mae: f.reduce((s, p) => s + Math.abs(p.mu - p.y), 0) / n, crps: f.reduce((s, p) => s + gaussianCrps(p.mu, p.sd, p.y), 0) / n, coverage90: f.filter((p) => Math.abs(p.y - p.mu) <= Z90 * p.sd).length / n };
}

type Forecast = { mu: number; sd: number; y: number };

/**
 * Paired CRPS difference model − persistence over a window's ally-years, with a cluster bootstrap
 * interval that resamples allies (an ally's five horizons are not independent draws; Efron &
 * Tibshirani 1993, ch. 13, resampling the independent units). 2,000 replicates, seeded.
 */
function pairedCrps(model: readonly Forecast[], pers: readonly Forecast[], ally: readonly string[], seed: number): PairedCrps {
  const ids = [...new Set(ally)], sum = new Float64Array(ids.length), count = new Float64Array(ids.length);
  ally.forEach((k, i) => {
    const j = ids.indexOf(k), m = model[i]!, p = pers[i]!;
    sum[j] = sum[j]! + gaussianCrps(m.mu, m.sd, m.y) - gaussianCrps(p.mu, p.sd, p.y);
    count[j] = count[j]! + 1;
  });
  const mean = sum.reduce((a, b) => a + b, 0) / count.reduce((a, b) => a + b, 0);
  const [interval] = bootstrapIntervals(ids.length, 1, (rows, out) => {
    let s = 0, n = 0;
    for (const j of rows) { s += sum[j]!; n += count[j]!; }
    out[0] = s / n;
  }, { seed, resamples: 2000 });
  return { mean, interval: interval! };
}

/** The two baselines for ally k in `year`, with the same spread: persistence (the origin's value) and its linear trend over the training years (the origin's value with fewer than three). */
function baselines(train: readonly { iso3: string; year: number; spending: number }[], k: string, atOrigin: number, origin: number, year: number, trendYears: number, sd: number, y: number): { persistence: Forecast; trend: Forecast } {
  const past = train.filter((x) => x.iso3 === k && x.year > origin - trendYears);
  const line = past.length >= 3 ? ols(past.map((x) => [1, x.year]), past.map((x) => x.spending)) : null;
  return { persistence: { mu: atOrigin, sd, y }, trend: { mu: line ? Math.max(0, line.coefficients[0]! + line.coefficients[1]! * year) : atOrigin, sd, y } };
}

/** Each method's scores averaged over the windows, and the windows where it beats persistence (the second method) on CRPS. */
function summarise(windows: readonly { scores: readonly EffortScore[] }[]) {
  const methods = windows[0]?.scores.map((s) => s.method) ?? [];
  return methods.map((method, i) => {
    const ss = windows.map((w) => w.scores[i]!);
    return { method, meanCrps: ss.reduce((s, x) => s + x.crps, 0) / ss.length, meanMae: ss.reduce((s, x) => s + x.mae, 0) / ss.length, meanCoverage90: ss.reduce((s, x) => s + x.coverage90, 0) / ss.length, windowsBetterThanPersistenceOnCrps: windows.filter((w) => w.scores[i]!.crps < w.scores[1]!.crps).length };
  });
}

export function rollingOriginEffort(options: { origins?: readonly number[]; horizon?: number; trendYears?: number; dataDir?: string } = {}): { windows: EffortWindow[]; summary: { readonly method: string; readonly meanCrps: number; readonly meanMae: number; readonly meanCoverage90: number; readonly windowsBetterThanPersistenceOnCrps: number }[] } {
  const origins = options.origins ?? [2000, 2005, 2011], h = options.horizon ?? 5, trendYears = options.trendYears ?? 7;
  const at = options.dataDir === undefined ? {} : { dataDir: options.dataDir };
  const windows: EffortWindow[] = [];
  for (const origin of origins) {
    const train = effortPanel(1991, origin, origin, { dataDir: trainingDataDir(origin, options.dataDir) });
    const fit = fitEffortGmm(train);
    if (!fit) continue;
    const [a, bT, bC, bP, c] = fit.gmm.coefficients as [number, number, number, number, number];
    const level = (r: PanelRow, lag: number, peers: number) => a * lag + bT * r.threat + bC * r.credibilityGap + bP * peers + c;
    const eta = new Map<string, number>(), res: number[] = [], dlt: number[] = [];
    for (const iso3 of new Set(train.map((r) => r.iso3))) {
      const rs = train.filter((r) => r.iso3 === iso3), e = rs.map((r) => r.spending - level(r, r.spendingLag, r.peersLag));
      const m = e.reduce((s, v) => s + v, 0) / e.length;
      eta.set(iso3, m); for (const v of e) res.push(v - m); for (const r of rs) dlt.push(r.spending - r.spendingLag);
    }
    const s2 = res.reduce((s, v) => s + v * v, 0) / Math.max(1, res.length - 5), d2 = dlt.reduce((s, v) => s + v * v, 0) / dlt.length;
    const test = effortPanel(origin + 1, origin + h, origin, at);
    const last = new Map(train.filter((r) => r.year === origin).map((r) => [r.iso3, r.spending]));
    const allies = [...last.keys()].filter((k) => eta.has(k));
    const model: { mu: number; sd: number; y: number }[] = [], pers: typeof model = [], trend: typeof model = [], ids: string[] = [];
    const current = new Map(allies.map((k) => [k, last.get(k)!]));
    const meanActual: number[] = [], meanModel: number[] = [];
    for (let step = 1; step <= h; step++) {
      const year = origin + step, next = new Map<string, number>();
      let gv = 0;
      for (let j = 0; j < step; j++) gv += a ** (2 * j);
      const ys: number[] = [], ms: number[] = [];
      for (const k of allies) {
        const r = test.find((x) => x.iso3 === k && x.year === year);
        if (!r) continue;
        const others = allies.filter((x) => x !== k).map((x) => current.get(x)!);
        const mu = Math.max(0, level(r, current.get(k)!, others.reduce((s, v) => s + v, 0) / others.length) + eta.get(k)!);
        next.set(k, mu);
        model.push({ mu, sd: Math.sqrt(s2 * gv), y: r.spending }); ids.push(k);
        const b = baselines(train, k, last.get(k)!, origin, year, trendYears, Math.sqrt(d2 * step), r.spending);
        pers.push(b.persistence); trend.push(b.trend);
        ys.push(r.spending); ms.push(mu);
      }
      for (const [k, v] of next) current.set(k, v);
      meanActual.push(ys.reduce((s, v) => s + v, 0) / ys.length); meanModel.push(ms.reduce((s, v) => s + v, 0) / ms.length);
    }
    windows.push({ origin, lag: a, meanActual, meanModel, crpsVsPersistence: pairedCrps(model, pers, ids, origin), scores: [score('system GMM (dynamic)', model), score('persistence', pers), score(`linear trend (${trendYears} years)`, trend)] });
  }
  return { windows, summary: summarise(windows) };
}

/**
 * Rolling origin on the long panel (effort-long-panel.ts, 1955–): for each origin Y the equation
 * is fitted by system GMM on the rows 1955..Y of the training copy trainingDataDir(Y), then
 * m_Y+1..m_Y+h are forecast dynamically: each forecast is next year's lag, and the lag-dependent
 * terms (peers' and neighbours' means, the pledge pulls) are recomputed from the forecasts. The
 * exogenous terms (threat, disputes, rival crises, U.S. share, GDP growth, U.S. troops) are the
 * observed ones (read from data/): a forecast conditional on them, as a scenario run is.
 * Predictive variances and baselines as in rollingOriginEffort.
 */
export interface LongEffortWindow extends EffortWindow { readonly years: readonly number[]; readonly trainingRows: number; readonly lastTrainingYear: number }

export function rollingOriginLongEffort(options: { origins?: readonly number[]; horizon?: number; trendYears?: number; dataDir?: string; maxLag?: number } = {}): { windows: LongEffortWindow[]; summary: { readonly method: string; readonly meanCrps: number; readonly meanMae: number; readonly meanCoverage90: number; readonly windowsBetterThanPersistenceOnCrps: number }[] } {
  const origins = options.origins ?? [1985, 1990, 1995, 2000, 2005, 2011], h = options.horizon ?? 5, trendYears = options.trendYears ?? 7;
  const full = loadLongInputs(options.dataDir);
  const observed = longEffortPanel(LONG_PANEL_FIRST_YEAR, full.lastYear, { inputs: full });
  const windows: LongEffortWindow[] = [];
  for (const origin of origins) {
    const trainInputs = loadLongInputs(trainingDataDir(origin, options.dataDir));
    const train = longEffortPanel(LONG_PANEL_FIRST_YEAR, origin, { inputs: trainInputs });
    const fit = fitLongEffort(train, options.maxLag === undefined ? {} : { maxLag: options.maxLag });
    if (!fit) continue;
    const a = fit.gmm.coefficients[0]!;
    const eta = new Map<string, number>(), res: number[] = [], dlt: number[] = [];
    for (const iso3 of new Set(train.map((r) => r.iso3))) {
      const rs = train.filter((r) => r.iso3 === iso3), e = rs.map((r) => r.spending - longLevel(fit, r.spendingLag, r.x));
      const m = e.reduce((s, v) => s + v, 0) / e.length;
      eta.set(iso3, m); for (const v of e) res.push(v - m); for (const r of rs) dlt.push(r.spending - r.spendingLag);
    }
    const s2 = res.reduce((s, v) => s + v * v, 0) / Math.max(1, res.length - fit.gmm.coefficients.length), d2 = dlt.reduce((s, v) => s + v * v, 0) / dlt.length;
    const last = new Map(train.filter((r) => r.year === origin).map((r) => [r.iso3, r.spending]));
    const current = new Map([...last].filter(([k]) => eta.has(k)));
    const model: { mu: number; sd: number; y: number }[] = [], pers: typeof model = [], trend: typeof model = [], ids: string[] = [];
    const meanActual: number[] = [], meanModel: number[] = [], years: number[] = [];
    for (let step = 1; step <= h; step++) {
      const year = origin + step, next = new Map<string, number>();
      if (year > full.lastYear) break;
      let gv = 0;
      for (let j = 0; j < step; j++) gv += a ** (2 * j);
      const ys: number[] = [], ms: number[] = [];
      for (const [k, lag] of current) {
        const r = observed.find((x) => x.iso3 === k && x.year === year);
        if (!r) continue;
        const peers = peerTerms(full, k, current);
        if (!peers) continue;
        const x = { ...r.x, ...peers, ...pledgeTerms(r.natoMember, year, lag) };
        const mu = Math.max(0, longLevel(fit, lag, x) + eta.get(k)!);
        next.set(k, mu);
        model.push({ mu, sd: Math.sqrt(s2 * gv), y: r.spending }); ids.push(k);
        const b = baselines(train, k, last.get(k)!, origin, year, trendYears, Math.sqrt(d2 * step), r.spending);
        pers.push(b.persistence); trend.push(b.trend);
        ys.push(r.spending); ms.push(mu);
      }
      for (const k of [...current.keys()]) if (!next.has(k)) current.delete(k);
      for (const [k, v] of next) current.set(k, v);
      years.push(year); meanActual.push(ys.reduce((s, v) => s + v, 0) / ys.length); meanModel.push(ms.reduce((s, v) => s + v, 0) / ms.length);
    }
    windows.push({ origin, lag: a, years, meanActual, meanModel, crpsVsPersistence: pairedCrps(model, pers, ids, origin), trainingRows: train.length, lastTrainingYear: Math.max(...train.map((r) => r.year)), scores: [score('system GMM, long panel (dynamic)', model), score('persistence', pers), score(`linear trend (${trendYears} years)`, trend)] });
  }
  return { windows, summary: summarise(windows) };
}
