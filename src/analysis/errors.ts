/**
 * Errors of the analytic models as values with a stable code and a field path. Each code is
 * listed here with its meaning; docs/ANALYSIS.md documents the same list.
 */

export const ANALYSIS_ERROR_CODES = {
  bad_input: 'the input is not of the expected shape (a JSON object with the fields the model needs)',
  length_mismatch: 'two vectors (or a vector and its weights) differ in length',
  ragged_matrix: 'a matrix whose rows differ in length, or that is not square',
  not_symmetric: 'a matrix that must be symmetric (propensities) is not',
  negative_value: 'a size, capability, salience or weight below zero',
  out_of_range: 'a value outside its allowed range (a position outside [min, max], a sign other than 1 or -1)',
  unknown_code: 'a state code that is not in the world of that year',
  too_many_actors: 'more actors than exhaustive search can handle; use the heuristic search',
  not_covered: 'the data of that year lack what the analysis needs (alliance ties past ATOP coverage, too few allies with spending figures, no ideal point)',
} as const;

export type AnalysisErrorCode = keyof typeof ANALYSIS_ERROR_CODES;

export interface AnalysisIssue {
  readonly code: AnalysisErrorCode;
  /** Where in the input: a field path such as "propensity[2][3]" or "weights". */
  readonly path: string;
  readonly message: string;
  readonly fix: string;
}

export type AnalysisResult<T> = { ok: true; value: T } | { ok: false; issues: AnalysisIssue[] };

/** Thrown at the CLI boundary when an analysis cannot run; carries every issue found. */
export class AnalysisError extends Error {
  readonly issues: readonly AnalysisIssue[];
  constructor(issues: readonly AnalysisIssue[]) {
    super(issues.map((i) => `${i.path ? i.path + ': ' : ''}${i.message} [${i.code}]\n  fix: ${i.fix}`).join('\n'));
    this.name = 'AnalysisError';
    this.issues = issues;
  }
}
