/**
 * NATO "Defence Expenditure of NATO Countries" → rows of data/nato.csv.
 * `natoRowsFromLongCsv` reads the long CSV layout of the bundled raw file (one row per
 * ally-year with defexp_usd_current_m, defexp_pct_gdp, defexp_usd_2015_m, gdp_usd_2015_bn,
 * personnel, equipment_pct). `readNatoRelease` also reads NATO's published tables, wide, as
 * .xlsx or CSV. Figures marked as estimates in NATO's tables ("2024e") keep estimate = 1.
 */
import type { Row } from '../curated.js';
import type { DataIssue } from '../errors.js';
import type { RosterState } from '../facts.js';
import type { Roster } from '../roster.js';
import type { TableReader } from '../table.js';
import { readXlsx } from '../xlsx.js';
import { cellText, csvHeader, gridOfCsv, gridOfSheet, numberText, placeOf, tableOf, type Grid } from './grid.js';
import { identify, screenRows } from './identity.js';
import { failed, unknownFormat, type ImportContext, type Release, type Source } from './release.js';
import { sharesInPercent } from './share.js';
import { stateOfRow } from './sipri.js';
import { layoutAt, stateValues, titleAbove, wideEntries, yearColumns, type RowPolicy, type WideEntry, type WideLayout } from './wide.js';

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

/**
 * NATO's share-of-GDP table, found by its title: the first row (of any sheet) with a cell
 * such as "Defence expenditure as a share of GDP and annual real change" (Table 3 since the
 * 2014 releases), then the first row below it with two or more year columns is the header.
 */
const SHARE_TITLE = /(share|percentage|%) of (real )?(gdp|gross domestic product)/i;
const CHANGE_HEADING = /change/i;
/** Rows of totals in NATO's tables: listed in `skipped`, not refused. */
const AGGREGATE = /^(nato\b|total\b|north america\b|europe\b|all allies\b)/i;
/** Long-layout columns → data/nato.csv columns (as natoRowsFromLongCsv maps them). */
const LONG_COLUMNS: readonly [string, string][] = [
  ['defexp_usd_current_m', 'milex_usd_current_m'], ['defexp_pct_gdp', 'milex_pct_gdp'], ['defexp_usd_2015_m', 'milex_usd_const_m'],
  ['gdp_usd_2015_bn', 'gdp_usd_const_bn'], ['personnel', 'personnel'], ['equipment_pct', 'equipment_pct'],
];

/**
 * A NATO table lists allies and totals; any other row (a partner, a typo) is refused. A roster
 * state without the group is refused first, by laterAlly, with the fix for a later member.
 */
const allyPolicy: RowPolicy = {
  decide: (m, name) => (m.kind === 'state' && m.state.groups.includes('nato') ? 'keep' : AGGREGATE.test(name) ? 'skip' : 'refuse'),
  kept: 'a NATO ally in data/facts/roster.json, nor a total row ("NATO Total", "NATO Europe")',
};

/**
 * A roster state without the nato group in a NATO table. The group (data/facts/roster.json)
 * marks the members of 2016 and the states NATO had invited by then, so such a row is most
 * likely a state that joined after the bundled data's cut: the refusal says how to admit it.
 */
function laterAlly(grid: Grid, layout: WideLayout, e: WideEntry, s: RosterState): DataIssue {
  return {
    code: 'unknown_code', ...placeOf(grid, e.row, layout.nameCol),
    message: `"${e.name}" (${s.iso3}) is a state in data/facts/roster.json but not a NATO ally there: its groups (${s.groups.join(', ')}) do not include "nato"`,
    fix: `a state that joined NATO after the bundled data's cut (2016) needs "nato" in its groups in data/facts/roster.json (and its accession in data/facts/memberships.json for the model to treat it as a member); otherwise correct or delete the row`,
  };
}

/** Table 3 sets the share beside its annual real change: year columns under a "... change" heading are dropped. */
function levelsOnly(grid: Grid, layout: WideLayout): WideLayout {
  const first = layout.years[0]?.col ?? 0;
  const headings = grid.rows.slice(Math.max(0, layout.header - 2), layout.header);
  const change = Math.min(...headings.flatMap((r) => r.map((c, i) => (i >= first && CHANGE_HEADING.test(cellText(c)) ? i : Infinity))));
  return { ...layout, years: layout.years.filter((y) => y.col < change) };
}

function shareTable(grid: Grid): WideLayout | null {
  const title = grid.rows.findIndex((r) => r.some((c) => SHARE_TITLE.test(cellText(c))) && yearColumns(r).length < 2);
  if (title < 0) return null;
  for (let h = title + 1; h < grid.rows.length; h++) if (yearColumns(grid.rows[h]!).length >= 2) return levelsOnly(grid, layoutAt(grid, h));
  return null;
}

function fromWide(grid: Grid, layout: WideLayout, ctx: ImportContext): Release {
  const issues: DataIssue[] = [];
  const entries = wideEntries(grid, layout, issues).filter((e) => {
    const m = identify(ctx.ids, '', e.name);
    if (m.kind !== 'state' || m.state.groups.includes('nato')) return true;
    issues.push(laterAlly(grid, layout, e, m.state));
    return false;
  });
  const found = stateValues(grid, layout, entries, ctx.ids, allyPolicy, issues);
  // A table that names no ally at all is the wrong file, not a file of wrong rows.
  if (found.values.length === 0 && issues.some((i) => i.code === 'unknown_code')) {
    return failed([unknownFormat('nato', grid.file, `the table under "${titleAbove(grid, layout.header).slice(0, 80)}" names no NATO ally`)]);
  }
  const rows: Row[] = found.values.map((v) => ({ iso3: v.iso3, year: v.year, milex_pct_gdp: numberText(v.value), estimate: v.estimate ? 1 : 0 }));
  sharesInPercent(rows, 'milex_pct_gdp');
  return { rows, carried: ['milex_pct_gdp', 'estimate'], skipped: found.skipped, issues };
}

function fromLong(t: TableReader, ctx: ImportContext): Release {
  const skipped = screenRows(t, ctx.ids, { code: 'iso3', name: 'country' });
  const rows = natoRowsFromLongCsv(t, ctx.ids.roster, '');
  sharesInPercent(rows, 'milex_pct_gdp');
  const carried = LONG_COLUMNS.filter(([raw]) => t.has(raw)).map(([, col]) => col);
  return { rows, carried: [...carried, 'estimate'], skipped, issues: t.issues };
}

/** Reads a NATO release: the bundled long CSV, or NATO's tables as .xlsx or CSV (the share-of-GDP table). */
export function readNatoRelease(src: Source, ctx: ImportContext): Release {
  const noTable = (where: string): Release => failed([{ code: src.xlsx ? 'xlsx_invalid' : 'unknown_format', file: src.file, message: `no table titled "... share of GDP ..." followed by a header of years in ${where}`, fix: 'pass NATO\'s defence-expenditure tables as published (the .xlsx, or a CSV of Table 3 with its title row)' }]);
  if (src.xlsx) {
    const book = readXlsx(src.file, src.bytes);
    if (!book.ok) return failed(book.issues);
    for (const sheet of book.value) {
      const grid = gridOfSheet(src.file, sheet);
      const layout = shareTable(grid);
      if (layout) return fromWide(grid, layout, ctx);
    }
    return noTable(`any sheet (${book.value.map((s) => `"${s.name}"`).join(', ')})`);
  }
  const header = csvHeader(src.text);
  if (header.includes('year') && header.includes('defexp_pct_gdp')) {
    const t = tableOf(src.file, src.text);
    return t.ok ? fromLong(t.value, ctx) : failed(t.issues);
  }
  let titled = false;
  const grid = gridOfCsv(src.file, src.text, (cells) => {
    if (titled) return yearColumns(cells).length >= 2;
    titled = cells.some((c) => SHARE_TITLE.test(c));
    return false;
  });
  if (grid === null) return titled ? noTable('the file') : failed([unknownFormat('nato', src.file, `no recognised header and no share-of-GDP title (first line: "${header.join(',').slice(0, 80)}")`)]);
  if (!grid.ok) return failed(grid.issues);
  return fromWide(grid.value, shareTable(grid.value)!, ctx);
}
