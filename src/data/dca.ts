/**
 * Defence cooperation agreements of the roster states with the rivals and the patron (issue 11,
 * item 2: "defence cooperation agreements" as an alignment signal): data/dca.csv, one row per
 * agreement of Kinne's DCAD v1.0 (1,871 bilateral agreements signed 1980–2010; Kinne 2020) in
 * which one party is a roster state and the other the Soviet Union/Russia (COW 365), China (710)
 * or the United States (2). Columns:
 *   dca_id, iso3 (the roster party), partner (RUS, CHN or USA), year (signed), eif_year (entry
 *   into force, empty if unknown), end_year (DCAD's endYearEstimate: at most 2010), in_force_2010
 *   (1 when DCAD codes the agreement as not terminated, terminated = 0, and its estimated end is
 *   2010, the last year of coverage; DCAD's negative special codes count as not known to hold),
 *   type (general or sector), category (category1).
 * Parties are matched by COW number (predecessors by their aliases). An agreement between two
 * roster states that are both rivals or patron is kept once per roster party that is neither.
 */
import type { Row } from './curated.js';
import type { Roster } from './roster.js';
import type { TableReader } from './table.js';

/** DCAD covers agreements signed in these years (SOURCES.md §27). */
export const DCAD_FIRST_YEAR = 1980, DCAD_LAST_YEAR = 2010;
const PARTNERS: Readonly<Record<number, string>> = { 365: 'RUS', 710: 'CHN', 2: 'USA' };

export function dcaRows(t: TableReader, roster: Roster): Row[] {
  const rows: Row[] = [];
  for (let r = 0; r < t.length; r++) {
    const c1 = t.num(r, 'ccode1'), c2 = t.num(r, 'ccode2'), year = t.num(r, 'signYear');
    if (c1 === null || c2 === null || year === null) continue;
    for (const [own, other] of [[c1, c2], [c2, c1]] as const) {
      const partner = PARTNERS[other], state = roster.byCowWithAliases(own);
      if (partner === undefined || !state || PARTNERS[own] !== undefined) continue;
      const end = t.num(r, 'endYearEstimate');
      rows.push({
        dca_id: t.text(r, 'DCAid'), iso3: state.iso3, partner, year, eif_year: t.num(r, 'EIFYear'), end_year: end,
        in_force_2010: t.num(r, 'terminated') === 0 && end === DCAD_LAST_YEAR ? 1 : 0,
        type: t.text(r, 'type') || null, category: t.text(r, 'category1') || null,
      });
    }
  }
  return rows.sort((a, b) => String(a.iso3).localeCompare(String(b.iso3)) || Number(a.year) - Number(b.year) || String(a.dca_id).localeCompare(String(b.dca_id)));
}
