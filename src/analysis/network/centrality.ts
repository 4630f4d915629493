/**
 * Centralities of an undirected graph: degree and betweenness (Freeman 1979, "Centrality in
 * social networks: conceptual clarification", Social Networks 1: 215–239), eigenvector
 * (Bonacich 1972, "Factoring and weighting approaches to status scores and clique
 * identification", J. Math. Sociol. 2: 113–120), and density.
 */
import type { AllianceGraph } from './alliance-graph.js';
import { pairDependency, shortestPaths, type ShortestPaths } from './shortest-paths.js';
import { edgeCount } from './alliance-graph.js';

/** k_i: the number of neighbours of each node. */
export function degrees(g: AllianceGraph): Int32Array {
  const k = new Int32Array(g.n);
  for (let i = 0; i < g.n; i++) for (let j = 0; j < g.n; j++) k[i] = k[i]! + g.adjacency[i * g.n + j]!;
  return k;
}

/** C'_D(i) = k_i / (n − 1) (Freeman 1979); empty for n < 2 gives NaN. */
export function degreeCentrality(g: AllianceGraph): Float64Array {
  return Float64Array.from(degrees(g), (k) => k / (g.n - 1));
}

/**
 * C_B(v) = Σ_{s<t} δ_st(v), and by default Freeman's normalisation C'_B = C_B / ((n−1)(n−2)/2),
 * so that the centre of a star scores 1. Reuses precomputed shortest paths when given.
 */
export function betweennessCentrality(g: AllianceGraph, options: { normalized?: boolean; paths?: ShortestPaths } = {}): Float64Array {
  const n = g.n;
  const p = options.paths ?? shortestPaths(g);
  const c = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    for (let t = s + 1; t < n; t++) {
      if (p.dist[s * n + t]! < 2) continue;
      for (let v = 0; v < n; v++) c[v] = c[v]! + pairDependency(p, s, t, v);
    }
  }
  if (options.normalized ?? true) {
    const pairs = ((n - 1) * (n - 2)) / 2;
    for (let v = 0; v < n; v++) c[v] = pairs > 0 ? c[v]! / pairs : 0;
  }
  return c;
}

/** Power iterations at most; each costs n² and the alliance graph converges in a few dozen. */
const EIGEN_MAX_ITERATIONS = 10_000;
const EIGEN_TOLERANCE = 1e-12;

/**
 * The principal eigenvector of the adjacency matrix (Bonacich 1972), non-negative, with unit
 * Euclidean norm. Computed by power iteration on A + I, which has the same eigenvectors and
 * converges on bipartite graphs (a star), where iterating A alone oscillates. On a disconnected
 * graph the component with the largest eigenvalue takes the weight and the others tend to 0.
 * An edgeless graph has no principal eigenvector: NaN throughout.
 */
export function eigenvectorCentrality(g: AllianceGraph): Float64Array {
  const n = g.n;
  if (edgeCount(g) === 0) return new Float64Array(n).fill(Number.NaN);
  let x = new Float64Array(n).fill(1 / Math.sqrt(n));
  let y = new Float64Array(n);
  for (let it = 0; it < EIGEN_MAX_ITERATIONS; it++) {
    let norm = 0;
    for (let i = 0; i < n; i++) {
      let s = x[i]!;
      for (let j = 0; j < n; j++) if (g.adjacency[i * n + j]) s += x[j]!;
      y[i] = s;
      norm += s * s;
    }
    norm = Math.sqrt(norm);
    let change = 0;
    for (let i = 0; i < n; i++) {
      y[i] = y[i]! / norm;
      change = Math.max(change, Math.abs(y[i]! - x[i]!));
    }
    [x, y] = [y, x];
    if (change < EIGEN_TOLERANCE) break;
  }
  return x;
}

/** 2m / (n(n − 1)): the share of possible edges present. */
export function density(g: AllianceGraph): number {
  return g.n < 2 ? Number.NaN : (2 * edgeCount(g)) / (g.n * (g.n - 1));
}
