/**
 * Posterior predictive checks of the blocks the calibration estimates without simulating the
 * model (issue 12, item 1; the credibility block's checks simulate, calibration.ts). For each of K
 * posterior draws θ_k the data are replicated from the block's own likelihood, y_rep ~ p(y | θ_k),
 * and a statistic T is computed on the data and on the replicate; the check reports both and the
 * posterior predictive p-value P(T(y_rep) ≥ T(y)) (Gelman, Meng & Stern 1996; Gelman et al. 2013,
 * BDA3 §6.3). A p near 0 or 1 says the block's model misses that feature of the record: which
 * features are chosen is a modelling choice, each named with the assumption it tests.
 *
 *  - Defence effort (partial adjustment, normal errors): replicated one step ahead from the
 *    observed lags, y_rep = ŷ(θ_k) + σ_k·z. Tests: residuals uncorrelated within an ally from year
 *    to year; rises of 0.2 points of GDP or more as frequent as the record's; normal tails.
 *  - Nuclear exploration hazard (logit, Laplace posterior N(β̂, V)): onsets replicated as
 *    Bernoulli(Λ(xᵀβ_k)) in the risk set. Tests: as many onsets before the NPT era and after it,
 *    and among liberal democracies, as the record.
 *  - Accommodation base rate (one rate for every ally-year, Beta(k + ½, n − k + ½)): onsets
 *    replicated as Bernoulli(p_k) in the ally-years at risk. Tests: repeat episodes by one ally as
 *    frequent, and onsets as clustered in time, as the record's (a common, independent hazard).
 */
import { effortTarget } from '../model/effort.js';
import { Xoshiro128, normal } from '../engine/prng.js';
import type { PanelRow } from '../model/calibration/effort-panel.js';
import type { AlignmentRow } from '../model/calibration/alignment-panel.js';
import { designRow, HAZARD_TERMS, type HazardEstimate, type HazardPanel } from '../model/calibration/proliferation-hazard.js';
import { logistic } from '../model/calibration/logit.js';
import { choleskyLower } from '../model/calibration/ols.js';
import { betaDraw, mvnormal, predictiveCheck, type PosteriorDraws, type PredictiveCheck } from './posterior.js';

/** The stream of the replications (the posterior's draws use 19, the credibility checks 20). */
export const PREDICTIVE_CHECK_STREAM = 21;
/** Draws a check uses by default. */
export const PREDICTIVE_CHECK_DRAWS = 200;
/** A rise of at least this many points of GDP in one year counts as a rise (the size NATO's 2014 pledge asked of laggards over a few years). */
export const EFFORT_RISE_POINTS = 0.2;

export interface CheckOptions { readonly draws?: number; readonly seed?: number }

/** Lag-1 correlation of consecutive residuals of the same ally (rows sorted by ally and year). */
function withinAllyAutocorrelation(rows: readonly PanelRow[], e: Float64Array): number {
  let sxy = 0, sxx = 0, syy = 0, mx = 0, my = 0, n = 0;
  const pairs: [number, number][] = [];
  for (let i = 1; i < rows.length; i++) if (rows[i]!.iso3 === rows[i - 1]!.iso3 && rows[i]!.year === rows[i - 1]!.year + 1) pairs.push([e[i - 1]!, e[i]!]);
  for (const [x, y] of pairs) { mx += x; my += y; n++; }
  if (n < 3) return Number.NaN;
  mx /= n; my /= n;
  for (const [x, y] of pairs) { sxy += (x - mx) * (y - my); sxx += (x - mx) ** 2; syy += (y - my) ** 2; }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

/** Kurtosis (the fourth standardised moment; 3 for the normal). */
function kurtosis(e: Float64Array): number {
  let m = 0;
  for (const v of e) m += v;
  m /= e.length;
  let m2 = 0, m4 = 0;
  for (const v of e) { const d = v - m; m2 += d * d; m4 += d ** 4; }
  m2 /= e.length; m4 /= e.length;
  return m2 > 0 ? m4 / (m2 * m2) : Number.NaN;
}

const column = (p: PosteriorDraws, name: string) => p.names.indexOf(name);
/** K equally spaced rows of the posterior. */
const drawRows = (p: PosteriorDraws, K: number) => Array.from({ length: K }, (_, k) => p.draws[Math.floor((k * p.draws.length) / K)]!);

/** The effort block's checks, on the panel the equation was fitted to. */
export function effortPredictiveChecks(panel: readonly PanelRow[], posterior: PosteriorDraws, o: CheckOptions = {}): PredictiveCheck[] {
  const cols = ['effort_adjustment', 'effort_intercept', 'effort_threat', 'effort_credibility_gap', 'effort_peers', 'effort_noise'].map((n) => column(posterior, n));
  if (cols.some((c) => c < 0) || posterior.draws.length === 0 || panel.length < 10) return [];
  const rows = [...panel].sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : a.year - b.year));
  const K = Math.min(o.draws ?? PREDICTIVE_CHECK_DRAWS, posterior.draws.length);
  const rng = new Xoshiro128(o.seed ?? 1, 1, PREDICTIVE_CHECK_STREAM);
  const n = rows.length, eObs = new Float64Array(n), eRep = new Float64Array(n);
  const ac: [number[], number[]] = [[], []], rise: [number[], number[]] = [[], []], kurt: [number[], number[]] = [[], []];
  for (const d of drawRows(posterior, K)) {
    const [kappa, a, b, c, dPeers, sigma] = cols.map((j) => d[j]!) as [number, number, number, number, number, number];
    let risesObs = 0, risesRep = 0;
    rows.forEach((r, i) => {
      // The equation the model steps (effort.ts): lag + κ·(m* − lag), no pressure before 2017.
      const target = effortTarget({ adjustment: kappa, intercept: a, threat: b, credibilityGap: c, peers: dPeers, pressure: 0, noise: sigma }, r.threat, 1 - r.credibilityGap, r.peersLag, 0);
      const fitted = r.spendingLag + kappa * (target - r.spendingLag);
      const rep = fitted + sigma * normal(rng);
      eObs[i] = r.spending - fitted; eRep[i] = rep - fitted;
      if (r.spending - r.spendingLag >= EFFORT_RISE_POINTS) risesObs++;
      if (rep - r.spendingLag >= EFFORT_RISE_POINTS) risesRep++;
    });
    ac[0].push(withinAllyAutocorrelation(rows, eObs)); ac[1].push(withinAllyAutocorrelation(rows, eRep));
    rise[0].push(risesObs / n); rise[1].push(risesRep / n);
    kurt[0].push(kurtosis(eObs)); kurt[1].push(kurtosis(eRep));
  }
  return [
    predictiveCheck('effort: correlation of an ally\'s residuals from one year to the next (the model assumes none)', ac[0], ac[1]),
    predictiveCheck(`effort: share of ally-years whose spending rises by ${EFFORT_RISE_POINTS} points of GDP or more`, rise[0], rise[1]),
    predictiveCheck('effort: kurtosis of the residuals (3 for the normal errors the model assumes)', kurt[0], kurt[1]),
  ];
}

/** The nuclear ladder's checks, on the exploration risk set of the hazard that sets its rate. */
export function hazardPredictiveChecks(panel: HazardPanel, estimate: HazardEstimate, o: CheckOptions = {}): PredictiveCheck[] {
  const X = panel.rows.map((r) => designRow(r, estimate.duration));
  if (X.length === 0 || X[0]!.length !== estimate.coefficients.length || estimate.onsets === 0) return [];
  const npt = HAZARD_TERMS.indexOf('npt_era'), libdem = HAZARD_TERMS.indexOf('libdem');
  const era = panel.rows.map((r) => r.x[npt] === 1), democracy = panel.rows.map((r) => r.x[libdem]! >= 0.5);
  const count = (onset: (i: number) => boolean, keep: (i: number) => boolean) => panel.rows.reduce((s, _, i) => s + (keep(i) && onset(i) ? 1 : 0), 0);
  const observed = (i: number) => panel.rows[i]!.onset === 1;
  const K = o.draws ?? PREDICTIVE_CHECK_DRAWS;
  const rng = new Xoshiro128(o.seed ?? 1, 2, PREDICTIVE_CHECK_STREAM);
  const L = choleskyLower(estimate.covariance.map((row) => [...row]));
  const stats = [[], [], []].map(() => [[] as number[], [] as number[]] as const);
  const rep = new Uint8Array(X.length);
  for (let k = 0; k < K; k++) {
    const beta = mvnormal(rng, estimate.coefficients, L);
    X.forEach((x, i) => { rep[i] = rng.next() < logistic(x.reduce((s, v, j) => s + v * beta[j]!, 0)) ? 1 : 0; });
    const replicated = (i: number) => rep[i] === 1;
    [(i: number) => !era[i]!, (i: number) => era[i]!, (i: number) => democracy[i]!].forEach((keep, s) => {
      stats[s]![0].push(count(observed, keep)); stats[s]![1].push(count(replicated, keep));
    });
  }
  return [
    predictiveCheck('nuclear: exploration onsets before the NPT era (1946-1969)', stats[0]![0], stats[0]![1]),
    predictiveCheck('nuclear: exploration onsets in the NPT era (from 1970)', stats[1]![0], stats[1]![1]),
    predictiveCheck('nuclear: exploration onsets in liberal democracies (V-Dem libdem ≥ 0.5)', stats[2]![0], stats[2]![1]),
  ];
}

/** The accommodation base rate's checks, on the alignment panel's ally-years at risk. */
export function accommodationPredictiveChecks(rows: readonly AlignmentRow[], onsets: number, allyYears: number, o: CheckOptions = {}): PredictiveCheck[] {
  const atRisk = rows.filter((r) => r.atRisk);
  if (atRisk.length === 0 || onsets === 0) return [];
  const K = o.draws ?? PREDICTIVE_CHECK_DRAWS;
  const rng = new Xoshiro128(o.seed ?? 1, 3, PREDICTIVE_CHECK_STREAM);
  // Repeat episodes: allies with two onsets or more; clustering: the most onsets begun in one year.
  const repeats = (onset: (i: number) => boolean) => {
    const byAlly = new Map<string, number>(), byYear = new Map<number, number>();
    atRisk.forEach((r, i) => { if (onset(i)) { byAlly.set(r.iso3, (byAlly.get(r.iso3) ?? 0) + 1); byYear.set(r.year, (byYear.get(r.year) ?? 0) + 1); } });
    return [[...byAlly.values()].filter((c) => c >= 2).length, Math.max(0, ...byYear.values())] as const;
  };
  const [allyObs, yearObs] = repeats((i) => atRisk[i]!.onset === 1);
  const ally: [number[], number[]] = [[], []], year: [number[], number[]] = [[], []];
  const rep = new Uint8Array(atRisk.length);
  for (let k = 0; k < K; k++) {
    const p = betaDraw(rng, onsets + 0.5, allyYears - onsets + 0.5);
    for (let i = 0; i < rep.length; i++) rep[i] = rng.next() < p ? 1 : 0;
    const [a, y] = repeats((i) => rep[i] === 1);
    ally[0].push(allyObs); ally[1].push(a); year[0].push(yearObs); year[1].push(y);
  }
  return [
    predictiveCheck('accommodation: allies with two or more "away" episodes (one rate for every ally-year)', ally[0], ally[1]),
    predictiveCheck('accommodation: the most allies beginning an "away" episode in one year (independent onsets)', year[0], year[1]),
  ];
}
