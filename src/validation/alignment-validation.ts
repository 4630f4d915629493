/**
 * Alignment onsets, time split (issue 11, item 2): the onset logit (alignment-fit.ts) is fitted on
 * a training copy of data/ cut at `trainUntil` (default 2000) and scored on the ally-years at
 * risk of trainUntil+1 … testUntil (2001–2016), against the climatological baseline — the
 * training base rate, a constant forecast — scored the same way:
 *   Brier = mean (p − y)²  (Brier 1950),   log score = mean −[y ln p + (1 − y) ln(1 − p)]
 * (Gneiting & Raftery 2007, "Strictly Proper Scoring Rules, Prediction, and Estimation", JASA
 * 102: 359–378; lower is better for both as written here), and the skill 1 − S_model / S_base.
 * Ranking: every ally of `rankYear` (2016), inside an episode or not, ranked by predicted risk;
 * the positives are the allies with an "away" episode holding at some point of
 * rankFrom … rankYear (2010–2016). AUC = Pr(risk of a positive > risk of a negative), ties ½
 * (Hanley & McNeil 1982, Radiology 143: 29–36); 0.5 is chance.
 */
import { aucMannWhitney } from './scores.js';
import { defaultDataDir, loadFacts } from '../data/index.js';
import { alignmentPanel } from '../model/calibration/alignment-panel.js';
import { estimateAlignment, type AlignmentEstimate, type AlignmentFitOptions } from '../model/calibration/alignment-fit.js';

export interface OnsetScores { readonly brier: number; readonly logScore: number }

export interface AlignmentValidation {
  readonly trainUntil: number;
  readonly testYears: readonly [number, number];
  readonly fit: AlignmentEstimate;
  readonly test: { readonly n: number; readonly onsets: number; readonly observedRate: number; readonly model: OnsetScores; readonly baseline: OnsetScores; readonly brierSkill: number; readonly logSkill: number; readonly onsetRisks: { iso3: string; year: number; risk: number; percentile: number }[] };
  readonly ranking: { readonly year: number; readonly positives: readonly string[]; readonly auc: number; readonly order: { iso3: string; risk: number; positive: boolean }[] };
}

export function onsetScores(p: readonly number[], y: readonly number[]): OnsetScores {
  const n = y.length;
  let b = 0, l = 0;
  for (let i = 0; i < n; i++) {
    const q = Math.min(Math.max(p[i]!, 1e-12), 1 - 1e-12);
    b += (q - y[i]!) ** 2;
    l -= y[i]! === 1 ? Math.log(q) : Math.log(1 - q);
  }
  return { brier: b / n, logScore: l / n };
}

/** AUC by the Mann–Whitney statistic, ties ½ (scores.ts); NaN if either class is empty. */
export function auc(scores: readonly number[], positive: readonly boolean[]): number {
  return aucMannWhitney(scores, positive.map((x) => (x ? 1 : 0))) ?? NaN;
}

export function alignmentValidation(options: { dataDir?: string; trainUntil?: number; testUntil?: number; rankFrom?: number; fit?: AlignmentFitOptions } = {}): AlignmentValidation {
  const dataDir = options.dataDir ?? defaultDataDir();
  const trainUntil = options.trainUntil ?? 2000, testUntil = options.testUntil ?? 2016, rankFrom = options.rankFrom ?? 2010;
  const fit = estimateAlignment(dataDir, trainUntil, options.fit);
  const all = alignmentPanel({ dataDir, from: trainUntil + 1, to: testUntil, allAllies: true });
  const test = all.filter((r) => r.atRisk);
  const p = test.map((r) => fit.predict(r)), y = test.map((r) => r.onset);
  const model = onsetScores(p, y), baseline = onsetScores(test.map(() => fit.baseRate), y);
  const onsets = y.reduce<number>((s, v) => s + v, 0);
  const onsetRisks = test.flatMap((r, i) => (r.onset === 1 ? [{
    iso3: r.iso3, year: r.year, risk: p[i]!,
    percentile: test.filter((q, j) => q.year === r.year && p[j]! <= p[i]!).length / test.filter((q) => q.year === r.year).length,
  }] : []));
  const episodes = loadFacts(dataDir).alignment.entries.filter((e) => e.direction === 'away' && e.from <= `${testUntil}-12-31` && (e.until === null || e.until >= `${rankFrom}-01-01`));
  const lastYear = all.filter((r) => r.year === testUntil);
  const order = lastYear.map((r) => ({ iso3: r.iso3, risk: fit.predict(r), positive: episodes.some((e) => e.iso3 === r.iso3) })).sort((a, b) => b.risk - a.risk);
  return {
    trainUntil, testYears: [trainUntil + 1, testUntil], fit,
    test: { n: test.length, onsets, observedRate: onsets / test.length, model, baseline, brierSkill: 1 - model.brier / baseline.brier, logSkill: 1 - model.logScore / baseline.logScore, onsetRisks },
    ranking: { year: testUntil, positives: order.filter((o) => o.positive).map((o) => o.iso3), auc: auc(order.map((o) => o.risk), order.map((o) => o.positive)), order },
  };
}
