/**
 * What every importer reads and returns: the kinds of release Ballast imports, the formats
 * each accepts (named in unknown_format issues and docs/IMPORT.md), the file as read, and
 * the rows it yields for one curated dataset.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { Row } from '../curated.js';
import type { DataIssue } from '../errors.js';
import { looksLikeXlsx } from '../xlsx.js';
import type { Identities } from './identity.js';
import type { ImportKind, SipriMeasure } from './kinds.js';

export { IMPORT_KINDS, SIPRI_MEASURES, type ImportKind, type SipriMeasure } from './kinds.js';

export const IMPORT_FORMATS: Record<ImportKind, readonly string[]> = {
  sipri: [
    'SIPRI workbook SIPRI-Milex-data-1949-YYYY.xlsx (sheets "Current US$" and "Share of GDP")',
    'CSV export of one of those sheets (title rows, then Country, Notes, 1949, 1950, ...; the title or --measure share|usd says which)',
    'long CSV iso3,country,year,milex_pct_gdp and/or milex_current_usd_m[,current_flag] (the bundled raw layout)',
    'Our World in Data grapher CSV Entity,Code,Year,<value>',
  ],
  nato: [
    'long CSV country,iso3,year,defexp_pct_gdp[,defexp_usd_current_m,defexp_usd_2015_m,gdp_usd_2015_bn,personnel,equipment_pct] (the bundled raw layout)',
    'NATO defence-expenditure tables as .xlsx or CSV: the table titled "... share of GDP ..." (Table 3), a country column and year columns such as 2014 ... 2024e',
  ],
  troops: [
    'troopdata country-year CSV (countryname,year,ccode,iso3c,troops_ad,army_ad,navy_ad,air_force_ad,marine_corps_ad, ...; NA is missing)',
  ],
};

/** A release file as read from disk: its bytes, their hash and, unless a workbook, its text. */
export interface Source {
  readonly file: string;
  readonly bytes: Buffer;
  readonly sha256: string;
  readonly xlsx: boolean;
  readonly text: string;
}

export interface ImportContext {
  readonly ids: Identities;
  readonly measure?: SipriMeasure;
}

/** The rows a release yields for its dataset, before they are merged into data/. */
export interface Release {
  /** Each row has iso3, year and the carried columns; vintage is set when merging. */
  readonly rows: readonly Row[];
  /** The dataset columns this file carries; a merge overwrites these and keeps the rest. */
  readonly carried: readonly string[];
  /** Names that are neither roster states nor in any code list (regions, notes, territories). */
  readonly skipped: readonly string[];
  readonly issues: readonly DataIssue[];
}

export function readSource(file: string): { ok: true; value: Source } | { ok: false; issues: DataIssue[] } {
  let bytes: Buffer;
  try {
    // A device or a FIFO would be read forever (/dev/zero): only a regular file is a release.
    if (!statSync(file).isFile()) return { ok: false, issues: [{ code: 'raw_missing', file, message: `cannot read ${file}: it is not a regular file`, fix: 'give the path of the downloaded release (CSV or XLSX), not a folder or a device' }] };
    bytes = readFileSync(file);
  } catch (err) {
    return { ok: false, issues: [{ code: 'raw_missing', file, message: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, fix: 'check the path to the downloaded release' }] };
  }
  const xlsx = looksLikeXlsx(bytes);
  return { ok: true, value: { file, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), xlsx, text: xlsx ? '' : bytes.toString('utf8') } };
}

export function failed(issues: readonly DataIssue[], skipped: readonly string[] = []): Release {
  return { rows: [], carried: [], skipped, issues };
}

/** The issue for a file that is none of the formats `kind` accepts; `found` says what it is. */
export function unknownFormat(kind: ImportKind, file: string, found: string, fix?: string): DataIssue {
  return {
    code: 'unknown_format', file, line: 1, column: 1,
    message: `${found}; a ${kind} import accepts: ${IMPORT_FORMATS[kind].map((f, i) => `(${i + 1}) ${f}`).join('; ')}`,
    fix: fix ?? `pass a file in one of the accepted formats (docs/IMPORT.md), or check that "${kind}" is the right kind`,
  };
}
