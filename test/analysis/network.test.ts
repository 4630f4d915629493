import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import * as betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import * as eigenvectorModule from 'graphology-metrics/centrality/eigenvector.js';
import { findState, loadWorld, TIE_BITS } from '../../src/data/index.js';
import {
  allianceNetwork, betweennessCentrality, degreeCentrality, degrees, density, eigenvectorCentrality, graphFromEdges, hubAndSpokes,
  pairDependency, pairPropensity, pairRelations, pairSign, RELATION_RULES, shortestPaths, tieMask, unAffinity, xoshiro128, type AllianceGraph,
} from '../../src/analysis/index.js';

// graphology-metrics ships CommonJS with ESM-style typings: under NodeNext its function is the module's default.
type Centrality = (g: UndirectedGraph, o: Record<string, unknown>) => Record<string, number>;
const graphologyBetweenness = (betweennessModule as unknown as { default: Centrality }).default;
const graphologyEigenvector = (eigenvectorModule as unknown as { default: Centrality }).default;

function graph(nodes: string, edges: string): AllianceGraph {
  const r = graphFromEdges(nodes.split(''), edges.split(' ').filter(Boolean).map((e) => [e[0]!, e[1]!] as const));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const star = () => graph('HABCD', 'HA HB HC HD');

describe('centrality', () => {
  it('a star K(1,4): degree 4 and 1, betweenness 1 and 0, eigenvector 1/√2 and 1/√8, density 0.4', () => {
    // Star: λ = √4 = 2; leaves x_l = x_c / 2; x_c² + 4 x_l² = 1 → x_c = 1/√2, x_l = 1/√8.
    const g = star();
    expect(Array.from(degrees(g))).toEqual([4, 1, 1, 1, 1]);
    expect(Array.from(degreeCentrality(g))).toEqual([1, 0.25, 0.25, 0.25, 0.25]);
    expect(Array.from(betweennessCentrality(g))).toEqual([1, 0, 0, 0, 0]);
    const e = eigenvectorCentrality(g);
    expect(e[0]).toBeCloseTo(1 / Math.SQRT2, 10);
    for (let i = 1; i < 5; i++) expect(e[i]).toBeCloseTo(1 / Math.sqrt(8), 10);
    expect(density(g)).toBe(0.4);
  });

  it('a path A–B–C: eigenvector (1/2, 1/√2, 1/2) and one shortest path through B', () => {
    const g = graph('ABC', 'AB BC');
    const e = eigenvectorCentrality(g);
    expect([e[0], e[1], e[2]].map((x) => Number(x!.toFixed(10)))).toEqual([0.5, Number((1 / Math.SQRT2).toFixed(10)), 0.5]);
    expect(Array.from(betweennessCentrality(g, { normalized: false }))).toEqual([0, 1, 0]);
  });

  it('a 4-cycle splits each opposite pair between two paths: δ = 1/2', () => {
    const g = graph('ABCD', 'AB BC CD DA');
    expect(pairDependency(shortestPaths(g), 0, 2, 1)).toBe(0.5);
    expect(Array.from(betweennessCentrality(g, { normalized: false }))).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(Array.from(betweennessCentrality(g))).toEqual([1 / 6, 1 / 6, 1 / 6, 1 / 6]);
  });

  it('a complete graph K5: no betweenness, eigenvector 1/√5, density 1; an edgeless graph has no eigenvector', () => {
    const g = graph('ABCDE', 'AB AC AD AE BC BD BE CD CE DE');
    expect(Array.from(betweennessCentrality(g))).toEqual([0, 0, 0, 0, 0]);
    for (const x of eigenvectorCentrality(g)) expect(x).toBeCloseTo(1 / Math.sqrt(5), 10);
    expect(density(g)).toBe(1);
    expect(Array.from(eigenvectorCentrality(graph('AB', ''))).every(Number.isNaN)).toBe(true);
  });

  it('betweenness and eigenvector agree with graphology-metrics on seeded random graphs', () => {
    const rng = xoshiro128(5);
    let eigenCompared = 0;
    for (let trial = 0; trial < 6; trial++) {
      const n = 30, ids = Array.from({ length: n }, (_, i) => `n${i}`), edges: [string, string][] = [];
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (rng.nextFloat() < 0.15) edges.push([ids[i]!, ids[j]!]);
      const ours = graphFromEdges(ids, edges);
      if (!ours.ok) throw new Error('graph');
      const theirs = new UndirectedGraph();
      ids.forEach((id) => theirs.addNode(id));
      edges.forEach(([a, b]) => theirs.addEdge(a, b));
      const b = graphologyBetweenness(theirs, { normalized: true, getEdgeWeight: null });
      betweennessCentrality(ours.value).forEach((x, i) => expect(x).toBeCloseTo(b[ids[i]!]!, 10));
      if (shortestPaths(ours.value).dist.includes(-1)) continue; // graphology's power iteration needs a connected graph
      const e = graphologyEigenvector(theirs, { getEdgeWeight: null, maxIterations: 10_000, tolerance: 1e-12 });
      eigenvectorCentrality(ours.value).forEach((x, i) => expect(x).toBeCloseTo(e[ids[i]!]!, 6));
      eigenCompared++;
    }
    expect(eigenCompared).toBeGreaterThan(0);
  });

  it('graphFromEdges reports every unknown node and self-loop with its edge', () => {
    const r = graphFromEdges(['A', 'B'], [['A', 'Z'], ['B', 'B']]);
    expect(!r.ok && r.issues.map((i) => [i.code, i.path])).toEqual([['unknown_code', 'edges[0]'], ['bad_input', 'edges[1]']]);
  });
});

describe('hubAndSpokes(graph, hub, members)', () => {
  it('is 1 on every index for a star around the hub', () => {
    const h = hubAndSpokes(star(), 0, [1, 2, 3, 4]);
    expect([h.hubShare, h.cutShare, h.degreeCentralization, h.pairs]).toEqual([1, 1, 1, 6]);
  });

  it('is 0 for a complete graph', () => {
    const h = hubAndSpokes(graph('HABC', 'HA HB HC AB AC BC'), 0, [1, 2, 3]);
    expect([h.hubShare, h.cutShare, h.degreeCentralization]).toEqual([0, 0, 0]);
  });

  it('averages pair dependencies on a 4-cycle: A–C half through B, A–D and C–D direct → 1/6, nothing cut', () => {
    const h = hubAndSpokes(graph('ABCD', 'AB BC CD DA'), 1, [0, 2, 3]);
    expect(h.hubShare).toBeCloseTo(1 / 6, 15);
    expect(h.cutShare).toBe(0);
  });
});

describe('pair relations of a year (network/relations.ts)', () => {
  const world = loadWorld(2016);
  const rel = pairRelations(world);
  if (!rel.ok) throw new Error('no relations');
  const r = rel.value, ix = (c: string) => r.codes.indexOf(c);

  it('has the documented rules as defaults', () => {
    expect(RELATION_RULES.allianceTies).toBe(TIE_BITS.defense);
    expect(RELATION_RULES.unAnchor).toEqual(['USA', 'RUS']);
    expect(RELATION_RULES.unHostileAtAnchorMultiple).toBe(1);
    expect(RELATION_RULES.propensityWeights).toEqual({ alliance: 1, un: 1, rivalry: 1 });
    expect(r.unAnchorDistance).toBeCloseTo(Math.abs(findState(world, 'USA')!.un.idealPoint! - findState(world, 'RUS')!.un.idealPoint!), 12);
  });

  it('UN affinity is +1 at distance 0, 0 at half the anchor, −1 at the anchor and beyond, 0 when missing', () => {
    expect([unAffinity(0, 2), unAffinity(1, 2), unAffinity(2, 2), unAffinity(5, 2), unAffinity(Number.NaN, 2)]).toEqual([1, 0, -1, -1, 0]);
  });

  it('signs pairs: allies friendly, USA–Russia hostile, Japan–South Korea unlinked (no treaty between them)', () => {
    expect(pairSign(r, ix('USA'), ix('GBR'))).toBe(1);
    expect(pairSign(r, ix('USA'), ix('RUS'))).toBe(-1);
    expect(pairSign(r, ix('JPN'), ix('KOR'))).toBe(0);
    expect(pairSign(r, ix('BLR'), ix('RUS'))).toBe(1);
    expect(pairPropensity(r, ix('USA'), ix('RUS'))).toBe(-2);
  });

  it('tieMask reads ATOP type names and refuses unknown ones; years past ATOP are not_covered', () => {
    const m = tieMask(['defense', 'consul']);
    expect(m.ok && m.value).toBe(TIE_BITS.defense | TIE_BITS.consul);
    const bad = tieMask(['defence'], '--ties');
    expect(!bad.ok && bad.issues[0]).toMatchObject({ code: 'out_of_range', path: '--ties' });
    const past = pairRelations({ ...world, pairs: { ...world.pairs, ties: null } });
    expect(!past.ok && past.issues[0]).toMatchObject({ code: 'not_covered', path: 'year' });
  });
});

describe('allianceNetwork(world) in 2016', () => {
  const r = allianceNetwork(loadWorld(2016));
  if (!r.ok) throw new Error('no network');
  const net = r.value;
  const row = (c: string) => net.rows.find((x) => x.iso3 === c)!;

  it('gives the USA 33 defence ties: 27 NATO allies, 5 Asia-Pacific treaty allies and Montenegro (accession protocol, May 2016)', () => {
    expect(net.nodes).toBe(53);
    expect(row('USA').degree).toBe(33);
    expect(net.rows[0]!.iso3).toBe('USA'); // the largest betweenness: the only bridge to Asia
  });

  it('routes every Asia-Pacific pair of allies through the USA and no European pair', () => {
    // The U.S. Asian treaties are bilateral (no Japan–Korea or Australia–Philippines defence treaty);
    // NATO's Article 5 ties every pair of European members directly.
    const hub = net.hub!;
    expect(hub.members).toBe(32);
    expect(hub.byClass['asia_pacific']).toEqual({ pairs: 10, hubShare: 1, cutShare: 1 });
    expect(hub.byClass['europe']).toMatchObject({ pairs: 325, hubShare: 0, cutShare: 0 });
    expect(hub.byClass['asia_pacific/europe']).toMatchObject({ hubShare: 1, cutShare: 1 });
  });
});
