import { describe, expect, it } from 'vitest';
import { loadWorld, type World } from '../../src/data/index.js';
import { allyCascade, allyNetwork, cascadeCondition, DEFAULT_DISTANCE_SCALE_KM, effectiveDegree, granovetterCascade, readCascadeInput, wattsCascade } from '../../src/analysis/index.js';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('granovetterCascade(thresholds): Granovetter (1978)', () => {
  it('100 actors with thresholds 0..99: all 100 act', () => {
    const r = granovetterCascade(range(100));
    expect(r.final).toBe(100);
    expect(r.share).toBe(1);
    expect(r.fullCascade).toBe(true);
    expect(r.blockingThreshold).toBeNull();
    expect(r.trajectory).toEqual(range(101));
  });
  it('change the actor with threshold 1 to 2: only the instigator acts', () => {
    const t = range(100);
    t[1] = 2;
    const r = granovetterCascade(t);
    expect(r.final).toBe(1);
    expect(r.fullCascade).toBe(false);
    expect(r.blockingThreshold).toBe(2);
  });
  it('steps r_{t+1} = #{θ ≤ r_t} to the first fixed point (hand: 0,1,1,5 → 0, 1, 3)', () => {
    const r = granovetterCascade([5, 1, 0, 1]);
    expect(r.trajectory).toEqual([0, 1, 3]);
    expect(r.final).toBe(3);
    expect(r.share).toBe(0.75);
  });
  it('nobody acts without an instigator (no threshold 0), and an empty population is empty', () => {
    expect(granovetterCascade([1, 1, 2]).final).toBe(0);
    expect(granovetterCascade([]).final).toBe(0);
  });
});

/** Undirected unweighted adjacency from an edge list. */
function graph(n: number, edges: [number, number][]): number[][] {
  const w = range(n).map(() => new Array<number>(n).fill(0));
  for (const [a, b] of edges) { w[a]![b] = 1; w[b]![a] = 1; }
  return w;
}

describe('wattsCascade on hand-worked networks (Watts 2002)', () => {
  const line = graph(5, [[0, 1], [1, 2], [2, 3], [3, 4]]);
  it('a line with φ = 1/2 falls end to end from one seed; with φ = 0.6 it stops at the seed', () => {
    const all = wattsCascade({ weights: line, thresholds: [0.5, 0.5, 0.5, 0.5, 0.5], seeds: [0] });
    expect(all.final).toBe(5);
    expect(all.adoptedAt).toEqual([0, 1, 2, 3, 4]);
    expect(all.steps).toBe(4);
    expect(wattsCascade({ weights: line, thresholds: [0.6, 0.6, 0.6, 0.6, 0.6], seeds: [0] }).final).toBe(1);
  });
  it('a star: a leaf cannot tip the hub at φ = 0.3 (1/4 < 0.3), the hub tips every leaf', () => {
    const star = graph(5, [[0, 1], [0, 2], [0, 3], [0, 4]]);
    const phi = [0.3, 0.3, 0.3, 0.3, 0.3];
    expect(wattsCascade({ weights: star, thresholds: phi, seeds: [1] }).final).toBe(1);
    expect(wattsCascade({ weights: star, thresholds: phi, seeds: [0] }).final).toBe(5);
    const c = cascadeCondition(star, phi);
    expect(c.vulnerable).toEqual([false, true, true, true, true]);
    expect(c.wattsRatio).toBe(0); // leaves have k(k−1) = 0
    expect(c.largestVulnerableCluster).toBe(1);
  });
  it('weights count: a node listening 3:1 to two neighbours adopts at φ = 0.75 only if the heavy one did', () => {
    const w = [[0, 3, 1], [3, 0, 0], [1, 0, 0]];
    expect(wattsCascade({ weights: w, thresholds: [0.75, 1, 1], seeds: [1] }).adoptedAt[0]).toBe(1);
    expect(wattsCascade({ weights: w, thresholds: [0.75, 1, 1], seeds: [2] }).adoptedAt[0]).toBeNull();
  });
  it('φ = 0 nodes start without a seed; isolated nodes never adopt otherwise', () => {
    const r = wattsCascade({ weights: graph(3, [[0, 1]]), thresholds: [0, 0.5, 0.5], seeds: [] });
    expect(r.adoptedAt).toEqual([0, 1, null]);
  });
});

describe('cascadeCondition(weights, thresholds)', () => {
  it('on the complete graph K5 with φ = 1/4 every node is vulnerable: Σk(k−1)/Σk = 4·3/4 = 3 > 1', () => {
    const k5 = graph(5, [[0, 1], [0, 2], [0, 3], [0, 4], [1, 2], [1, 3], [1, 4], [2, 3], [2, 4], [3, 4]]);
    const c = cascadeCondition(k5, [0.25, 0.25, 0.25, 0.25, 0.25]);
    expect(c.wattsRatio).toBeCloseTo(3, 12);
    expect(c.holds).toBe(true);
    expect(c.largestVulnerableCluster).toBe(5);
    expect(cascadeCondition(k5, [0.26, 0.26, 0.26, 0.26, 0.26]).holds).toBe(false);
  });
  it('effectiveDegree is k for equal weights and (Σw)²/Σw² otherwise', () => {
    expect(effectiveDegree([0, 1, 1, 1], 0)).toBe(3);
    expect(effectiveDegree([0, 2, 1, 1], 0)).toBeCloseTo(16 / 6, 12);
    expect(effectiveDegree([5, 0, 0], 0)).toBe(0);
  });
});

describe('readCascadeInput(raw)', () => {
  it('reads a population or a network', () => {
    expect(readCascadeInput({ thresholds: [0, 1] })).toEqual({ ok: true, value: { kind: 'population', thresholds: [0, 1] } });
    const net = readCascadeInput({ thresholds: [0.5, 0.5], weights: [[0, 1], [1, 0]], seeds: [0] });
    expect(net.ok && net.value.kind).toBe('network');
  });
  it('reports ragged and mismatched matrices, negative values, shares above 1 and bad seeds', () => {
    const r = readCascadeInput({ thresholds: [0.5, 1.5, -1], weights: [[0, 1], [1, -2, 0]], seeds: [3] });
    expect(!r.ok && r.issues.map((i) => [i.code, i.path])).toEqual([
      ['negative_value', 'thresholds[2]'], ['out_of_range', 'thresholds[1]'], ['length_mismatch', 'weights'], ['ragged_matrix', 'weights[1]'], ['negative_value', 'weights[1][1]'], ['out_of_range', 'seeds[0]'],
    ]);
    expect(readCascadeInput({ thresholds: 'x' }).ok).toBe(false);
    expect(readCascadeInput({ thresholds: [1], seeds: [0] }).ok).toBe(false);
  });
});

describe('the ally network of a World year', () => {
  const world = loadWorld(2016);
  it('defaults: ATOP tie weights, d0 = 2000 km for distance weights, threshold 0.18', () => {
    expect(DEFAULT_DISTANCE_SCALE_KM).toBe(2000);
    const r = allyCascade(world, { seeds: ['USA'] });
    if (!r.ok) throw new Error('failed');
    expect(r.value.network.weighting).toBe('ties');
    expect(r.value.threshold).toBe(0.18);
  });
  it('has the 32 allies and the patron as nodes, symmetric ATOP weights, Japan tied most strongly to the USA', () => {
    const r = allyNetwork(world);
    if (!r.ok) throw new Error('failed');
    const { codes, weights } = r.value;
    expect(codes).toHaveLength(33);
    expect(codes).toContain('USA');
    for (let a = 0; a < codes.length; a++) for (let b = 0; b < codes.length; b++) expect(weights[a]![b]).toBe(weights[b]![a]);
    const jpn = weights[codes.indexOf('JPN')]!;
    expect(jpn[codes.indexOf('USA')]).toBe(3);
    expect(Math.max(...jpn)).toBe(3);
  });
  it('distance weights decay as exp(−d/2000 km)', () => {
    const r = allyNetwork(world, 'distance');
    if (!r.ok) throw new Error('failed');
    const i = r.value.codes.indexOf('POL'), j = r.value.codes.indexOf('DEU');
    const d = world.pairs.distanceKm[world.pairs.codes.indexOf('POL') * world.pairs.codes.length + world.pairs.codes.indexOf('DEU')]!;
    expect(r.value.weights[i]![j]).toBeCloseTo(Math.exp(-d / 2000), 12);
  });
  it('a seed that is not an ally is named; past ATOP coverage the ties weighting is not_covered', () => {
    const r = allyCascade(world, { seeds: ['RUS'] });
    expect(!r.ok && r.issues[0]!.code).toBe('unknown_code');
    const noTies = { ...world, pairs: { ...world.pairs, ties: null } } as World;
    const n = allyNetwork(noTies);
    expect(!n.ok && n.issues[0]!.code).toBe('not_covered');
    expect(allyNetwork(noTies, 'distance').ok).toBe(true);
  });
  it('with a high threshold (φ = 0.5) one ally hedging tips nobody else', () => {
    const r = allyCascade(world, { seeds: ['TUR'], threshold: 0.5 });
    expect(r.ok && r.value.final).toBe(1);
  });
});
