/** Months written YYYY-MM, as a count of months since year 0 so that they can be compared and added. */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (v: unknown): v is string => typeof v === 'string' && MONTH.test(v);

/** "2017-04" → 2017 × 12 + 3. */
export function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

/** The inverse of monthIndex. */
export function monthText(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
