/**
 * Scenario errors as values with a stable code and a place (file:line:column and a field
 * path). Every code is listed in SCENARIO_ERROR_CODES with what it means; docs/SCENARIOS.md
 * documents the same list and a test keeps the two in step.
 */
import type { FieldPath } from './locate.js';

export const SCENARIO_ERROR_CODES = {
  file_unreadable: 'the scenario file or its parameter file cannot be read (missing, a directory, a device or FIFO, no permission)',
  too_large: 'the scenario, or its parameter file, is larger than its size limit (see Limits)',
  invalid_json: 'the parameter file is not valid JSON',
  parameter_file_refused: 'a scenario sent to the server names a parameter_file: the server never opens a path named in a request',
  yaml_syntax: 'the text is not valid YAML (or JSON): a bad indent, an unclosed bracket or quote, a tab used as indentation',
  duplicate_key: 'the same field is written twice in one mapping',
  invalid_type: 'a field holds the wrong kind of value: text where a number is needed, a single value where a list is needed',
  invalid_format: 'a text field is not in its required form: a month written YYYY-MM, a state as an ISO 3166 alpha-3 code in capitals',
  invalid_value: 'a field holds a value outside its fixed list of allowed values (the message lists them)',
  out_of_range: 'a number outside the bounds of the format (horizon 1-240 months, troops above 0, pct from -50 to 50, a list with no item)',
  missing_field: 'a required field is absent (a name, an event\'s type, the state of an accession)',
  unknown_field: 'a field the format does not have, often a misspelling (the message suggests the closest name)',
  unknown_event_type: 'an event type that does not exist (the message lists every type)',
  unknown_parameter: 'a parameter override whose name is not in the parameter registry',
  parameter_out_of_range: 'a parameter override outside the plausible range the registry gives for it',
  unknown_state: 'a state code that is not in the world of the scenario\'s year',
  wrong_role: 'a state that cannot play the part the event gives it: an accession of a member, a deployment to a state that is no ally, a probe outside the rival\'s theatre',
  world_year_out_of_coverage: 'a world year outside the years the bundled or imported data cover',
  start_before_world: 'a start month in or before the world year: the world is the state at 31 December of its year, so the run must start after it',
  date_outside_horizon: 'an event month before the start or after the last simulated month',
  window_reversed: 'an event window whose end comes before its start',
  timing: 'an event with neither `at` nor `window`, or with both',
  probability_out_of_range: 'an event probability outside [0, 1]',
  duplicate_event: 'the same event written twice, or two accessions (or exits) of the same state',
  too_many_events: 'more events than a scenario takes (see Limits)',
  too_many_runs: 'more runs than the caller accepts: the server takes fewer than the command line',
  too_many_issues: 'more issues than are listed: the first ones are, and this one counts the rest',
} as const;

export type ScenarioErrorCode = keyof typeof SCENARIO_ERROR_CODES;

export interface ScenarioIssue {
  readonly code: ScenarioErrorCode;
  /** The file the scenario came from ("<scenario>" for text with no file). */
  readonly file: string;
  /** 1-based line and column of the offending value (of its key for unknown fields, of the enclosing mapping for missing ones). */
  readonly line: number;
  readonly column: number;
  /** The field path, e.g. "events[3].window[1]"; "" for the whole scenario. */
  readonly path: string;
  /** What is wrong, naming the field and the bad value (and the allowed values or range). */
  readonly message: string;
  /** What to do about it. */
  readonly fix: string;
}

/** An issue before it is placed in the file: validate.ts adds the file, line and column. */
export interface IssueDraft {
  readonly code: ScenarioErrorCode;
  readonly path: FieldPath;
  readonly message: string;
  readonly fix: string;
  /** Locate the field's key rather than its value (unknown fields and parameter names). */
  readonly part?: 'key' | 'value';
}

export type ScenarioResult<T> = { ok: true; value: T } | { ok: false; issues: ScenarioIssue[] };

/** One issue as a compiler would print it: `file:line:column: message [code]` and an indented fix. */
export function formatScenarioIssue(issue: ScenarioIssue): string {
  return `${issue.file}:${issue.line}:${issue.column}: ${issue.message} [${issue.code}]\n  fix: ${issue.fix}`;
}

/** Thrown at the library boundary when a scenario cannot be used; carries every issue found. */
export class ScenarioError extends Error {
  readonly issues: readonly ScenarioIssue[];
  constructor(issues: readonly ScenarioIssue[]) {
    const files = [...new Set(issues.map((i) => i.file))];
    const head = files.length === 1 ? `${files[0]}: invalid scenario` : `${files.length} scenario files invalid`;
    super(`${head}, ${issues.length} issue${issues.length === 1 ? '' : 's'}\n${issues.map(formatScenarioIssue).join('\n')}`);
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}
