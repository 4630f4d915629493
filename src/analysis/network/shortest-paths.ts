/**
 * All-pairs shortest-path lengths and counts of an unweighted graph by breadth-first search from
 * every node (the first phase of Brandes 2001, "A faster algorithm for betweenness centrality",
 * J. Math. Sociol. 25(2): 163–177). With them, the pair dependency of s and t on v,
 * δ_st(v) = σ_st(v) / σ_st (Freeman 1979), is σ_sv·σ_vt / σ_st when d(s,v) + d(v,t) = d(s,t),
 * and 0 otherwise.
 */
import type { AllianceGraph } from './alliance-graph.js';

export interface ShortestPaths {
  readonly n: number;
  /** d(s, t) in edges; −1 where t is unreachable from s. */
  readonly dist: Int32Array;
  /** σ_st: the number of shortest paths from s to t (1 on the diagonal, 0 if unreachable). */
  readonly sigma: Float64Array;
}

/** BFS from every node; `skip` (a node index) removes that node from the graph. */
export function shortestPaths(g: AllianceGraph, skip = -1): ShortestPaths {
  const n = g.n;
  const dist = new Int32Array(n * n).fill(-1);
  const sigma = new Float64Array(n * n);
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    if (s === skip) continue;
    const row = s * n;
    dist[row + s] = 0;
    sigma[row + s] = 1;
    let head = 0, tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++]!;
      const dv = dist[row + v]!;
      for (let w = 0; w < n; w++) {
        if (g.adjacency[v * n + w] === 0 || w === skip) continue;
        if (dist[row + w] === -1) { dist[row + w] = dv + 1; queue[tail++] = w; }
        if (dist[row + w] === dv + 1) sigma[row + w] = sigma[row + w]! + sigma[row + v]!;
      }
    }
  }
  return { n, dist, sigma };
}

/** δ_st(v) = σ_st(v) / σ_st: the share of shortest s–t paths through v (0 if s, t unconnected or v ∈ {s, t}). */
export function pairDependency(p: ShortestPaths, s: number, t: number, v: number): number {
  const n = p.n;
  if (v === s || v === t) return 0;
  const dst = p.dist[s * n + t]!, dsv = p.dist[s * n + v]!, dvt = p.dist[v * n + t]!;
  if (dst <= 0 || dsv < 0 || dvt < 0 || dsv + dvt !== dst) return 0;
  return (p.sigma[s * n + v]! * p.sigma[v * n + t]!) / p.sigma[s * n + t]!;
}
