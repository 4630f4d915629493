/**
 * The two-bloc partition with the fewest frustrated links: friendly links across the blocs plus
 * hostile links within one (the "line index of balance", Harary 1959; a balanced network has a
 * partition with none, Cartwright & Harary 1956). It is the landscape problem (Axelrod & Bennett
 * 1993) with unit sizes and propensity = sign: E = Σ_{i≠j} s_ij d_ij = 2(friendly across −
 * hostile across), so frustration = hostile links + E / 2 and the minimum of E is the answer.
 *
 * Up to PARTITION_EXACT_MAX_NODES linked nodes every partition is checked (landscape exhaustive
 * search, exact); beyond, multi-start steepest descent from seeded random partitions (a
 * heuristic: the best partition found, with the number of starts that found it). Either way a
 * lower bound comes with it: every imbalanced triad holds at least one frustrated link, so any
 * set of imbalanced triads sharing no link bounds the minimum from below (packed greedily, in
 * node order); a partition that meets the bound is proven minimal. Nodes with no link at all
 * belong to neither bloc: they are listed as unaligned.
 */
import { exhaustiveMinima } from '../landscape/exhaustive-search.js';
import { DESCENT_DEFAULTS, multiStartDescent, type DescentOptions } from '../landscape/descent-search.js';
import type { SignedNetwork } from './signed-network.js';

/** 2^25 partitions: about a second. */
export const PARTITION_EXACT_MAX_NODES = 26;

export interface FrustratedLink { readonly a: string; readonly b: string; readonly sign: 1 | -1 }

export interface BlocPartition {
  /** The two blocs; the first holds the first linked node in input order. */
  readonly blocs: readonly [readonly string[], readonly string[]];
  readonly unaligned: readonly string[];
  readonly frustration: number;
  readonly frustrated: readonly FrustratedLink[];
  /** 'exhaustive' proves the minimum; 'descent' is the best of `starts` seeded descents. */
  readonly method: 'exhaustive' | 'descent';
  readonly starts: number | null;
  /** Starts that reached this partition (descent only). */
  readonly hits: number | null;
  /** Link-disjoint imbalanced triads found: no partition frustrates fewer links. */
  readonly lowerBound: number;
  /** True when the partition is known to be minimal (exhaustive, or frustration = lowerBound). */
  readonly proven: boolean;
}

/** The size of a greedy packing of imbalanced triads that share no link (weights are signs). */
function disjointImbalancedTriads(w: Float64Array, m: number): number {
  const used = new Uint8Array(m * m);
  let count = 0;
  for (let a = 0; a < m; a++) {
    for (let b = a + 1; b < m; b++) {
      if (w[a * m + b] === 0) continue;
      for (let c = b + 1; c < m; c++) {
        if (used[a * m + b] || used[a * m + c] || used[b * m + c]) continue;
        if (w[a * m + b]! * w[a * m + c]! * w[b * m + c]! < 0) {
          used[a * m + b] = used[a * m + c] = used[b * m + c] = 1;
          count++;
        }
      }
    }
  }
  return count;
}

/** The partition of `net` into two blocs with the fewest frustrated links. */
export function blocPartition(net: SignedNetwork, options: DescentOptions = {}): BlocPartition {
  const { n, sign, nodes } = net;
  const linked: number[] = [];
  for (let i = 0; i < n; i++) {
    let any = false;
    for (let j = 0; j < n && !any; j++) any = sign[i * n + j] !== 0;
    if (any) linked.push(i);
  }
  const m = linked.length;
  const w = new Float64Array(m * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) w[i * m + j] = sign[linked[i]! * n + linked[j]!]!;
  let side: Uint8Array = new Uint8Array(m), method: BlocPartition['method'] = 'exhaustive', starts: number | null = null, hits: number | null = null;
  if (m > 0 && m <= PARTITION_EXACT_MAX_NODES) {
    const best = exhaustiveMinima(w, m, { basins: false }).minima.reduce((a, b) => (b.energy < a.energy ? b : a));
    for (let j = 0; j < m; j++) side[j] = (best.mask >>> j) & 1;
  } else if (m > 0) {
    const found = multiStartDescent(w, m, options);
    side = found.minima[0]!.side;
    method = 'descent';
    starts = found.starts ?? DESCENT_DEFAULTS.starts;
    hits = found.minima[0]!.hits;
  }
  const blocs: [string[], string[]] = [[], []];
  linked.forEach((k, j) => blocs[side[j]!]!.push(nodes[k]!));
  const frustrated: FrustratedLink[] = [];
  for (let i = 0; i < m; i++) {
    for (let j = i + 1; j < m; j++) {
      const s = w[i * m + j]!;
      if ((s > 0 && side[i] !== side[j]) || (s < 0 && side[i] === side[j])) frustrated.push({ a: nodes[linked[i]!]!, b: nodes[linked[j]!]!, sign: s > 0 ? 1 : -1 });
    }
  }
  const unaligned = nodes.filter((_, i) => !linked.includes(i));
  const lowerBound = disjointImbalancedTriads(w, m);
  const proven = method === 'exhaustive' || frustrated.length === lowerBound;
  return { blocs, unaligned, frustration: frustrated.length, frustrated, method, starts, hits, lowerBound, proven };
}
