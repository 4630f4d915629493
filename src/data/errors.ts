/**
 * Data errors as values with a stable code and a place. Every code is listed in
 * DATA_ERROR_CODES with what it means; docs/DATA.md documents the same list and a test
 * keeps the two in step.
 */

export const DATA_ERROR_CODES = {
  csv_unterminated_quote: 'a quoted field never closes: the file is truncated or a quote is missing',
  csv_ragged_row: 'a row has more or fewer cells than the header: truncated file or an unquoted comma',
  csv_empty: 'the file has no header row',
  missing_column: 'a required column is absent from the header',
  bad_value: 'a cell does not hold the kind of value its column needs (number, year, date)',
  duplicate_row: 'two rows describe the same state and year (or the same key)',
  unknown_code: 'a country code or name that Ballast cannot map to a state',
  unknown_format: 'a file that is none of the formats an importer accepts',
  no_rows: 'a file with no usable rows for the states Ballast follows',
  year_out_of_coverage: 'a year outside the years the bundled or imported data cover',
  unknown_state: 'a code that names no state in the roster',
  facts_unreadable: 'a facts file that cannot be read or is not JSON',
  facts_invalid: 'a facts file entry with a missing or malformed field',
  raw_missing: 'a raw source file that the build needs is absent',
  xlsx_invalid: 'a workbook that is not a readable .xlsx file, or lacks the expected sheet',
} as const;

export type DataErrorCode = keyof typeof DATA_ERROR_CODES;

export interface DataIssue {
  readonly code: DataErrorCode;
  /** The file the issue is in, when there is one. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** A field path (facts files) or column name (CSV). */
  readonly field?: string;
  readonly message: string;
  /** What to do about it. */
  readonly fix: string;
}

/** Where an issue is, as file:line:column or file field. */
export function formatLocation(issue: DataIssue): string {
  let place = issue.file ?? '';
  if (issue.line !== undefined) place += `:${issue.line}`;
  if (issue.line !== undefined && issue.column !== undefined) place += `:${issue.column}`;
  if (issue.field !== undefined) place += `${place ? ' ' : ''}${issue.field}`;
  return place;
}

export function formatIssue(issue: DataIssue): string {
  const place = formatLocation(issue);
  return `${place ? place + ': ' : ''}${issue.message} [${issue.code}]\n  fix: ${issue.fix}`;
}

/** Thrown at the library boundary when data cannot be used; carries every issue found. */
export class DataError extends Error {
  readonly issues: readonly DataIssue[];
  constructor(issues: readonly DataIssue[]) {
    super(issues.map(formatIssue).join('\n'));
    this.name = 'DataError';
    this.issues = issues;
  }
}
