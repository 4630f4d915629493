/**
 * Wide tables, the layout SIPRI and NATO publish: some title and notes rows, a header row
 * with a country column and one column per year (1949 ... 2024, or NATO's "2024e" for an
 * estimate), then one row per country, with region or total rows among them.
 */
import type { DataIssue } from '../errors.js';
import type { XlsxCell } from '../xlsx.js';
import { cellNumber, cellText, placeOf, type Grid } from './grid.js';
import { identify, type Identities, type Match } from './identity.js';

export interface YearColumn { readonly col: number; readonly year: number; readonly estimate: boolean }

export interface WideLayout {
  /** Index of the header row in the grid. */
  readonly header: number;
  readonly nameCol: number;
  readonly years: readonly YearColumn[];
}

const YEAR_HEADER = /^((?:19|20)\d\d)\s*(e)?\s*\*?$/i;
/** A row label longer than this is a note or footnote, not a country or region. */
const NOTE_MIN_CHARS = 60;
const NOTE_START = /^(notes?\b|sources?\b|\*|\(?\d+\)|[¹²³†‡§¶])/i;
const TABLE_TITLE = /^table\s*\d+/i;

/** A header cell naming a year: 2017, "2017", or "2017e" (NATO's estimate mark). */
export function yearHeader(cell: XlsxCell | undefined): { year: number; estimate: boolean } | null {
  const m = YEAR_HEADER.exec(cellText(cell));
  if (!m || (typeof cell === 'number' && !Number.isInteger(cell))) return null;
  return { year: Number(m[1]), estimate: m[2] !== undefined };
}

/** The year columns of a row; a year that repeats keeps only its first column. */
export function yearColumns(row: readonly XlsxCell[]): YearColumn[] {
  const out: YearColumn[] = [];
  row.forEach((cell, col) => {
    const y = yearHeader(cell);
    if (y && !out.some((o) => o.year === y.year)) out.push({ col, ...y });
  });
  return out;
}

/**
 * The layout whose header is row `header`: the name column is the one headed "Country" or,
 * without such a cell, the leftmost column before the first year that holds text below.
 */
export function layoutAt(grid: Grid, header: number): WideLayout {
  const row = grid.rows[header]!;
  const years = yearColumns(row);
  const first = years[0]?.col ?? row.length;
  let nameCol = row.findIndex((c) => cellText(c).toLowerCase() === 'country');
  for (let c = 0; nameCol < 0 && c < first; c++) {
    if (grid.rows.slice(header + 1).some((r) => typeof r[c] === 'string' && cellText(r[c]) !== '' && cellNumber(r[c]) === undefined)) nameCol = c;
  }
  return { header, nameCol: Math.max(nameCol, 0), years };
}

/** The text of the rows above `header`: the title and notes that say what a table measures. */
export function titleAbove(grid: Grid, header: number): string {
  return grid.rows.slice(0, header).flatMap((r) => r.map(cellText)).filter((t) => t !== '').join(' ');
}

/** A row label without trailing footnote marks: "Montenegro (1)" and "Iceland*" are countries. */
function rowLabel(cell: XlsxCell | undefined): string {
  return cellText(cell).replace(/\s*(\(\d+\)|\*+|[†‡§¶¹²³⁰-⁹]+)$/u, '').trim();
}

export interface WideEntry {
  readonly row: number;
  readonly name: string;
  readonly values: readonly { readonly year: number; readonly estimate: boolean; readonly value: number }[];
}

/** The labelled rows of a table with their figures, up to the next "Table N" title; bad cells are bad_value issues. */
export function wideEntries(grid: Grid, layout: WideLayout, issues: DataIssue[]): WideEntry[] {
  const entries: WideEntry[] = [];
  for (let r = layout.header + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r]!;
    if (row.some((c) => TABLE_TITLE.test(cellText(c)))) break;
    const name = rowLabel(row[layout.nameCol]);
    if (name === '' || name.length > NOTE_MIN_CHARS || NOTE_START.test(name)) continue;
    const values: { year: number; estimate: boolean; value: number }[] = [];
    for (const y of layout.years) {
      const v = cellNumber(row[y.col]);
      if (v === undefined) {
        issues.push({ code: 'bad_value', ...placeOf(grid, r, y.col), message: `${name} ${y.year}: "${cellText(row[y.col])}" is not a number or a missing-value marker`, fix: 'leave the cell as published: a number, ". .", "xxx" or empty' });
      } else if (v !== null && v < 0) {
        // Levels (shares, US$) are never negative; a negative figure is a change column read by mistake.
        issues.push({ code: 'bad_value', ...placeOf(grid, r, y.col), message: `${name} ${y.year}: ${v} is negative`, fix: 'pass the table of levels (share of GDP or US$), not of changes' });
      } else if (v !== null) values.push({ year: y.year, estimate: y.estimate, value: v });
    }
    entries.push({ row: r, name, values });
  }
  return entries;
}

/**
 * Which rows a table may hold: `decide` keeps a row, lists it in `skipped`, drops it silently,
 * or refuses it (unknown_code); `kept` says in words what a kept row is.
 */
export interface RowPolicy {
  readonly decide: (match: Match, name: string) => 'keep' | 'skip' | 'drop' | 'refuse';
  readonly kept: string;
}

export interface StateValue { readonly iso3: string; readonly year: number; readonly value: number; readonly estimate: boolean }

/**
 * The figures of roster states in a wide table. The same state and year twice (say
 * "Czechia" and "Czech Republic" both with 2017 figures) is a duplicate_row issue naming both lines.
 */
export function stateValues(grid: Grid, layout: WideLayout, entries: readonly WideEntry[], ids: Identities, policy: RowPolicy, issues: DataIssue[]): { values: StateValue[]; skipped: string[] } {
  const values: StateValue[] = [];
  const skipped = new Set<string>();
  const firstLine = new Map<string, number>();
  for (const e of entries) {
    const match = identify(ids, '', e.name);
    const action = policy.decide(match, e.name);
    if (action === 'skip') skipped.add(e.name);
    if (action === 'refuse') {
      issues.push({ code: 'unknown_code', ...placeOf(grid, e.row, layout.nameCol), message: `"${e.name}" is not ${policy.kept}`, fix: 'correct the name to the one the publisher uses (see data/facts/roster.json aliases), or delete the row' });
    }
    if (action !== 'keep' || match.kind !== 'state') continue;
    const iso3 = match.state.iso3;
    const again: number[] = [];
    let first = 0;
    for (const v of e.values) {
      const key = `${iso3}:${v.year}`;
      const seen = firstLine.get(key);
      if (seen !== undefined) { again.push(v.year); first = seen; continue; }
      firstLine.set(key, grid.lines[e.row]!);
      values.push({ iso3, ...v });
    }
    if (again.length > 0) {
      issues.push({ code: 'duplicate_row', ...placeOf(grid, e.row, layout.nameCol), message: `${iso3} ${again.join(', ')} ${again.length > 1 ? 'appear' : 'appears'} twice: on line ${first} and again on line ${grid.lines[e.row]} ("${e.name}")`, fix: 'delete one of the two rows; each state may appear once' });
    }
  }
  return { values, skipped: [...skipped] };
}
