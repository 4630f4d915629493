/**
 * The truth a hindcast is scored against: a CSV with columns iso3, year, milex_pct_gdp (other
 * columns ignored), e.g. built from a SIPRI or NATO release (docs/VALIDATION.md). Every problem is
 * reported with its line and column: a bad header, an unknown ISO3 code, a year outside the
 * window, a duplicate, a value that is not a percentage.
 */
import { datasetRows, DataError, defaultDataDir, readTable, type DataIssue } from '../data/index.js';

export type Truth = Map<string, Map<number, number>>;

export function readTruth(file: string, window: readonly [number, number], options: { dataDir?: string; text?: string } = {}): Truth {
  const t = readTable(file, options.text);
  const issues: DataIssue[] = [];
  if (!t.require(['iso3', 'year', 'milex_pct_gdp'], 'the truth file needs the header iso3,year,milex_pct_gdp (other columns are ignored)')) throw new DataError(t.issues);
  const known = new Set(datasetRows(options.dataDir ?? defaultDataDir(), 'codes').map((r) => r.iso3).filter((c): c is string => typeof c === 'string'));
  const truth: Truth = new Map();
  const seen = new Map<string, number>();
  for (let r = 0; r < t.length; r++) {
    const iso3 = t.text(r, 'iso3').toUpperCase();
    const year = t.year(r, 'year');
    const v = t.num(r, 'milex_pct_gdp');
    const col = (name: string) => t.table.header.indexOf(name) + 1;
    if (!known.has(iso3)) {
      issues.push({ code: 'unknown_code', file, line: t.line(r), column: col('iso3'), field: 'iso3', message: `"${iso3}" is not an ISO 3166 alpha-3 code Ballast knows`, fix: 'use the ISO3 code, e.g. POL (Kosovo: XKX)' });
      continue;
    }
    if (year === null) continue;
    if (year < window[0] || year > window[1]) {
      issues.push({ code: 'year_out_of_coverage', file, line: t.line(r), column: col('year'), field: 'year', message: `${year} is outside the hindcast window ${window[0]}-${window[1]}`, fix: `keep only the years ${window[0]}-${window[1]}, or change --from/--to` });
      continue;
    }
    const key = `${iso3}:${year}`;
    if (seen.has(key)) {
      issues.push({ code: 'duplicate_row', file, line: t.line(r), column: 1, message: `${iso3} ${year} appears twice (first on line ${seen.get(key)})`, fix: 'keep one row per state and year' });
      continue;
    }
    seen.set(key, t.line(r));
    if (v === null) continue;
    if (v < 0 || v > 100) {
      t.bad(r, 'milex_pct_gdp', `${v} is not a share of GDP in percent`, 'write percent, e.g. 2.03 for 2.03 %');
      continue;
    }
    if (!truth.has(iso3)) truth.set(iso3, new Map());
    truth.get(iso3)!.set(year, v);
  }
  issues.push(...t.issues);
  if (issues.length > 0) throw new DataError(issues);
  return truth;
}
