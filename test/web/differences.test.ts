import { describe, expect, it } from 'vitest';
import { differenceRows, excludesZero } from '../../web/src/differences.js';

const band = { mean: [], q05: [], q25: [], q50: [], q75: [], q95: [] };
const metrics = { cohesion: { unit: 'share of allied capability (CINC)', meaning: '', ...band }, hedging: { unit: 'allies', meaning: '', ...band } };

describe('differenceRows(comparison)', () => {
  it('reads outcome probabilities in percentage points and marks intervals that exclude 0', () => {
    const rows = differenceRows({ a: { name: 'a', outcomes: [], metrics }, differences: [
      { field: 'p_holds', mean: -0.123, lo: -0.14, hi: -0.106 },
      { field: 'cohesion', mean: 0.0004, lo: -0.0002, hi: 0.001 },
      { field: 'hedging', mean: 1.5, lo: 1.25, hi: 1.75 },
    ] });
    expect(rows.map((r) => [r.label, r.mean, r.interval, r.unit, r.excludesZero])).toEqual([
      ['P(holds)', '−12.3', '−14.0 to −10.6', 'percentage points', true],
      ['cohesion', '+0.0004', '−0.0002 to +0.0010', 'share of allied capability (CINC)', false],
      ['hedging', '+1.50', '+1.25 to +1.75', 'allies', true],
    ]);
  });

  it('treats an interval touching 0 as not excluding it', () => {
    expect([excludesZero(0, 0.1), excludesZero(-0.1, 0), excludesZero(0.01, 0.1), excludesZero(-0.1, -0.01)]).toEqual([false, false, true, true]);
  });
});
