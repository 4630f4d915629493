/**
 * Sobol' first-order and total indices by Saltelli sampling (Saltelli et al. 2010): two
 * independent N × k matrices A and B of uniforms, and for each input i the matrix A_B^(i), A
 * with column i taken from B; N(k + 2) evaluations in all. Estimators (Saltelli et al. 2010,
 * Table 2): first order (b), V_i = (1/N) Σ_j f(B)_j (f(A_B^(i))_j − f(A)_j); total (f), Jansen
 * (1999), V_Ti = (1/2N) Σ_j (f(A)_j − f(A_B^(i))_j)²; each divided by V(Y), the variance of the
 * outputs of A and B together. Intervals: bootstrap over the N rows (percentile, 95%).
 *
 * The uniforms are pseudo-random, from Xoshiro128 (the engine's generator), not a Sobol'
 * low-discrepancy sequence: the estimates converge as 1/√N rather than nearly 1/N, so they need
 * more samples for the same accuracy, but the bootstrap intervals stay valid (they assume
 * independent rows, which a quasi-random sequence would not give).
 */
import { InputError } from '../../engine/errors.js';
import { Xoshiro128 } from '../../engine/prng.js';
import { bootstrapIntervals } from './bootstrap.js';
import { DESIGN_STREAM } from './streams.js';

export interface SaltelliOptions {
  /** N, the number of base samples (rows of A and of B). */
  readonly samples: number;
  readonly seed: number;
}

export interface SaltelliDesign {
  readonly inputs: number;
  readonly samples: number;
  /** N(k + 2) points × k inputs in [0, 1), row-major: rows 0 … N−1 are A, N … 2N−1 are B, then A_B^(i) for i = 0 … k−1. */
  readonly points: Float64Array;
}

/** The Saltelli design for k inputs. */
export function saltelliDesign(k: number, { samples: n, seed }: SaltelliOptions): SaltelliDesign {
  if (!Number.isInteger(k) || k < 1) throw new InputError(`Sobol' indices need at least one input (got ${k})`);
  if (!Number.isInteger(n) || n < 2) throw new InputError(`Sobol' indices need at least 2 base samples (got ${n})`);
  const rng = new Xoshiro128(seed, 0, DESIGN_STREAM);
  const points = new Float64Array(n * (k + 2) * k);
  for (let j = 0; j < n; j++) {
    // Row j of A, then row j of B: 2k independent uniforms.
    for (let i = 0; i < k; i++) points[j * k + i] = rng.next();
    for (let i = 0; i < k; i++) points[(n + j) * k + i] = rng.next();
  }
  for (let i = 0; i < k; i++) {
    const block = (2 + i) * n;
    points.copyWithin(block * k, 0, n * k);
    for (let j = 0; j < n; j++) points[(block + j) * k + i] = points[(n + j) * k + i]!;
  }
  return { inputs: k, samples: n, points };
}

export interface SobolIndex {
  /** First-order index S_i: the share of V(Y) input i explains alone. NaN if the output does not vary. */
  readonly s1: number;
  readonly s1Lo: number;
  readonly s1Hi: number;
  /** Total index ST_i: the share of V(Y) that remains when every input but i is known, interactions included. */
  readonly st: number;
  readonly stLo: number;
  readonly stHi: number;
}

/** S_i and ST_i from the rows `rows` (indices into 0 … N−1), into out: S for each input, then ST. */
function estimate(y: ArrayLike<number>, k: number, n: number, rows: ArrayLike<number>, out: Float64Array): void {
  let mean = 0;
  for (let j = 0; j < n; j++) mean += y[rows[j]!]! + y[n + rows[j]!]!;
  mean /= 2 * n;
  let v = 0;
  for (let j = 0; j < n; j++) v += (y[rows[j]!]! - mean) ** 2 + (y[n + rows[j]!]! - mean) ** 2;
  v /= 2 * n;
  for (let i = 0; i < k; i++) {
    const block = (2 + i) * n;
    let first = 0, total = 0;
    for (let j = 0; j < n; j++) {
      const r = rows[j]!, a = y[r]!, b = y[n + r]!, ab = y[block + r]!;
      first += b * (ab - a);
      total += (a - ab) ** 2;
    }
    out[i] = v > 0 ? first / n / v : Number.NaN;
    out[k + i] = v > 0 ? total / (2 * n) / v : Number.NaN;
  }
}

/** S1 and ST of each input, in input order, with bootstrap intervals. y holds one output per design point. */
export function sobolIndices(design: SaltelliDesign, y: ArrayLike<number>, options: { seed: number; resamples?: number; level?: number }): SobolIndex[] {
  const { inputs: k, samples: n } = design;
  if (y.length !== n * (k + 2)) throw new InputError(`the design has ${n * (k + 2)} points but ${y.length} outputs were given`);
  const all = Int32Array.from({ length: n }, (_, j) => j);
  const point = new Float64Array(2 * k);
  estimate(y, k, n, all, point);
  const ci = bootstrapIntervals(n, 2 * k, (rows, out) => estimate(y, k, n, rows, out), options);
  return Array.from({ length: k }, (_, i) => ({
    s1: point[i]!, s1Lo: ci[i]![0], s1Hi: ci[i]![1],
    st: point[k + i]!, stLo: ci[k + i]![0], stHi: ci[k + i]![1],
  }));
}
