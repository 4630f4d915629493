/** Pearson's product-moment correlation (Pearson 1896; Zar 2010). */

/** r of two equal-length samples; null when n < 2 or either sample has no variance (undefined, not 0). */
export function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n !== y.length || n < 2) return null;
  let mx = 0, my = 0;
  for (let i = 0; i < n; i++) { mx += x[i]!; my += y[i]!; }
  mx /= n; my /= n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx, dy = y[i]! - my;
    sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  // clamp: rounding can push |r| a hair past 1 for perfectly collinear samples
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
