/**
 * Scenario validation at the boundary: text (YAML or JSON) in, a Scenario or every issue
 * found out (up to SCENARIO_LIMITS.issues, then a count). Nothing runs on bad input. The
 * checks, in order: size (limits.ts), syntax and nesting (locate.ts), the format (schema.ts
 * through schema-issues.ts), the parameter file (parameter-file.ts), the caller's run limit,
 * timing (check-timing.ts), parameter overrides against the registry (check-parameters.ts),
 * states and their roles against the World of the scenario's year (check-roles.ts), and
 * events written twice (check-duplicates.ts).
 */
import { findState, readWorld, worldYears, type World } from '../data/index.js';
import { parameterIssues } from './check-parameters.js';
import { duplicateIssues } from './check-duplicates.js';
import { roleIssues } from './check-roles.js';
import { DEFAULTS, timingIssues, worldYearOf } from './check-timing.js';
import { ScenarioError, type IssueDraft, type ScenarioIssue, type ScenarioResult } from './errors.js';
import { byteSize, SCENARIO_LIMITS } from './limits.js';
import { formatPath, parseSource } from './locate.js';
import { parameterFile, type ParameterFileMode } from './parameter-file.js';
import { readRegularFile } from './read-file.js';
import { scenarioSchema, type Scenario } from './schema.js';
import { schemaIssues } from './schema-issues.js';

export interface ValidateOptions {
  /** The file name issues report ("<scenario>" when omitted); a relative parameter_file is read from its folder. */
  readonly file?: string;
  /** The curated data directory the World is read from (the bundled data/ when omitted). */
  readonly dataDir?: string;
  /**
   * What to do with a `parameter_file` field. 'read' (the default; the CLI): read the file,
   * if it is a regular file of at most SCENARIO_LIMITS.parameterFileBytes. 'refuse' (the
   * server): the field is one issue, parameter_file_refused, and no path is opened or looked at.
   */
  readonly parameterFile?: ParameterFileMode;
  /** The most runs accepted, the scenario's or the default (too_many_runs); only the format's 1,000,000 when omitted. */
  readonly maxRuns?: number;
}
const worlds = new Map<string, World | null>();

/** The World of a covered year, built once per process (the data are read-only). */
function worldOf(year: number, dataDir: string | undefined): World | null {
  const key = `${dataDir ?? ''}:${year}`;
  if (!worlds.has(key)) {
    const r = readWorld(year, dataDir === undefined ? {} : { dataDir });
    worlds.set(key, r.ok ? r.value : null);
  }
  return worlds.get(key)!;
}

/** Validates scenario text; the value has every default filled in. */
export function validateScenario(text: string, options: ValidateOptions = {}): ScenarioResult<Scenario> {
  const file = options.file ?? '<scenario>';
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > SCENARIO_LIMITS.textBytes) return { ok: false, issues: [tooLarge(file, `the scenario is ${byteSize(bytes)}, larger than the ${byteSize(SCENARIO_LIMITS.textBytes)} limit`)] };
  const source = parseSource(text);
  const syntax: ScenarioIssue[] = source.syntax.map((s) => ({
    code: s.code, file, line: s.line, column: s.column, path: '', message: s.message,
    fix: s.fix ?? (s.code === 'duplicate_key' ? 'keep one of the two; each field is written once per mapping' : 'correct the text at this place (YAML: indent with spaces, close every bracket and quote)'),
  }));
  if (source.value === undefined) return { ok: false, issues: capped(syntax, file) };

  const raw = source.value;
  const dataDir = options.dataDir;
  const years = worldYears(dataDir === undefined ? {} : { dataDir });
  const year = worldYearOf(raw);
  const world = year !== undefined && year >= years[0] && year <= years[1] ? worldOf(year, dataDir) : null;
  const suggestState = (text: string) => {
    const s = world ? findState(world, text) : undefined;
    return s ? `${s.iso3} (${s.name})` : undefined;
  };

  const parsed = scenarioSchema.safeParse(raw);
  const mode = options.parameterFile ?? 'read';
  const fileParams = parameterFile(raw, options.file, mode);
  // The lists can hold an issue per event: concatenated, never spread into a call's arguments.
  let drafts: IssueDraft[] = fileParams.issues.concat(
    parsed.success ? [] : schemaIssues(parsed.error.issues, raw, { suggestState }),
    runsIssues(raw, options.maxRuns),
    timingIssues(raw, years),
    parameterIssues(raw),
    world ? roleIssues(raw, world) : [],
    duplicateIssues(raw),
  );
  // A refused parameter_file is the one thing to say about that field.
  if (mode === 'refuse') drafts = drafts.filter((d) => d.code === 'parameter_file_refused' || d.path[0] !== 'parameter_file');
  const seen = new Set<string>();
  const issues = syntax.slice();
  for (const d of drafts) {
    const key = `${d.code}|${formatPath(d.path)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const at = source.locate(d.path, d.part);
    issues.push({ code: d.code, file, line: at.line, column: at.column, path: formatPath(d.path), message: d.message, fix: d.fix });
  }
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  if (issues.length > 0 || !parsed.success) return { ok: false, issues: capped(issues, file) };
  // The file's values apply unless the scenario sets them: the scenario (and its hash) carries the merged values.
  return { ok: true, value: { ...parsed.data, parameters: { ...fileParams.values, ...parsed.data.parameters } } };
}

/** Runs above the caller's limit: at `runs`, or at the root when the default is what exceeds it. */
function runsIssues(raw: unknown, maxRuns: number | undefined): IssueDraft[] {
  if (maxRuns === undefined) return [];
  const written = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as { runs?: unknown }).runs : undefined;
  const runs = written === undefined ? DEFAULTS.runs : written;
  if (typeof runs !== 'number' || !(runs > maxRuns)) return [];
  return [{
    code: 'too_many_runs', path: written === undefined ? [] : ['runs'],
    message: `runs is ${runs.toLocaleString('en-US')}${written === undefined ? ' (the default)' : ''}: at most ${maxRuns.toLocaleString('en-US')} runs are accepted here`,
    fix: `set runs to ${maxRuns.toLocaleString('en-US')} or fewer (a few thousand runs give probabilities to about ±1 point), or run a bigger ensemble from the command line: ballast run FILE`,
  }];
}

/** At most SCENARIO_LIMITS.issues issues, and one more that counts the rest, placed where they begin. */
function capped(issues: ScenarioIssue[], file: string): ScenarioIssue[] {
  const max = SCENARIO_LIMITS.issues;
  if (issues.length <= max) return issues;
  const next = issues[max]!;
  const rest = issues.length - max;
  return issues.slice(0, max).concat({
    code: 'too_many_issues', file, line: next.line, column: next.column, path: '',
    message: `${rest.toLocaleString('en-US')} more issue${rest === 1 ? '' : 's'} from here on, not listed: only the first ${max} are`,
    fix: 'correct the issues listed and validate again to see the rest',
  });
}

function tooLarge(file: string, message: string): ScenarioIssue {
  return {
    code: 'too_large', file, line: 1, column: 1, path: '', message,
    fix: 'a scenario is a few kB (those in scenarios/ are at most 12 kB): write fewer events, each recurring or uncertain one once with a window: [from, to] and a probability',
  };
}

/** The text of a scenario file: a regular file of at most SCENARIO_LIMITS.textBytes, else an issue at 1:1. */
export function readScenarioText(path: string): ScenarioResult<string> {
  const read = readRegularFile(path, SCENARIO_LIMITS.textBytes);
  if (read.ok) return { ok: true, value: read.text };
  const message = `cannot read ${path}: ${read.reason}`;
  if (read.tooLarge) return { ok: false, issues: [tooLarge(path, message)] };
  return { ok: false, issues: [{ code: 'file_unreadable', file: path, line: 1, column: 1, path: '', message, fix: 'check the path; the shipped scenarios are in scenarios/ (e.g. scenarios/continuity.yaml)' }] };
}

/** Reads and validates a scenario file; an unreadable file is an issue too. */
export function readScenarioFile(path: string, options: Omit<ValidateOptions, 'file'> = {}): ScenarioResult<Scenario> {
  const text = readScenarioText(path);
  return text.ok ? validateScenario(text.value, { ...options, file: path }) : text;
}

/** Like readScenarioFile, but throws a ScenarioError carrying every issue. */
export function loadScenario(path: string, options: Omit<ValidateOptions, 'file'> = {}): Scenario {
  const r = readScenarioFile(path, options);
  if (!r.ok) throw new ScenarioError(r.issues);
  return r.value;
}
