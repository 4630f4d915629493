import { describe, expect, it } from 'vitest';
import {
  addEvidence, baselineCredibility, ballastIndex, cohesionOf, credibilityOf, drawStance, effortStep, effortTarget, forget, gdpShock,
  hostilityOf, ladderStep, opportunity, outcomeOf, relevance, softmax, stanceUtilities, staticThreat, willingness, PARAMETERS,
} from '../../src/model/index.js';

describe('the parameter registry', () => {
  it('gives every parameter a default inside its range, a unit, a source and a meaning', () => {
    const names = new Set<string>();
    for (const p of PARAMETERS) {
      expect(names.has(p.name), p.name).toBe(false);
      names.add(p.name);
      expect(p.min, p.name).toBeLessThanOrEqual(p.default);
      expect(p.default, p.name).toBeLessThanOrEqual(p.max);
      expect(p.unit.length, p.name).toBeGreaterThan(0);
      expect(p.source, p.name).toMatch(/^(assumption|fit:)|[A-Z][a-z]+\d{4}|[A-Z][a-z]+[A-Z]/);
      expect(p.meaning.length, p.name).toBeGreaterThan(3);
    }
  });
});

describe('credibility', () => {
  it('credibilityOf is the Beta mean', () => {
    expect(credibilityOf(3, 1)).toBe(0.75);
  });
  it('addEvidence(w, h) adds w·h to alpha and w·(1 − h) to beta', () => {
    const a = Float64Array.of(2), b = Float64Array.of(2);
    addEvidence(a, b, 0, 4, 0.25);
    expect([a[0], b[0]]).toEqual([3, 5]);
  });
  it('forget pulls toward the baseline: δ = 0.9, κ0 = 20, c0 = 0.8 from (10, 10) gives (10.6, 9.4)', () => {
    const a = Float64Array.of(10), b = Float64Array.of(10);
    forget(a, b, 0, 0.9, 20, 0.8);
    expect(a[0]).toBeCloseTo(10.6, 12);
    expect(b[0]).toBeCloseTo(9.4, 12);
    for (let k = 0; k < 500; k++) forget(a, b, 0, 0.9, 20, 0.8);
    expect(credibilityOf(a[0]!, b[0]!)).toBeCloseTo(0.8, 9);
    expect(a[0]! + b[0]!).toBeCloseTo(20, 9);
  });
  it('baselineCredibility is base + gain · ballast, kept inside [floor, ceiling]', () => {
    expect(baselineCredibility(0.5, 0.3, 1, 0.01, 0.99)).toBeCloseTo(0.8, 12);
    expect(baselineCredibility(0.9, 0.3, 1, 0.01, 0.99)).toBe(0.99);
    expect(baselineCredibility(-1, 0, 0, 0.01, 0.99)).toBe(0.01);
    expect(baselineCredibility(0.5, 0.3, 1, 0.01, 0.7)).toBe(0.7);
  });
});

describe('ballastIndex', () => {
  const w = { troops: 0.4, command: 0.2, nuclear: 0.15, bases: 0.1, efp: 0.15, troopsRef: 50000, basesRef: 5 };
  it('counts bases up to bases_ref: two of five bases give 2/5 of the bases weight', () => {
    expect(ballastIndex(w, 0, 0, 0, 2, 0)).toBeCloseTo(0.1 * 2 / 5, 12);
    expect(ballastIndex(w, 0, 0, 0, 9, 0)).toBeCloseTo(0.1, 12);
  });
  it('is 1 with everything and 0 with nothing', () => {
    expect(ballastIndex(w, 50000, 1, 1, 5, 1)).toBeCloseTo(1, 12);
    expect(ballastIndex(w, 0, 0, 0, 0, 0)).toBe(0);
  });
  it('counts troops on a log scale: 1,000 troops give ln(1001)/ln(50001) of the troop weight', () => {
    expect(ballastIndex(w, 1000, 0, 0, 0, 0)).toBeCloseTo(0.4 * Math.log(1001) / Math.log(50001), 12);
  });
});

describe('threat', () => {
  it('staticThreat = power^a · exp(−d/d0) · (1 + b·offence), by hand', () => {
    expect(staticThreat(4, 1500, 1, 0.5, 1500, 0.5)).toBeCloseTo(2 * Math.exp(-1) * 1.5, 12);
  });
  it('hostilityOf scales ideal-point distance and treats a missing one as hostility 1', () => {
    expect(hostilityOf(3, 2)).toBe(1.5);
    expect(hostilityOf(Number.NaN, 2)).toBe(1);
  });
});

describe('stance choice', () => {
  const w = { credibility: 12, credibilityReference: 0.5, threatBalancing: 1.5, affinity: 4, bandwagon: 1.5, peer: 4, bilateral: 3, regional: 2.5, constHedging: -2.5, constBilateral: -3, constRegional: -3, switchCost: 1, switchCostBallast: 3 };
  it('computes the four utilities by hand', () => {
    const u = new Float64Array(4);
    stanceUtilities({ credibility: 0.6, threat: 1, affinity: 0.2, peers: Float64Array.of(0.5, 0.25, 0, 0.25), deal: 1, cover: 0, ballast: 0.5, current: 0 }, w, u);
    const sw = 1 + 3 * 0.5;
    expect(u[0]).toBeCloseTo(12 * 0.1 + 1.5 * 0.6, 12);
    expect(u[1]).toBeCloseTo(-2.5 + 4 * 0.2 + 1.5 * 0.4 + 4 * 0.25 - sw, 12);
    expect(u[2]).toBeCloseTo(-3 + 3 * 0.4 - sw, 12);
    expect(u[3]).toBeCloseTo(-3 + 2.5 * 0.4 + 4 * 0.25 - sw, 12);
  });
  it('softmax gives probabilities that sum to 1, even for large utilities', () => {
    for (const u of [Float64Array.of(1, 2, 3, 4), Float64Array.of(800, 799, -800, 0), Float64Array.of(0, 0, 0, 0)]) {
      softmax(u);
      expect(u.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      for (const p of u) expect(p).toBeGreaterThanOrEqual(0);
    }
    const e = Float64Array.of(0, 0, 0, 0);
    softmax(e);
    expect([...e]).toEqual([0.25, 0.25, 0.25, 0.25]);
  });
  it('drawStance picks by cumulative probability', () => {
    const p = Float64Array.of(0.5, 0.2, 0.2, 0.1);
    expect([0, 0.49, 0.5, 0.69, 0.7, 0.89, 0.9, 0.999].map((u) => drawStance(p, u))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });
});

describe('nuclear ladder', () => {
  const rates = { explore: 0.01, pursue: 0.02, acquire: 0.03, reverse: 0.1, cap: 0.5 };
  it('willingness is gain · (NT·(1 − C) − threshold) above the threshold, else 0', () => {
    expect(willingness(2, 0.5, 5, 0.5)).toBeCloseTo(2.5, 12);
    expect(willingness(1, 0.6, 5, 0.5)).toBe(0);
  });
  it('opportunity: latent states move faster; NPT parties are slowed', () => {
    expect(opportunity(true, true, 1, 0.3, 0.5)).toBe(0.5);
    expect(opportunity(false, false, 1, 0.3, 0.5)).toBe(0.3);
  });
  it('steps up with hazard rate · W · O, down only without willingness, never below the floor', () => {
    expect(ladderStep(0, 0, 2, 0.5, 0.5, rates, 0.0099)).toBe(2); // explore: 0.01·2·0.5 = 0.01
    expect(ladderStep(0, 0, 2, 0.5, 0.5, rates, 0.0101)).toBe(0);
    expect(ladderStep(2, 1, 0, 1, 0.5, rates, 0.04)).toBe(1); // reverse 0.1·0.5 = 0.05 → back to latent
    expect(ladderStep(1, 1, 0, 1, 0.9, rates, 0)).toBe(1);
    expect(ladderStep(4, 0, 100, 1, 0, rates, 0)).toBe(4);
  });
  it('never moves up with a monthly hazard above nuclear_hazard_cap', () => {
    // 0.01 · 100 · 1 = 1 would be certain; the cap of 0.5 leaves u = 0.6 where it is.
    expect(ladderStep(0, 0, 100, 1, 0, rates, 0.49)).toBe(2);
    expect(ladderStep(0, 0, 100, 1, 0, rates, 0.6)).toBe(0);
    expect(ladderStep(0, 0, 100, 1, 0, { ...rates, cap: 0.7 }, 0.6)).toBe(2);
  });
});

describe('defence effort', () => {
  const k = { adjustment: 0.5, intercept: 1, threat: 0.5, credibilityGap: 1, peers: 0.5, pressure: 0.3, noise: 0.1 };
  it('target a + b·T + c·(1 − C) + d·peers + e·pressure, by hand', () => {
    expect(effortTarget(k, 2, 0.6, 1.5, 1)).toBeCloseTo(1 + 1 + 0.4 + 0.75 + 0.3, 12);
  });
  it('closes κ of the gap each year and is never negative', () => {
    expect(effortStep(1, 3, k, 0)).toBe(2);
    expect(effortStep(0.1, 0, { ...k, adjustment: 1 }, -5)).toBe(0);
  });
  it('a GDP fall of 5% raises the share of GDP from 2 to 2/0.95', () => {
    expect(gdpShock(2, -5)).toBeCloseTo(2 / 0.95, 12);
  });
});

describe('relevance, cohesion and outcomes', () => {
  it('relevance decays with distance within a theatre, is the cross-theatre weight across, more within a treaty, at most 1', () => {
    expect(relevance(2000, true, false, 2000, 0.25, 0.5, 20000)).toBeCloseTo(Math.exp(-1), 12);
    // Across theatres: the cross-theatre weight, whatever the distance.
    expect(relevance(2000, false, false, 2000, 0.1, 0.5, 20000)).toBe(0.1);
    expect(relevance(9000, false, false, 2000, 0.1, 0.5, 20000)).toBe(0.1);
    expect(relevance(0, true, true, 2000, 0.25, 0.5, 20000)).toBe(1);
    // No distance in the data: distance_unknown_km stands in.
    expect(relevance(Number.NaN, true, false, 2000, 0.25, 0.5, 4000)).toBeCloseTo(Math.exp(-2), 12);
  });
  it('cohesion is the capability share of active allies aligned', () => {
    expect(cohesionOf(3, Uint8Array.of(1, 1, 0), Uint8Array.of(0, 1, 0), Float64Array.of(3, 1, 10))).toBe(0.75);
  });
  it('outcomes follow the thresholds', () => {
    expect([0.9, 0.85, 0.8, 0.6, 0.2].map((c) => outcomeOf(c, 0.85, 0.7, 0.5))).toEqual([0, 0, 1, 2, 3]);
  });
});
