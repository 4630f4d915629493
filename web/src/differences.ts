/** Reading a comparison's differences (A − B at the horizon, paired runs): labels, units, and whether 0 is excluded. */
import type { CompareResponse } from '../../src/server/contract.js';

export interface DifferenceRow { field: string; label: string; unit: string; mean: string; interval: string; excludesZero: boolean }

const signed = (x: number, digits: number, scale = 1) => {
  const v = Math.abs(x * scale);
  return `${x > 0 ? '+' : x < 0 ? '−' : '±'}${v.toFixed(digits)}`;
};

/** Enough decimals that the interval's ends do not read as zero when they are not (at most 4). */
function decimals(base: number, values: readonly number[]): number {
  let d = base;
  while (d < 4 && values.some((v) => v !== 0 && Math.abs(v) < 0.5 * 10 ** -d)) d++;
  return d;
}

/** True when the 95% interval lies wholly on one side of zero. */
export function excludesZero(lo: number, hi: number): boolean {
  return lo > 0 || hi < 0;
}

/**
 * One row per difference. Outcome probabilities (p_*) read in percentage points; metrics in
 * their own unit (from the comparison's metric table), shares with three decimals, counts with two.
 */
export function differenceRows(c: Pick<CompareResponse, 'differences' | 'a'>): DifferenceRow[] {
  return c.differences.map((d) => {
    const outcome = /^p_(.+)$/.exec(d.field);
    if (outcome) {
      const k = decimals(1, [d.mean * 100, d.lo * 100, d.hi * 100]);
      return { field: d.field, label: `P(${outcome[1]})`, unit: 'percentage points', mean: signed(d.mean, k, 100), interval: `${signed(d.lo, k, 100)} to ${signed(d.hi, k, 100)}`, excludesZero: excludesZero(d.lo, d.hi) };
    }
    const m = c.a.metrics[d.field];
    const digits = decimals(m && /share|probability/.test(m.unit) ? 3 : 2, [d.mean, d.lo, d.hi]);
    return { field: d.field, label: d.field.replace(/_/g, ' '), unit: m?.unit ?? '', mean: signed(d.mean, digits), interval: `${signed(d.lo, digits)} to ${signed(d.hi, digits)}`, excludesZero: excludesZero(d.lo, d.hi) };
  });
}
