/**
 * Whether a table's shares of GDP are fractions (0.0203) or percent (2.03). SIPRI's recent
 * workbooks store fractions and display them with a % format; its older workbooks, its CSV
 * exports, OWID and NATO give percent. Titles do not tell (SIPRI's says "percentage" over
 * fractions), so the figures do.
 *
 * assumption: the median positive share of a table of states lies between 0.2 % and 20 %.
 * Military spending is about 1-3 % of GDP for most states in most years, so a median below
 * 0.2 means fractions (0.01-0.03) and one above means percent (1-3). The threshold sits a
 * factor of ten from either reading.
 */
import type { Row } from '../curated.js';
import { numberText } from './grid.js';

export const FRACTION_MEDIAN_BELOW = 0.2;

export function sharesAreFractions(values: readonly number[]): boolean {
  const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (positive.length === 0) return false;
  const mid = positive.length / 2;
  const median = positive.length % 2 === 1 ? positive[Math.floor(mid)]! : (positive[mid - 1]! + positive[mid]!) / 2;
  return median < FRACTION_MEDIAN_BELOW;
}

/** Rewrites a column of shares in percent when the column holds fractions. */
export function sharesInPercent(rows: readonly Row[], column: string): void {
  const shares = rows.map((r) => r[column] ?? null).filter((v) => v !== null).map(Number);
  if (!sharesAreFractions(shares)) return;
  for (const r of rows) if (r[column] !== null && r[column] !== undefined) r[column] = numberText(Number(r[column]) * 100);
}
