/**
 * Proliferation drivers: nuclear latency per state and year (latency.csv, from Fuhrmann &
 * Tkach's facility list) and the minimum distance between the territories of two states
 * (mindist.csv, from cshapes 2.0). Built by `ballast data build`; docs/DATA.md gives the
 * rules and cautions.
 */
import type { Row } from './curated.js';
import type { RosterState } from './facts.js';
import type { Roster } from './roster.js';
import type { TableReader } from './table.js';

export const FIRST_LATENCY_YEAR = 1990;
/** The last year the Nuclear Latency dataset covers; later years repeat it, flagged in carried_from. */
export const LATENCY_LAST_DATA_YEAR = 2012;
export const LAST_LATENCY_YEAR = 2016;
export const FIRST_MINDIST_YEAR = 1990;

export interface LatencyCounts { enrichment: number; reprocessing: number; pilotCommercial: number; endUnknown: number }

/**
 * Facilities operating in `year` (the rule of SOURCES.md §23): operation_start ≤ year ≤
 * operation_end, or within the second period; an empty end is "to 2012". Every enr_type
 * other than "reprocessing" is an enrichment technology (centrifuge, gaseous diffusion,
 * laser, EMIS, aerodynamic, chemical, thermal).
 */
export function latencyByCowYear(t: TableReader, firstYear: number, lastYear: number): Map<string, LatencyCounts> {
  const out = new Map<string, LatencyCounts>();
  for (let r = 0; r < t.length; r++) {
    const cow = t.num(r, 'ccode');
    if (cow === null) continue;
    const periods: [number, number][] = [];
    const s1 = t.num(r, 'operation_start'), e1 = t.num(r, 'operation_end');
    if (s1 !== null) periods.push([s1, e1 ?? LATENCY_LAST_DATA_YEAR]);
    const s2 = t.num(r, 'operation2_start'), e2 = t.num(r, 'operation2_end');
    if (s2 !== null) periods.push([s2, e2 ?? LATENCY_LAST_DATA_YEAR]);
    const reprocessing = t.text(r, 'enr_type') === 'reprocessing';
    const scale = ['pilot', 'commercial'].includes(t.text(r, 'size'));
    const endUnknown = t.text(r, 'years_unknown').split(';').includes('operation_end');
    for (let y = firstYear; y <= lastYear; y++) {
      if (!periods.some(([a, b]) => a <= y && y <= b)) continue;
      const key = `${cow}:${y}`;
      const c = out.get(key) ?? { enrichment: 0, reprocessing: 0, pilotCommercial: 0, endUnknown: 0 };
      if (reprocessing) c.reprocessing++; else c.enrichment++;
      if (scale) c.pilotCommercial++;
      if (endUnknown) c.endUnknown++;
      out.set(key, c);
    }
  }
  return out;
}

/**
 * latency.csv: for every roster state and year it exists (1990–2016), the enrichment and
 * reprocessing facilities operating. States the dataset does not list had none (its rule).
 * 2013–2016 repeat 2012 with carried_from = 2012. A facility listed under a predecessor's
 * COW code counts for the roster state only through the roster's COW aliases (West Germany 260).
 */
export function latencyRows(facilities: TableReader, states: readonly RosterState[], roster: Roster): Row[] {
  const byCowYear = latencyByCowYear(facilities, FIRST_LATENCY_YEAR, LATENCY_LAST_DATA_YEAR);
  const byIsoYear = new Map<string, LatencyCounts>();
  for (const [key, c] of byCowYear) {
    const [cow, year] = key.split(':').map(Number) as [number, number];
    const s = roster.byCowWithAliases(cow);
    if (!s) continue;
    const k = `${s.iso3}:${year}`;
    const prev = byIsoYear.get(k);
    byIsoYear.set(k, prev ? { enrichment: prev.enrichment + c.enrichment, reprocessing: prev.reprocessing + c.reprocessing, pilotCommercial: prev.pilotCommercial + c.pilotCommercial, endUnknown: prev.endUnknown + c.endUnknown } : c);
  }
  const rows: Row[] = [];
  for (const s of states) {
    const first = Math.max(FIRST_LATENCY_YEAR, s.from ?? FIRST_LATENCY_YEAR), last = Math.min(LAST_LATENCY_YEAR, s.until ?? LAST_LATENCY_YEAR);
    for (let year = first; year <= last; year++) {
      const dataYear = Math.min(year, LATENCY_LAST_DATA_YEAR);
      const c = byIsoYear.get(`${s.iso3}:${dataYear}`) ?? { enrichment: 0, reprocessing: 0, pilotCommercial: 0, endUnknown: 0 };
      rows.push({
        iso3: s.iso3, year, enrichment: c.enrichment, reprocessing: c.reprocessing, pilot_commercial: c.pilotCommercial,
        end_unknown: c.endUnknown, latent: c.enrichment + c.reprocessing > 0 ? 1 : 0,
        carried_from: year > LATENCY_LAST_DATA_YEAR ? LATENCY_LAST_DATA_YEAR : null,
      });
    }
  }
  return rows;
}

/**
 * mindist.csv: cshapes minimum distance (km, on 1 January of `year`) for every pair of
 * roster states, 1990–2016, one row per unordered pair (iso3_a < iso3_b). Where a roster
 * state appears under a predecessor alias (West Germany 260 on 1 January 1990), its main
 * code wins when both are present.
 */
export function mindistRows(t: TableReader, roster: Roster): Row[] {
  const byKey = new Map<string, { row: Row; main: boolean }>();
  for (let r = 0; r < t.length; r++) {
    const year = t.num(r, 'year');
    if (year === null || year < FIRST_MINDIST_YEAR) continue;
    const c1 = t.num(r, 'ccode1') ?? -1, c2 = t.num(r, 'ccode2') ?? -1;
    const a = roster.byCowWithAliases(c1), b = roster.byCowWithAliases(c2);
    if (!a || !b || a.iso3 === b.iso3) continue;
    const main = a.cow === c1 && b.cow === c2;
    const [x, y] = a.iso3 < b.iso3 ? [a.iso3, b.iso3] : [b.iso3, a.iso3];
    const key = `${x}:${y}:${year}`;
    if (byKey.get(key)?.main && !main) continue;
    const km = t.text(r, 'mindist_km');
    byKey.set(key, { main, row: { iso3_a: x, iso3_b: y, year, km: km === '' ? null : km } });
  }
  return [...byKey.values()].map((e) => e.row);
}
