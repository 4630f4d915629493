/**
 * `importRelease`: adds a newer SIPRI, NATO or troopdata release to data/ so later years
 * load without code changes. The file is read and checked whole first; only if nothing is
 * wrong are the merged dataset and data/manifest.json written (atomically, and only when
 * their bytes change). On any issue nothing is written.
 * How rows merge and what vintage they carry: merge.ts.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { datasetRows, readManifest, renderDataset, renderManifest, writeAtomic, type Row } from '../curated.js';
import { DATASETS, MANIFEST_FILE, type Manifest } from '../datasets.js';
import { DataError, type DataIssue } from '../errors.js';
import { forgetPanel } from '../panel.js';
import { loadIdentities, type Identities } from './identity.js';
import { mergeRelease } from './merge.js';
import { readNatoRelease } from './nato.js';
import { IMPORT_KINDS, readSource, SIPRI_MEASURES, type ImportContext, type ImportKind, type Release, type SipriMeasure, type Source } from './release.js';
import { readSipriRelease } from './sipri.js';
import { readTroopsRelease } from './troops.js';
import { displayVintage, inferVintage, storedVintage } from './vintage.js';

export interface ImportOptions {
  /** The data folder to import into (the bundled one is defaultDataDir()). */
  readonly dataDir: string;
  /** The release's vintage, e.g. "SIPRI 2025"; inferred from the file name or its last year when absent. */
  readonly vintage?: string;
  /** SIPRI only: import just this series; needed for a CSV export whose title does not say. */
  readonly measure?: SipriMeasure;
}

export interface ImportSummary {
  readonly dataset: ImportKind;
  /** As people read it, e.g. "SIPRI 2025"; the vintage column holds "2025". */
  readonly vintage: string;
  readonly rowsAdded: number;
  readonly rowsReplaced: number;
  /** First and last year with a figure in the file (for the states kept). */
  readonly years: readonly [number, number];
  /** Names in the file that are neither roster states nor in any code list. */
  readonly skipped: readonly string[];
}

export type ImportResult = { ok: true; value: ImportSummary } | { ok: false; issues: DataIssue[] };

const READERS: Record<ImportKind, (src: Source, ctx: ImportContext) => Release> = {
  sipri: readSipriRelease, nato: readNatoRelease, troops: readTroopsRelease,
};

const optionsSchema = z.object({
  kind: z.enum(IMPORT_KINDS),
  dataDir: z.string().min(1),
  vintage: z.string().trim().min(1).max(80).regex(/^[^\r\n]*$/, 'one line').optional(),
  measure: z.enum(SIPRI_MEASURES).optional(),
}).strict().refine((o) => o.measure === undefined || o.kind === 'sipri', { path: ['measure'], message: '--measure applies to sipri imports only' });

function yearSpan(rows: readonly Row[]): [number, number] {
  const years = rows.map((r) => Number(r.year));
  return [Math.min(...years), Math.max(...years)];
}

/** One issue per kind and place (a row two checks both refuse is reported once), in file order, sheet by sheet. */
function distinct(issues: readonly DataIssue[]): DataIssue[] {
  const seen = new Set<string>();
  const kept = issues.filter((i) => {
    const key = i.line === undefined ? `${i.code}|${i.file}|${i.field}|${i.message}` : `${i.code}|${i.file}|${i.line}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const part = (i: DataIssue) => `${i.file}|${/^sheet "[^"]*"/.exec(i.field ?? '')?.[0] ?? ''}`;
  const order = new Map<string, number>();
  for (const i of kept) if (!order.has(part(i))) order.set(part(i), order.size);
  return kept.sort((a, b) => order.get(part(a))! - order.get(part(b))! || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function writeIfChanged(file: string, content: string): void {
  let old: string | null = null;
  try { old = readFileSync(file, 'utf8'); } catch { old = null; }
  if (old !== content) writeAtomic(file, content);
}

/** Imports a release file of `kind` into `options.dataDir`; errors as values, all of them. */
export function importRelease(kind: ImportKind, file: string, options: ImportOptions): ImportResult {
  const parsed = optionsSchema.safeParse({ kind, ...options });
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => ({ code: 'bad_value', field: i.path.join('.') || 'options', message: i.message, fix: `use ballast data import <${IMPORT_KINDS.join('|')}> FILE [--vintage TEXT] [--measure ${SIPRI_MEASURES.join('|')}]` })) };
  }
  const { dataDir, vintage, measure } = parsed.data;
  let ids: Identities, existing: Row[], manifest: Manifest;
  try {
    ids = loadIdentities(dataDir);
    existing = datasetRows(dataDir, kind);
    manifest = readManifest(dataDir);
  } catch (err) {
    if (err instanceof DataError) return { ok: false, issues: [...err.issues] };
    throw err;
  }
  const src = readSource(file);
  if (!src.ok) return src;
  const release = READERS[kind](src.value, { ids, ...(measure ? { measure } : {}) });
  const issues = distinct(release.issues);
  if (issues.length > 0) return { ok: false, issues };
  if (release.rows.length === 0) {
    return { ok: false, issues: [{ code: 'no_rows', file, message: `no figures for any state Ballast follows${release.skipped.length ? ` (names not recognised: ${release.skipped.join(', ')})` : ''}`, fix: `check that the file is a ${kind} release and that its names or codes are the publisher's` }] };
  }
  const years = yearSpan(release.rows);
  const stored = vintage !== undefined ? storedVintage(kind, vintage) : inferVintage(kind, basename(file), years[1]);
  const merged = mergeRelease(kind, existing, release, stored);
  const entry = { file: basename(file), sha256: src.value.sha256, vintage: displayVintage(kind, stored), years, rows: release.rows.length };
  const before = manifest.datasets[kind];
  // Re-importing the same file replaces its entry, so importing twice changes nothing.
  const imports = [...(before.imports ?? []).filter((i) => i.sha256 !== entry.sha256), entry];
  const next: Manifest = { ...manifest, datasets: { ...manifest.datasets, [kind]: { ...before, years: yearSpan(merged.rows), rows: merged.rows.length, imports } } };
  const datasetText = renderDataset(kind, merged.rows);
  const manifestText = renderManifest(next);
  writeIfChanged(join(dataDir, DATASETS[kind].file), datasetText);
  writeIfChanged(join(dataDir, MANIFEST_FILE), manifestText);
  forgetPanel(dataDir);
  return { ok: true, value: { dataset: kind, vintage: entry.vintage, rowsAdded: merged.added, rowsReplaced: merged.replaced, years, skipped: release.skipped } };
}
