/**
 * The energy of a configuration (Axelrod & Bennett 1993). An actor's frustration is
 * F_i(X) = Σ_{j≠i} s_j p_ij d_ij(X) and the energy is E(X) = Σ_i s_i F_i(X)
 * = Σ_i Σ_{j≠i} s_i s_j p_ij d_ij(X), with d_ij(X) = 0 when i and j are on the same side and 1
 * otherwise. The double sum counts every split pair twice, as the paper does (its n. 2 writes
 * E(X) = Σ_A Σ_B r_ij + Σ_B Σ_A r_ij with r_ij = s_i s_j p_ij).
 */
import type { LandscapeProblem } from './landscape-problem.js';

/** r_ij = s_i s_j p_ij, row-major n × n, with a zero diagonal: the weights the searches run on. */
export function pairWeights(problem: LandscapeProblem): Float64Array {
  const n = problem.ids.length;
  const w = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (i !== j) w[i * n + j] = problem.size[i]! * problem.size[j]! * problem.propensity[i * n + j]!;
  }
  return w;
}

/** F_i(X) = Σ_{j≠i} s_j p_ij d_ij(X) (Axelrod & Bennett 1993); `side[j]` is 0 or 1. */
export function frustration(problem: LandscapeProblem, side: ArrayLike<number>, i: number): number {
  const n = problem.ids.length;
  let f = 0;
  for (let j = 0; j < n; j++) if (j !== i && side[j] !== side[i]) f += problem.size[j]! * problem.propensity[i * n + j]!;
  return f;
}

/** E(X) = Σ_i s_i F_i(X), computed directly (the searches update it incrementally instead). */
export function landscapeEnergy(problem: LandscapeProblem, side: ArrayLike<number>): number {
  let e = 0;
  for (let i = 0; i < problem.ids.length; i++) e += problem.size[i]! * frustration(problem, side, i);
  return e;
}

/**
 * Each actor's margin at configuration X: F_k(X with k moved) − F_k(X), how much its own
 * frustration would rise if it alone switched sides. All margins are ≥ 0 at a local minimum;
 * a small one marks an actor near the fence (our reading aid, not in the paper).
 */
export function switchMargins(problem: LandscapeProblem, side: ArrayLike<number>): Float64Array {
  const n = problem.ids.length;
  const moved = Uint8Array.from(side);
  const margins = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const before = frustration(problem, moved, k);
    moved[k] = 1 - moved[k]!;
    margins[k] = frustration(problem, moved, k) - before;
    moved[k] = 1 - moved[k]!;
  }
  return margins;
}

/** E(X) from the pair weights r_ij and ±1 spins x (side 0 ↦ +1): Σ_{i≠j} r_ij (1 − x_i x_j) / 2. */
export function energyOfSpins(weights: Float64Array, n: number, x: ArrayLike<number>): number {
  let e = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (x[i] !== x[j]) e += weights[i * n + j]!;
  return e;
}

/**
 * The smallest energy change the searches treat as a real move: 1e-9 of the largest total
 * |r_ij| of any actor. Below it a switch counts as "no gain", so rounding in the incremental
 * updates cannot create or hide a local minimum (assumption: a tolerance, not in the paper).
 */
export function moveTolerance(weights: Float64Array, n: number): number {
  let max = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += Math.abs(weights[i * n + j]!);
    if (s > max) max = s;
  }
  return 1e-9 * max;
}
