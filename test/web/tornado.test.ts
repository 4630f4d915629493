import { describe, expect, it } from 'vitest';
import type { SensitivityResponse } from '../../web/src/api.js';
import { sensitivityKey, tornadoBars, tornadoExtent, tornadoUnit } from '../../web/src/tornado.js';

const base = { outcome: 'p_holds' as const, space: 'ranges' as const, runsPerEvaluation: 200, evaluations: 220 };

describe('tornadoBars(response)', () => {
  it('Morris: μ* is the bar, σ the line, μ the sign; largest first, ties in the server\'s order', () => {
    const r: SensitivityResponse = { ...base, method: 'morris', parameters: [
      { name: 'a', min: 0, max: 1, over: 'range', muStar: 0.1, mu: -0.1, sigma: 0.02 },
      { name: 'b', min: 0, max: 2, over: 'range', muStar: 0.3, mu: 0.3, sigma: 0.05 },
      { name: 'c', min: 0, max: 1, over: 'range', muStar: 0.1, mu: 0.05, sigma: 0.2 },
    ] };
    const bars = tornadoBars(r);
    expect(bars.map((b) => b.name)).toEqual(['b', 'a', 'c']);
    expect(bars[0]).toEqual({ name: 'b', label: 'b', min: 0, max: 2, value: 0.3, inner: 0.05, signed: 0.3, interval: null });
    expect(tornadoExtent(bars, 'morris')).toBe(0.3);
  });

  it('Sobol\': ST is the bar with its interval, S1 inside; a parameter without a value goes last', () => {
    const r: SensitivityResponse = { ...base, method: 'sobol', parameters: [
      { name: 'x', min: 0, max: 1, over: 'range' },
      { name: 'y', min: 0, max: 1, over: 'range', s1: 0.01, st: 0.02, stInterval: [0, 0.05] },
      { name: 'z', min: 0, max: 1, over: 'range', s1: 0.3, st: 0.45, stInterval: [0.4, 0.5], s1Interval: [0.25, 0.35] },
    ] };
    const bars = tornadoBars(r);
    expect(bars.map((b) => [b.name, b.value, b.inner, b.interval])).toEqual([['z', 0.45, 0.3, [0.4, 0.5]], ['y', 0.02, 0.01, [0, 0.05]], ['x', null, null, null]]);
    expect(tornadoExtent(bars, 'sobol')).toBe(0.5);
    expect(tornadoExtent(bars.slice(1), 'sobol')).toBe(0.1); // small indices still read against a 0–0.1 axis
  });

  it('labels each bar with the registry\'s plain-English label and keeps the code name', () => {
    const r: SensitivityResponse = { ...base, method: 'morris', parameters: [
      { name: 'cred_base', min: 0.22, max: 0.745, over: 'range', muStar: 0.2, mu: 0.2, sigma: 0.01 },
      { name: 'signal_talk_weight', min: 0, max: 0.3, over: 'range', muStar: 0.1, mu: -0.1, sigma: 0.01 },
    ] };
    expect(tornadoBars(r).map((b) => [b.name, b.label])).toEqual([['cred_base', 'Baseline credibility with no ballast'], ['signal_talk_weight', 'Weight of a month of rhetoric']]);
  });

  it('names the unit of the bars and keys each analysis by method and outcome', () => {
    expect(tornadoUnit('sobol', 'p_holds')).toBe("share of the outcome's variance");
    expect(tornadoUnit('morris', 'allies_at_2pct')).toBe("change in allies at ≥2% across each parameter's range (allies)");
    expect(sensitivityKey('morris', 'p_nuclear')).toBe('morris:p_nuclear');
  });
});
