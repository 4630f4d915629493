import { describe, expect, it } from 'vitest';
import { findState, loadWorld } from '../../src/data/index.js';
import {
  REGION_ACTORS, regionalLandscape,
  DESCENT_DEFAULTS, EXACT_BASIN_MAX_ACTORS, EXHAUSTIVE_MAX_ACTORS, exhaustiveMinima, landscapeEnergy, pairWeights,
  readLandscapeInput, searchLandscape, switchMargins, xoshiro128, xoshiro128FromState, type LandscapeProblem, type Prng,
} from '../../src/analysis/index.js';

/** A problem from ids, sizes and the upper triangle of p (row by row). */
function problem(ids: string[], size: number[], upper: number[]): LandscapeProblem {
  const n = ids.length, p = new Float64Array(n * n);
  let k = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) { p[i * n + j] = p[j * n + i] = upper[k++]!; }
  return { ids, size: Float64Array.from(size), propensity: p };
}

/** A random problem: sizes in (0, 1], propensities in (−1, 1), drawn from a seeded stream. */
function randomProblem(n: number, rng: Prng): LandscapeProblem {
  return problem(Array.from({ length: n }, (_, i) => `a${i}`), Array.from({ length: n }, () => 1 - rng.nextFloat()), Array.from({ length: (n * (n - 1)) / 2 }, () => 2 * rng.nextFloat() - 1));
}

const sideOf = (mask: number, n: number) => Uint8Array.from({ length: n }, (_, j) => (mask >>> j) & 1);
const canonical = (side: Uint8Array): Uint8Array => (side[0] === 0 ? side : side.map((s) => 1 - s));

/** Brute force, independent of the searches: direct energies of all 2^(n−1) partitions and of each one's n neighbours. */
function bruteForce(p: LandscapeProblem): { minima: Map<string, number>; basin: Map<string, number> } {
  const n = p.ids.length, total = 2 ** (n - 1);
  const key = (s: Uint8Array) => canonical(s).join('');
  const steepest = (s: Uint8Array): Uint8Array | null => {
    const e = landscapeEnergy(p, s);
    let best: Uint8Array | null = null, bestE = e - 1e-12;
    for (let k = 0; k < n; k++) {
      const t = Uint8Array.from(s);
      t[k] = 1 - t[k]!;
      const et = landscapeEnergy(p, t);
      if (et < bestE) { bestE = et; best = t; }
    }
    return best;
  };
  const minima = new Map<string, number>(), basin = new Map<string, number>();
  for (let mask = 0; mask < total; mask++) {
    let s: Uint8Array = sideOf(mask << 1, n);
    for (let next = steepest(s); next; next = steepest(s)) s = next;
    minima.set(key(s), landscapeEnergy(p, s));
    basin.set(key(s), (basin.get(key(s)) ?? 0) + 1);
  }
  return { minima, basin };
}

describe('xoshiro128**', () => {
  it('reproduces the reference C implementation from state {1, 2, 3, 4}', () => {
    // Vigna's xoshiro128starstar.c v1.1, as used for the test vector of Rust's rand_xoshiro.
    const r = xoshiro128FromState([1, 2, 3, 4]);
    expect(Array.from({ length: 10 }, () => r.nextUint32())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804]);
  });

  it('is deterministic per seed, differs across seeds, and draws floats in [0, 1) and ints in [0, n)', () => {
    const a = xoshiro128(42), b = xoshiro128(42), c = xoshiro128(43);
    const xs = Array.from({ length: 100 }, () => a.nextUint32());
    expect(Array.from({ length: 100 }, () => b.nextUint32())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c.nextUint32())).not.toEqual(xs);
    const r = xoshiro128(7);
    for (let i = 0; i < 10_000; i++) {
      const f = r.nextFloat(), k = r.nextInt(7);
      expect(f >= 0 && f < 1).toBe(true);
      expect(Number.isInteger(k) && k >= 0 && k < 7).toBe(true);
    }
  });

  it('passes a chi-square test of uniformity (10 bins, 100,000 draws, below the 0.1% critical value 27.88 for 9 df)', () => {
    const r = xoshiro128(1), bins = new Array<number>(10).fill(0), draws = 100_000;
    for (let i = 0; i < draws; i++) bins[r.nextInt(10)]!++;
    const chi2 = bins.reduce((s, o) => s + (o - draws / 10) ** 2 / (draws / 10), 0);
    expect(chi2).toBeLessThan(27.88);
  });
});

describe('searchLandscape(problem, options)', () => {
  it('defaults to exhaustive search with exact basins for small problems, and documents its limits', () => {
    expect(DESCENT_DEFAULTS).toEqual({ starts: 1000, seed: 1 });
    expect(EXHAUSTIVE_MAX_ACTORS).toBe(31);
    expect(EXACT_BASIN_MAX_ACTORS).toBe(24);
    const r = searchLandscape(problem(['A', 'B'], [1, 1], [1]));
    expect(r.ok && r.value.method).toBe('exhaustive');
    expect(r.ok && r.value.basinMethod).toBe('exact');
    expect(r.ok && r.value.starts).toBeNull();
  });

  it('finds the two minima of a hand-built four-actor landscape, with energies and basins derived on paper', () => {
    // Sizes A 2, B 1, C 1, D 2; propensities AB 2, AC 2, AD −1, BC −1, BD 1, CD 2.
    // r = s_i s_j p_ij: AB 4, AC 4, AD −4, BC −1, BD 2, CD 4. E = 2 Σ_{split pairs} r (each pair twice).
    // Partitions by the set opposite A:            neighbours (moving B, C, D, or A itself):
    //   {}       0                                  {B} 10, {C} 14, {D} 4, {B,C,D} 8  → minimum
    //   {B}      2(4 − 1 + 2)      = 10             {} 0, {B,C} 28, {B,D} 6, {C,D} 2  → steepest to {}
    //   {C}      2(4 − 1 + 4)      = 14             {B,C} 28, {} 0, {C,D} 2, {B,D} 6  → {}
    //   {D}      2(−4 + 2 + 4)     = 4              {B,D} 6, {C,D} 2, {} 0, {B,C} 28  → {}
    //   {B,C}    2(4 + 4 + 2 + 4)  = 28             {C} 14, {B} 10, {B,C,D} 8, {D} 4  → {D} → {}
    //   {B,D}    2(4 − 4 − 1 + 4)  = 6              {D} 4, {B,C,D} 8, {B} 10, {C} 14  → {D} → {}
    //   {C,D}    2(4 − 4 − 1 + 2)  = 2              {B,C,D} 8, {D} 4, {C} 14, {B} 10  → minimum
    //   {B,C,D}  2(4 + 4 − 4)      = 8              {C,D} 2, {B,D} 6, {B,C} 28, {} 0  → {}
    // So: all together at E = 0 with a basin of 7, and {A,B} vs {C,D} at E = 2 with a basin of 1.
    const r = searchLandscape(problem(['A', 'B', 'C', 'D'], [2, 1, 1, 2], [2, 2, -1, -1, 1, 2]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.configurations).toBe(8);
    expect(r.value.minima.map((m) => ({ energy: m.energy, sides: m.sides, basin: m.basin }))).toEqual([
      { energy: 0, sides: [['A', 'B', 'C', 'D'], []], basin: 7 },
      { energy: 2, sides: [['A', 'B'], ['C', 'D']], basin: 1 },
    ]);
    expect(r.value.minima[1]!.basinShare).toBe(1 / 8);
  });

  it('breaks ties in steepest descent by the lowest actor index (a frustrated triangle)', () => {
    // Three actors of size 1, all p = −1. Every 2–1 split has E = 2(−1 − 1) = −4 and no move lowers it
    // (all neighbours are −4 or 0): three minima. From "all together" (E = 0) every move gains 4; the
    // tie goes to actor A, whose move gives {A} vs {B, C}. Basins: {A}|{B,C} 2, the other two 1 each.
    const r = searchLandscape(problem(['A', 'B', 'C'], [1, 1, 1], [-1, -1, -1]));
    expect(r.ok && r.value.minima.map((m) => [m.energy, m.sides[1].join(''), m.basin])).toEqual([[-4, 'BC', 2], [-4, 'C', 1], [-4, 'B', 1]]);
  });

  it('Gray-code incremental energies equal direct recomputation, visiting every partition once (seeded random cases)', () => {
    const rng = xoshiro128(2016);
    for (const n of [1, 2, 5, 9, 12]) {
      const p = randomProblem(n, rng);
      const seen = new Set<number>();
      exhaustiveMinima(pairWeights(p), n, {
        visit: (mask, energy) => {
          seen.add(mask);
          const direct = landscapeEnergy(p, sideOf(mask, n));
          expect(Math.abs(energy - direct)).toBeLessThan(1e-12 * Math.max(1, Math.abs(direct)));
        },
      });
      expect(seen.size).toBe(2 ** (n - 1));
    }
  });

  it('lists exactly the minima and basins that brute-force steepest descent finds (seeded random cases)', () => {
    const rng = xoshiro128(7);
    for (const n of [6, 9, 11]) {
      const p = randomProblem(n, rng);
      const truth = bruteForce(p);
      const r = searchLandscape(p);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value.minima.length).toBe(truth.minima.size);
      for (const m of r.value.minima) {
        expect(m.energy).toBeCloseTo(truth.minima.get(m.side.join(''))!, 12);
        expect(m.basin).toBe(truth.basin.get(m.side.join('')));
        expect(Array.from(switchMargins(p, m.side)).every((x) => x >= -1e-12)).toBe(true);
      }
      expect(r.value.minima.reduce((s, m) => s + m.basin, 0)).toBe(2 ** (n - 1));
    }
  });

  it('multi-start descent finds the exhaustive minima, and its basin shares agree (12 actors, 20,000 seeded starts)', () => {
    const rng = xoshiro128(12);
    for (let trial = 0; trial < 3; trial++) {
      const p = randomProblem(12, rng);
      const exact = searchLandscape(p, { method: 'exhaustive' });
      const heuristic = searchLandscape(p, { method: 'descent', starts: 20_000, seed: 3 });
      if (!exact.ok || !heuristic.ok) throw new Error('search failed');
      const found = new Map(heuristic.value.minima.map((m) => [m.side.join(''), m]));
      expect(heuristic.value.minima.every((m) => exact.value.minima.some((e) => e.side.join('') === m.side.join('')))).toBe(true);
      for (const e of exact.value.minima) {
        const h = found.get(e.side.join(''));
        // A minimum holding 0.1% of the partitions is missed by 20,000 starts with probability e^−20.
        if (e.basinShare >= 0.001) expect(h).toBeDefined();
        if (!h) continue;
        expect(h.energy).toBeCloseTo(e.energy, 12);
        // Binomial standard error ≤ √(0.25 / 20,000) = 0.0035: 0.02 is more than five of them.
        expect(Math.abs(h.basinShare - e.basinShare)).toBeLessThan(0.02);
      }
    }
  });

  it('past 24 actors keeps exhaustive minima but samples basins; past 31 it descends (planted two-bloc cases)', () => {
    // Friendly (+1) within two equal blocs, hostile (−1) across: the planted split has E = −2·(n/2)².
    const planted = (n: number) => problem(Array.from({ length: n }, (_, i) => `s${i}`), new Array<number>(n).fill(1), Array.from({ length: n }, (_, i) => Array.from({ length: n - i - 1 }, (_, d) => ((i < n / 2) === (i + d + 1 < n / 2) ? 1 : -1))).flat());
    const mid = searchLandscape(planted(26), { starts: 200 });
    expect(mid.ok && mid.value.basinMethod).toBe('sampled');
    expect(mid.ok && mid.value.minima[0]!.energy).toBe(-2 * 13 * 13);
    const big = searchLandscape(planted(40), { starts: 50, seed: 9 });
    expect(big.ok && big.value.method).toBe('descent');
    expect(big.ok && big.value.minima[0]!.energy).toBe(-2 * 20 * 20);
    expect(big.ok && big.value.minima[0]!.sides[1]).toEqual(Array.from({ length: 20 }, (_, i) => `s${i + 20}`));
  });

  it('refuses exhaustive search beyond 31 actors with too_many_actors', () => {
    const n = 32;
    const r = searchLandscape({ ids: Array.from({ length: n }, (_, i) => `s${i}`), size: new Float64Array(n).fill(1), propensity: new Float64Array(n * n) }, { method: 'exhaustive' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'too_many_actors', path: 'actors' });
  });
});

describe('readLandscapeInput(input)', () => {
  const actors = [{ id: 'A', size: 1 }, { id: 'B', size: 2 }, { id: 'C', size: 3 }];

  it('reads actors and a symmetric matrix', () => {
    const r = readLandscapeInput({ actors, propensity: [[0, 1, -1], [1, 0, 2], [-1, 2, 0]] });
    expect(r.ok && Array.from(r.value.size)).toEqual([1, 2, 3]);
    expect(r.ok && r.value.propensity[1 * 3 + 2]).toBe(2);
  });

  it('refuses a ragged matrix, a non-symmetric one and negative sizes, naming the place', () => {
    const ragged = readLandscapeInput({ actors, propensity: [[0, 1, -1], [1, 0], [-1, 2, 0]] });
    expect(!ragged.ok && ragged.issues).toEqual([expect.objectContaining({ code: 'ragged_matrix', path: 'propensity[1]' })]);
    const rows = readLandscapeInput({ actors, propensity: [[0, 1, -1], [1, 0, 2]] });
    expect(!rows.ok && rows.issues[0]).toMatchObject({ code: 'ragged_matrix', path: 'propensity' });
    const asym = readLandscapeInput({ actors, propensity: [[0, 1, -1], [1, 0, 2], [1, 2, 0]] });
    expect(!asym.ok && asym.issues).toEqual([expect.objectContaining({ code: 'not_symmetric', path: 'propensity[0][2]' })]);
    const neg = readLandscapeInput({ actors: [{ id: 'A', size: 1 }, { id: 'B', size: -2 }], propensity: [[0, 1], [1, 0]] });
    expect(!neg.ok && neg.issues).toEqual([expect.objectContaining({ code: 'negative_value', path: 'actors[1].size' })]);
  });

  it('gathers every issue of one input, not only the first', () => {
    const r = readLandscapeInput({ actors: [{ id: 'A', size: -1 }, { id: 'A', size: 'big' }], propensity: [[0, 1], [1, 0, 3]] });
    expect(!r.ok && r.issues.map((i) => [i.code, i.path])).toEqual([
      ['negative_value', 'actors[0].size'], ['bad_input', 'actors[1].id'], ['bad_input', 'actors[1].size'], ['ragged_matrix', 'propensity[1]'],
    ]);
    expect(readLandscapeInput([1, 2]).ok).toBe(false);
  });
});

describe('regionalLandscape(world, region, options)', () => {
  const world = loadWorld(2016);
  const at = (p: LandscapeProblem, a: string, b: string) => p.propensity[p.ids.indexOf(a) * p.ids.length + p.ids.indexOf(b)]!;
  const ideal = (c: string) => findState(world, c)!.un.idealPoint!;

  it('uses the documented actor lists, patron first, with CINC sizes', () => {
    expect(REGION_ACTORS.europe).toHaveLength(24);
    expect(REGION_ACTORS.asia).toEqual(['USA', 'JPN', 'KOR', 'AUS', 'PHL', 'THA', 'NZL', 'CHN', 'PRK', 'RUS']);
    const r = regionalLandscape(world, 'europe');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.problem.ids).toEqual(REGION_ACTORS.europe);
    expect(r.value.excluded).toEqual([]);
    expect(r.value.problem.size[r.value.problem.ids.indexOf('DEU')]).toBe(findState(world, 'DEU')!.capabilities.cinc);
  });

  it('builds propensities by the rule: alliance + UN affinity − rivalry', () => {
    const r = regionalLandscape(world, 'europe');
    if (!r.ok) throw new Error('no landscape');
    const p = r.value.problem;
    const anchor = Math.abs(ideal('USA') - ideal('RUS'));
    // USA–RUS: no tie; at the anchor distance, so UN affinity −1; rivalry: −1 more.
    expect(at(p, 'USA', 'RUS')).toBe(-2);
    // Belarus–Russia: a defence pact (the Union State), no rivalry (Belarus is no ally).
    expect(at(p, 'BLR', 'RUS')).toBeCloseTo(1 + 1 - (2 * Math.abs(ideal('BLR') - ideal('RUS'))) / anchor, 12);
    // Germany–France: NATO allies, UN affinity from their ideal points.
    expect(at(p, 'DEU', 'FRA')).toBeCloseTo(1 + 1 - (2 * Math.abs(ideal('DEU') - ideal('FRA'))) / anchor, 12);
    for (let i = 0; i < p.ids.length; i++) for (let j = 0; j < p.ids.length; j++) expect(p.propensity[i * p.ids.length + j]).toBe(p.propensity[j * p.ids.length + i]);
  });

  it('puts every NATO member with the USA and Belarus with Russia in Europe\'s lowest minimum (2016)', () => {
    const r = regionalLandscape(world, 'europe');
    if (!r.ok) throw new Error('no landscape');
    const s = searchLandscape(r.value.problem);
    if (!s.ok) throw new Error('no search');
    const [west, east] = s.value.minima[0]!.sides;
    for (const c of REGION_ACTORS.europe) if (findState(world, c)!.roles.natoMember) expect(west).toContain(c);
    expect(east).toEqual(expect.arrayContaining(['RUS', 'BLR']));
  });

  it('drops actors with no propensity at all, and names unknown codes and the missing ATOP years', () => {
    const tw = regionalLandscape(world, 'asia', { actors: ['USA', 'JPN', 'CHN', 'TWN'] });
    expect(tw.ok && tw.value.excluded).toEqual(['TWN']);
    const bad = regionalLandscape(world, 'asia', { actors: ['USA', 'ZZZ'] });
    expect(!bad.ok && bad.issues[0]).toMatchObject({ code: 'unknown_code', path: 'actors[1]' });
    const past = regionalLandscape({ ...world, pairs: { ...world.pairs, ties: null } }, 'europe');
    expect(!past.ok && past.issues[0]).toMatchObject({ code: 'not_covered', path: 'year' });
    const all = regionalLandscape(world, 'europe', { actors: 'all' });
    expect(all.ok && all.value.problem.ids[0]).toBe('USA');
    expect(all.ok && all.value.excluded).toEqual(['XKX']);
  });
});
