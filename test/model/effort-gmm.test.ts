import { describe, expect, it } from "vitest";
import { differenceGmm, systemGmm, type PanelUnit } from "../../src/model/calibration/gmm.js";
import { ols } from "../../src/model/calibration/ols.js";

/** Mulberry32 (seeded uniform) and Box–Muller normals: test-only simulation. */
function normals(seed: number): () => number {
  let a = seed >>> 0;
  const u = (): number => { a = (a + 0x6d2b79f5) >>> 0; let z = a; z = Math.imul(z ^ (z >>> 15), z | 1); z ^= z + Math.imul(z ^ (z >>> 7), z | 61); return ((z ^ (z >>> 14)) >>> 0) / 4294967296; };
  return () => Math.sqrt(-2 * Math.log(u() + 1e-300)) * Math.cos(2 * Math.PI * u());
}

/** y_it = α y_i,t−1 + β x_it + η_i + ε_it, η_i ~ N(0,1), x, ε ~ N(0,1); 50 burn-in periods dropped. */
function simulate(n: number, T: number, alpha: number, beta: number, seed: number): PanelUnit[] {
  const z = normals(seed);
  return Array.from({ length: n }, () => {
    const eta = z(); let prev = eta / (1 - alpha);
    const y: number[] = [], x: number[][] = [];
    for (let s = 0; s < 50 + T; s++) {
      const xs = z(), v = alpha * prev + beta * xs + eta + z();
      if (s >= 50) { y.push(v); x.push([xs]); }
      prev = v;
    }
    return { y, x };
  });
}

describe("Arellano–Bond difference GMM", () => {
  const alpha = 0.5, beta = 1, T = 8;
  const panel = simulate(400, T, alpha, beta, 11);

  it("recovers α and β where pooled OLS is biased up and within-groups down (Nickell 1981)", () => {
    const fit = differenceGmm(panel, { maxLag: 4 })!;
    expect(fit.step).toBe(2);
    expect(Math.abs(fit.coefficients[0]! - alpha)).toBeLessThan(3 * fit.standardErrors[0]! + 0.02);
    expect(Math.abs(fit.coefficients[0]! - alpha)).toBeLessThan(0.08);
    expect(Math.abs(fit.coefficients[1]! - beta)).toBeLessThan(0.08);
    // Pooled OLS with intercept: the unit effect sits in the error and correlates with the lag → upward bias.
    const X: number[][] = [], y: number[] = [], Xw: number[][] = [], yw: number[] = [];
    for (const u of panel) {
      const rows = u.y.slice(1).map((v, s) => ({ y: v, lag: u.y[s]!, x: u.x[s + 1]![0]! }));
      const my = rows.reduce((a, r) => a + r.y, 0) / rows.length, ml = rows.reduce((a, r) => a + r.lag, 0) / rows.length, mx = rows.reduce((a, r) => a + r.x, 0) / rows.length;
      for (const r of rows) { X.push([1, r.lag, r.x]); y.push(r.y); Xw.push([r.lag - ml, r.x - mx]); yw.push(r.y - my); }
    }
    const pooled = ols(X, y)!.coefficients[1]!, within = ols(Xw, yw)!.coefficients[0]!;
    expect(pooled).toBeGreaterThan(alpha + 0.1);
    // Nickell bias ≈ −(1 + α)/(T − 1) for the within estimator: clearly below α.
    expect(within).toBeLessThan(alpha - 0.1);
    expect(fit.coefficients[0]!).toBeGreaterThan(within);
    expect(fit.coefficients[0]!).toBeLessThan(pooled);
  });

  it("passes its diagnostics on a correctly specified panel: AR(1) negative, AR(2) and Hansen J not significant", () => {
    const fit = differenceGmm(panel, { maxLag: 4 })!;
    expect(fit.ar1).toBeLessThan(-1.96);
    expect(Math.abs(fit.ar2)).toBeLessThan(2.58);
    expect(fit.hansenDf).toBe(2);
    expect(fit.hansenJ).toBeLessThan(9.21); // χ²(2) 99% point
  });

  it("is the hand-computed IV ratio when just identified (one lag instrument, no regressors)", () => {
    const units: PanelUnit[] = [
      { y: [1, 2, 4, 3], x: [[], [], [], []] },
      { y: [0, 1, 1, 2], x: [[], [], [], []] },
    ];
    // α = Σ y_t−2 Δy_t / Σ y_t−2 Δy_t−1 over t = 2, 3 in each unit.
    // unit 1: y0·(4−2) + y1·(3−4) = 2 − 2 = 0; y0·(2−1) + y1·(4−2) = 1 + 4 = 5
    // unit 2: y0·(1−1) + y1·(2−1) = 0 + 1 = 1; y0·(1−0) + y1·(1−1) = 0
    const fit = differenceGmm(units, { maxLag: 2, twoStep: false })!;
    expect(fit.coefficients[0]!).toBeCloseTo((0 + 1) / (5 + 0), 10);
    expect(fit.hansenDf).toBe(0);
  });
});

describe("Windmeijer-corrected two-step standard errors", () => {
  it("cover the true α at about the nominal rate over replications (Windmeijer 2005: uncorrected two-step SEs are too small)", () => {
    let covered = 0; const reps = 40;
    for (let r = 0; r < reps; r++) {
      const fit = differenceGmm(simulate(150, 7, 0.5, 1, 100 + r), { maxLag: 5 })!;
      if (Math.abs(fit.coefficients[0]! - 0.5) < 1.96 * fit.standardErrors[0]!) covered++;
    }
    // 95% nominal; binomial(40, 0.95) is above 33 with probability > 0.99.
    expect(covered).toBeGreaterThanOrEqual(33);
  });
});

describe("Blundell–Bond system GMM", () => {
  it("recovers α, β and a zero constant on a mean-stationary panel", () => {
    const fit = systemGmm(simulate(400, 8, 0.5, 1, 11), { maxLag: 4 })!;
    expect(fit.coefficients.length).toBe(3);
    expect(Math.abs(fit.coefficients[0]! - 0.5)).toBeLessThan(0.08);
    expect(Math.abs(fit.coefficients[1]! - 1)).toBeLessThan(0.08);
    expect(Math.abs(fit.coefficients[2]!)).toBeLessThan(0.15);
    expect(fit.ar1).toBeLessThan(-1.96);
    expect(Math.abs(fit.ar2)).toBeLessThan(2.58);
  });

  it("stays near a persistent α = 0.9, where lagged levels are weak instruments for differences (Blundell & Bond 1998)", () => {
    const panel = simulate(400, 8, 0.9, 1, 23);
    const sys = systemGmm(panel, { maxLag: 4 })!, dif = differenceGmm(panel, { maxLag: 4 })!;
    expect(Math.abs(sys.coefficients[0]! - 0.9)).toBeLessThan(0.08);
    expect(sys.standardErrors[0]!).toBeLessThan(dif.standardErrors[0]!);
  });
});

describe("effortUnits", () => {
  it("splits an ally's rows at gaps in years and prepends the first lag", async () => {
    const { effortUnits } = await import("../../src/model/calibration/effort-gmm.js");
    const row = (year: number, spending: number, spendingLag: number) => ({ iso3: "AAA", year, spending, spendingLag, threat: 1, credibilityGap: 0.5, peersLag: 2 });
    const units = effortUnits([row(2001, 2, 1), row(2002, 3, 2), row(2005, 4, 9), row(2006, 5, 4), row(2007, 6, 5)]);
    expect(units.map((u) => u.y)).toEqual([[1, 2, 3], [9, 4, 5, 6]]);
    expect(units[1]!.x[3]).toEqual([1, 0.5, 2]);
  });
});
