/**
 * SIPRI Military Expenditure Database → rows of data/sipri.csv.
 * `sipriRowsFromLongCsv` reads the long CSV layout of the bundled raw files (one row per
 * country-year): a share-of-GDP table (iso3 or country, year, milex_pct_gdp) and a US$ table
 * (iso3 or country, year, milex_current_usd_m, current_flag). `readSipriRelease` also reads
 * SIPRI's published workbook, a CSV export of one of its sheets, and OWID's grapher export.
 *
 * SIPRI marks estimates by font colour in the workbook; the reader does not see colours, so
 * rows from a workbook or a wide CSV have no flag. Only the long layout's current_flag is kept.
 */
import type { Row } from '../curated.js';
import type { DataIssue } from '../errors.js';
import type { Roster } from '../roster.js';
import { TableReader } from '../table.js';
import { readXlsx } from '../xlsx.js';
import { cellText, csvHeader, gridOfCsv, gridOfSheet, numberText, tableOf, type Grid } from './grid.js';
import { screenRows } from './identity.js';
import { failed, SIPRI_MEASURES, unknownFormat, type ImportContext, type Release, type SipriMeasure, type Source } from './release.js';
import { sharesAreFractions, sharesInPercent } from './share.js';
import { layoutAt, stateValues, titleAbove, wideEntries, yearColumns, type RowPolicy } from './wide.js';

/** Finds the roster state of a row by its iso3 cell, else its country cell. */
export function stateOfRow(t: TableReader, r: number, roster: Roster, codeCol: string, nameCol: string) {
  const code = t.text(r, codeCol);
  if (code) return roster.byIso3(code) ?? (roster.byName(t.text(r, nameCol)));
  return roster.byName(t.text(r, nameCol));
}

export function sipriRowsFromLongCsv(pct: TableReader | null, usd: TableReader | null, roster: Roster, vintage: string): Row[] {
  const byKey = new Map<string, Row>();
  const seen = new Map<string, number>();
  // Keyed by measure too: one long file may carry both series, read once for each.
  const take = (t: TableReader, measure: 'pct' | 'usd', r: number, fill: (row: Row) => void) => {
    const s = stateOfRow(t, r, roster, 'iso3', 'country');
    const year = t.year(r, 'year');
    if (!s || year === null) return;
    const key = `${measure}:${t.file}:${s.iso3}:${year}`;
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
      take(pct, 'pct', r, (row) => { row.milex_pct_gdp = pct.text(r, 'milex_pct_gdp'); });
    }
  }
  if (usd) {
    usd.require(['year', 'milex_current_usd_m']);
    for (let r = 0; r < usd.length; r++) {
      const v = usd.num(r, 'milex_current_usd_m');
      if (v === null) continue;
      if (v < 0) { usd.bad(r, 'milex_current_usd_m', `${v} is negative`, 'spending in US$ million cannot be negative'); continue; }
      take(usd, 'usd', r, (row) => {
        row.milex_usd_current_m = usd.text(r, 'milex_current_usd_m');
        const flag = usd.text(r, 'current_flag');
        row.flag = flag === 'estimate' || flag === 'highly_uncertain' ? flag : null;
      });
    }
  }
  return [...byKey.values()];
}

/** The workbook sheet of each measure, by name (SIPRI's names since the 2010s). */
const SHEETS: Record<SipriMeasure, RegExp> = { usd: /^current us\$/i, share: /^share of gdp/i };
const COLUMNS: Record<SipriMeasure, readonly string[]> = { share: ['milex_pct_gdp'], usd: ['milex_usd_current_m', 'flag'] };
/** The value column of each measure in the bundled long layout. */
const LONG_COLUMN: Record<SipriMeasure, string> = { share: 'milex_pct_gdp', usd: 'milex_current_usd_m' };
const OWID_COLUMNS: Record<string, string> = { Entity: 'country', Code: 'iso3', Year: 'year' };
/** How a sheet's title says what it measures; tried in this order. */
const TITLES: readonly [SipriMeasure | 'constant', RegExp][] = [
  ['share', /(share|percentage|%) of (gdp|gross domestic product)/i],
  ['usd', /current (us\$|prices)|us\$[^.]*current/i],
  ['constant', /constant/i],
];

/** SIPRI's tables name countries and regions: unknown names (regions) are listed, other countries dropped. */
const namePolicy: RowPolicy = {
  decide: (m) => (m.kind === 'state' ? 'keep' : m.kind === 'outside' ? 'drop' : 'skip'),
  kept: 'a state in the roster',
};

const isHeader = (row: readonly (string | number | null)[]) => row.some((c) => cellText(c).toLowerCase() === 'country') && yearColumns(row).length > 0;

function release(rows: Row[], measures: readonly SipriMeasure[], skipped: readonly string[], issues: readonly DataIssue[]): Release {
  return { rows, carried: measures.flatMap((m) => COLUMNS[m]), skipped, issues };
}

/** Wide tables, one per measure: the workbook's sheets or a CSV export of one. */
function fromWide(tables: readonly { measure: SipriMeasure; grid: Grid }[], ctx: ImportContext): Release {
  const issues: DataIssue[] = [];
  const skipped = new Set<string>();
  const rows = new Map<string, Row>();
  for (const { measure, grid } of tables) {
    const header = grid.rows.findIndex(isHeader);
    if (header < 0) {
      issues.push({ code: 'xlsx_invalid', file: grid.file, field: `sheet "${grid.sheet}"`, message: 'no header row with "Country" and year columns', fix: 'pass the workbook as SIPRI publishes it' });
      continue;
    }
    const layout = layoutAt(grid, header);
    const found = stateValues(grid, layout, wideEntries(grid, layout, issues), ctx.ids, namePolicy, issues);
    found.skipped.forEach((n) => skipped.add(n));
    const fractions = measure === 'share' && sharesAreFractions(found.values.map((v) => v.value));
    for (const v of found.values) {
      const key = `${v.iso3}:${v.year}`;
      const row = rows.get(key) ?? { iso3: v.iso3, year: v.year };
      if (measure === 'share') row.milex_pct_gdp = numberText(fractions ? v.value * 100 : v.value);
      else Object.assign(row, { milex_usd_current_m: numberText(v.value), flag: null });
      rows.set(key, row);
    }
  }
  return release([...rows.values()], tables.map((t) => t.measure), [...skipped], issues);
}

/** Long tables (the bundled layout, or OWID's once its columns are renamed); shares given as fractions become percent. */
function fromLong(t: TableReader, ctx: ImportContext): Release {
  const skipped = screenRows(t, ctx.ids, { code: 'iso3', name: 'country' });
  const measures = SIPRI_MEASURES.filter((m) => (!ctx.measure || ctx.measure === m) && t.has(LONG_COLUMN[m]));
  if (measures.length === 0) return failed([unknownFormat('sipri', t.file, `the file has no ${LONG_COLUMN[ctx.measure ?? 'share']} column for --measure ${ctx.measure}`)]);
  const rows = sipriRowsFromLongCsv(measures.includes('share') ? t : null, measures.includes('usd') ? t : null, ctx.ids.roster, '');
  sharesInPercent(rows, 'milex_pct_gdp');
  return release(rows, measures, skipped, t.issues);
}

/** OWID's grapher export: Entity,Code,Year,<value>[,<region annotation>]; the value column's name says the measure. */
function fromOwid(t: TableReader, ctx: ImportContext): Release {
  const header = t.table.header;
  const value = header.findIndex((h, i) => i > header.indexOf('Year') && !['Entity', 'Code'].includes(h) && !/region/i.test(h));
  const name = header[value] ?? '';
  const measure = ctx.measure ?? (/gdp|share|percent|%/i.test(name) ? 'share' : /constant/i.test(name) ? undefined : /us\$|usd|dollar/i.test(name) ? 'usd' : undefined);
  if (value < 0 || measure === undefined) return failed([unknownFormat('sipri', t.file, `cannot tell whether the column "${name}" is the share of GDP or current US$`, 'pass --measure share or --measure usd')]);
  const renamed = header.map((h, i) => (i === value ? LONG_COLUMN[measure] : OWID_COLUMNS[h] ?? h));
  return fromLong(new TableReader(t.file, { ...t.table, header: renamed }), ctx);
}

/** Reads a SIPRI release in any accepted format (detected from the bytes and the header). */
export function readSipriRelease(src: Source, ctx: ImportContext): Release {
  if (src.xlsx) {
    const book = readXlsx(src.file, src.bytes);
    if (!book.ok) return failed(book.issues);
    const tables = SIPRI_MEASURES.filter((m) => !ctx.measure || ctx.measure === m).flatMap((measure) => {
      const sheet = book.value.find((s) => SHEETS[measure].test(s.name.trim()));
      return sheet ? [{ measure, grid: gridOfSheet(src.file, sheet) }] : [];
    });
    if (tables.length > 0) return fromWide(tables, ctx);
    return failed([{ code: 'xlsx_invalid', file: src.file, message: `no sheet named ${ctx.measure ? `"${ctx.measure === 'share' ? 'Share of GDP' : 'Current US$'}"` : '"Current US$" or "Share of GDP"'} (the sheets are ${book.value.map((s) => `"${s.name}"`).join(', ')})`, fix: 'pass SIPRI\'s workbook SIPRI-Milex-data-1949-YYYY.xlsx as downloaded' }]);
  }
  const header = csvHeader(src.text);
  if (header.includes('year') && (header.includes('milex_pct_gdp') || header.includes('milex_current_usd_m'))) {
    const t = tableOf(src.file, src.text);
    return t.ok ? fromLong(t.value, ctx) : failed(t.issues);
  }
  if (['Entity', 'Code', 'Year'].every((h) => header.includes(h))) {
    const t = tableOf(src.file, src.text);
    return t.ok ? fromOwid(t.value, ctx) : failed(t.issues);
  }
  const grid = gridOfCsv(src.file, src.text, isHeader);
  if (grid === null) return failed([unknownFormat('sipri', src.file, `no recognised header (first line: "${header.join(',').slice(0, 80)}")`)]);
  if (!grid.ok) return failed(grid.issues);
  const title = titleAbove(grid.value, grid.value.rows.findIndex(isHeader));
  const said = TITLES.find(([, re]) => re.test(title))?.[0];
  const measure = ctx.measure ?? (said === 'constant' ? null : said);
  if (measure === null) return failed([unknownFormat('sipri', src.file, 'a table in constant US$, which Ballast does not keep', 'export the "Current US$" or "Share of GDP" sheet instead')]);
  if (measure === undefined) return failed([unknownFormat('sipri', src.file, `${title ? `the title rows ("${title.slice(0, 80)}") do not say` : 'there are no title rows to say'} whether this is the share of GDP or current US$`, 'pass --measure share or --measure usd')]);
  return fromWide([{ measure, grid: grid.value }], ctx);
}
