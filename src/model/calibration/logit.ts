/**
 * Binary logit by maximum likelihood, Newton–Raphson (= iteratively reweighted least squares for
 * the canonical link; McCullagh & Nelder 1989, Generalized Linear Models, §2.5 and §4.4):
 *   p_i = 1 / (1 + exp(−x_iᵀβ)),  ℓ(β) = Σ y_i ln p_i + (1 − y_i) ln(1 − p_i) − (λ/2) Σ_{j∈J} β_j²,
 *   score U = Xᵀ(y − p) − λβ_J,  information I = XᵀWX + λ diag(1_J),  W = diag(p_i(1 − p_i)),
 *   β ← β + I⁻¹U until the step is below 1e-10.
 * Standard errors from the inverse information at the optimum. λ > 0 is a ridge (Gaussian prior)
 * penalty on the columns in J (le Cessie & van Houwelingen 1992, "Ridge Estimators in Logistic
 * Regression", Applied Statistics 41(1): 191–201): it keeps the estimate finite under
 * (quasi-)separation; with λ > 0 the errors are those of the penalised information (a Bayesian
 * posterior approximation), not the sampling errors of the MLE.
 */
import { invert } from './ols.js';

export interface LogitFit {
  readonly coefficients: number[];
  readonly standardErrors: number[];
  readonly covariance: number[][];
  /** Unpenalised log-likelihood at the estimate. */
  readonly logLik: number;
  readonly iterations: number;
  readonly converged: boolean;
  readonly n: number;
}

export const logistic = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/**
 * Fits the logit of y on X (rows include the intercept column if wanted). `ridge` is λ and
 * `penalised[j]` says whether column j is penalised (default: all but column 0). Null if the
 * information matrix is singular.
 */
export function fitLogit(X: readonly (readonly number[])[], y: readonly number[], options: { ridge?: number; penalised?: readonly boolean[]; maxIterations?: number } = {}): LogitFit | null {
  const n = y.length, k = X[0]?.length ?? 0;
  const lambda = options.ridge ?? 0;
  const pen = options.penalised ?? Array.from({ length: k }, (_, j) => j > 0);
  const beta = new Array<number>(k).fill(0);
  let info: number[][] = [], converged = false, it = 0;
  for (; it < (options.maxIterations ?? 100); it++) {
    const U = beta.map((b, j) => (pen[j] ? -lambda * b : 0));
    info = Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => (a === b && pen[a] ? lambda : 0)));
    for (let i = 0; i < n; i++) {
      const x = X[i]!;
      let z = 0;
      for (let j = 0; j < k; j++) z += x[j]! * beta[j]!;
      const p = logistic(z), w = p * (1 - p), r = y[i]! - p;
      for (let a = 0; a < k; a++) {
        U[a]! += x[a]! * r;
        for (let b = 0; b < k; b++) info[a]![b]! += w * x[a]! * x[b]!;
      }
    }
    const inv = invert(info);
    if (!inv) return null;
    let step = 0;
    for (let a = 0; a < k; a++) {
      let d = 0;
      for (let b = 0; b < k; b++) d += inv[a]![b]! * U[b]!;
      beta[a]! += d;
      step = Math.max(step, Math.abs(d));
    }
    if (step < 1e-10) { converged = true; it++; break; }
  }
  // information and log-likelihood at the final β
  let logLik = 0;
  info = Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => (a === b && pen[a] ? lambda : 0)));
  for (let i = 0; i < n; i++) {
    const x = X[i]!;
    let z = 0;
    for (let j = 0; j < k; j++) z += x[j]! * beta[j]!;
    const p = logistic(z), w = p * (1 - p);
    logLik += y[i]! === 1 ? Math.log(Math.max(p, 1e-300)) : Math.log(Math.max(1 - p, 1e-300));
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) info[a]![b]! += w * x[a]! * x[b]!;
  }
  const covariance = invert(info);
  if (!covariance) return null;
  return { coefficients: beta, standardErrors: covariance.map((row, j) => Math.sqrt(row[j]!)), covariance, logLik, iterations: it, converged, n };
}

/** xᵀVx: the variance of the linear predictor xᵀβ̂ when V is the coefficients' covariance (the delta method for a linear function). */
export function quadraticForm(x: readonly number[], V: readonly (readonly number[])[]): number {
  let q = 0;
  for (let a = 0; a < x.length; a++) for (let b = 0; b < x.length; b++) q += x[a]! * V[a]![b]! * x[b]!;
  return q;
}
