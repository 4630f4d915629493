/**
 * Reading and writing the curated files under data/. Writes are atomic (a temporary file,
 * then rename) so a failed build or import never leaves a half-written file behind.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatCsv } from './csv.js';
import { DATASETS, MANIFEST_FILE, type DatasetId, type Manifest } from './datasets.js';
import { DataError } from './errors.js';
import { readDataText, readTable, TableReader, throwIfIssues } from './table.js';

export type Cell = string | number | null;
export type Row = Record<string, Cell | undefined>;

export { defaultDataDir } from './data-dir.js';

export function sha256(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Numbers are written with up to `digits` significant decimals and no trailing zeros. */
export function fixed(value: number | null, digits: number): string | null {
  if (value === null || !Number.isFinite(value)) return null;
  const s = value.toFixed(digits);
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

function compareKeys(a: Row, b: Row, key: readonly string[]): number {
  for (const k of key) {
    const x = a[k] ?? '';
    const y = b[k] ?? '';
    if (typeof x === 'number' && typeof y === 'number') { if (x !== y) return x - y; continue; }
    const sx = String(x), sy = String(y);
    if (sx !== sy) return sx < sy ? -1 : 1;
  }
  return 0;
}

/** The CSV text of a dataset: its columns in order, rows sorted by key. Deterministic. */
export function renderDataset(id: DatasetId, rows: readonly Row[]): string {
  const { columns, key } = DATASETS[id];
  const sorted = [...rows].sort((a, b) => compareKeys(a, b, key));
  for (let i = 1; i < sorted.length; i++) {
    if (compareKeys(sorted[i - 1]!, sorted[i]!, key) === 0) {
      throw new DataError([{ code: 'duplicate_row', file: DATASETS[id].file, field: key.join(','), message: `two rows share the key ${key.map((k) => sorted[i]![k]).join(',')}`, fix: 'keep one row per key' }]);
    }
  }
  return formatCsv(columns, sorted.map((r) => columns.map((c) => r[c] ?? null)));
}

/** Writes a file atomically: temporary file in the same folder, then rename. */
export function writeAtomic(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}

/** Reads a curated dataset, checking its header matches the dataset's columns; `onText` hears the text parsed. */
export function readDataset(dataDir: string, id: DatasetId, onText?: (file: string, text: string) => void): TableReader {
  const file = join(dataDir, DATASETS[id].file);
  const text = readDataText(file);
  onText?.(file, text);
  const reader = readTable(file, text);
  const expected = DATASETS[id].columns as readonly string[];
  if (reader.table.header.join(',') !== expected.join(',')) {
    reader.push({ code: 'bad_value', line: 1, column: 1, message: `header is "${reader.table.header.join(',')}", expected "${expected.join(',')}"`, fix: 'rebuild data/ with `ballast data build` or restore the file from git' });
  }
  throwIfIssues(reader);
  return reader;
}

/** Rows of a curated dataset as records of strings (empty cells become null). */
export function datasetRows(dataDir: string, id: DatasetId): Row[] {
  const reader = readDataset(dataDir, id);
  const cols = reader.table.header;
  return reader.table.rows.map((r) => Object.fromEntries(cols.map((c, i) => [c, r[i] === '' ? null : r[i]!])));
}

/** The manifest of a data folder; `onText` hears the text parsed. */
export function readManifest(dataDir: string, onText?: (file: string, text: string) => void): Manifest {
  const file = join(dataDir, MANIFEST_FILE);
  if (!existsSync(file)) throw new DataError([{ code: 'raw_missing', file, message: 'data/manifest.json is missing', fix: 'rebuild data/ with `ballast data build` or restore it from git' }]);
  const text = readFileSync(file, 'utf8');
  onText?.(file, text);
  return JSON.parse(text) as Manifest;
}

export function renderManifest(manifest: Manifest): string {
  return JSON.stringify(manifest, null, 2) + '\n';
}
