/**
 * NATO "Defence Expenditure of NATO Countries" → rows of data/nato.csv.
 * Accepts the long CSV layout of the bundled raw file (one row per ally-year with
 * defexp_usd_current_m, defexp_pct_gdp, defexp_usd_2015_m, gdp_usd_2015_bn, personnel,
 * equipment_pct). Figures marked as estimates in NATO's tables keep estimate = 1.
 */
import type { Row } from '../curated.js';
import type { Roster } from '../roster.js';
import type { TableReader } from '../table.js';
import { stateOfRow } from './sipri.js';

export function natoRowsFromLongCsv(t: TableReader, roster: Roster, vintage: string): Row[] {
  t.require(['year', 'defexp_pct_gdp']);
  const rows: Row[] = [];
  const seen = new Map<string, number>();
  for (let r = 0; r < t.length; r++) {
    const s = stateOfRow(t, r, roster, 'iso3', 'country');
    const year = t.year(r, 'year');
    if (!s) {
      t.push({ code: 'unknown_code', row: r, column: 1, message: `"${t.text(r, 'iso3') || t.text(r, 'country')}" is not a NATO ally Ballast knows`, fix: 'use the ISO 3166 alpha-3 code (e.g. POL) or the English name used by NATO' });
      continue;
    }
    if (year === null) continue;
    const key = `${s.iso3}:${year}`;
    if (seen.has(key)) {
      t.push({ code: 'duplicate_row', row: r, column: 1, message: `${s.iso3} ${year} appears twice (first on line ${seen.get(key)})`, fix: 'remove the duplicate row; each ally-year must appear once' });
      continue;
    }
    seen.set(key, t.line(r));
    const pct = t.num(r, 'defexp_pct_gdp');
    if (pct !== null && pct < 0) t.bad(r, 'defexp_pct_gdp', `${pct} is negative`, 'give the share in percent, e.g. 2.03');
    const cell = (c: string) => (t.has(c) && t.num(r, c) !== null ? t.text(r, c) : null);
    rows.push({
      iso3: s.iso3, year,
      milex_usd_current_m: cell('defexp_usd_current_m'), milex_pct_gdp: cell('defexp_pct_gdp'),
      milex_usd_const_m: cell('defexp_usd_2015_m'), gdp_usd_const_bn: cell('gdp_usd_2015_bn'),
      personnel: cell('personnel'), equipment_pct: cell('equipment_pct'),
      estimate: t.has('estimate') ? (t.text(r, 'estimate') === '1' ? 1 : 0) : 0,
      vintage,
    });
  }
  return rows;
}
