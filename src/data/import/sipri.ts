/**
 * SIPRI Military Expenditure Database → rows of data/sipri.csv.
 * Accepts the long CSV layout of the bundled raw files (one row per country-year):
 * a share-of-GDP table (iso3 or country, year, milex_pct_gdp) and a US$ table
 * (iso3 or country, year, milex_current_usd_m, current_flag).
 */
import type { Row } from '../curated.js';
import type { Roster } from '../roster.js';
import type { TableReader } from '../table.js';

/** Finds the roster state of a row by its iso3 cell, else its country cell. */
export function stateOfRow(t: TableReader, r: number, roster: Roster, codeCol: string, nameCol: string) {
  const code = t.text(r, codeCol);
  if (code) return roster.byIso3(code) ?? (roster.byName(t.text(r, nameCol)));
  return roster.byName(t.text(r, nameCol));
}

export function sipriRowsFromLongCsv(pct: TableReader | null, usd: TableReader | null, roster: Roster, vintage: string): Row[] {
  const byKey = new Map<string, Row>();
  const seen = new Map<string, number>();
  const take = (t: TableReader, r: number, fill: (row: Row) => void) => {
    const s = stateOfRow(t, r, roster, 'iso3', 'country');
    const year = t.year(r, 'year');
    if (!s || year === null) return;
    const key = `${t.file}:${s.iso3}:${year}`;
    if (seen.has(key)) {
      t.push({ code: 'duplicate_row', row: r, column: 1, message: `${s.iso3} ${year} appears twice (first on line ${seen.get(key)})`, fix: 'remove the duplicate row; each country-year must appear once' });
      return;
    }
    seen.set(key, t.line(r));
    const k = `${s.iso3}:${year}`;
    const row = byKey.get(k) ?? { iso3: s.iso3, year, milex_usd_current_m: null, milex_pct_gdp: null, flag: null, vintage };
    fill(row);
    byKey.set(k, row);
  };
  if (pct) {
    pct.require(['year', 'milex_pct_gdp']);
    for (let r = 0; r < pct.length; r++) {
      const v = pct.num(r, 'milex_pct_gdp');
      if (v === null) continue;
      // Shares above 100 % occur (Kuwait 1991); only a negative share is impossible.
      if (v < 0) { pct.bad(r, 'milex_pct_gdp', `${v} is negative`, 'give the share in percent, e.g. 2.03 for 2.03 %'); continue; }
      take(pct, r, (row) => { row.milex_pct_gdp = pct.text(r, 'milex_pct_gdp'); });
    }
  }
  if (usd) {
    usd.require(['year', 'milex_current_usd_m']);
    for (let r = 0; r < usd.length; r++) {
      const v = usd.num(r, 'milex_current_usd_m');
      if (v === null) continue;
      if (v < 0) { usd.bad(r, 'milex_current_usd_m', `${v} is negative`, 'spending in US$ million cannot be negative'); continue; }
      take(usd, r, (row) => {
        row.milex_usd_current_m = usd.text(r, 'milex_current_usd_m');
        const flag = usd.text(r, 'current_flag');
        row.flag = flag === 'estimate' || flag === 'highly_uncertain' ? flag : null;
      });
    }
  }
  return [...byKey.values()];
}
