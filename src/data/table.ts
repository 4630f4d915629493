/**
 * Reading a CSV table cell by cell while gathering every problem with its place.
 * Used by the build script, the importers and the loader alike, so all three report
 * errors the same way (file:line:column, the bad value, the fix).
 */
import { readFileSync, statSync } from 'node:fs';
import { parseCsv, type CsvTable } from './csv.js';
import { DataError, type DataIssue } from './errors.js';

export class TableReader {
  readonly issues: DataIssue[] = [];
  private readonly cols = new Map<string, number>();

  constructor(readonly file: string, readonly table: CsvTable) {
    table.header.forEach((h, i) => this.cols.set(h, i));
  }

  /** Records a missing_column issue for each absent column; returns whether all are present. */
  require(columns: readonly string[], fix = 'use the file as published, with its header row'): boolean {
    let ok = true;
    for (const c of columns) {
      if (!this.cols.has(c)) {
        ok = false;
        this.issues.push({ code: 'missing_column', file: this.file, line: 1, column: 1, field: c, message: `no column "${c}" in the header (${this.table.header.join(', ')})`, fix });
      }
    }
    return ok;
  }

  has(column: string): boolean {
    return this.cols.has(column);
  }

  get length(): number {
    return this.table.rows.length;
  }

  line(row: number): number {
    return this.table.lines[row]!;
  }

  /** The raw text of a cell, trimmed; '' when the column is absent. */
  text(row: number, column: string): string {
    const i = this.cols.get(column);
    return i === undefined ? '' : this.table.rows[row]![i]!.trim();
  }

  /** A number or null for an empty cell; a non-number records bad_value and gives null. */
  num(row: number, column: string, missing: readonly string[] = []): number | null {
    const t = this.text(row, column);
    if (t === '' || missing.includes(t)) return null;
    const v = Number(t);
    if (!Number.isFinite(v)) {
      this.bad(row, column, `"${t}" is not a number`, 'write a plain number (a dot for decimals) or leave the cell empty for a missing value');
      return null;
    }
    return v;
  }

  /** A whole year in [1800, 2200]; anything else records bad_value. */
  year(row: number, column: string): number | null {
    const v = this.num(row, column);
    if (v === null || !Number.isInteger(v) || v < 1800 || v > 2200) {
      if (v !== null || this.text(row, column) === '') this.bad(row, column, `"${this.text(row, column)}" is not a year`, 'write the year as four digits, e.g. 2016');
      return null;
    }
    return v;
  }

  bad(row: number, column: string, message: string, fix: string): void {
    this.issues.push({ code: 'bad_value', file: this.file, line: this.line(row), column: (this.cols.get(column) ?? 0) + 1, field: column, message, fix });
  }

  push(issue: Omit<DataIssue, 'file'> & { row?: number }): void {
    const { row, ...rest } = issue;
    this.issues.push({ file: this.file, ...(row !== undefined ? { line: this.line(row) } : {}), ...rest });
  }
}

/** The text of a data file; a missing or unreadable file, or one that is not a regular file (a device, a FIFO: reading /dev/zero never ends), is a DataError naming it. */
export function readDataText(file: string): string {
  try {
    if (!statSync(file).isFile()) throw new DataError([{ code: 'raw_missing', file, message: `cannot read ${file}: it is not a regular file`, fix: 'give the path of a data file (CSV or XLSX), not a folder or a device' }]);
    return readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof DataError) throw err;
    throw new DataError([{ code: 'raw_missing', file, message: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, fix: 'check the path' }]);
  }
}

/** Reads and parses a CSV file; throws a DataError naming the file on structural problems. */
export function readTable(file: string, text?: string): TableReader {
  const content = text ?? readDataText(file);
  const parsed = parseCsv(content);
  if (!parsed.ok) throw new DataError(parsed.issues.map((i) => ({ code: i.code, file, line: i.line, column: i.column, message: i.message, fix: i.code === 'csv_empty' ? 'supply the file with its header row' : 'use the complete file as published; re-download it if it was cut short' })));
  return new TableReader(file, parsed.value);
}

/** Throws the reader's gathered issues, if any. */
export function throwIfIssues(reader: { issues: readonly DataIssue[] }): void {
  if (reader.issues.length > 0) throw new DataError(reader.issues);
}
