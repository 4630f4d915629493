/**
 * Out-of-sample validation of the proliferation hazard (issue 11, item 3, part 5): the panel is
 * cut into eras; each era is predicted by a fit that did not see it, and the onsets are scored by
 * the AUC against a base-rate baseline scored the same way.
 *
 * Two designs, reported side by side:
 *  - leave one era out: fit on every other era (earlier and later), predict the held-out one.
 *    It uses later data to predict earlier years, so it is NOT a forecast test;
 *  - time-respecting: fit only on the eras before the held-out one (the house rule that training
 *    data cannot see the test years). The first era has no such fit and is not scored.
 *
 * AUC = P(score of an onset year > score of a non-onset year) + ½·P(tie), computed from mid-ranks
 * as the Mann–Whitney statistic (Hanley & McNeil 1982): AUC = (R₁ − n₁(n₁ + 1)/2) / (n₁ n₀), R₁ the
 * rank sum of the onsets. The base rate (the training share of onsets) gives every state-year the
 * same score: its AUC is ½ by construction, so it is also scored by the Brier score, where it can win.
 */
import { aucMannWhitney } from './scores.js';

export { aucMannWhitney };
import { annualHazard, fitProliferationHazard, type HazardPanel, type HazardRow } from '../model/calibration/proliferation-hazard.js';

/** Mean squared error of probabilities against outcomes (Brier 1950). */
export function brier(p: readonly number[], y: readonly (0 | 1)[]): number {
  let s = 0;
  for (let i = 0; i < p.length; i++) s += (p[i]! - y[i]!) ** 2;
  return s / p.length;
}

export interface Era { readonly name: string; readonly from: number; readonly to: number }

/** The eras of issue 11 on the panel's years (data/proliferation_panel.csv, 1946–2010): 1946–1959, 1960–1974, 1975–1989, 1990–2010. */
export const PROLIFERATION_ERAS: readonly Era[] = [
  { name: '1946-1959', from: 1946, to: 1959 },
  { name: '1960-1974', from: 1960, to: 1974 },
  { name: '1975-1989', from: 1975, to: 1989 },
  { name: '1990-2010', from: 1990, to: 2010 },
];

export interface EraScore {
  readonly era: string;
  readonly design: 'leave-one-era-out' | 'time-respecting';
  /** Years the fit was trained on (min, max), for the reader to check that no test year was seen. */
  readonly trainYears: readonly [number, number];
  readonly testRows: number;
  readonly testOnsets: number;
  /** Null when the held-out era has no onset (AUC undefined) or the fit failed. */
  readonly aucModel: number | null;
  readonly aucBaseRate: number | null;
  readonly brierModel: number | null;
  readonly brierBaseRate: number;
}

export interface ProliferationValidation {
  readonly scores: readonly EraScore[];
  /** Pooled over the scored eras, per design: the AUC of all held-out predictions together. */
  readonly pooled: Readonly<Record<EraScore['design'], { aucModel: number | null; aucBaseRate: number | null; brierModel: number; brierBaseRate: number; onsets: number; rows: number }>>;
}

const inEra = (r: HazardRow, e: Era) => r.year >= e.from && r.year <= e.to;

/**
 * Scores the hazard out of sample by era, in both designs. `options` go to the fit (duration
 * terms, ridge). Eras whose fit fails are reported with null model scores.
 */
export function proliferationValidation(panel: HazardPanel, eras: readonly Era[] = PROLIFERATION_ERAS, options: { duration?: boolean; ridge?: number } = {}): ProliferationValidation {
  const scores: EraScore[] = [];
  const pooled: Record<EraScore['design'], { p: number[]; base: number[]; y: (0 | 1)[] }> = { 'leave-one-era-out': { p: [], base: [], y: [] }, 'time-respecting': { p: [], base: [], y: [] } };
  for (const [k, era] of eras.entries()) {
    const test = panel.rows.filter((r) => inEra(r, era));
    if (test.length === 0) continue;
    const designs: [EraScore['design'], HazardRow[]][] = [
      ['leave-one-era-out', panel.rows.filter((r) => !inEra(r, era) && eras.some((e) => inEra(r, e)))],
      ['time-respecting', panel.rows.filter((r) => eras.slice(0, k).some((e) => inEra(r, e)))],
    ];
    for (const [design, train] of designs) {
      if (train.length === 0) continue;
      const est = fitProliferationHazard(panel, train, options);
      const rate = train.reduce((s, r) => s + r.onset, 0) / train.length;
      const y = test.map((r) => r.onset);
      const p = est ? test.map((r) => annualHazard(est, r)) : null;
      const base = test.map(() => rate);
      scores.push({
        era: era.name, design,
        trainYears: [Math.min(...train.map((r) => r.year)), Math.max(...train.map((r) => r.year))],
        testRows: test.length, testOnsets: y.reduce<number>((s, v) => s + v, 0),
        aucModel: p ? aucMannWhitney(p, y) : null, aucBaseRate: aucMannWhitney(base, y),
        brierModel: p ? brier(p, y) : null, brierBaseRate: brier(base, y),
      });
      if (p) { pooled[design].p.push(...p); pooled[design].base.push(...base); pooled[design].y.push(...y); }
    }
  }
  const summary = (d: EraScore['design']) => {
    const { p, base, y } = pooled[d];
    return { aucModel: aucMannWhitney(p, y), aucBaseRate: aucMannWhitney(base, y), brierModel: p.length ? brier(p, y) : NaN, brierBaseRate: base.length ? brier(base, y) : NaN, onsets: y.reduce<number>((s, v) => s + v, 0), rows: y.length };
  };
  return { scores, pooled: { 'leave-one-era-out': summary('leave-one-era-out'), 'time-respecting': summary('time-respecting') } };
}
