import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignmentValidation, auc, onsetScores } from '../../src/validation/alignment-validation.js';
import { alignmentPanel } from '../../src/model/calibration/alignment-panel.js';

describe('alignment validation, time split', () => {
  const dataDir = resolve('data');
  const v = alignmentValidation({ dataDir });

  it('trains on years ≤ 2000 only and tests on 2001–2016 ally-years at risk', () => {
    expect(v.fit.years[1]).toBeLessThanOrEqual(2000);
    expect(v.fit.n).toBe(alignmentPanel({ dataDir, to: 2000 }).length);
    expect(v.testYears).toEqual([2001, 2016]);
    const test = alignmentPanel({ dataDir, from: 2001, to: 2016 });
    expect(v.test.n).toBe(test.length);
    expect(v.test.onsets).toBe(test.filter((r) => r.onset === 1).length);
    expect(v.test.onsetRisks.every((o) => o.year > 2000)).toBe(true);
  });

  it('scores the baseline (training base rate) the same way as the model', () => {
    const test = alignmentPanel({ dataDir, from: 2001, to: 2016 });
    const b = v.fit.baseRate, k = v.test.onsets, n = v.test.n;
    expect(v.test.baseline.brier).toBeCloseTo((k * (1 - b) ** 2 + (n - k) * b ** 2) / n, 12);
    expect(v.test.baseline.logScore).toBeCloseTo(-(k * Math.log(b) + (n - k) * Math.log(1 - b)) / n, 12);
    expect(v.test.model).toEqual(onsetScores(test.map((r) => v.fit.predict(r)), test.map((r) => r.onset)));
    expect(v.test.brierSkill).toBeCloseTo(1 - v.test.model.brier / v.test.baseline.brier, 12);
  });

  it('ranks every 2016 ally, with the 2010–2016 episodes as positives', () => {
    expect(v.ranking.positives.slice().sort()).toEqual(['HUN', 'JPN', 'PHL', 'THA']);
    expect(v.ranking.order.length).toBeGreaterThan(25);
    for (let i = 1; i < v.ranking.order.length; i++) expect(v.ranking.order[i - 1]!.risk).toBeGreaterThanOrEqual(v.ranking.order[i]!.risk);
    expect(v.ranking.auc).toBeGreaterThanOrEqual(0);
    expect(v.ranking.auc).toBeLessThanOrEqual(1);
  });

  it('computes AUC and scores by hand on small cases', () => {
    expect(auc([0.9, 0.1, 0.5, 0.5], [true, false, true, false])).toBeCloseTo((1 + 1 + 1 + 0.5) / 4, 12);
    const s = onsetScores([0.2, 0.5], [1, 0]);
    expect(s.brier).toBeCloseTo((0.64 + 0.25) / 2, 12);
    expect(s.logScore).toBeCloseTo(-(Math.log(0.2) + Math.log(0.5)) / 2, 12);
  });
});
