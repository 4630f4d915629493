/**
 * Exhaustive search of all bipolar configurations (Axelrod & Bennett 1993 searched all of them
 * for their 17 nations). Actor 0 stays on side 0, so each of the 2^(n−1) distinct partitions is
 * visited once, in reflected Gray-code order: each step moves one actor and the energy changes
 * by ΔE_k = 2 x_k f_k, where x = ±1 are the sides and f_j = Σ_k r_jk x_k is actor j's field
 * (both ordered pairs (k, j) and (j, k) flip between split and joined).
 *
 * A configuration is a local minimum (stable: no actor can lower its frustration, hence the
 * energy, by switching sides; A&B n. 2) when every ΔE_j ≥ −tolerance, i.e. g_j = x_j f_j ≥ 0.
 * Speed (our design): the fields split into the part from the first L ≤ 8 actors after actor 0,
 * tabulated once for all 2^L of their Gray states, and the part from the others, recomputed
 * exactly whenever one of them moves (every 2^L steps; so no rounding drifts). Checking a
 * configuration then reads a table and stops at the first unstable actor, trying first the actor
 * that just moved (it is unstable after every uphill move) and the last actor found unstable.
 *
 * Basins (our definition, since the paper gives none for the exhaustive case): from each
 * configuration follow steepest descent, always moving the actor with the most negative ΔE_j
 * (lowest index on a tie) until no move lowers the energy; the basin of a minimum is the number
 * of configurations, itself included, whose descent ends there. Basins sum to 2^(n−1).
 */
import { energyOfSpins, moveTolerance } from './energy.js';

/** 2^29 partitions (30 actors) take seconds to tens of seconds; 31 is the most a 32-bit mask holds. */
export const EXHAUSTIVE_MAX_ACTORS = 31;
/** Exact basins need 5 bytes per configuration: 2^23 × 5 = 40 MiB at 24 actors. */
export const EXACT_BASIN_MAX_ACTORS = 24;
/** Actors whose share of the fields is tabulated: 2^8 states × n fields stay in cache. */
const MAX_TABULATED = 8;
const NO_MOVE = 255;

export interface MaskMinimum {
  /** Bit j set: actor j is on side 1 (bit 0 is always clear). */
  readonly mask: number;
  readonly energy: number;
  /** Configurations whose steepest descent ends here; null when basins were not computed. */
  basin: number | null;
}

export interface ExhaustiveOptions {
  /** Compute exact basins (default: n ≤ EXACT_BASIN_MAX_ACTORS). */
  readonly basins?: boolean;
  /** Called with every configuration's mask and incrementally updated energy (for tests). */
  readonly visit?: (mask: number, energy: number) => void;
}

export interface ExhaustiveResult {
  readonly configurations: number;
  readonly minima: MaskMinimum[];
}

/** fl[v·n + j]: the field on j from actor 0 and actors 1..low in Gray state v; sl: their sides. */
function tabulateLowFields(w: Float64Array, n: number, low: number): { fl: Float64Array; sl: Float64Array } {
  const states = 2 ** low;
  const fl = new Float64Array(states * n), sl = new Float64Array(states * n).fill(1);
  for (let v = 0; v < states; v++) {
    for (let j = 0; j < n; j++) {
      let s = w[j * n]!;
      for (let k = 1; k <= low; k++) s += (v >>> (k - 1)) & 1 ? -w[j * n + k]! : w[j * n + k]!;
      fl[v * n + j] = s;
      if (j >= 1 && j <= low && (v >>> (j - 1)) & 1) sl[v * n + j] = -1;
    }
  }
  return { fl, sl };
}

/** fh[j]: the field on j from the actors after `low`; xh: their sides (1 for the others). */
function highFields(w: Float64Array, n: number, low: number, x: Float64Array, fh: Float64Array, xh: Float64Array): void {
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let k = low + 1; k < n; k++) s += w[j * n + k]! * x[k]!;
    fh[j] = s;
    xh[j] = j > low ? x[j]! : 1;
  }
}

/** All local minima of the landscape with pair weights `w` (n × n, zero diagonal), n ≤ 31. */
export function exhaustiveMinima(w: Float64Array, n: number, options: ExhaustiveOptions = {}): ExhaustiveResult {
  if (n < 1 || n > EXHAUSTIVE_MAX_ACTORS) throw new RangeError(`exhaustiveMinima: n = ${n} outside 1..${EXHAUSTIVE_MAX_ACTORS}`);
  const total = 2 ** (n - 1);
  const negTol = -moveTolerance(w, n) / 2; // on g_j = ΔE_j / 2
  const next = options.basins ?? n <= EXACT_BASIN_MAX_ACTORS ? new Uint8Array(total) : null;
  const visit = options.visit;
  const low = Math.min(n - 1, MAX_TABULATED), lowMask = 2 ** low - 1;
  const { fl, sl } = tabulateLowFields(w, n, low);
  const x = new Float64Array(n).fill(1), fh = new Float64Array(n), xh = new Float64Array(n);
  highFields(w, n, low, x, fh, xh);
  const minima: MaskMinimum[] = [];
  // The hot loop keeps its state in locals and typed arrays (no closure boxes them).
  let energy = 0, gray = 0, last = 0;
  for (let t = 0; t < total; t++) {
    let k = 0;
    if (t > 0) {
      const b = 31 - Math.clz32(t & -t);
      k = b + 1;
      gray ^= 1 << b;
      x[k] = -x[k]!;
      if (b >= low) highFields(w, n, low, x, fh, xh);
    }
    const base = (gray & lowMask) * n;
    const gk = sl[base + k]! * xh[k]! * (fh[k]! + fl[base + k]!);
    if (visit && t > 0) energy = k > low ? energyOfSpins(w, n, x) : energy - 2 * gk; // ΔE = −2 g_k(after)
    let stable: boolean, arg = 0;
    if (next === null) {
      stable = gk >= negTol && sl[base + last]! * xh[last]! * (fh[last]! + fl[base + last]!) >= negTol;
      if (stable) {
        let j = 0;
        while (j < n && sl[base + j]! * xh[j]! * (fh[j]! + fl[base + j]!) >= negTol) j++;
        stable = j === n;
        if (!stable) last = j;
      }
    } else {
      let minG = Infinity;
      for (let j = 0; j < n; j++) {
        const g = sl[base + j]! * xh[j]! * (fh[j]! + fl[base + j]!);
        if (g < minG) { minG = g; arg = j; }
      }
      stable = minG >= negTol;
      next[gray] = stable ? NO_MOVE : arg;
    }
    if (stable) minima.push({ mask: gray << 1, energy: energyOfSpins(w, n, x), basin: null });
    if (visit) visit(gray << 1, energy);
  }
  if (next) assignBasins(next, n, minima);
  return { configurations: total, minima };
}

/** Follows each configuration's steepest move to its minimum, memoising the end point. */
function assignBasins(next: Uint8Array, n: number, minima: MaskMinimum[]): void {
  const total = next.length;
  const allButActor0 = (2 ** n - 1) - 1;
  const root = new Int32Array(total).fill(-1);
  minima.forEach((m, r) => { root[m.mask >>> 1] = r; m.basin = 1; });
  const path: number[] = [];
  for (let start = 0; start < total; start++) {
    if (root[start]! >= 0) continue;
    let cur = start;
    while (root[cur]! < 0) {
      path.push(cur);
      const k = next[cur]!;
      const m = cur << 1;
      // Moving actor 0 gives the mirror image; relabel the sides so actor 0 stays on side 0.
      cur = (k === 0 ? m ^ allButActor0 : m ^ (1 << k)) >>> 1;
    }
    const r = root[cur]!;
    minima[r]!.basin! += path.length;
    for (const p of path) root[p] = r;
    path.length = 0;
  }
}
