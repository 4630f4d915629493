/**
 * A small RFC 4180 CSV reader and writer that keeps each cell's line and column,
 * so every data error can name the place (file:line:column). Quoted fields may hold
 * commas, doubled quotes and newlines. Empty cells are missing values, never zeros.
 */

export interface CsvTable {
  readonly header: readonly string[];
  /** Data rows (header excluded); each has exactly header.length cells. */
  readonly rows: readonly (readonly string[])[];
  /** 1-based line on which each data row starts. */
  readonly lines: readonly number[];
}

export interface CsvIssue {
  readonly code: 'csv_unterminated_quote' | 'csv_ragged_row' | 'csv_empty';
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export type CsvResult = { ok: true; value: CsvTable } | { ok: false; issues: CsvIssue[] };

/** Parses CSV text; gathers every structural problem instead of stopping at the first. */
export function parseCsv(text: string): CsvResult {
  const records: { cells: string[]; line: number }[] = [];
  const issues: CsvIssue[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let quoteLine = 0;
  let quoteCol = 0;
  let col = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '')) records.push({ cells, line: recordLine });
    cells = [];
    cell = '';
  };
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') { cell += '"'; i++; col += 2; continue; }
        inQuotes = false; col++; continue;
      }
      if (ch === '\n') { line++; col = 1; } else col++;
      cell += ch;
      continue;
    }
    if (ch === '"' && cell === '') { inQuotes = true; quoteLine = line; quoteCol = col; col++; continue; }
    if (ch === ',') { cells.push(cell); cell = ''; col++; continue; }
    if (ch === '\r') continue;
    if (ch === '\n') { endRecord(); line++; col = 1; recordLine = line; continue; }
    cell += ch;
    col++;
  }
  if (inQuotes) {
    issues.push({
      code: 'csv_unterminated_quote', line: quoteLine, column: quoteCol,
      message: 'a quoted field is never closed: the file is truncated or a quote is missing',
    });
  } else if (cell !== '' || cells.length > 0) endRecord();
  if (records.length === 0) {
    issues.push({ code: 'csv_empty', line: 1, column: 1, message: 'the file is empty: it has no header row' });
    return { ok: false, issues };
  }
  const header = records[0]!.cells.map((h) => h.trim());
  const rows: string[][] = [];
  const lines: number[] = [];
  for (const r of records.slice(1)) {
    if (r.cells.length !== header.length) {
      issues.push({
        code: 'csv_ragged_row', line: r.line, column: 1,
        message: `row has ${r.cells.length} cells but the header has ${header.length}: the file may be truncated or a field unquoted`,
      });
      continue;
    }
    rows.push(r.cells);
    lines.push(r.line);
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { header, rows, lines } };
}

/** 1-based column of a named header cell, for error locations. */
export function columnOf(table: CsvTable, name: string): number {
  return table.header.indexOf(name) + 1;
}

function quote(cell: string): string {
  return /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Writes rows as CSV with \n line endings; null and undefined become empty cells. */
export function formatCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const out = [header.map(quote).join(',')];
  for (const row of rows) out.push(row.map((c) => (c === null || c === undefined ? '' : quote(String(c)))).join(','));
  return out.join('\n') + '\n';
}
