/**
 * A signed network (Heider 1946; Cartwright & Harary 1956): nodes and undirected links that are
 * friendly (+1) or hostile (−1), 0 where there is no link. Built from a year's data by the rule
 * in network/relations.ts (pairSign), or read from JSON input and validated once, here.
 */
import type { World } from '../../data/index.js';
import type { AnalysisIssue, AnalysisResult } from '../errors.js';
import { pairRelations, pairSign, type RelationOptions } from '../network/relations.js';

export interface SignedNetwork {
  readonly nodes: readonly string[];
  readonly n: number;
  /** Row-major n × n, symmetric, zero diagonal: +1 friendly, −1 hostile, 0 no link. */
  readonly sign: Int8Array;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The signed network of `world`'s year: +1 alliance tie; −1 rivalry or UN distance ≥ the USA–Russia distance. */
export function signedNetworkOfWorld(world: World, options: RelationOptions = {}): AnalysisResult<SignedNetwork> {
  const rel = pairRelations(world, options);
  if (!rel.ok) return rel;
  const { n, codes } = rel.value;
  const sign = new Int8Array(n * n);
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) if (a !== b) sign[a * n + b] = pairSign(rel.value, a, b);
  return { ok: true, value: { nodes: codes, n, sign } };
}

/**
 * Reads `{ "nodes": [ids], "edges": [{ "a", "b", "sign": 1 | -1 }] }`. Issues: bad_input (shape,
 * duplicate ids, self-loops, a pair given twice with different signs), unknown_code (an edge
 * naming an unlisted node), out_of_range (a sign other than 1 or −1).
 */
export function readSignedNetwork(input: unknown): AnalysisResult<SignedNetwork> {
  const issues: AnalysisIssue[] = [];
  const bad = (path: string, message: string, fix: string) => issues.push({ code: 'bad_input', path, message, fix });
  if (!isRecord(input) || !Array.isArray(input['nodes']) || !Array.isArray(input['edges'])) {
    bad('', 'the input needs a "nodes" list and an "edges" list', 'write { "nodes": ["A", "B"], "edges": [{ "a": "A", "b": "B", "sign": 1 }] }');
    return { ok: false, issues };
  }
  const nodes: string[] = [];
  const at = new Map<string, number>();
  input['nodes'].forEach((id, i) => {
    if (typeof id !== 'string' || id === '') bad(`nodes[${i}]`, `${JSON.stringify(id)} is not a non-empty string`, 'name each node with a string id');
    else if (at.has(id)) bad(`nodes[${i}]`, `node "${id}" is listed twice`, 'list each node once');
    else { at.set(id, nodes.length); nodes.push(id); }
  });
  const n = nodes.length;
  const sign = new Int8Array(n * n);
  input['edges'].forEach((e, k) => {
    const path = `edges[${k}]`;
    if (!isRecord(e)) { bad(path, 'an edge is not an object', 'write { "a": "A", "b": "B", "sign": 1 }'); return; }
    const i = at.get(e['a'] as string), j = at.get(e['b'] as string), s = e['sign'];
    if (i === undefined) issues.push({ code: 'unknown_code', path: `${path}.a`, message: `node ${JSON.stringify(e['a'])} is not in "nodes"`, fix: 'list every node an edge names in "nodes"' });
    if (j === undefined) issues.push({ code: 'unknown_code', path: `${path}.b`, message: `node ${JSON.stringify(e['b'])} is not in "nodes"`, fix: 'list every node an edge names in "nodes"' });
    if (s !== 1 && s !== -1) issues.push({ code: 'out_of_range', path: `${path}.sign`, message: `sign ${JSON.stringify(s)} is neither 1 nor -1`, fix: 'use 1 for a friendly link and -1 for a hostile one' });
    if (i === undefined || j === undefined || (s !== 1 && s !== -1)) return;
    if (i === j) { bad(path, `self-loop at "${nodes[i]}"`, 'a link joins two different nodes'); return; }
    const prior = sign[i * n + j];
    if (prior !== 0 && prior !== s) { bad(path, `${nodes[i]}–${nodes[j]} is given both signs`, 'give each pair one sign'); return; }
    sign[i * n + j] = sign[j * n + i] = s;
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { nodes, n, sign } };
}

/** Counts of friendly and hostile links. */
export function linkCounts(net: SignedNetwork): { positive: number; negative: number } {
  let positive = 0, negative = 0;
  for (let i = 0; i < net.n; i++) {
    for (let j = i + 1; j < net.n; j++) {
      const s = net.sign[i * net.n + j];
      if (s === 1) positive++;
      else if (s === -1) negative++;
    }
  }
  return { positive, negative };
}
