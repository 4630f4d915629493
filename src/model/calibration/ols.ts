/**
 * Ordinary least squares by the normal equations, solved by Gaussian elimination with partial
 * pivoting (Golub & Van Loan 2013, §3.4), with classical standard errors σ²(XᵀX)⁻¹.
 * Small problems only (a handful of regressors).
 */

export interface OlsFit {
  readonly coefficients: number[];
  readonly standardErrors: number[];
  /** σ²(XᵀX)⁻¹: the coefficients' covariance matrix. */
  readonly covariance: number[][];
  /** Residual standard deviation (divisor n − k). */
  readonly sigma: number;
  readonly r2: number;
  readonly n: number;
}

/** Inverts a k × k matrix (row-major); null if singular. */
export function invert(a: number[][]): number[][] | null {
  const k = a.length;
  const m = a.map((row, i) => [...row, ...Array.from({ length: k }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    if (Math.abs(m[p]![c]!) < 1e-12) return null;
    [m[c], m[p]] = [m[p]!, m[c]!];
    const pivot = m[c]![c]!;
    for (let j = 0; j < 2 * k; j++) m[c]![j]! /= pivot;
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = m[r]![c]!;
      if (f !== 0) for (let j = 0; j < 2 * k; j++) m[r]![j]! -= f * m[c]![j]!;
    }
  }
  return m.map((row) => row.slice(k));
}

/** Fits y = Xβ + ε; X rows include the intercept column if wanted. Null if XᵀX is singular. */
export function ols(X: readonly (readonly number[])[], y: readonly number[]): OlsFit | null {
  const n = y.length, k = X[0]?.length ?? 0;
  if (n <= k) return null;
  const xtx = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const xty = new Array<number>(k).fill(0);
  for (let r = 0; r < n; r++) {
    const x = X[r]!;
    for (let i = 0; i < k; i++) {
      xty[i]! += x[i]! * y[r]!;
      for (let j = 0; j < k; j++) xtx[i]![j]! += x[i]! * x[j]!;
    }
  }
  const inv = invert(xtx);
  if (!inv) return null;
  const beta = inv.map((row) => row.reduce((s, v, j) => s + v * xty[j]!, 0));
  let sse = 0, mean = 0;
  for (const v of y) mean += v / n;
  let sst = 0;
  for (let r = 0; r < n; r++) {
    const fit = X[r]!.reduce((s, v, j) => s + v * beta[j]!, 0);
    sse += (y[r]! - fit) ** 2;
    sst += (y[r]! - mean) ** 2;
  }
  const s2 = sse / (n - k);
  return { coefficients: beta, standardErrors: inv.map((row, i) => Math.sqrt(s2 * row[i]!)), covariance: inv.map((row) => row.map((v) => s2 * v)), sigma: Math.sqrt(s2), r2: sst > 0 ? 1 - sse / sst : 0, n };
}

/**
 * Lower Cholesky factor L (LLᵀ = m) of a symmetric positive semi-definite matrix (Golub & Van Loan
 * 2013, §4.2). A diagonal that rounding leaves at or below zero is floored at a tiny jitter, so a
 * degenerate covariance still gives a usable factor.
 */
export function choleskyLower(m: readonly (readonly number[])[]): number[][] {
  const d = m.length, L = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let s = m[i]![j]!;
      for (let k = 0; k < j; k++) s -= L[i]![k]! * L[j]![k]!;
      if (i === j) L[i]![i] = Math.sqrt(Math.max(s, 1e-12 * (1 + Math.abs(m[i]![i]!))));
      else L[i]![j] = s / L[j]![j]!;
    }
  }
  return L;
}
