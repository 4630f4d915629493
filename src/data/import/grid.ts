/**
 * A sheet as a grid of cells with the place of each row, so a wide table reads the same
 * whether it came from a workbook sheet or a CSV export of it, and every issue names its
 * place: file:line:column for a CSV, file:row:column plus sheet and cell for a workbook.
 */
import { parseCsv } from '../csv.js';
import { DataError, type DataIssue } from '../errors.js';
import { readTable } from '../table.js';
import type { XlsxCell, XlsxSheet } from '../xlsx.js';

export interface Grid {
  readonly file: string;
  /** The workbook sheet, or null for a CSV file. */
  readonly sheet: string | null;
  readonly rows: readonly (readonly XlsxCell[])[];
  /** The 1-based line (CSV) or row number (sheet) of each row. */
  readonly lines: readonly number[];
}

/**
 * Cells that mean "no figure": SIPRI's ". ." (unavailable) and "xxx" (the state did not
 * exist), "..." and "..", and the dashes and n/a of NATO's tables.
 */
export const MISSING_MARKERS: readonly string[] = ['. .', '..', '...', 'xxx', '-', '–', '—', 'n/a', 'n.a.', 'NA'];

export function gridOfSheet(file: string, sheet: XlsxSheet): Grid {
  return { file, sheet: sheet.name, rows: sheet.rows, lines: sheet.rows.map((_, i) => i + 1) };
}

/**
 * A CSV export of a sheet: the lines before the first line `isHeader` accepts are title and
 * notes rows, each read on its own; from the header on the file must be rectangular, so a
 * truncated or ragged table is refused with the CSV issues. Null when no line is a header.
 */
export function gridOfCsv(file: string, text: string, isHeader: (cells: readonly string[]) => boolean): { ok: true; value: Grid } | { ok: false; issues: DataIssue[] } | null {
  const lines = text.split('\n');
  const rows: string[][] = [];
  const at: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const parsed = parseCsv(lines[i]!);
    const cells = parsed.ok ? [...parsed.value.header] : [lines[i]!.trim()];
    if (!isHeader(cells)) { rows.push(cells); at.push(i + 1); continue; }
    const rest = tableOf(file, lines.slice(i).join('\n'));
    if (!rest.ok) return { ok: false, issues: rest.issues.map((x) => ({ ...x, line: x.line === undefined ? undefined : x.line + i })) };
    const table = rest.value.table;
    rows.push([...table.header], ...table.rows.map((r) => [...r]));
    at.push(i + 1, ...table.lines.map((l) => l + i));
    return { ok: true, value: { file, sheet: null, rows, lines: at } };
  }
  return null;
}

/** The cells of a CSV file's first line (a long table's header), or none. */
export function csvHeader(text: string): readonly string[] {
  const first = parseCsv(text.split('\n')[0] ?? '');
  return first.ok ? first.value.header : [];
}

/** Parses CSV text as readTable does (same issues and fixes), as a value instead of a throw. */
export function tableOf(file: string, text: string) {
  try {
    return { ok: true as const, value: readTable(file, text) };
  } catch (err) {
    if (err instanceof DataError) return { ok: false as const, issues: [...err.issues] };
    throw err;
  }
}

/** Where a cell is, for an issue. */
export function placeOf(grid: Grid, row: number, col: number): Pick<DataIssue, 'file' | 'line' | 'column' | 'field'> {
  const place = { file: grid.file, line: grid.lines[row]!, column: col + 1 };
  return grid.sheet === null ? place : { ...place, field: `sheet "${grid.sheet}" cell ${columnLetters(col)}${grid.lines[row]}` };
}

function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function cellText(cell: XlsxCell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/**
 * A cell as a number: null when empty or a missing marker; a percentage string ("2.0%")
 * as its percent; thousands separators ("12,345.6") dropped. Undefined when not a number.
 */
export function cellNumber(cell: XlsxCell | undefined): number | null | undefined {
  if (typeof cell === 'number') return cell;
  const t = cellText(cell);
  if (t === '' || MISSING_MARKERS.includes(t)) return null;
  const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?%?$/.test(t) ? t.replace(/,/g, '') : t;
  const body = (plain.endsWith('%') ? plain.slice(0, -1) : plain).trim();
  const v = Number(body);
  return body !== '' && Number.isFinite(v) ? v : undefined;
}

/** Significant digits kept when a workbook number is written to data/ (drops binary noise such as 2.0300000000000002). */
const WRITTEN_DIGITS = 12;

export function numberText(value: number): string {
  return String(Number(value.toPrecision(WRITTEN_DIGITS)));
}
