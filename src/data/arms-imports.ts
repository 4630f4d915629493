/**
 * Arms imports of the roster states by supplier (issue 11, item 2: "arms imports from Russia or
 * China" as an alignment signal): data/arms_imports.csv, one row per recipient and year with any
 * delivery of major conventional arms in the SIPRI Arms Transfers Database, from the
 * supplier-recipient-year TIV panel (SIPRI trend-indicator values, millions; deliveries spread
 * equally over each deal's delivery years, as the raw panel was built):
 *   tiv_total (all suppliers), tiv_usa, tiv_rus (the Soviet Union and Russia, COW 365), tiv_chn.
 * A year without a row is a year without recorded deliveries (zero). Recipients are matched by
 * ISO code, then by COW number (predecessors by their aliases); non-state recipients and
 * organisations are dropped.
 */
import type { Row } from './curated.js';
import type { Roster } from './roster.js';
import type { TableReader } from './table.js';

export const FIRST_ARMS_YEAR = 1950;
/** Suppliers counted apart, by COW number (the Soviet Union and Russia share 365). */
export const ARMS_SUPPLIERS = { usa: 2, rus: 365, chn: 710 } as const;

export function armsImportRows(t: TableReader, roster: Roster): Row[] {
  const sums = new Map<string, { total: number; usa: number; rus: number; chn: number }>();
  for (let r = 0; r < t.length; r++) {
    const year = t.num(r, 'year'), tiv = t.num(r, 'tiv_delivered');
    if (year === null || year < FIRST_ARMS_YEAR || tiv === null || !(tiv > 0)) continue;
    const iso = t.text(r, 'recipient_iso3'), cow = t.num(r, 'recipient_cown');
    const state = (iso ? roster.byIso3(iso) : undefined) ?? (cow !== null ? roster.byCowWithAliases(cow) : undefined);
    if (!state) continue;
    const key = `${state.iso3}:${year}`;
    const s = sums.get(key) ?? { total: 0, usa: 0, rus: 0, chn: 0 };
    s.total += tiv;
    const supplier = t.num(r, 'supplier_cown');
    if (supplier === ARMS_SUPPLIERS.usa) s.usa += tiv;
    else if (supplier === ARMS_SUPPLIERS.rus) s.rus += tiv;
    else if (supplier === ARMS_SUPPLIERS.chn) s.chn += tiv;
    sums.set(key, s);
  }
  const round = (v: number) => Number(v.toFixed(3));
  return [...sums].map(([key, s]) => {
    const [iso3, year] = key.split(':');
    return { iso3: iso3!, year: Number(year), tiv_total: round(s.total), tiv_usa: round(s.usa), tiv_rus: round(s.rus), tiv_chn: round(s.chn) };
  }).sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : a.year - b.year));
}
