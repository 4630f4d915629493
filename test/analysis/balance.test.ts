import { describe, expect, it } from 'vitest';
import { loadWorld } from '../../src/data/index.js';
import {
  blocPartition, meanFieldFriendlyDensity, PARTITION_EXACT_MAX_NODES, readSignedNetwork, signedNetworkOfWorld, simulateTriadDynamics,
  structuralBalance, TRIAD_DYNAMICS_DEFAULTS, triadCensus, type SignedNetwork,
} from '../../src/analysis/index.js';

/** A signed network from "AB+ BC-"-style links. */
function net(nodes: string, links: string): SignedNetwork {
  const r = readSignedNetwork({ nodes: nodes.split(''), edges: links.split(' ').filter(Boolean).map((l) => ({ a: l[0], b: l[1], sign: l[2] === '+' ? 1 : -1 })) });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

/** Two blocs of `half` nodes, friendly within and hostile across, with some links reversed. */
function planted(half: number, reversed: [number, number][]): SignedNetwork {
  const n = 2 * half, sign = new Int8Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) sign[i * n + j] = (i < half) === (j < half) ? 1 : -1;
  for (const [a, b] of reversed) sign[a * n + b] = sign[b * n + a] = -sign[a * n + b]!;
  return { nodes: Array.from({ length: n }, (_, i) => `N${i}`), n, sign };
}

describe('meanFieldFriendlyDensity(p) (Antal, Krapivsky & Redner 2005)', () => {
  it('is 1/(1 + √3) = 0.36603 at p = 0 and 0.5 at p = 1/3', () => {
    expect(meanFieldFriendlyDensity(0)).toBeCloseTo(0.36603, 5);
    expect(meanFieldFriendlyDensity(1 / 3)).toBeCloseTo(0.5, 12);
  });

  it('rises with p and reaches paradise (1) from p = 1/2; undefined (NaN) outside [0, 1]', () => {
    expect(meanFieldFriendlyDensity(0.2)).toBeGreaterThan(meanFieldFriendlyDensity(0.1));
    expect([meanFieldFriendlyDensity(0.5), meanFieldFriendlyDensity(0.9)]).toEqual([1, 1]);
    expect([meanFieldFriendlyDensity(-0.1), meanFieldFriendlyDensity(1.5)].every(Number.isNaN)).toBe(true);
  });
});

describe('simulateTriadDynamics(options)', () => {
  it('defaults to 50 nodes, seed 1, half the links friendly, 20 sweeps of burn-in and 200 measured', () => {
    expect(TRIAD_DYNAMICS_DEFAULTS).toEqual({ nodes: 50, seed: 1, initialFriendly: 0.5, burnInSweeps: 20, sweeps: 200 });
  });

  it('lands near the mean field on the complete graph of 50 nodes (seed 1): 0.36603 at p = 0, 0.5 at p = 1/3', () => {
    // Tolerance 0.005: the batch-means standard error of a run is about 0.001, and the finite-size
    // departure from the mean field at N = 50 was at most 0.0011 over seeds 1–4 for p ≤ 1/3 (it grows
    // toward p = 1/2, where fluctuations diverge). A wrong rule misses by far more: with p and 1 − p
    // swapped, both runs would end in paradise (ρ = 1).
    for (const p of [0, 1 / 3]) {
      const r = simulateTriadDynamics({ p });
      expect(r.absorbed).toBe(false);
      expect(Math.abs(r.meanFriendly - meanFieldFriendlyDensity(p))).toBeLessThan(0.005);
      expect(r.standardError).toBeLessThan(0.002);
    }
  });

  it('is reproducible from its seed and reaches paradise quickly at p = 1', () => {
    const a = simulateTriadDynamics({ p: 0.2, nodes: 12, sweeps: 5, seed: 9 });
    const b = simulateTriadDynamics({ p: 0.2, nodes: 12, sweeps: 5, seed: 9 });
    expect(a).toEqual(b);
    // At p = 1 no friendly link ever turns hostile (AKR: paradise in a time of order ln N).
    const c = simulateTriadDynamics({ p: 1, nodes: 20, sweeps: 20, burnInSweeps: 0 });
    expect(c.absorbed).toBe(true);
    expect(c.finalFriendly).toBe(1);
  });
});

describe('triadCensus(net)', () => {
  it('counts closed triads by hostile links, hand-checked on four nodes (open triads do not count)', () => {
    // ABC: + + − → imbalanced; ABD: + − − → balanced; ACD: + − + → imbalanced; BCD: − − + → balanced.
    // E hangs on A alone, so it closes no triad.
    const c = triadCensus(net('ABCDE', 'AB+ AC+ BC- AD- BD- CD+ AE+'), { list: true });
    expect(c.byHostileLinks).toEqual([0, 2, 2, 0]);
    expect([c.closed, c.balanced, c.imbalanced, c.imbalancedWeak]).toEqual([4, 2, 2, 2]);
    expect(c.imbalancedTriads).toEqual([['A', 'B', 'C'], ['A', 'C', 'D']]);
  });

  it('counts three hostile links as imbalanced (strong balance) but not under weak balance (Davis 1967)', () => {
    const c = triadCensus(net('ABC', 'AB- BC- AC-'));
    expect([c.byHostileLinks[3], c.imbalanced, c.imbalancedWeak]).toEqual([1, 1, 0]);
  });
});

describe('blocPartition(net, options)', () => {
  it('finds the two blocs of a balanced network with no frustrated link, exactly', () => {
    const p = blocPartition(net('ABCDEF', 'AB+ AC+ BC+ DE+ DF+ EF+ AD- BE- CF- AE-'));
    expect(PARTITION_EXACT_MAX_NODES).toBe(26);
    expect(p).toMatchObject({ blocs: [['A', 'B', 'C'], ['D', 'E', 'F']], frustration: 0, method: 'exhaustive', proven: true });
  });

  it('needs one frustrated link for an imbalanced triangle, and lists unlinked nodes apart', () => {
    const p = blocPartition(net('ABCZ', 'AB+ BC+ AC-'));
    expect(p.frustration).toBe(1);
    expect(p.lowerBound).toBe(1);
    expect(p.unaligned).toEqual(['Z']);
    const all = blocPartition(net('ABC', 'AB- BC- AC-'));
    expect(all.frustration).toBe(1); // all together: 3 hostile within; any 2–1 split: 1
  });

  it('past exact reach, seeded descents recover a planted 30-node split with its 3 reversed links, proven by the bound', () => {
    // Each reversed link closes 28 imbalanced triads; three link-disjoint ones bound the minimum at 3.
    const p = blocPartition(planted(15, [[0, 1], [2, 20], [16, 17]]), { seed: 1, starts: 200 });
    expect(p.method).toBe('descent');
    expect(p.frustration).toBe(3);
    expect(p.lowerBound).toBe(3);
    expect(p.proven).toBe(true);
    expect(p.blocs[0]).toEqual(Array.from({ length: 15 }, (_, i) => `N${i}`));
  });
});

describe('readSignedNetwork(input)', () => {
  it('gathers every issue: unknown node, bad sign, self-loop, a pair with both signs', () => {
    const r = readSignedNetwork({
      nodes: ['A', 'B', 'C'],
      edges: [{ a: 'A', b: 'Q', sign: 1 }, { a: 'A', b: 'B', sign: 2 }, { a: 'C', b: 'C', sign: -1 }, { a: 'A', b: 'B', sign: 1 }, { a: 'B', b: 'A', sign: -1 }],
    });
    expect(!r.ok && r.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_code', 'edges[0].b'], ['out_of_range', 'edges[1].sign'], ['bad_input', 'edges[2]'], ['bad_input', 'edges[4]'],
    ]);
    expect(readSignedNetwork({ nodes: ['A'] }).ok).toBe(false);
  });
});

describe('the signed network of 2016', () => {
  const world = loadWorld(2016);
  const s = signedNetworkOfWorld(world);
  if (!s.ok) throw new Error('no network');
  const b = structuralBalance(s.value);

  it('is almost perfectly balanced: the only imbalanced triads run through Britain–Philippines hostility', () => {
    // GBR and PHL are 2.48 apart in UN ideal points, more than the USA and Russia (2.32), so the
    // rule makes them hostile, while both are U.S. allies: GBR–USA–PHL is a "+ + −" triad.
    expect(b.imbalanced).toBe(5);
    expect(b.census.imbalancedTriads!.every((t) => t.includes('GBR') && t.includes('PHL'))).toBe(true);
    expect(b.partition.frustrated).toEqual([{ a: 'GBR', b: 'PHL', sign: -1 }]);
    expect(b.partition.proven).toBe(true);
  });

  it('puts the rivals and Belarus in one bloc and the USA with its allies in the other', () => {
    const [west, east] = b.partition.blocs;
    expect([...east].sort()).toEqual(['BLR', 'CHN', 'IRN', 'PRK', 'RUS']);
    expect(west).toContain('USA');
    expect(b.partition.unaligned).toEqual(['TWN', 'XKX']); // no tie, no rival, no UN ideal point
  });
});
