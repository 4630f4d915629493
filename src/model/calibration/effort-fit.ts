/**
 * Estimating the defence-effort equation (src/model/effort.ts) from the data. Substituting the
 * target into the partial adjustment gives a linear equation in observables,
 *   m_t = κa + (1 − κ)·m_{t−1} + κb·T_t + κc·T_t·(1 − C_t) + κd·m̄_{−i,t−1} + ε,
 * estimated by OLS on the ally-year panel (effort-panel.ts); then κ = 1 − β_lag,
 * a = β0/κ, b = β_T/κ, c = β_C/κ, d = β_peers/κ, and σ is the residual s.d. The pressure
 * coefficient e is not identified before 2017 (no conditional guarantee) and stays an assumption.
 *
 * The data do not fix the sign of c (its 95% interval spans zero on every window: docs/MODEL.md
 * §6.8.1); theory does (effort.ts: c ≥ 0). The calibration ships the posterior mean under that
 * prior (src/validation/posterior.ts, effortPosterior), not this least-squares point.
 */
import { ols, type OlsFit } from './ols.js';
import type { PanelRow } from './effort-panel.js';
import { uncoveredThreat } from '../effort.js';

export interface EffortFit {
  readonly adjustment: number;
  readonly intercept: number;
  readonly threat: number;
  readonly credibilityGap: number;
  readonly peers: number;
  readonly noise: number;
  readonly ols: OlsFit;
  readonly years: readonly [number, number];
  /** 95% intervals of each parameter: κ from its coefficient, the others by the delta method. */
  readonly intervals: Readonly<Record<'adjustment' | 'intercept' | 'threat' | 'credibilityGap' | 'peers', readonly [number, number]>>;
}

const Z95 = 1.959963984540054;

/** Standard error of g = β_j / (1 − β_1) by the delta method: ∇g = (1/κ) e_j + (β_j/κ²) e_1. */
function ratioSe(cov: number[][], j: number, bj: number, kappa: number): number {
  const gj = 1 / kappa, g1 = bj / (kappa * kappa);
  return Math.sqrt(gj * gj * cov[j]![j]! + g1 * g1 * cov[1]![1]! + 2 * gj * g1 * cov[j]![1]!);
}

/**
 * The partial-adjustment parameters of a coefficient vector [β₀, β_lag, β_T, β_C, β_P] of the
 * substituted equation: κ = 1 − β_lag, a = β₀/κ, b = β_T/κ, c = β_C/κ, d = β_P/κ (the module
 * comment). Used for the fit and for each posterior draw of the coefficients (posterior.ts).
 */
export function partialAdjustment(b: readonly number[]): Pick<EffortFit, 'adjustment' | 'intercept' | 'threat' | 'credibilityGap' | 'peers'> {
  const kappa = 1 - b[1]!;
  return { adjustment: kappa, intercept: b[0]! / kappa, threat: b[2]! / kappa, credibilityGap: b[3]! / kappa, peers: b[4]! / kappa };
}

export function fitEffort(rows: readonly PanelRow[]): EffortFit | null {
  const X = rows.map((r) => [1, r.spendingLag, r.threat, uncoveredThreat(r.threat, r.credibilityGap), r.peersLag]);
  const fit = ols(X, rows.map((r) => r.spending));
  if (!fit) return null;
  const [b0, bLag, bT, bC, bPeers] = fit.coefficients as [number, number, number, number, number];
  const kappa = 1 - bLag;
  const cov = fit.covariance;
  const ci = (v: number, se: number) => [v - Z95 * se, v + Z95 * se] as const;
  return {
    ...partialAdjustment(fit.coefficients), noise: fit.sigma, ols: fit,
    years: [Math.min(...rows.map((r) => r.year)), Math.max(...rows.map((r) => r.year))],
    intervals: {
      adjustment: ci(kappa, fit.standardErrors[1]!),
      intercept: ci(b0 / kappa, ratioSe(cov, 0, b0, kappa)),
      threat: ci(bT / kappa, ratioSe(cov, 2, bT, kappa)),
      credibilityGap: ci(bC / kappa, ratioSe(cov, 3, bC, kappa)),
      peers: ci(bPeers / kappa, ratioSe(cov, 4, bPeers, kappa)),
    },
  };
}

/** One step of the fitted equation: next year's share from this year's. */
/** The coefficients a forecast needs. */
export type EffortPoint = Pick<EffortFit, 'adjustment' | 'intercept' | 'threat' | 'credibilityGap' | 'peers'>;

export function predictEffort(f: EffortPoint, lag: number, threat: number, gap: number, peersLag: number): number {
  const target = f.intercept + f.threat * threat + f.credibilityGap * uncoveredThreat(threat, gap) + f.peers * peersLag;
  return Math.max(0, lag + f.adjustment * (target - lag));
}

export interface ForecastScore { readonly method: string; readonly mae: number; readonly rmse: number; readonly n: number }

function score(method: string, pairs: readonly [number, number][]): ForecastScore {
  const n = pairs.length;
  const mae = pairs.reduce((s, [p, a]) => s + Math.abs(p - a), 0) / n;
  const rmse = Math.sqrt(pairs.reduce((s, [p, a]) => s + (p - a) ** 2, 0) / n);
  return { method, mae, rmse, n };
}

/**
 * Out-of-sample test: fit on years ≤ lastTrain (forecasting with `pointOf` the fit: the shipped point), forecast lastTrain+1..lastTest from the
 * lastTrain values (dynamic: each year's forecast feeds the next, peers included; threat and
 * credibility gap are the observed ones), against persistence (the lastTrain value carried
 * forward) and each ally's linear trend over the trendYears before lastTrain (inclusive).
 * Also the one-step-ahead error (last year's actual value given).
 */
export function holdoutEffort(rows: readonly PanelRow[], lastTrain: number, lastTest: number, trendYears = 7, pointOf: (fit: EffortFit) => EffortPoint = (f) => f): { fit: EffortFit; scores: ForecastScore[] } | null {
  const fit = fitEffort(rows.filter((r) => r.year <= lastTrain));
  if (!fit) return null;
  // The forecasts use the point given (the calibration passes the one it ships), else least squares.
  const point = pointOf(fit);
  const test = rows.filter((r) => r.year > lastTrain && r.year <= lastTest);
  const allies = [...new Set(test.map((r) => r.iso3))].filter((c) => rows.some((r) => r.iso3 === c && r.year === lastTrain));
  const actual = new Map(rows.map((r) => [`${r.iso3}:${r.year}`, r.spending]));
  const dynamic: [number, number][] = [], persistence: [number, number][] = [], trend: [number, number][] = [], oneStep: [number, number][] = [];
  const current = new Map(allies.map((c) => [c, actual.get(`${c}:${lastTrain}`)!]));
  for (let year = lastTrain + 1; year <= lastTest; year++) {
    const next = new Map<string, number>();
    for (const c of allies) {
      const row = test.find((r) => r.iso3 === c && r.year === year);
      if (!row) continue;
      const others = allies.filter((x) => x !== c && current.has(x)).map((x) => current.get(x)!);
      const peers = others.reduce((a, b) => a + b, 0) / others.length;
      const pred = predictEffort(point, current.get(c)!, row.threat, row.credibilityGap, peers);
      next.set(c, pred);
      dynamic.push([pred, row.spending]);
      persistence.push([actual.get(`${c}:${lastTrain}`)!, row.spending]);
      oneStep.push([predictEffort(point, row.spendingLag, row.threat, row.credibilityGap, row.peersLag), row.spending]);
      const past = rows.filter((r) => r.iso3 === c && r.year > lastTrain - trendYears && r.year <= lastTrain);
      const line = ols(past.map((r) => [1, r.year]), past.map((r) => r.spending));
      trend.push([line ? Math.max(0, line.coefficients[0]! + line.coefficients[1]! * year) : actual.get(`${c}:${lastTrain}`)!, row.spending]);
    }
    for (const [c, v] of next) current.set(c, v);
  }
  return {
    fit,
    scores: [score('model (dynamic from the last training year)', dynamic), score('persistence', persistence), score(`linear trend (${lastTrain - trendYears + 1}-${lastTrain})`, trend), score('model (one step ahead)', oneStep)],
  };
}
