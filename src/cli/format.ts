/** Output formats shared by the commands: aligned text tables, CSV and JSON. */
import { formatCsv } from '../data/csv.js';

export const FORMATS = ['table', 'json', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface Column<R> {
  readonly header: string;
  readonly value: (row: R) => string | number | null;
  /** Right-align (numbers). */
  readonly right?: boolean;
}

/** A plain aligned table; missing values print as an en dash, never as 0. */
export function renderTable<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  const cells = rows.map((r) => columns.map((c) => { const v = c.value(r); return v === null || v === '' ? '–' : String(v); }));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i]!.length)));
  const line = (vals: readonly string[]) => vals.map((v, i) => (columns[i]!.right ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

export function renderCsv<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  return formatCsv(columns.map((c) => c.header), rows.map((r) => columns.map((c) => c.value(r))));
}

/** Fixed decimals, or null for a missing value. */
export function dec(v: number | null | undefined, digits: number): string | null {
  return v === null || v === undefined || !Number.isFinite(v) ? null : v.toFixed(digits);
}

/**
 * A whole number with commas between thousands, as `toLocaleString('en-US')` writes it, without
 * ICU's number formatter: its first use costs about 15 ms, a tenth of `ballast world`'s start.
 * Anything but a safe integer (and −0, which it writes "-0") goes to toLocaleString.
 */
export function thousands(n: number): string {
  return Number.isSafeInteger(n) && !Object.is(n, -0) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : n.toLocaleString('en-US');
}

export function yesNo(v: boolean | null | undefined): string | null {
  return v === null || v === undefined ? null : v ? 'yes' : 'no';
}
