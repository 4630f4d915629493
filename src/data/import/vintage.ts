/**
 * The vintage of an imported release: the `vintage` column of each row it adds or replaces
 * and the `imports` entry in data/manifest.json.
 *
 * The column holds the release without the publisher's name ("2025", not "SIPRI 2025"),
 * like the rows `ballast data build` writes ("2019-06" for NATO), because the world view
 * prefixes the publisher itself ("SIPRI 2025"). `--vintage "SIPRI 2025"` is accepted and
 * stored as "2025".
 *
 * Inferred, when --vintage is not given, as the release year:
 *  1. a year range in the file name (SIPRI-Milex-data-1949-2024.xlsx) ends with the last
 *     data year, 2024; else
 *  2. the last year with a figure in the file;
 *  plus the publisher's lag (RELEASE_LAG_YEARS): SIPRI publishes in April the data to the
 *  previous year (data to 2024 → SIPRI 2025); NATO publishes in June the current year's
 *  estimate (2024e → NATO 2024); troopdata's yearly DMDC data appear the year after.
 */
import type { ImportKind } from './release.js';

export const PUBLISHER: Record<ImportKind, string> = { sipri: 'SIPRI', nato: 'NATO', troops: 'troopdata' };

/** Years between the last data year and the release that carries it. */
export const RELEASE_LAG_YEARS: Record<ImportKind, number> = { sipri: 1, nato: 0, troops: 1 };

const YEAR_RANGE = /(?:^|\D)((?:19|20)\d\d)\s*[-_–]\s*((?:19|20)\d\d)(?!\d)/;

export function inferVintage(kind: ImportKind, fileName: string, lastDataYear: number): string {
  const range = YEAR_RANGE.exec(fileName);
  const last = range ? Number(range[2]) : lastDataYear;
  return String(last + RELEASE_LAG_YEARS[kind]);
}

/** A --vintage text as stored: trimmed, without a leading publisher name. */
export function storedVintage(kind: ImportKind, text: string): string {
  const t = text.trim();
  const prefix = new RegExp(`^${PUBLISHER[kind]}\\s+`, 'i');
  return prefix.test(t) && t.replace(prefix, '') !== '' ? t.replace(prefix, '') : t;
}

/** The vintage as people read it: "SIPRI 2025". */
export function displayVintage(kind: ImportKind, stored: string): string {
  return `${PUBLISHER[kind]} ${stored}`;
}
