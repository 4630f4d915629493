import { describe, expect, it } from 'vitest';
import { loadWorld, type World } from '../../src/data/index.js';
import { alliancePortfolios, cohenKappa, readSimilarityInput, scottPi, similarity, similarityMatrix, sScore, stateSimilarity, type SimilarityInput } from '../../src/analysis/index.js';

function measures(input: SimilarityInput) {
  const r = readSimilarityInput(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return similarity(r.value);
}

describe('S (Signorino & Ritter 1999): the worked examples', () => {
  it('x = (3,3,2,2), y = (2,2,3,3), w = (.5,.3,.1,.1), m = 3 → 0.333', () => {
    expect(measures({ x: [3, 3, 2, 2], y: [2, 2, 3, 3], weights: [0.5, 0.3, 0.1, 0.1], max: 3 }).sAbs).toBeCloseTo(1 / 3, 12);
  });
  it('x = (3,3,1,2), y = (3,3,1,3), equal weights, m = 2 → 0.75', () => {
    expect(measures({ x: [3, 3, 1, 2], y: [3, 3, 1, 3], weights: [1, 1, 1, 1], max: 2 }).sAbs).toBeCloseTo(0.75, 12);
  });
  it('x = (3,2,3,0), y = (2,3,0,3), w = (.5,.4,.05,.05), m = 3 → 0.20', () => {
    expect(measures({ x: [3, 2, 3, 0], y: [2, 3, 0, 3], weights: [0.5, 0.4, 0.05, 0.05], max: 3 }).sAbs).toBeCloseTo(0.2, 12);
  });
  it('unweighted, m = 3: S and tau-b disagree where S&R say they do', () => {
    const a = measures({ x: [0, 1, 2, 3], y: [3, 2, 1, 0], max: 3 });
    expect(a.sAbs).toBeCloseTo(-1 / 3, 12);
    expect(a.tauB).toBe(-1);
    const b = measures({ x: [1, 2, 2, 3], y: [3, 2, 2, 1], max: 3 });
    expect(b.sAbs).toBeCloseTo(1 / 3, 12);
    expect(b.tauB).toBe(-1);
    const c = measures({ x: [2, 2, 3, 3], y: [3, 3, 2, 2], max: 3 });
    expect(c.sAbs).toBeCloseTo(1 / 3, 12);
    expect(c.tauB).toBe(-1);
  });
  it('identical vectors → 1 on every measure', () => {
    const m = measures({ x: [3, 0, 1, 2], y: [3, 0, 1, 2], max: 3 });
    expect([m.sAbs, m.sSq, m.tauB, m.kappa, m.pi, m.kappaSq, m.piSq]).toEqual([1, 1, 1, 1, 1, 1, 1]);
  });
});

describe('S with squared distance and defaults', () => {
  it('divides by the squared range (hand-computed: (0,1,2,3) vs (3,2,1,0), Σd² = 20 → 1 − 2·5/9)', () => {
    expect(measures({ x: [0, 1, 2, 3], y: [3, 2, 1, 0], max: 3 }).sSq).toBeCloseTo(1 - 10 / 9, 12);
  });
  it('defaults: no weights means equal weights, and max defaults to the range of the values', () => {
    const m = measures({ x: [0, 1, 2, 3], y: [3, 2, 1, 0] });
    expect(m.weighted).toBe(false);
    expect(m.max).toBe(3);
    expect(m.sAbs).toBeCloseTo(sScore([0, 1, 2, 3], [3, 2, 1, 0], 3, 'abs', [2, 2, 2, 2]), 12);
  });
});

describe("Häge's chance-corrected kappa and pi", () => {
  // 2×2 agreement table (yes/yes 20, yes/no 5, no/yes 10, no/no 15): p_o = .7; Cohen p_e = .5 → κ = .4;
  // Scott p_e = .55² + .45² = .505 → π = .195/.495 (Cohen 1960; Scott 1955; Wikipedia "Cohen's kappa" example).
  const x = [...Array(25).fill(1), ...Array(25).fill(0)] as number[];
  const y = [...Array(20).fill(1), ...Array(5).fill(0), ...Array(10).fill(1), ...Array(15).fill(0)] as number[];
  it('reduce to the textbook kappa and pi for 0/1 codes', () => {
    expect(cohenKappa(x, y)).toBeCloseTo(0.4, 12);
    expect(scottPi(x, y)).toBeCloseTo(0.195 / 0.495, 12);
  });
  it('are undefined (null) when positions do not vary, where S is still defined', () => {
    const m = measures({ x: [3, 3, 3], y: [3, 3, 3], max: 3 });
    expect(m.kappa).toBeNull();
    expect(m.pi).toBeNull();
    expect(m.sAbs).toBe(1);
  });
  it('weights the dimensions: doubling a dimension equals weight 2', () => {
    expect(cohenKappa([0, 1, 2, 2], [1, 1, 2, 2])).toBeCloseTo(cohenKappa([0, 1, 2], [1, 1, 2], 'abs', [1, 1, 2])!, 12);
  });
});

describe('readSimilarityInput(raw)', () => {
  it('reports every problem with its code and path', () => {
    const r = readSimilarityInput({ x: [1, 2, 'a'], y: [1, 2], weights: [1, -1] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['bad_input', 'x[2]'], ['length_mismatch', 'y'], ['length_mismatch', 'weights'], ['negative_value', 'weights[1]']]);
    expect(r.issues.every((i) => i.fix.length > 0)).toBe(true);
  });
  it('rejects a non-object, missing vectors, a bad max and distances beyond max', () => {
    expect(readSimilarityInput([1, 2]).ok).toBe(false);
    const missing = readSimilarityInput({ x: [1] });
    expect(!missing.ok && missing.issues[0]!.path).toBe('y');
    const max = readSimilarityInput({ x: [1], y: [2], max: 0 });
    expect(!max.ok && max.issues[0]!.code).toBe('out_of_range');
    const beyond = readSimilarityInput({ x: [0], y: [3], max: 2 });
    expect(!beyond.ok && beyond.issues[0]!.path).toBe('y[0]');
  });
});

/** A three-state world built by hand: A→B defence (one-sided), B→C consultation, C→B neutrality. */
function tinyWorld(ties: Uint8Array | null): World {
  const state = (iso3: string, cow: number, cinc: number, idealPoint: number) => ({ iso3, cow, name: iso3, isoNumeric: null, capabilities: { cinc }, un: { idealPoint } });
  return {
    year: 2000, dataVersion: 'test', coverage: { sipri: null, nato: null, capabilities: null, troops: null, unga: null, atopDyads: [1990, 1999] },
    states: [state('AAA', 1, 0.5, 1), state('BBB', 2, 0.3, 2), state('CCC', 3, 0.2, -1)],
    pairs: { codes: ['AAA', 'BBB', 'CCC'], distanceKm: new Float64Array(9), ties, idealPointDistance: new Float64Array(9) },
  } as unknown as World;
}
// directed flags, row = from: A→B defence 1; B→C consultation 16; C→B neutrality 4
const TIES = Uint8Array.from([0, 1, 0, 0, 0, 16, 0, 4, 0]);

describe('stateSimilarity(world, a, b) on a hand-built world', () => {
  it('symmetrises directed ATOP ties by the strongest obligation, with 3 for self', () => {
    const p = alliancePortfolios(tinyWorld(TIES));
    expect(p.ok && p.value).toEqual([[3, 3, 0], [3, 3, 2], [0, 2, 3]]);
  });
  it('S over portfolios: A–B = 1 − 2·2/9, A–C = 1 − 2·7/9; CINC-weighted A–B = 1 − 2·(.2·2)/3', () => {
    const w = tinyWorld(TIES);
    const ab = stateSimilarity(w, 'AAA', 'BBB');
    expect(ab.ok && ab.value.sAbs).toBeCloseTo(5 / 9, 12);
    const ac = stateSimilarity(w, 'AAA', 'CCC');
    expect(ac.ok && ac.value.sAbs).toBeCloseTo(-5 / 9, 12);
    const weighted = stateSimilarity(w, 'AAA', 'BBB', { weighted: true });
    expect(weighted.ok && weighted.value.sAbs).toBeCloseTo(1 - 0.8 / 3, 12);
  });
  it('UN basis compares ideal-point distance profiles scaled by the spread of ideal points (hand: 1/3)', () => {
    const r = stateSimilarity(tinyWorld(TIES), 'AAA', 'BBB', { basis: 'un' });
    expect(r.ok && r.value.max).toBe(3);
    expect(r.ok && r.value.sAbs).toBeCloseTo(1 / 3, 12);
  });
  it('past ATOP coverage the alliance basis is not_covered, and unknown states are named', () => {
    const r = stateSimilarity(tinyWorld(null), 'AAA', 'BBB');
    expect(!r.ok && r.issues[0]!.code).toBe('not_covered');
    expect(!r.ok && r.issues[0]!.message).toContain('ATOP covers 1990-1999');
    const u = stateSimilarity(tinyWorld(TIES), 'ZZZ', 'QQQ');
    expect(!u.ok && u.issues.map((i) => [i.code, i.path])).toEqual([['unknown_code', 'a'], ['unknown_code', 'b']]);
  });
});

describe('similarity on the real 2016 world', () => {
  const world = loadWorld(2016);
  it('codes the one-sided U.S.–Japan treaty as 3 in both portfolios, the ATOP non-aggression flag USA–Russia as 2, USA–Iran as 0', () => {
    const p = alliancePortfolios(world);
    if (!p.ok) throw new Error('no ties');
    const i = (c: string) => world.pairs.codes.indexOf(c);
    expect(p.value[i('USA')]![i('JPN')]).toBe(3);
    expect(p.value[i('JPN')]![i('USA')]).toBe(3);
    expect(world.pairs.ties![i('USA') * world.pairs.codes.length + i('RUS')]).toBe(8); // nonagg only
    expect(p.value[i('USA')]![i('RUS')]).toBe(2);
    expect(p.value[i('USA')]![i('IRN')]).toBe(0);
  });
  it('the pairwise matrix is symmetric with 1 on the diagonal, and NATO allies are closer to each other than to Russia', () => {
    const m = similarityMatrix(world);
    if (!m.ok) throw new Error('no matrix');
    const v = m.value.values, i = (c: string) => m.value.codes.indexOf(c);
    for (let a = 0; a < v.length; a++) {
      expect(v[a]![a]).toBe(1);
      for (let b = 0; b < v.length; b++) expect(v[a]![b]).toBe(v[b]![a]);
    }
    expect(v[i('POL')]![i('DEU')]!).toBeGreaterThan(v[i('POL')]![i('RUS')]!);
  });
  it('agrees with stateSimilarity for a pair', () => {
    const m = similarityMatrix(world, { basis: 'un', measure: 'pi' });
    const s = stateSimilarity(world, 'FRA', 'IRN', { basis: 'un' });
    if (!m.ok || !s.ok) throw new Error('failed');
    expect(m.value.values[m.value.codes.indexOf('FRA')]![m.value.codes.indexOf('IRN')]).toBe(s.value.pi);
  });
});

/** A small seeded PRNG for invariant tests (mulberry32; seed given explicitly). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('similarity invariants over random vectors (seed 20240611)', () => {
  const random = mulberry32(20240611);
  const cases = Array.from({ length: 200 }, () => {
    const n = 2 + Math.floor(random() * 30);
    const discrete = random() < 0.5;
    const draw = () => (discrete ? Math.floor(random() * 4) : random() * 3);
    return { x: Array.from({ length: n }, draw), y: Array.from({ length: n }, draw), w: Array.from({ length: n }, () => random()) };
  });
  /** κ and π by their definition, the double sum over all pairs of dimensions (Häge 2011). */
  function bruteForce(x: number[], y: number[], w: number[], sq: boolean): { kappa: number | null; pi: number | null } {
    const d = (a: number, b: number) => (sq ? (a - b) ** 2 : Math.abs(a - b));
    const W = w.reduce((s, v) => s + v, 0);
    const cross = (a: number[], b: number[]) => a.reduce((s, ak, k) => s + b.reduce((t, bl, l) => t + w[k]! * w[l]! * d(ak, bl), 0), 0) / (W * W);
    const dObs = x.reduce((s, xk, k) => s + w[k]! * d(xk, y[k]!), 0) / W;
    const ek = cross(x, y), ep = (cross(x, x) + 2 * cross(x, y) + cross(y, y)) / 4;
    return { kappa: ek > 0 ? 1 - dObs / ek : null, pi: ep > 0 ? 1 - dObs / ep : null };
  }
  it('kappa and pi equal their double-sum definitions, absolute and squared, weighted', () => {
    for (const c of cases) {
      const m = similarity({ x: c.x, y: c.y, weights: c.w, max: 3 });
      const abs = bruteForce(c.x, c.y, c.w, false), sq = bruteForce(c.x, c.y, c.w, true);
      for (const [got, want] of [[m.kappa, abs.kappa], [m.pi, abs.pi], [m.kappaSq, sq.kappa], [m.piSq, sq.pi]] as const) {
        if (want === null) expect(got).toBeNull();
        else expect(got!).toBeCloseTo(want, 9);
      }
    }
  });
  it('S lies in [−1, 1], kappa and pi are at most 1, tau-b in [−1, 1], and every measure is symmetric in x and y', () => {
    for (const c of cases) {
      const m = similarity({ x: c.x, y: c.y, weights: c.w, max: 3 });
      const r = similarity({ x: c.y, y: c.x, weights: c.w, max: 3 });
      for (const s of [m.sAbs, m.sSq]) { expect(s).toBeGreaterThanOrEqual(-1); expect(s).toBeLessThanOrEqual(1); }
      for (const v of [m.kappa, m.pi, m.kappaSq, m.piSq]) if (v !== null) expect(v).toBeLessThanOrEqual(1 + 1e-12);
      if (m.tauB !== null) expect(Math.abs(m.tauB)).toBeLessThanOrEqual(1);
      expect(r.sAbs).toBeCloseTo(m.sAbs, 12);
      expect(r.kappa ?? 0).toBeCloseTo(m.kappa ?? 0, 12);
      expect(r.pi ?? 0).toBeCloseTo(m.pi ?? 0, 12);
    }
  });
});
