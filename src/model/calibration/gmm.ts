/**
 * Arellano–Bond difference GMM (and Blundell–Bond system GMM) for a dynamic panel with unit effects (Arellano & Bond 1991,
 * Rev. Econ. Stud. 58:277–297; notation of Roodman 2009, "How to do xtabond2", Stata J. 9:86–136):
 *
 *   y_it = α·y_i,t−1 + x_itᵀβ + η_i + ε_it                       (model)
 *   Δy_it = α·Δy_i,t−1 + Δx_itᵀβ + Δε_it                          (first differences remove η_i)
 *   E[y_i,t−l · Δε_it] = 0 for l ≥ 2                               (moment conditions)
 *
 * Instruments are "collapsed" (Roodman 2009 §6.2: one column per lag, not per lag × period) and
 * limited to lags 2..maxLag, to avoid instrument proliferation. Exogenous regressors instrument
 * themselves (their differences, "IV-style"). One-step weight (ΣZᵢᵀHZᵢ)⁻¹ with H the MA(1)
 * matrix (2 on the diagonal, −1 beside it); two-step weight (ΣZᵢᵀêᵢêᵢᵀZᵢ)⁻¹ from one-step
 * residuals. Standard errors: one-step robust sandwich; two-step with the Windmeijer (2005,
 * J. Econometrics 126:25–51) finite-sample correction (Roodman 2009 §3.4):
 *   V_c = V₂ + D·V₂ + V₂·Dᵀ + D·V₁·Dᵀ,  column k of D = A₂ XᵀZ W₂ [Σᵢ Zᵢᵀ(xᵢₖêᵢᵀ + êᵢxᵢₖᵀ)Zᵢ] W₂ Zᵀê₂
 * (êᵢ one-step residuals, ê₂ two-step residuals, A₂ = (XᵀZ W₂ ZᵀX)⁻¹, V₁ one-step robust).
 * systemGmm adds the Blundell–Bond (1998) level equations (below).
 */
import { invert } from "./ols.js";

export interface PanelUnit {
  /** Outcome by consecutive period (no gaps). */
  readonly y: readonly number[];
  /** Exogenous regressors by period (same length as y), each row of length k. */
  readonly x: readonly (readonly number[])[];
}

export interface GmmFit {
  /** [α, β₁..β_k]. */
  readonly coefficients: number[];
  /** Two-step: Windmeijer-corrected; one-step: robust. */
  readonly standardErrors: number[];
  /** Hansen J of over-identifying restrictions (two-step weight), its degrees of freedom. */
  readonly hansenJ: number;
  readonly hansenDf: number;
  /** Arellano–Bond AR(1), AR(2) z statistics of differenced residuals (simplified: no correction term). */
  readonly ar1: number;
  readonly ar2: number;
  readonly instruments: number;
  readonly observations: number;
  readonly step: 1 | 2;
}

type M = number[][];
const zeros = (r: number, c: number): M => Array.from({ length: r }, () => new Array<number>(c).fill(0));
const t = (a: M): M => a[0]!.map((_, j) => a.map((row) => row[j]!));
const mul = (a: M, b: M): M => a.map((row) => b[0]!.map((_, j) => row.reduce((s, v, k) => s + v * b[k]![j]!, 0)));
const add = (a: M, b: M): M => a.map((row, i) => row.map((v, j) => v + b[i]![j]!));

/** One unit's stacked equations; the first `nDiff` rows are the differenced ones; H the one-step weight kernel. */
interface UnitBlocks { X: M; y: M; Z: M; H: M; nDiff: number }

/** Differenced equations for periods t ≥ 2 (need y_t−1, y_t−2 for Δy_t−1 and its first instrument). */
function blocks(u: PanelUnit, maxLag: number): UnitBlocks | null {
  const k = u.x[0]?.length ?? 0, X: M = [], y: M = [], Z: M = [];
  for (let s = 2; s < u.y.length; s++) {
    y.push([u.y[s]! - u.y[s - 1]!]);
    const dx = u.x[s]!.map((v, j) => v - u.x[s - 1]![j]!);
    X.push([u.y[s - 1]! - u.y[s - 2]!, ...dx]);
    const lags = Array.from({ length: maxLag - 1 }, (_, l) => (s - 2 - l >= 0 ? u.y[s - 2 - l]! : 0));
    Z.push([...lags, ...dx]);
    void k;
  }
  return y.length > 0 ? { X, y, Z, H: mma1(y.length), nDiff: y.length } : null;
}

/**
 * Blundell & Bond (1998, J. Econometrics 87:115–143) system: the differenced equations above,
 * stacked with the level equations y_t = α y_t−1 + x_tᵀβ + c + (η + ε_t) instrumented by Δy_t−1
 * (valid under mean stationarity, E[Δy_t−1 · (η + ε_t)] = 0) and by x_t and 1 (assumption: x
 * strictly exogenous and uncorrelated with η). Regressors [y_t−1, x…, 1]: the constant is 0 in
 * differenced rows. One-step kernel block-diag(H, I) ("h(2)" in Roodman 2009 §3.2).
 */
function systemBlocks(u: PanelUnit, maxLag: number): UnitBlocks | null {
  const d = blocks(u, maxLag);
  if (!d) return null;
  const k = u.x[0]?.length ?? 0, qd = d.Z[0]!.length, n = d.y.length;
  const X: M = d.X.map((r) => [...r, 0]), y: M = d.y.map((r) => [...r]);
  const Z: M = d.Z.map((r) => [...r, ...new Array<number>(k + 2).fill(0)]);
  for (let s = 2; s < u.y.length; s++) {
    y.push([u.y[s]!]);
    X.push([u.y[s - 1]!, ...u.x[s]!, 1]);
    Z.push([...new Array<number>(qd).fill(0), u.y[s - 1]! - u.y[s - 2]!, ...u.x[s]!, 1]);
  }
  const H = zeros(2 * n, 2 * n), hd = mma1(n);
  for (let i = 0; i < n; i++) { for (let j = 0; j < n; j++) H[i]![j] = hd[i]![j]!; H[n + i]![n + i] = 1; }
  return { X, y, Z, H, nDiff: n };
}

function mma1(n: number): M {
  const h = zeros(n, n);
  for (let i = 0; i < n; i++) { h[i]![i] = 2; if (i > 0) { h[i]![i - 1] = -1; h[i - 1]![i] = -1; } }
  return h;
}

/** Difference GMM: coefficients [α, β…]. */
export function differenceGmm(units: readonly PanelUnit[], options: { maxLag?: number; twoStep?: boolean } = {}): GmmFit | null {
  const maxLag = options.maxLag ?? 4;
  return estimate(units.map((u) => blocks(u, maxLag)).filter((b): b is UnitBlocks => b !== null), options.twoStep ?? true);
}

/** System GMM: coefficients [α, β…, constant]. */
export function systemGmm(units: readonly PanelUnit[], options: { maxLag?: number; twoStep?: boolean } = {}): GmmFit | null {
  const maxLag = options.maxLag ?? 4;
  return estimate(units.map((u) => systemBlocks(u, maxLag)).filter((b): b is UnitBlocks => b !== null), options.twoStep ?? true);
}

function estimate(bs: readonly UnitBlocks[], wantTwoStep: boolean): GmmFit | null {
  if (bs.length === 0) return null;
  const p = bs[0]!.X[0]!.length, q = bs[0]!.Z[0]!.length;
  let zx = zeros(q, p), zy = zeros(q, 1), zhz = zeros(q, q);
  for (const b of bs) {
    const zt = t(b.Z);
    zx = add(zx, mul(zt, b.X)); zy = add(zy, mul(zt, b.y)); zhz = add(zhz, mul(mul(zt, b.H), b.Z));
  }
  const solve = (W: M): { beta: M; A: M } | null => {
    const xzw = mul(t(zx), W), A = invert(mul(xzw, zx));
    return A ? { beta: mul(A, mul(xzw, zy)), A } : null;
  };
  const resid = (b: UnitBlocks, beta: M): M => b.y.map((r, i) => [r[0]! - b.X[i]!.reduce((s, v, j) => s + v * beta[j]![0]!, 0)]);
  const W1 = invert(zhz);
  if (!W1) return null;
  const one = solve(W1);
  if (!one) return null;
  // Σ ZᵢᵀêᵢêᵢᵀZᵢ from one-step residuals: robust "meat" and the two-step weight's inverse.
  const meat = (beta: M): M => bs.reduce((s, b) => { const ze = mul(t(b.Z), resid(b, beta)); return add(s, mul(ze, t(ze))); }, zeros(q, q));
  const S1 = meat(one.beta), W2 = invert(S1);
  const twoStep = wantTwoStep && W2 !== null;
  const fit = twoStep ? solve(W2!) : one;
  if (!fit) return null;
  // Covariance: one-step robust V₁ = A·XᵀZ W1 S W1 ZᵀX·A; two-step V₂ = (XᵀZ W2 ZᵀX)⁻¹, Windmeijer-corrected.
  const V1 = mul(mul(one.A, mul(mul(mul(t(zx), W1), mul(S1, W1)), zx)), one.A);
  let cov = V1;
  if (twoStep) {
    const V2 = fit.A, left = mul(mul(fit.A, t(zx)), W2!);
    const ze2 = bs.reduce((s, b) => add(s, mul(t(b.Z), resid(b, fit.beta))), zeros(q, 1));
    const right = mul(W2!, ze2);
    const D = zeros(p, p);
    for (let k = 0; k < p; k++) {
      const dS = bs.reduce((s, b) => {
        const e = resid(b, one.beta), xk = b.X.map((r) => [r[k]!]);
        const zxk = mul(t(b.Z), xk), zei = mul(t(b.Z), e);
        return add(s, add(mul(zxk, t(zei)), mul(zei, t(zxk))));
      }, zeros(q, q));
      const col = mul(mul(left, dS), right);
      for (let r = 0; r < p; r++) D[r]![k] = col[r]![0]!;
    }
    cov = add(add(V2, add(mul(D, V2), mul(V2, t(D)))), mul(mul(D, V1), t(D)));
  }
  // Hansen J = (ΣZᵢᵀêᵢ)ᵀ (ΣZᵢᵀêᵢêᵢᵀZᵢ)⁻¹ (ΣZᵢᵀêᵢ) at the final estimate (Hansen 1982).
  const g = bs.reduce((s, b) => add(s, mul(t(b.Z), resid(b, fit.beta))), zeros(q, 1));
  const Wj = invert(meat(fit.beta));
  const hansenJ = Wj ? mul(mul(t(g), Wj), g)[0]![0]! : NaN;
  // AR(m) of differenced residuals: z = Σᵢ êᵢᵀêᵢ,₋ₘ / √Σᵢ(êᵢᵀêᵢ,₋ₘ)² (Arellano & Bond 1991 eq. 8, leading term only).
  const ar = (m: number): number => {
    let num = 0, den = 0;
    for (const b of bs) {
      const e = resid(b, fit.beta).slice(0, b.nDiff);
      let s = 0;
      for (let i = m; i < e.length; i++) s += e[i]![0]! * e[i - m]![0]!;
      num += s; den += s * s;
    }
    return den > 0 ? num / Math.sqrt(den) : NaN;
  };
  return {
    coefficients: fit.beta.map((r) => r[0]!), standardErrors: cov.map((r, i) => Math.sqrt(r[i]!)),
    hansenJ, hansenDf: q - p, ar1: ar(1), ar2: ar(2), instruments: q,
    observations: bs.reduce((s, b) => s + b.nDiff, 0), step: twoStep ? 2 : 1,
  };
}
