/**
 * Local triad dynamics (Antal, Krapivsky & Redner 2005, "Dynamics of social balance on
 * networks", Phys. Rev. E 72: 036121; 2006, Physica D 224: 130–136) on a complete graph. Each
 * update picks a triad at random; a balanced one is left alone. An imbalanced triad with one
 * hostile link (Δ1) becomes all-friendly (Δ0) with probability p — its hostile link turns
 * friendly — or, with probability 1 − p, one of its two friendly links (either, equally likely)
 * turns hostile (Δ2). A triad with three hostile links (Δ3) gets one of them (any) made
 * friendly (Δ2).
 *
 * Mean field: each Δ1 update changes the friendly links by +1 with probability p and −1 with
 * 1 − p, each Δ3 update by +1; with triad densities n1 = 3ρ²(1 − ρ) and n3 = (1 − ρ)³ (links
 * independent), stationarity (1 − 2p) n1 = n3 gives ρ∞ = 1 / (1 + √(3(1 − 2p))) for p < 1/2, and
 * "paradise" (ρ = 1) for p ≥ 1/2. A finite network eventually falls into a balanced absorbing
 * state, but on the complete graph that takes a time exponential in N² for p < 1/2 (AKR 2005),
 * so at N = 50 a run stays in the quasi-stationary state the mean field describes.
 */
import { xoshiro128 } from '../landscape/xoshiro128.js';
import { TRIAD_DYNAMICS_DEFAULTS } from './triad-dynamics-defaults.js';

/** ρ∞(p): the mean-field stationary density of friendly links (AKR 2005); NaN outside [0, 1]. */
export function meanFieldFriendlyDensity(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  return p >= 0.5 ? 1 : 1 / (1 + Math.sqrt(3 * (1 - 2 * p)));
}

export { TRIAD_DYNAMICS_DEFAULTS } from './triad-dynamics-defaults.js';

export interface TriadDynamicsOptions {
  /** Propensity p ∈ [0, 1] of an imbalanced Δ1 triad to turn all-friendly. */
  readonly p: number;
  readonly nodes?: number;
  readonly seed?: number;
  readonly initialFriendly?: number;
  readonly burnInSweeps?: number;
  readonly sweeps?: number;
}

export interface TriadDynamicsResult {
  readonly p: number;
  readonly nodes: number;
  readonly links: number;
  /** Time-averaged density of friendly links over the measured sweeps. */
  readonly meanFriendly: number;
  /** Standard error of meanFriendly from 10 batch means (batches of consecutive sweeps). */
  readonly standardError: number;
  readonly finalFriendly: number;
  /** The mean-field prediction ρ∞(p), for comparison. */
  readonly meanField: number;
  /** True when no imbalanced triad was left (the run stopped there). */
  readonly absorbed: boolean;
  readonly sweepsRun: number;
}

const BATCHES = 10;

function imbalancedLeft(s: Int8Array, n: number): boolean {
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) for (let c = b + 1; c < n; c++) if (s[a * n + b]! * s[a * n + c]! * s[b * n + c]! < 0) return true;
  return false;
}

/** Simulates local triad dynamics on the complete graph of `nodes` nodes with a seeded stream. */
export function simulateTriadDynamics(options: TriadDynamicsOptions): TriadDynamicsResult {
  const o = { ...TRIAD_DYNAMICS_DEFAULTS, ...options };
  const { p, nodes: n } = o;
  if (!(p >= 0 && p <= 1) || !Number.isInteger(n) || n < 3) throw new RangeError(`simulateTriadDynamics: p = ${p}, nodes = ${n}`);
  const rng = xoshiro128(o.seed);
  const s = new Int8Array(n * n);
  const links = (n * (n - 1)) / 2;
  let friendly = 0;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      const v = rng.nextFloat() < o.initialFriendly ? 1 : -1;
      s[a * n + b] = s[b * n + a] = v;
      if (v === 1) friendly++;
    }
  }
  const flip = (a: number, b: number) => {
    const v = -s[a * n + b]!;
    s[a * n + b] = s[b * n + a] = v;
    friendly += v;
  };
  const perSweep = (n * (n - 1) * (n - 2)) / 6;
  const samples: number[] = [];
  let absorbed = false, sweepsRun = 0;
  for (let sweep = 0; sweep < o.burnInSweeps + o.sweeps && !absorbed; sweep++, sweepsRun++) {
    for (let u = 0; u < perSweep; u++) {
      const a = rng.nextInt(n);
      let b = rng.nextInt(n - 1);
      if (b >= a) b++;
      let c = rng.nextInt(n - 2);
      if (c >= Math.min(a, b)) c++;
      if (c >= Math.max(a, b)) c++;
      const ab = s[a * n + b]!, ac = s[a * n + c]!, bc = s[b * n + c]!;
      if (ab * ac * bc > 0) continue;
      const pair: [number, number][] = [[a, b], [a, c], [b, c]];
      const sg = [ab, ac, bc];
      const hostile = sg.filter((x) => x < 0).length;
      if (hostile === 3) { const [x, y] = pair[rng.nextInt(3)]!; flip(x, y); continue; }
      if (rng.nextFloat() < p) { const [x, y] = pair[sg.indexOf(-1)]!; flip(x, y); continue; }
      const friends = pair.filter((_, i) => sg[i]! > 0);
      const [x, y] = friends[rng.nextInt(2)]!;
      flip(x, y);
    }
    if (sweep >= o.burnInSweeps) samples.push(friendly / links);
    absorbed = !imbalancedLeft(s, n);
  }
  const mean = samples.reduce((t, x) => t + x, 0) / samples.length;
  const size = Math.floor(samples.length / BATCHES);
  let standardError = Number.NaN;
  if (size > 0) {
    const batch = Array.from({ length: BATCHES }, (_, k) => samples.slice(k * size, (k + 1) * size).reduce((t, x) => t + x, 0) / size);
    const bm = batch.reduce((t, x) => t + x, 0) / BATCHES;
    standardError = Math.sqrt(batch.reduce((t, x) => t + (x - bm) ** 2, 0) / (BATCHES - 1) / BATCHES);
  }
  return { p, nodes: n, links, meanFriendly: mean, standardError, finalFriendly: friendly / links, meanField: meanFieldFriendlyDensity(p), absorbed, sweepsRun };
}
