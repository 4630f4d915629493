/**
 * The long-panel defence-effort equation (issue 11, item 1, item 3 of the brief), by Blundell–Bond
 * system GMM (gmm.ts: collapsed instruments, two-step, Windmeijer-corrected errors):
 *   m_it = α·m_i,t−1 + Σ_k β_k·x_k,it + c + η_i + ε_it,   x = LONG_TERMS (effort-long-panel.ts)
 * Assumption: the x terms are predetermined/exogenous and instrument themselves; the lag is
 * instrumented by collapsed levels t−2..t−maxLag (differences) and Δm_i,t−1 (levels; Blundell &
 * Bond 1998), Roodman (2009) §6 on keeping the instrument count below the number of units.
 * Terms constant in the sample (e.g. the pledge pulls before 2006) are dropped.
 */
import { systemGmm, differenceGmm, type GmmFit, type PanelUnit } from './gmm.js';
import { LONG_TERMS, type LongPanelRow, type LongTerm } from './effort-long-panel.js';

const Z95 = 1.959963984540054;

export interface Estimate { readonly value: number; readonly interval: readonly [number, number] }
export interface LongEffortFit {
  readonly gmm: GmmFit;
  /** The regressors kept, in coefficient order after the lag. */
  readonly terms: readonly LongTerm[];
  readonly lag: Estimate;
  readonly estimates: Readonly<Partial<Record<LongTerm | 'constant', Estimate>>>;
  readonly units: number;
  readonly rows: number;
}

/** One GMM unit per run of consecutive years of an ally. */
export function longUnits(rows: readonly LongPanelRow[], terms: readonly LongTerm[]): PanelUnit[] {
  const byState = new Map<string, LongPanelRow[]>();
  for (const r of rows) byState.set(r.iso3, [...(byState.get(r.iso3) ?? []), r]);
  const units: PanelUnit[] = [];
  for (const list of byState.values()) {
    const sorted = [...list].sort((a, b) => a.year - b.year);
    let run: LongPanelRow[] = [];
    const flush = (): void => {
      // The first period's outcome is its lag; its regressors only enter through later differences.
      if (run.length >= 2) units.push({ y: [run[0]!.spendingLag, ...run.map((r) => r.spending)], x: [terms.map((k) => run[0]!.x[k]), ...run.map((r) => terms.map((k) => r.x[k]))] });
      run = [];
    };
    for (const r of sorted) { if (run.length > 0 && r.year !== run[run.length - 1]!.year + 1) flush(); run.push(r); }
    flush();
  }
  return units;
}

export function fitLongEffort(rows: readonly LongPanelRow[], options: { maxLag?: number; method?: 'system' | 'difference'; terms?: readonly LongTerm[] } = {}): LongEffortFit | null {
  const varies = (k: LongTerm) => { const v = rows.map((r) => r.x[k]); return Math.max(...v) - Math.min(...v) > 1e-12; };
  const terms = (options.terms ?? LONG_TERMS).filter(varies);
  const units = longUnits(rows, terms);
  const system = options.method !== 'difference';
  const gmm = (system ? systemGmm : differenceGmm)(units, { maxLag: options.maxLag ?? 3 });
  if (!gmm || gmm.coefficients.some((c) => !Number.isFinite(c))) return null;
  const est = (i: number): Estimate => ({ value: gmm.coefficients[i]!, interval: [gmm.coefficients[i]! - Z95 * gmm.standardErrors[i]!, gmm.coefficients[i]! + Z95 * gmm.standardErrors[i]!] });
  const estimates: Partial<Record<LongTerm | 'constant', Estimate>> = {};
  terms.forEach((k, i) => { estimates[k] = est(i + 1); });
  if (system) estimates.constant = est(terms.length + 1);
  return { gmm, terms, lag: est(0), estimates, units: units.length, rows: rows.length };
}

/** Predicted level without the unit effect: α·lag + Σβx + c. */
export function longLevel(fit: LongEffortFit, lag: number, x: Readonly<Record<LongTerm, number>>): number {
  const c = fit.gmm.coefficients;
  let m = c[0]! * lag;
  fit.terms.forEach((k, i) => { m += c[i + 1]! * x[k]; });
  return m + (fit.terms.length + 1 < c.length ? c[fit.terms.length + 1]! : 0);
}
