import { describe, expect, it } from 'vitest';
import { differenceGroups, differenceRows, excludesZero } from '../../web/src/differences.js';
import { PAIRED_FIELDS } from '../../src/engine/paired.js';

const band = { mean: [], q05: [], q25: [], q50: [], q75: [], q95: [] };
const metrics = {
  cohesion: { unit: 'share of military contribution', meaning: '', ...band },
  cohesion_europe: { unit: 'share of military contribution', meaning: '', ...band },
  accommodation: { unit: 'allies', meaning: '', ...band },
  europe_cover: { unit: 'allies', meaning: '', ...band },
};

describe('differenceRows(comparison)', () => {
  it('reads outcome probabilities of the system and of each theatre in percentage points and marks intervals that exclude 0', () => {
    const rows = differenceRows({ a: { metrics }, differences: [
      { field: 'p_holds', mean: -0.123, lo: -0.14, hi: -0.106 },
      { field: 'europe_p_holds', mean: -0.2, lo: -0.25, hi: -0.15 },
      { field: 'asia_pacific_p_unravelled', mean: 0.004, lo: -0.001, hi: 0.009 },
      { field: 'cohesion', mean: 0.0004, lo: -0.0002, hi: 0.001 },
      { field: 'cohesion_europe', mean: -0.05, lo: -0.06, hi: -0.04 },
      { field: 'accommodation', mean: 1.5, lo: 1.25, hi: 1.75 },
      { field: 'europe_cover', mean: 0.5, lo: 0.25, hi: 0.75 },
    ] });
    expect(rows.map((r) => [r.scope, r.label, r.mean, r.interval, r.unit, r.excludesZero])).toEqual([
      ['system', 'P(holds)', '−12.3', '−14.0 to −10.6', 'percentage points', true],
      ['europe', 'P(holds), Europe', '−20.0', '−25.0 to −15.0', 'percentage points', true],
      ['asia_pacific', 'P(unravelled), Asia-Pacific', '+0.4', '−0.1 to +0.9', 'percentage points', false],
      ['metric', 'cohesion, the whole system', '+0.0004', '−0.0002 to +0.0010', 'share of military contribution', false],
      ['metric', 'cohesion, Europe', '−0.050', '−0.060 to −0.040', 'share of military contribution', true],
      ['metric', 'allies accommodating their rival (Russia / China)', '+1.50', '+1.25 to +1.75', 'allies', true],
      ['metric', 'Europe: allies under European cover', '+0.50', '+0.25 to +0.75', 'allies', true],
    ]);
  });

  it('knows every outcome field the engine pairs: the system\'s and each theatre\'s', () => {
    const rows = differenceRows({ a: { metrics: {} }, differences: PAIRED_FIELDS.map((field) => ({ field, mean: 0, lo: 0, hi: 0 })) });
    expect(rows.filter((r) => r.scope !== 'metric').map((r) => r.field)).toEqual(PAIRED_FIELDS.filter((f) => /(^|_)p_/.test(f)));
    expect(differenceGroups(rows).map((g) => [g.heading, g.rows.length])).toEqual([
      ['Outcomes of the whole system', 4], ['Outcomes in Europe', 4], ['Outcomes in the Asia-Pacific', 4], ['Metrics', PAIRED_FIELDS.length - 12],
    ]);
  });

  it('treats an interval touching 0 as not excluding it', () => {
    expect([excludesZero(0, 0.1), excludesZero(-0.1, 0), excludesZero(0.01, 0.1), excludesZero(-0.1, -0.01)]).toEqual([false, false, true, true]);
  });
});
