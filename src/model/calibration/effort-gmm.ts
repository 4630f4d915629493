/**
 * The defence-effort equation estimated by Arellano–Bond difference GMM (gmm.ts) on the existing
 * ally-year panel (effort-panel.ts), so that the unit effect (each ally's own level of effort) is
 * not loaded onto the lag (Nickell 1981 bias of OLS with unit effects in short panels):
 *   m_it = α·m_i,t−1 + β_T·T_it + β_C·(1 − C_it) + β_P·m̄_−i,t−1 + η_i + ε_it
 * Assumption: threat, credibility gap and peers' lagged mean are strictly exogenous (instrument
 * themselves); the lag is instrumented by collapsed levels dated t−2..t−maxLag (Roodman 2009).
 * A first step only: the 1955–2016 panel and the full equation of issue 11 are not built yet.
 */
import { differenceGmm, systemGmm, type GmmFit, type PanelUnit } from './gmm.js';
import type { PanelRow } from './effort-panel.js';

const Z95 = 1.959963984540054;
export const EFFORT_GMM_TERMS = ['spendingLag', 'threat', 'credibilityGap', 'peersLag'] as const;

export interface EffortGmmFit {
  readonly gmm: GmmFit;
  /** Coefficient and 95% interval by term (EFFORT_GMM_TERMS order). */
  readonly estimates: Readonly<Record<(typeof EFFORT_GMM_TERMS)[number], { readonly value: number; readonly interval: readonly [number, number] }>>;
  readonly units: number;
}

/** Splits each ally's rows into runs of consecutive years: one GMM unit per run. */
export function effortUnits(rows: readonly PanelRow[]): PanelUnit[] {
  const byState = new Map<string, PanelRow[]>();
  for (const r of rows) byState.set(r.iso3, [...(byState.get(r.iso3) ?? []), r]);
  const units: PanelUnit[] = [];
  for (const list of byState.values()) {
    const sorted = [...list].sort((a, b) => a.year - b.year);
    let run: PanelRow[] = [];
    const flush = (): void => {
      // The first period's y is its lag; its regressors are unused by differencing at t ≥ 2.
      if (run.length >= 2) units.push({ y: [run[0]!.spendingLag, ...run.map((r) => r.spending)], x: [[run[0]!.threat, run[0]!.credibilityGap, run[0]!.peersLag], ...run.map((r) => [r.threat, r.credibilityGap, r.peersLag])] });
      run = [];
    };
    for (const r of sorted) { if (run.length > 0 && r.year !== run[run.length - 1]!.year + 1) flush(); run.push(r); }
    flush();
  }
  return units;
}

/** method 'system' (default; Blundell–Bond, for persistent series) or 'difference' (Arellano–Bond). */
export function fitEffortGmm(rows: readonly PanelRow[], options: { maxLag?: number; method?: 'system' | 'difference' } = {}): EffortGmmFit | null {
  const units = effortUnits(rows);
  const gmm = (options.method === 'difference' ? differenceGmm : systemGmm)(units, { maxLag: options.maxLag ?? 4 });
  if (!gmm) return null;
  const est = (i: number) => ({ value: gmm.coefficients[i]!, interval: [gmm.coefficients[i]! - Z95 * gmm.standardErrors[i]!, gmm.coefficients[i]! + Z95 * gmm.standardErrors[i]!] as const });
  return { gmm, units: units.length, estimates: { spendingLag: est(0), threat: est(1), credibilityGap: est(2), peersLag: est(3) } };
}
