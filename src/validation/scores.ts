/**
 * Proper scoring of probabilistic forecasts (Gneiting & Raftery 2007): the continuous ranked
 * probability score (CRPS) of an ensemble's histogram and of a Gaussian, and the coverage of
 * central intervals. Lower CRPS is better; for a point forecast it equals the absolute error.
 * Also the Mann–Whitney AUC of a binary outcome's risk scores (the alignment and proliferation validations).
 */
import { ranks } from '../analysis/stats/ranks.js';
import { normalCdf, normalPdf } from '../analysis/stats/normal.js';

export { normalCdf };

/** CRPS of N(μ, σ²) at y (Gneiting & Raftery 2007, eq. 21); σ = 0 gives |y − μ|. */
export function crpsGaussian(mu: number, sigma: number, y: number): number {
  if (sigma <= 0) return Math.abs(y - mu);
  const z = (y - mu) / sigma;
  return sigma * (z * (2 * normalCdf(z) - 1) + 2 * normalPdf(z) - 1 / Math.sqrt(Math.PI));
}

/** ∫ over a segment of width w where F goes linearly from a to c, of (F − h)², h ∈ {0, 1}. */
function segment(a: number, c: number, w: number, h: number): number {
  const p = a - h, q = c - h;
  return (w * (p * p + p * q + q * q)) / 3;
}

/**
 * CRPS of a histogram forecast (counts in bins of `width` from 0, mass uniform within a bin) at y:
 * ∫ (F(x) − 1{x ≥ y})² dx, computed exactly for the piecewise-linear F.
 */
export function crpsHistogram(hist: ArrayLike<number>, offset: number, bins: number, width: number, y: number): number {
  let total = 0;
  for (let b = 0; b < bins; b++) total += hist[offset + b]!;
  if (total === 0) return Number.NaN;
  let crps = 0, F = 0;
  for (let b = 0; b < bins; b++) {
    const x0 = b * width, x1 = x0 + width;
    const G = F + hist[offset + b]! / total;
    if (x1 <= y) crps += segment(F, G, width, 0);
    else if (x0 >= y) crps += segment(F, G, width, 1);
    else {
      const Fy = F + ((G - F) * (y - x0)) / width;
      crps += segment(F, Fy, y - x0, 0) + segment(Fy, G, x1 - y, 1);
    }
    F = G;
  }
  const max = bins * width;
  if (y > max) crps += y - max; // F = 1 before y, indicator 0
  return crps;
}

export interface PointScores { n: number; mae: number; rmse: number; crps: number; coverage50: number; coverage90: number }

/** Aggregates per-forecast scores. */
export function aggregate(rows: readonly { error: number; crps: number; in50: boolean; in90: boolean }[]): PointScores {
  const n = rows.length;
  if (n === 0) return { n: 0, mae: Number.NaN, rmse: Number.NaN, crps: Number.NaN, coverage50: Number.NaN, coverage90: Number.NaN };
  return {
    n,
    mae: rows.reduce((s, r) => s + Math.abs(r.error), 0) / n,
    rmse: Math.sqrt(rows.reduce((s, r) => s + r.error * r.error, 0) / n),
    crps: rows.reduce((s, r) => s + r.crps, 0) / n,
    coverage50: rows.filter((r) => r.in50).length / n,
    coverage90: rows.filter((r) => r.in90).length / n,
  };
}

/** The Mann–Whitney AUC of `scores` for the binary `labels` (ties count one half). Null without both classes. */
export function aucMannWhitney(scores: readonly number[], labels: readonly (0 | 1)[]): number | null {
  const n1 = labels.reduce<number>((s, y) => s + y, 0), n0 = labels.length - n1;
  if (n1 === 0 || n0 === 0) return null;
  const r = ranks(scores);
  let r1 = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] === 1) r1 += r[i]!;
  return (r1 - (n1 * (n1 + 1)) / 2) / (n1 * n0);
}
