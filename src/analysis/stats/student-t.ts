/**
 * Student's t distribution through the regularized incomplete beta function:
 * P(|T| > t) = I_{ν/(ν+t²)}(ν/2, 1/2) (Numerical Recipes in C, 2nd ed., §6.4;
 * Abramowitz & Stegun 1964, §26.7).
 */
import { regularizedIncompleteBeta } from './incomplete-beta.js';

/** P(|T| > |t|) with ν degrees of freedom (the two-tailed p-value). */
export function tTwoTailed(t: number, df: number): number {
  if (!(df > 0) || Number.isNaN(t)) return Number.NaN;
  if (!Number.isFinite(t)) return 0;
  return regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/** The cumulative distribution P(T ≤ t) with ν degrees of freedom. */
export function tCdf(t: number, df: number): number {
  const tail = tTwoTailed(t, df) / 2;
  return t >= 0 ? 1 - tail : tail;
}

/** The t statistic of a correlation r from n pairs with `controls` variables partialled out: r·√(ν/(1−r²)), ν = n − 2 − controls. */
export function correlationT(r: number, n: number, controls = 0): number {
  const df = n - 2 - controls;
  if (Math.abs(r) >= 1) return r > 0 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  return r * Math.sqrt(df / (1 - r * r));
}

export interface CorrelationTest {
  readonly t: number;
  readonly df: number;
  /** P(T ≥ t): the one-tailed p-value for a positive association. */
  readonly pGreater: number;
  /** P(|T| ≥ |t|). */
  readonly pTwoTailed: number;
}

/**
 * Tests a (rank) correlation against 0 by the t approximation with n − 2 − controls degrees of
 * freedom (Zar 2010; for partial rank correlations Conover 1999). Null when ν < 1.
 */
export function correlationTest(r: number, n: number, controls = 0): CorrelationTest | null {
  const df = n - 2 - controls;
  if (df < 1 || Number.isNaN(r)) return null;
  const t = correlationT(r, n, controls);
  const tail = tTwoTailed(t, df) / 2;
  // the upper tail directly, not 1 − CDF, so small p-values keep their digits
  return { t, df, pGreater: t >= 0 ? tail : 1 - tail, pTwoTailed: 2 * tail };
}
