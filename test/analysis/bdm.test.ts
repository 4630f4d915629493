import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  basicUtilities, BDM_DEFAULTS, bestOffer, challengeUtility, medianPosition, offerFrom, readBdmCsv, riskExponents, runBdm, votesFor, weightedMeanPosition, winProbability, type BdmActor,
} from '../../src/analysis/index.js';

/** The ten-actor EC example (BDM 1994, p. 78; Scholz, Calbert & Smith 2011, Table 1): capability / position / salience. */
const EC: BdmActor[] = ([
  ['Netherlands', 0.08, 4, 0.8], ['Belgium', 0.08, 7, 0.4], ['Luxembourg', 0.03, 4, 0.2], ['Germany', 0.16, 4, 0.8], ['France', 0.16, 10, 0.6],
  ['Italy', 0.16, 10, 0.6], ['UK', 0.16, 10, 0.9], ['Ireland', 0.05, 7, 0.1], ['Denmark', 0.05, 4, 1.0], ['Greece', 0.08, 7, 0.7],
] as const).map(([name, capability, position, salience]) => ({ name, capability, position, salience }));

describe('runBdm: defaults', () => {
  it('Q = 1, T = 1, at most 500 rounds, tolerance 0.1% of the range', () => {
    expect(BDM_DEFAULTS).toEqual({ q: 1, t: 1, maxRounds: 500, tolerance: 1e-3 });
  });
});

describe('the EC example (Scholz, Calbert & Smith 2011)', () => {
  const run = runBdm(EC);
  if (!run.ok) throw new Error(JSON.stringify(run.issues));
  const r = run.value;
  it('has the published pairwise-vote median 7.0 and weighted mean 7.389955686853767 before round 1', () => {
    expect(r.median).toBe(7);
    expect(r.mean).toBeCloseTo(7.389955686853767, 12);
    expect(r.rounds[0]!.positions).toEqual(EC.map((a) => a.position));
  });
  it('converges, and every position in every round stays within the range of the stated positions [4, 10]', () => {
    expect(r.converged).toBe(true);
    expect(r.range).toEqual([4, 10]);
    for (const round of r.rounds) for (const x of round.positions) { expect(x).toBeGreaterThanOrEqual(4); expect(x).toBeLessThanOrEqual(10); }
    const last = r.rounds.at(-1)!, before = r.rounds.at(-2)!;
    const largestMove = Math.max(...last.positions.map((x, i) => Math.abs(x - before.positions[i]!)));
    expect(largestMove).toBeLessThanOrEqual(BDM_DEFAULTS.tolerance * 6);
  });
  it('risk exponents lie in [0.5, 2], reaching both ends (the most and least endangered actors)', () => {
    const risk = riskExponents(EC, 7, 6, { q: 1, t: 1 });
    expect(Math.min(...risk)).toBeCloseTo(0.5, 12);
    expect(Math.max(...risk)).toBeCloseTo(2, 12);
  });
});

describe('the model equations, by hand', () => {
  it('votes: Σ c_i s_i (|x_i − x_k| − |x_i − x_j|)/range; the median beats every other position', () => {
    const two: BdmActor[] = [{ name: 'A', capability: 1, position: 0, salience: 1 }, { name: 'B', capability: 1, position: 1, salience: 0.5 }];
    expect(votesFor(two, 0, 1, 1)).toBeCloseTo(1 - 0.5, 12);
    expect(medianPosition(two, 1)).toBe(0);
    expect(weightedMeanPosition(two)).toBeCloseTo(0.5 / 1.5, 12);
    // EC by hand: c·s at 4 sums to .248, at 7 to .093, at 10 to .336 of .677 — 7 is the weighted median
    expect(medianPosition(EC, 6)).toBe(7);
  });
  it('P_ij: A (c=1, s=1, x=0) against B (c=1, s=.5, x=1) wins 1 of 1.5 votes; P_ij + P_ji = 1', () => {
    const two: BdmActor[] = [{ name: 'A', capability: 1, position: 0, salience: 1 }, { name: 'B', capability: 1, position: 1, salience: 0.5 }];
    expect(winProbability(two, 0, 1)).toBeCloseTo(2 / 3, 12);
    expect(winProbability(EC, 4, 10) + winProbability(EC, 10, 4)).toBeCloseTo(1, 12);
    expect(winProbability(EC, 7, 7)).toBe(0);
  });
  it('utilities at r = 1 are linear (U_s = 2d, U_f = −2d, U_sq = 0, U_b = d_iμ + d) and at r = 2 U_sq = 1', () => {
    const u = basicUtilities(0.5, 0.2, 1);
    expect(u.success).toBeCloseTo(1, 12);
    expect(u.failure).toBeCloseTo(-1, 12);
    expect(u.statusQuo).toBeCloseTo(0, 12);
    expect(u.better).toBeCloseTo(0.7, 12);
    expect(u.worse).toBeCloseTo(-0.7, 12);
    expect(basicUtilities(0, 0, 2).statusQuo).toBeCloseTo(1, 12);
    expect(basicUtilities(1, 0, 2).success).toBeCloseTo(2, 12);
  });
  it('E U at r = 1, Q = 1 equals 2d[1 − 2 s_j (1 − P)] (hand-derived from the formula)', () => {
    const [a, b] = [EC[0]!, EC[4]!]; // Netherlands (4) challenging France (10)
    const P = winProbability(EC, 4, 10), d = 1;
    expect(challengeUtility(EC, a, b, 1, 7, 6, { q: 1, t: 1 })).toBeCloseTo(2 * d * (1 - 2 * 0.6 * (1 - P)), 12);
  });
  it('offers: conflict, compromise by |E U_ij / E U_ji|, capitulation; i accepts the smallest move', () => {
    expect(offerFrom(1, 0, 10, 0.2, 0.5)).toEqual({ from: 1, kind: 'conflict', position: 10 });
    expect(offerFrom(1, 0, 10, 0.5, 0.2)).toBeNull();
    expect(offerFrom(1, 0, 10, -0.1, 0.4)).toEqual({ from: 1, kind: 'compromise', position: 2.5 });
    expect(offerFrom(1, 0, 10, -0.4, 0.1)).toEqual({ from: 1, kind: 'capitulation', position: 10 });
    expect(offerFrom(1, 0, 10, -0.4, -0.1)).toBeNull();
    expect(bestOffer(0, [{ from: 1, kind: 'conflict', position: 10 }, { from: 2, kind: 'compromise', position: -3 }])!.from).toBe(2);
  });
});

describe('readBdmCsv and input checks', () => {
  it('reports every bad cell with file:line:column', () => {
    const r = readBdmCsv('actor,capability,position,salience\nA,-1,3,0.5\nB,2,x,1.5\nA,1,1,0.5\n', 'f.csv');
    expect(!r.ok && r.issues.map((i) => [i.code, i.path])).toEqual([
      ['negative_value', 'f.csv:2:2'], ['bad_input', 'f.csv:3:3'], ['out_of_range', 'f.csv:3:4'], ['bad_input', 'f.csv:4:1'],
    ]);
  });
  it('names missing columns and ragged rows', () => {
    const cols = readBdmCsv('actor,capability,position\nA,1,2\n');
    expect(!cols.ok && cols.issues[0]!.message).toContain('missing column(s) salience');
    const ragged = readBdmCsv('actor,capability,position,salience\nA,1,2\n');
    expect(!ragged.ok && ragged.issues[0]!.code).toBe('bad_input');
  });
  it('rejects one actor, Q outside [0, 1] and a zero round limit', () => {
    expect(runBdm([EC[0]!]).ok).toBe(false);
    const q = runBdm(EC, { q: 1.5, maxRounds: 0 });
    expect(!q.ok && q.issues.map((i) => i.path)).toEqual(['Q', 'maxRounds']);
  });
});

describe('the JCPOA sanctions-waiver example (examples/bdm/jcpoa-waiver.csv)', () => {
  const actors = readBdmCsv(readFileSync(new URL('../../examples/bdm/jcpoa-waiver.csv', import.meta.url), 'utf8'));
  it('reads 15 actors and runs to convergence within the range of stated positions [0, 100]', () => {
    if (!actors.ok) throw new Error(JSON.stringify(actors.issues));
    expect(actors.value).toHaveLength(15);
    const r = runBdm(actors.value);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.converged).toBe(true);
    for (const round of r.value.rounds) for (const x of [...round.positions, round.median, round.mean]) { expect(x).toBeGreaterThanOrEqual(0); expect(x).toBeLessThanOrEqual(100); }
  });
});
