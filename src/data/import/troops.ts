/**
 * troopdata (Allen, Flynn & Martinez Machain 2022) country-year CSV → rows of data/troops.csv.
 * Rows are matched by COW code (ccode), falling back to iso3c and the country name;
 * locations outside the roster (territories, the U.S. itself) are skipped.
 *
 * The published file lists a few states twice in 2013 under an old and a new name
 * ("Czech Republic" and "Czechia"), one row all zeros: such a pair is merged by keeping the
 * non-zero row. The same name twice in a year, or two non-zero rows, is a duplicate and refused.
 */
import type { Row } from '../curated.js';
import type { Roster } from '../roster.js';
import type { TableReader } from '../table.js';
import { csvHeader, tableOf } from './grid.js';
import { screenRows } from './identity.js';
import { failed, unknownFormat, type ImportContext, type Release, type Source } from './release.js';

const COUNTS = ['troops_ad', 'army_ad', 'navy_ad', 'air_force_ad', 'marine_corps_ad'] as const;

export function troopRowsFromCsv(t: TableReader, roster: Roster, vintage: string): Row[] {
  t.require(['countryname', 'year', 'ccode', 'troops_ad']);
  const kept = new Map<string, { row: Row; line: number; name: string; cow: number | null }>();
  for (let r = 0; r < t.length; r++) {
    const cow = t.num(r, 'ccode', ['NA']);
    const s = (cow !== null ? roster.byCowWithAliases(cow) : undefined)
      ?? (t.text(r, 'iso3c') ? roster.byIso3(t.text(r, 'iso3c')) : undefined)
      ?? roster.byName(t.text(r, 'countryname'));
    const year = t.year(r, 'year');
    if (!s || year === null || s.groups.includes('patron')) continue;
    const n = (c: string) => (t.has(c) ? t.num(r, c, ['NA']) : null);
    const row: Row = { iso3: s.iso3, year, vintage };
    for (const c of COUNTS) row[c] = n(c);
    const ad = row.troops_ad as number | null;
    if (ad !== null && ad < 0) t.bad(r, 'troops_ad', `${ad} troops is negative`, 'troop counts are zero or more');
    const key = `${s.iso3}:${year}`;
    const prev = kept.get(key);
    const entry = { row, line: t.line(r), name: t.text(r, 'countryname'), cow };
    if (!prev) { kept.set(key, entry); continue; }
    const zero = (x: Row) => COUNTS.every((c) => !x[c]);
    if (prev.cow !== cow && cow !== s.cow) continue; // a predecessor code yields to the main code
    if (prev.cow !== cow && prev.cow !== s.cow) { kept.set(key, entry); continue; }
    if (prev.name !== entry.name && (zero(prev.row) || zero(row))) {
      if (zero(prev.row)) kept.set(key, entry);
      continue;
    }
    t.push({ code: 'duplicate_row', row: r, column: 1, message: `${s.iso3} ${year} appears twice (first on line ${prev.line})`, fix: 'remove the duplicate row; each country-year must appear once' });
  }
  return [...kept.values()].map((e) => e.row);
}

/** Reads a troopdata release: the country-year CSV (any later version with the same columns). */
export function readTroopsRelease(src: Source, ctx: ImportContext): Release {
  const header = csvHeader(src.text);
  if (src.xlsx || !header.includes('countryname') || !header.includes('year')) {
    return failed([unknownFormat('troops', src.file, src.xlsx ? 'an .xlsx workbook' : `no countryname and year columns (first line: "${header.join(',').slice(0, 80)}")`)]);
  }
  const t = tableOf(src.file, src.text);
  if (!t.ok) return failed(t.issues);
  const skipped = screenRows(t.value, ctx.ids, { code: 'iso3c', name: 'countryname', cow: 'ccode' });
  const rows = troopRowsFromCsv(t.value, ctx.ids.roster, '');
  return { rows, carried: COUNTS.filter((c) => t.value.has(c)), skipped, issues: t.value.issues };
}
