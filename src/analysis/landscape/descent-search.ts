/**
 * Multi-start steepest descent: the search beyond exhaustive reach, and the sampler of basins.
 * Each start is a configuration drawn uniformly (every actor's side a fair coin from the seeded
 * stream); from it the actor whose switch lowers the energy most moves (lowest index on a tie),
 * until no switch lowers it (the same descent as exhaustive-search.ts, so a start lands in a
 * minimum with probability basin / 2^(n−1)). Distinct end points are the minima found; the share
 * of starts ending in each estimates its basin share. Axelrod & Bennett's actors move one at a
 * time to reduce their frustration; steepest order is our choice (assumption), made so that
 * basins are well defined.
 */
import { energyOfSpins, moveTolerance } from './energy.js';
import { xoshiro128 } from './xoshiro128.js';

export interface DescentOptions {
  /** Random starting configurations (default 1000). */
  readonly starts?: number;
  /** Seed of the xoshiro128** stream that draws them (default 1). */
  readonly seed?: number;
}

export interface SpinMinimum {
  /** 0/1 per actor, actor 0 on side 0. */
  readonly side: Uint8Array;
  readonly energy: number;
  /** How many starts descended here. */
  hits: number;
}

export const DESCENT_DEFAULTS = { starts: 1000, seed: 1 } as const;

/** Runs steepest descent in place on spins x (±1) with fields f = W x; returns the moves made. */
export function steepestDescent(w: Float64Array, n: number, x: Float64Array, f: Float64Array, halfTol: number): number {
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += w[i * n + j]! * x[j]!;
    f[i] = s;
  }
  for (let moves = 0; ; moves++) {
    let minG = Infinity, k = 0;
    for (let j = 0; j < n; j++) {
      const g = x[j]! * f[j]!;
      if (g < minG) { minG = g; k = j; }
    }
    if (minG >= -halfTol) return moves;
    const c = -2 * x[k]!, row = k * n;
    x[k] = -x[k]!;
    for (let j = 0; j < n; j++) f[j] = f[j]! + c * w[row + j]!;
  }
}

/** The distinct minima reached from `starts` seeded random configurations, by energy. */
export function multiStartDescent(w: Float64Array, n: number, options: DescentOptions = {}): { starts: number; minima: SpinMinimum[] } {
  const starts = options.starts ?? DESCENT_DEFAULTS.starts;
  const rng = xoshiro128(options.seed ?? DESCENT_DEFAULTS.seed);
  const halfTol = moveTolerance(w, n) / 2;
  const x = new Float64Array(n), f = new Float64Array(n);
  const found = new Map<string, SpinMinimum>();
  for (let s = 0; s < starts; s++) {
    for (let i = 0; i < n; i++) x[i] = rng.nextUint32() & 1 ? -1 : 1;
    steepestDescent(w, n, x, f, halfTol);
    const flip = x[0] === -1;
    const side = new Uint8Array(n);
    for (let i = 0; i < n; i++) side[i] = (x[i] === -1) !== flip ? 1 : 0;
    const key = side.join('');
    const seen = found.get(key);
    if (seen) seen.hits++;
    else found.set(key, { side, energy: energyOfSpins(w, n, x), hits: 1 });
  }
  return { starts, minima: [...found.values()].sort((a, b) => a.energy - b.energy || b.hits - a.hits) };
}
