/**
 * The alliance graph: states as nodes, an undirected edge where two states have an alliance tie
 * (RELATION_RULES.allianceTies: an ATOP defence obligation in either direction, by default).
 * Stored as a dense 0/1 adjacency matrix: the roster has about 50 states, so n² bytes is nothing
 * and every measure reads it by index.
 */
import type { World } from '../../data/index.js';
import type { AnalysisIssue, AnalysisResult } from '../errors.js';
import { pairRelations, type RelationOptions } from './relations.js';

export interface AllianceGraph {
  readonly nodes: readonly string[];
  readonly n: number;
  /** Row-major n × n, symmetric, zero diagonal; 1 = an edge. */
  readonly adjacency: Uint8Array;
}

/** The alliance graph of `world`'s year, over every state of the world. */
export function allianceGraph(world: World, options: RelationOptions = {}): AnalysisResult<AllianceGraph> {
  const rel = pairRelations(world, options);
  if (!rel.ok) return rel;
  return { ok: true, value: { nodes: rel.value.codes, n: rel.value.n, adjacency: rel.value.alliance } };
}

/** A graph from node ids and undirected edges [a, b]; issues name unknown ids and self-loops. */
export function graphFromEdges(nodes: readonly string[], edges: readonly (readonly [string, string])[]): AnalysisResult<AllianceGraph> {
  const n = nodes.length;
  const at = new Map(nodes.map((id, i) => [id, i]));
  const adjacency = new Uint8Array(n * n);
  const issues: AnalysisIssue[] = [];
  edges.forEach(([a, b], e) => {
    const i = at.get(a), j = at.get(b);
    if (i === undefined || j === undefined) issues.push({ code: 'unknown_code', path: `edges[${e}]`, message: `edge ${a}–${b} names a node that is not listed`, fix: 'list every node of an edge in "nodes"' });
    else if (i === j) issues.push({ code: 'bad_input', path: `edges[${e}]`, message: `self-loop at ${a}`, fix: 'an edge joins two different nodes' });
    else adjacency[i * n + j] = adjacency[j * n + i] = 1;
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { nodes, n, adjacency } };
}

/** The subgraph induced by `keep` (node indices), in that order. */
export function inducedSubgraph(g: AllianceGraph, keep: readonly number[]): AllianceGraph {
  const m = keep.length;
  const adjacency = new Uint8Array(m * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) adjacency[i * m + j] = g.adjacency[keep[i]! * g.n + keep[j]!]!;
  return { nodes: keep.map((k) => g.nodes[k]!), n: m, adjacency };
}

/** The number of edges. */
export function edgeCount(g: AllianceGraph): number {
  let m = 0;
  for (let i = 0; i < g.n; i++) for (let j = i + 1; j < g.n; j++) m += g.adjacency[i * g.n + j]!;
  return m;
}
