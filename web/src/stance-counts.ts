/**
 * Allies in each stance at the horizon, beside the weighted cohesion: for the whole system and
 * each theatre, the plain count of allies in each stance the theatre offers (median and 90% band
 * across runs; null where the theatre does not offer the stance). What `ballast run` prints as
 * its second table (src/results/summary.ts).
 */
import type { EnsembleResult } from '../../src/results/assemble.js';
import { ALLIANCE_THEATRES, STANCES, THEATRE_STANCES, type AllianceTheatre, type Stance } from '../../src/vocabulary.js';
import { THEATRE_LABEL } from './labels.js';

export interface BandAt { q50: number | null; q05: number | null; q95: number | null }
export interface StanceCountRow {
  scope: 'system' | AllianceTheatre;
  label: string;
  /** Mean number of allies at the horizon (the sum of the stance counts' means). */
  allies: number | null;
  cohesion: BandAt | null;
  counts: Record<Stance, BandAt | null>;
}

function at(r: Pick<EnsembleResult, 'metrics'>, name: string, t: number): BandAt | null {
  const m = r.metrics[name];
  return m ? { q50: m.q50[t] ?? null, q05: m.q05[t] ?? null, q95: m.q95[t] ?? null } : null;
}

/** The rows: the system first (when the result has the system's counts), then each theatre whose metrics the result holds. */
export function stanceCountRows(r: Pick<EnsembleResult, 'metrics' | 'months'>): StanceCountRow[] {
  const t = r.months.length - 1;
  const row = (scope: StanceCountRow['scope'], label: string, cohesion: string, metricOf: (s: Stance) => string | null): StanceCountRow | null => {
    const names = STANCES.map((s) => [s, metricOf(s)] as const);
    if (!names.some(([, n]) => n !== null && r.metrics[n])) return null;
    const counts = Object.fromEntries(names.map(([s, n]) => [s, n === null ? null : at(r, n, t)])) as Record<Stance, BandAt | null>;
    const means = names.flatMap(([, n]) => (n === null ? [] : [r.metrics[n]?.mean[t] ?? null]));
    const allies = means.some((x) => x === null) ? null : means.reduce<number>((a, x) => a + x!, 0);
    return { scope, label, allies, cohesion: at(r, cohesion, t), counts };
  };
  return [
    row('system', 'All allies', 'cohesion', (s) => s),
    ...ALLIANCE_THEATRES.map((h) => row(h, THEATRE_LABEL[h], `cohesion_${h}`, (s) => ((THEATRE_STANCES[h] as readonly string[]).includes(s) ? `${h}_${s}` : null))),
  ].filter((x): x is StanceCountRow => x !== null);
}

/** "22 [19–25]" (counts) or "0.71 [0.60–0.80]" (shares); "–" when missing. */
export function bandText(b: BandAt | null, digits: number): string {
  if (!b || b.q50 === null) return '–';
  const f = (x: number | null) => (x === null ? '–' : x.toFixed(digits));
  return `${f(b.q50)} [${f(b.q05)}–${f(b.q95)}]`;
}
