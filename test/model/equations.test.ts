import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addEvidence, baselineCredibility, ballastIndex, cohesionOf, credibilityOf, drawStance, effortStep, effortTarget, forget, gdpShock,
  hostilityOf, ladderStep, opportunity, outcomeOf, relevance, softmax, stanceTerms, stanceUtilities, staticThreat, TERM_NAMES, willingness, PARAMETERS, cohesionByScope, protectionOf, parameterValues,
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

  it('gives every parameter a short plain-English label, unique, with no code name in it (issue 13, item 4)', () => {
    const labels = new Map<string, string>();
    for (const p of PARAMETERS) {
      expect(typeof p.label, p.name).toBe('string');
      expect(p.label.trim().length, p.name).toBeGreaterThan(3);
      expect(p.label.length, `${p.name}: ${p.label}`).toBeLessThanOrEqual(48);
      expect(p.label, p.name).not.toContain('_');
      expect(p.label, p.name).toMatch(/^[A-Z]/); // sentence case: a capital first
      expect(p.label, p.name).toBe(p.label.trim());
      expect(labels.get(p.label.toLowerCase()), `${p.name} and ${labels.get(p.label.toLowerCase())} share "${p.label}"`).toBeUndefined();
      labels.set(p.label.toLowerCase(), p.name);
    }
    expect(labels.size).toBe(PARAMETERS.length);
    const byName = Object.fromEntries(PARAMETERS.map((p) => [p.name, p.label]));
    expect(byName.cred_base).toBe('Baseline credibility with no ballast');
    expect(byName.signal_talk_weight).toBe('Weight of a month of rhetoric');
    expect(byName.cross_theatre_weight).toBe('Knock-on between theatres (Europe ↔ Asia)');
    expect(byName.revisionism_rus).toBe("Russia's revisionism");
  });

  it('looks a label up by code name for the dashboard, and shows a name it does not know as it is', async () => {
    const { PARAMETER_LABELS, parameterLabel } = await import('../../src/model/parameter-labels.js');
    expect(Object.keys(PARAMETER_LABELS).sort()).toEqual(PARAMETERS.map((p) => p.name).sort());
    expect(parameterLabel('cred_base')).toBe('Baseline credibility with no ballast');
    expect(parameterLabel('no_such_parameter')).toBe('no_such_parameter');
    expect(parameterLabel('toString')).toBe('toString');
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
  const w = { troops: 0.4, command: 0.2, nuclear: 0.15, bases: 0.1, efp: 0.15, values: 0, troopsRef: 50000, basesRef: 5, valuesRef: 0.75 };
  it('counts bases up to bases_ref: two of five bases give 2/5 of the bases weight', () => {
    expect(ballastIndex(w, 0, 0, 0, 2, 0, 0.8)).toBeCloseTo(0.1 * 2 / 5, 12);
    expect(ballastIndex(w, 0, 0, 0, 9, 0, 0.8)).toBeCloseTo(0.1, 12);
  });
  it('is 1 with everything and 0 with nothing', () => {
    expect(ballastIndex({ ...w, values: 0.25 }, 50000, 1, 1, 5, 1, 0.8)).toBeCloseTo(1, 12);
    expect(ballastIndex({ ...w, values: 0.25 }, 0, 0, 0, 0, 0, 0)).toBe(0);
  });
  it('counts troops on a log scale: 1,000 troops give ln(1001)/ln(50001) of the troop weight', () => {
    expect(ballastIndex(w, 1000, 0, 0, 0, 0, 0.8)).toBeCloseTo(0.4 * Math.log(1001) / Math.log(50001), 12);
  });
  it('thins with democratic backsliding: libdem 0.45 against a reference of 0.75 gives 0.6 of the values weight', () => {
    const v = { ...w, values: 0.25 };
    // Weights sum to 1.25: values component 0.25 · 0.45/0.75 = 0.15, over 1.25.
    expect(ballastIndex(v, 0, 0, 0, 0, 0, 0.45)).toBeCloseTo(0.15 / 1.25, 12);
    // No V-Dem score: the values weight leaves the sum, so the other components keep their scale.
    expect(ballastIndex(v, 0, 1, 0, 0, 0, Number.NaN)).toBeCloseTo(0.2, 12);
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
  const w = { credibility: 12, credibilityReference: 0.5, threatBalancing: 1.5, affinity: 4, accommodation: 8, peer: 4, bilateral: 3, cover: 2.5, networking: 2, constAccommodation: -2.5, constBilateral: -3, constCover: -3, constNetworking: -3.5, switchCost: 1, switchCostBallast: 3 };
  const europe = Uint8Array.of(1, 1, 1, 1, 0), asia = Uint8Array.of(1, 1, 0, 0, 1);
  const x = { credibility: 0.6, threat: 1, affinity: 0.2, peers: Float64Array.of(0.5, 0.25, 0, 0.25, 0), deal: 1, cover: 0, protection: 0.6, weakness: 0.9, exposure: 0.5, inclination: 0.4, ballast: 0.5, current: 0, offered: europe };
  const sw = 1 + 3 * 0.5;
  it('computes the European utilities by hand', () => {
    const u = new Float64Array(5);
    stanceUtilities(x, w, u);
    expect(u[0]).toBeCloseTo(12 * 0.1 + 1.5 * 0.6, 12);
    // Accommodation: no threat term; 8 · (1 − 0.6) · 0.9 · 0.5 · 0.4 = 0.576.
    expect(u[1]).toBeCloseTo(-2.5 + 4 * 0.2 + 8 * 0.4 * 0.9 * 0.5 * 0.4 + 4 * 0.25 - sw, 12);
    expect(u[2]).toBeCloseTo(-3 + 3 * 0.4 - sw, 12);
    expect(u[3]).toBeCloseTo(-3 + 2.5 * 0.4 + 4 * 0.25 - sw, 12);
    expect(u[4]).toBe(-Infinity);
  });
  it('offers the Asia-Pacific allies networking and not a pact or European cover', () => {
    const u = new Float64Array(5);
    stanceUtilities({ ...x, offered: asia }, w, u);
    expect([u[2], u[3]]).toEqual([-Infinity, -Infinity]);
    expect(u[4]).toBeCloseTo(-3.5 + 2 * 0.4 - sw, 12);
    softmax(u);
    expect([u[2], u[3]]).toEqual([0, 0]);
  });
  it('balances: more threat raises the aligned and Western utilities and leaves accommodation alone', () => {
    const lo = new Float64Array(5), hi = new Float64Array(5);
    stanceUtilities(x, w, lo);
    stanceUtilities({ ...x, threat: 3 }, w, hi);
    expect(hi[0]).toBeGreaterThan(lo[0]!);
    expect(hi[3]).toBeGreaterThan(lo[3]!);
    expect(hi[1]).toBe(lo[1]);
  });
  it('accommodation needs weakness, exposure and inclination together: any of them 0 removes the term', () => {
    const full = new Float64Array(5);
    stanceUtilities(x, w, full);
    for (const k of ['weakness', 'exposure', 'inclination', 'protection'] as const) {
      const u = new Float64Array(5);
      stanceUtilities({ ...x, [k]: k === 'protection' ? 1 : 0 }, w, u);
      expect(full[1]! - u[1]!, k).toBeCloseTo(8 * 0.4 * 0.9 * 0.5 * 0.4, 12);
    }
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
    const offered = Float64Array.of(0, -Infinity, 0, -Infinity);
    softmax(offered);
    expect([...offered]).toEqual([0.5, 0, 0.5, 0]);
  });
  it('each utility is its row of stanceTerms summed in order, to the bit (the explanation shows the numbers the model used)', () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true }), any = fc.double({ min: -20, max: 20, noNaN: true });
    const inputs = fc.record({
      credibility: unit, threat: fc.double({ min: 0, max: 5, noNaN: true }), affinity: unit, peers: fc.array(unit, { minLength: 5, maxLength: 5 }), deal: fc.integer({ min: 0, max: 2 }),
      cover: unit, protection: unit, weakness: unit, exposure: unit, inclination: unit, ballast: unit, current: fc.integer({ min: 0, max: 4 }), europe: fc.boolean(),
    });
    const weights = fc.record(Object.fromEntries(Object.keys(w).map((k) => [k, any])) as Record<keyof typeof w, fc.Arbitrary<number>>);
    fc.assert(fc.property(inputs, weights, (i, ww) => {
      const xi = { ...i, peers: Float64Array.from(i.peers), offered: i.europe ? europe : asia };
      const u = new Float64Array(5), terms = new Float64Array(5 * TERM_NAMES.length);
      stanceUtilities(xi, ww, u);
      stanceTerms(xi, ww, terms);
      for (let s = 0; s < 5; s++) {
        if (xi.offered[s] === 0) { expect(u[s]).toBe(-Infinity); continue; }
        let sum = 0;
        for (let c = 0; c < TERM_NAMES.length; c++) sum += terms[s * TERM_NAMES.length + c]!;
        expect(Object.is(u[s], sum) || (u[s] === 0 && sum === 0), `stance ${s}`).toBe(true);
      }
    }), { seed: 5, numRuns: 2000 });
  });
  it('softmax is exp(u − max) / Σ, to the bit, with exp left out only where its value is exact', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.double({ min: -50, max: 50, noNaN: true }), fc.constant(-Infinity), fc.constant(3)), { minLength: 2, maxLength: 5 }), (xs) => {
      if (xs.every((x) => x === -Infinity)) return;
      const max = Math.max(...xs), e = xs.map((x) => Math.exp(x - max)), sum = e.reduce((a, b) => a + b, 0);
      const u = Float64Array.from(xs);
      softmax(u);
      expect(Array.from(u)).toEqual(e.map((x) => x / sum));
    }), { seed: 9, numRuns: 2000 });
  });
  it('drawStance picks by cumulative probability, never a stance of probability 0', () => {
    const p = Float64Array.of(0.5, 0.2, 0.2, 0.1);
    expect([0, 0.49, 0.5, 0.69, 0.7, 0.89, 0.9, 0.999].map((u) => drawStance(p, u))).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    // Rounding can leave the sum a hair under 1: the remainder goes to the last offered stance.
    expect(drawStance(Float64Array.of(0.6, 0.3999999, 0, 0, 0), 0.99999999)).toBe(1);
  });
});

describe('nuclear ladder', () => {
  const rates = { explore: 0.01, pursue: 0.02, acquire: 0.03, reverse: 0.1, cap: 0.5 };
  it('protection: a Franco-British guarantee replaces a share κ·cover of the missing U.S. protection', () => {
    expect(protectionOf(0.6, 0, 0.5)).toBeCloseTo(0.6, 12);
    // 1 − 0.4 · (1 − 0.5 · 0.6) = 0.72.
    expect(protectionOf(0.6, 0.6, 0.5)).toBeCloseTo(0.72, 12);
    expect(protectionOf(0.6, 1, 1)).toBe(1);
  });
  it('willingness is gain · (NT·(1 − Π) − threshold) above the threshold, else 0', () => {
    expect(willingness(2, 0.5, 5, 0.5)).toBeCloseTo(2.5, 12);
    expect(willingness(1, 0.6, 5, 0.5)).toBe(0);
  });
  it('opportunity: latent states move faster, the others by economic capacity; the NPT slows both', () => {
    const v = parameterValues({ nuclear_latent_opportunity: 1, nuclear_other_opportunity: 0.3, nuclear_npt_restraint: 0.5 });
    expect(opportunity(true, 0.1, true, v)).toBe(0.5);
    expect(opportunity(false, 1, false, v)).toBeCloseTo(0.3, 12);
    // A Lithuania-sized economy (capacity 0.09), not latent, in the NPT: 0.3 · 0.09 · 0.5.
    expect(opportunity(false, 0.09, true, v)).toBeCloseTo(0.3 * 0.09 * 0.5, 12);
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
  it('target a + b·T + c·T·(1 − C) + d·peers + e·pressure, by hand', () => {
    // T = 2, C = 0.6: the uncovered threat is 2 × 0.4 = 0.8.
    expect(effortTarget(k, 2, 0.6, 1.5, 1)).toBeCloseTo(1 + 1 + 0.8 + 0.75 + 0.3, 12);
    // A fully credible guarantee leaves no threat uncovered; no threat, nothing to cover.
    expect(effortTarget(k, 2, 1, 1.5, 0)).toBeCloseTo(1 + 1 + 0 + 0.75, 12);
    expect(effortTarget(k, 0, 0.2, 1.5, 0)).toBeCloseTo(1 + 0 + 0 + 0.75, 12);
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
  it('cohesion is the contribution share the alliance can count on, each ally weighted by its stance', () => {
    const weight = Float64Array.of(1, 0, 0.5, 0.5, 0.75);
    // Allies: 3 aligned, 1 accommodating, 10 inactive: 3 / 4.
    expect(cohesionOf(3, Uint8Array.of(1, 1, 0), Uint8Array.of(0, 1, 0), Uint8Array.of(0, 0, 0), Float64Array.of(3, 1, 10), weight)).toBe(0.75);
    // A bilateral pact (2) counts half and European cover (3) half: (4 + 0.5·2 + 0.5·2) / 8 = 0.75.
    expect(cohesionOf(3, Uint8Array.of(1, 1, 1), Uint8Array.of(0, 2, 3), Uint8Array.of(0, 0, 0), Float64Array.of(4, 2, 2), weight)).toBe(0.75);
  });
  it('cohesionByScope gives the system and each theatre', () => {
    const out = new Float64Array(3);
    // Europe: 6 aligned, 2 accommodating; Asia: 2 networking (0.75).
    cohesionByScope(3, Uint8Array.of(1, 1, 1), Uint8Array.of(0, 1, 4), Uint8Array.of(0, 0, 1), Float64Array.of(6, 2, 2), Float64Array.of(1, 0, 0.5, 0.5, 0.75), out);
    expect([...out]).toEqual([(6 + 1.5) / 10, 0.75, 0.75]);
  });
  it('outcomes follow the thresholds', () => {
    expect([0.97, 0.95, 0.9, 0.6, 0.2].map((c) => outcomeOf(c, 0.95, 0.75, 0.5))).toEqual([0, 0, 1, 2, 3]);
  });
});
