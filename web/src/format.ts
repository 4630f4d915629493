/** Number and month formatting for the dashboard: one place, so every chart reads alike. */

/** A probability as a percentage: 0.3612 → "36.1%"; null → "–". */
export function pct(p: number | null | undefined, digits = 1): string {
  return p === null || p === undefined || !Number.isFinite(p) ? '–' : `${(p * 100).toFixed(digits)}%`;
}

/** A number with fixed decimals and thousands separators; null → "–" (missing, never zero). */
export function num(x: number | null | undefined, digits = 0): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A signed difference in percentage points: 0.031 → "+3.1 pp". */
export function pp(d: number, digits = 1): string {
  const v = (d * 100).toFixed(digits);
  return `${d >= 0 ? '+' : ''}${v} pp`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2017-04" → "Apr 2017". */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** "2017-04" → the first of the month at 00:00 UTC (a fixed date, never the clock). */
export function monthDate(month: string): Date {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 1));
}

/** snake_case field names as words: "allies_at_2pct" → "allies at 2pct". */
export function words(name: string): string {
  return name.replace(/_/g, ' ');
}
