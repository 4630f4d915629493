/** The heat map's cells: allies × months for one stance, and the order of the allies. */
import type { EnsembleResult } from '../../src/results/assemble.js';
import { offers } from './labels.js';

export interface Cell { iso3: string; ally: string; month: string; p: number }

/**
 * The cells of one stance, and the allies ordered by their mean probability of it (highest
 * first, then by name). Allies whose theatre does not offer the stance are left out (their
 * probability is 0 by construction, not a finding).
 */
export function stanceCells(result: Pick<EnsembleResult, 'allies' | 'months'>, stance: string): { cells: Cell[]; order: string[] } {
  const cells: Cell[] = [];
  const means: { ally: string; mean: number }[] = [];
  for (const a of result.allies) {
    if (!offers(a.drivers?.theatre, stance)) continue;
    const series = a.stance[stance] ?? [];
    let sum = 0, n = 0;
    result.months.forEach((month, t) => {
      const p = series[t];
      if (p === null || p === undefined) return;
      cells.push({ iso3: a.iso3, ally: `${a.name} (${a.iso3})`, month, p });
      sum += p; n++;
    });
    means.push({ ally: `${a.name} (${a.iso3})`, mean: n > 0 ? sum / n : -1 });
  }
  means.sort((x, y) => y.mean - x.mean || x.ally.localeCompare(y.ally));
  return { cells, order: means.map((m) => m.ally) };
}

export interface StanceTable {
  /** The months shown: the first, every twelfth after it, and the horizon. */
  months: string[];
  rows: { iso3: string; ally: string; p: (number | null)[] }[];
}

/**
 * The heat map as a table (the keyboard's and the phone's view of it): the same allies in the same
 * order, one column a year (the first month, every twelfth after it, and the last).
 */
export function stanceTable(result: Pick<EnsembleResult, 'allies' | 'months'>, stance: string): StanceTable {
  const { order } = stanceCells(result, stance);
  const last = result.months.length - 1;
  const index = result.months.map((_, t) => t).filter((t) => t % 12 === 0 || t === last);
  const label = (a: { name: string; iso3: string }) => `${a.name} (${a.iso3})`;
  const allies = new Map(result.allies.map((a) => [label(a), a]));
  const rows = order.map((ally) => {
    const a = allies.get(ally)!;
    return { iso3: a.iso3, ally, p: index.map((t) => a.stance[stance]?.[t] ?? null) };
  });
  return { months: index.map((t) => result.months[t]!), rows };
}
