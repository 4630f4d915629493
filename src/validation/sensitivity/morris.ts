/**
 * Morris (1991) elementary effects with the trajectory design, summarised by μ, σ (Morris 1991)
 * and μ* (Campolongo, Cariboni & Saltelli 2007). Inputs live in the unit hypercube on a grid of
 * p levels {0, 1/(p−1), …, 1}; each trajectory starts at a random grid point and moves one input
 * at a time, in random order, by Δ = p/(2(p−1)), so k inputs cost k + 1 evaluations per
 * trajectory and r(k + 1) in all. With p even and Δ so chosen, every level is equally likely
 * (Morris 1991). Effects are per unit of the normalised range: for an input with a linear
 * effect, EE is the change of the output across the input's whole range.
 */
import { InputError } from '../../engine/errors.js';
import { Xoshiro128 } from '../../engine/prng.js';
import { bootstrapIntervals } from './bootstrap.js';
import { DESIGN_STREAM } from './streams.js';
import { MORRIS_DEFAULT_LEVELS } from './settings.js';

export interface MorrisOptions {
  /** r, the number of trajectories (Saltelli et al. 2008, ch. 3: 10 to 20 suffice for screening). */
  readonly trajectories: number;
  /** p, the number of grid levels: even, ≥ 2 (default 4, Morris 1991 and Saltelli et al. 2008). */
  readonly levels?: number;
  readonly seed: number;
}

export interface MorrisDesign {
  /** k, the number of inputs. */
  readonly inputs: number;
  readonly trajectories: number;
  readonly levels: number;
  /** Δ = p/(2(p−1)), in units of the normalised range. */
  readonly delta: number;
  /** r(k + 1) points × k inputs in [0, 1], row-major; trajectory t holds rows t(k+1) … t(k+1)+k. */
  readonly points: Float64Array;
  /** The input moved at step m of trajectory t (index t·k + m − 1), and its direction (±1). */
  readonly moved: Int32Array;
  readonly direction: Int8Array;
}

export { MORRIS_DEFAULT_LEVELS } from './settings.js';

/** The trajectory design for k inputs. */
export function morrisDesign(k: number, { trajectories: r, levels: p = MORRIS_DEFAULT_LEVELS, seed }: MorrisOptions): MorrisDesign {
  if (!Number.isInteger(k) || k < 1) throw new InputError(`Morris needs at least one input (got ${k})`);
  if (!Number.isInteger(r) || r < 2) throw new InputError(`Morris needs at least 2 trajectories to estimate σ (got ${r})`);
  if (!Number.isInteger(p) || p < 2 || p % 2 !== 0) throw new InputError(`Morris levels must be an even whole number ≥ 2 (got ${p}): Δ = p/(2(p−1)) then makes every level equally likely`);
  const rng = new Xoshiro128(seed, 0, DESIGN_STREAM);
  const delta = p / (2 * (p - 1));
  const points = new Float64Array(r * (k + 1) * k);
  const moved = new Int32Array(r * k), direction = new Int8Array(r * k);
  const order = new Int32Array(k), x = new Float64Array(k), dir = new Int8Array(k);
  for (let t = 0; t < r; t++) {
    for (let i = 0; i < k; i++) {
      // A base level from the lower half of the grid, so that base + Δ is still on it.
      const base = Math.floor(rng.next() * (p / 2)) / (p - 1);
      dir[i] = rng.next() < 0.5 ? 1 : -1;
      x[i] = dir[i] === 1 ? base : base + delta;
      order[i] = i;
    }
    for (let i = k - 1; i > 0; i--) { // Fisher–Yates: the order in which inputs move
      const j = Math.floor(rng.next() * (i + 1));
      const o = order[i]!; order[i] = order[j]!; order[j] = o;
    }
    const row0 = t * (k + 1);
    points.set(x, row0 * k);
    for (let m = 1; m <= k; m++) {
      const i = order[m - 1]!;
      x[i] = x[i]! + dir[i]! * delta;
      points.set(x, (row0 + m) * k);
      moved[t * k + m - 1] = i;
      direction[t * k + m - 1] = dir[i]!;
    }
  }
  return { inputs: k, trajectories: r, levels: p, delta, points, moved, direction };
}

export interface ElementaryEffects {
  /** Mean of the elementary effects (Morris 1991): signed, so effects of opposite sign cancel. */
  readonly mu: number;
  /** Mean of their absolute values (Campolongo et al. 2007): the importance measure. */
  readonly muStar: number;
  /** Bootstrap 95% interval of μ* (over trajectories). */
  readonly muStarLo: number;
  readonly muStarHi: number;
  /** Their standard deviation (n − 1): non-linearity or interactions (Morris 1991). */
  readonly sigma: number;
}

/** The elementary effects of a design's outputs y (one per point, in the design's order): EE[t·k + i] for input i. */
export function elementaryEffects(design: MorrisDesign, y: ArrayLike<number>): Float64Array {
  const { inputs: k, trajectories: r, delta } = design;
  if (y.length !== r * (k + 1)) throw new InputError(`the design has ${r * (k + 1)} points but ${y.length} outputs were given`);
  const ee = new Float64Array(r * k);
  for (let t = 0; t < r; t++) for (let m = 1; m <= k; m++) {
    const row = t * (k + 1) + m, s = t * k + m - 1;
    ee[t * k + design.moved[s]!] = (y[row]! - y[row - 1]!) / (design.direction[s]! * delta);
  }
  return ee;
}

/** μ, μ*, its bootstrap interval, and σ of each input, in input order. */
export function morrisEffects(design: MorrisDesign, y: ArrayLike<number>, options: { seed: number; resamples?: number; level?: number }): ElementaryEffects[] {
  const { inputs: k, trajectories: r } = design;
  const ee = elementaryEffects(design, y);
  const intervals = bootstrapIntervals(r, k, (rows, out) => {
    out.fill(0);
    for (let j = 0; j < r; j++) for (let i = 0; i < k; i++) out[i]! += Math.abs(ee[rows[j]! * k + i]!);
    for (let i = 0; i < k; i++) out[i]! /= r;
  }, options);
  return Array.from({ length: k }, (_, i) => {
    let sum = 0, abs = 0;
    for (let t = 0; t < r; t++) { sum += ee[t * k + i]!; abs += Math.abs(ee[t * k + i]!); }
    const mu = sum / r;
    let ss = 0;
    for (let t = 0; t < r; t++) ss += (ee[t * k + i]! - mu) ** 2;
    return { mu, muStar: abs / r, muStarLo: intervals[i]![0], muStarHi: intervals[i]![1], sigma: Math.sqrt(ss / (r - 1)) };
  });
}
