/**
 * The basic utilities of the expected-utility model (BDM 1994; Scholz, Calbert & Smith
 * 2011, §3). For actor i facing j, with distances scaled by
 * the issue range, d_ij = |x_i − x_j| / range and d_iμ = |x_i − μ| / range (μ the median voter
 * position), and i's risk exponent r_i:
 *   U_s  = 2 − 4 (0.5 − 0.5 d_ij)^r           success: j moves to x_i
 *   U_f  = 2 − 4 (0.5 + 0.5 d_ij)^r           failure: i moves to x_j
 *   U_b  = 2 − 4 (0.5 − 0.25 (d_iμ + d_ij))^r  the status quo changes for the better
 *   U_w  = 2 − 4 (0.5 + 0.25 (d_iμ + d_ij))^r  … for the worse
 *   U_sq = 2 − 4 (0.5)^r                       nothing changes
 */

export interface BasicUtilities {
  readonly success: number;
  readonly failure: number;
  readonly better: number;
  readonly worse: number;
  readonly statusQuo: number;
}

/** The five utilities for scaled distances dij, diMu ∈ [0, 1] and risk exponent r (0.5 ≤ r ≤ 2). */
export function basicUtilities(dij: number, diMu: number, r: number): BasicUtilities {
  const u = (base: number) => 2 - 4 * Math.pow(base, r);
  return {
    success: u(0.5 - 0.5 * dij),
    failure: u(0.5 + 0.5 * dij),
    better: u(0.5 - 0.25 * (diMu + dij)),
    worse: u(0.5 + 0.25 * (diMu + dij)),
    statusQuo: u(0.5),
  };
}
