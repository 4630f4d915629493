/** Reading a comparison's differences (A − B at the horizon, paired runs): labels, units, and whether 0 is excluded. */
import type { CompareResponse } from '../../src/server/contract.js';
import type { OutcomeScope } from '../../src/vocabulary.js';
import { fieldLabel, isTheatre, OUTCOME_FIELDS, THEATRE_IN_TEXT } from './labels.js';

/** Which group a difference belongs to: the outcomes of the system or of a theatre, or the metrics. */
export type DifferenceScope = OutcomeScope | 'metric';

export interface DifferenceRow { field: string; scope: DifferenceScope; label: string; unit: string; mean: string; interval: string; excludesZero: boolean }

/** A group's heading: "Outcomes of the whole system", "Outcomes in Europe", "Outcomes in the Asia-Pacific", "Metrics". */
export function scopeHeading(scope: DifferenceScope): string {
  if (scope === 'system') return 'Outcomes of the whole system';
  if (scope === 'metric') return 'Metrics';
  return `Outcomes in ${isTheatre(scope) ? THEATRE_IN_TEXT[scope] : scope}`;
}

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
 * One row per difference, in the comparison's order. Outcome probabilities of the system
 * ('p_holds': "P(holds)") and of each theatre ('europe_p_holds': "P(holds), Europe") read in
 * percentage points; metrics in their own unit (from the comparison's metric table), shares
 * with three decimals, counts with two.
 */
export function differenceRows(c: Pick<CompareResponse, 'differences'> & { a: Pick<CompareResponse['a'], 'metrics'> }): DifferenceRow[] {
  return c.differences.map((d) => {
    const outcome = OUTCOME_FIELDS.get(d.field);
    if (outcome) {
      const k = decimals(1, [d.mean * 100, d.lo * 100, d.hi * 100]);
      return { field: d.field, scope: outcome.scope, label: fieldLabel(d.field), unit: 'percentage points', mean: signed(d.mean, k, 100), interval: `${signed(d.lo, k, 100)} to ${signed(d.hi, k, 100)}`, excludesZero: excludesZero(d.lo, d.hi) };
    }
    const m = c.a.metrics[d.field];
    const digits = decimals(m && /share|probability/.test(m.unit) ? 3 : 2, [d.mean, d.lo, d.hi]);
    return { field: d.field, scope: 'metric', label: fieldLabel(d.field), unit: m?.unit ?? '', mean: signed(d.mean, digits), interval: `${signed(d.lo, digits)} to ${signed(d.hi, digits)}`, excludesZero: excludesZero(d.lo, d.hi) };
  });
}

/** The rows in groups, in the order they first appear (the system's outcomes, each theatre's, then the metrics). */
export function differenceGroups(rows: readonly DifferenceRow[]): { scope: DifferenceScope; heading: string; rows: DifferenceRow[] }[] {
  const groups: { scope: DifferenceScope; heading: string; rows: DifferenceRow[] }[] = [];
  for (const r of rows) {
    const g = groups.find((x) => x.scope === r.scope);
    if (g) g.rows.push(r); else groups.push({ scope: r.scope, heading: scopeHeading(r.scope), rows: [r] });
  }
  return groups;
}
