/**
 * Scenario validation at the boundary: text (YAML or JSON) in, a Scenario or every issue
 * found out. Nothing runs on bad input. The checks, in order: syntax (locate.ts), the format
 * (schema.ts through schema-issues.ts), timing (check-timing.ts), parameter overrides against
 * the registry (check-parameters.ts), states and their roles against the World of the
 * scenario's year (check-roles.ts), and events written twice (check-duplicates.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { findState, readWorld, worldYears, type World } from '../data/index.js';
import { overrideIssues, parameterIssues } from './check-parameters.js';
import { duplicateIssues } from './check-duplicates.js';
import { roleIssues } from './check-roles.js';
import { timingIssues, worldYearOf } from './check-timing.js';
import { ScenarioError, type IssueDraft, type ScenarioIssue, type ScenarioResult } from './errors.js';
import { formatPath, parseSource } from './locate.js';
import { scenarioSchema, type Scenario } from './schema.js';
import { schemaIssues } from './schema-issues.js';

export interface ValidateOptions {
  /** The file name issues report ("<scenario>" when omitted). */
  readonly file?: string;
  /** The curated data directory the World is read from (the bundled data/ when omitted). */
  readonly dataDir?: string;
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
  const source = parseSource(text);
  const syntax: ScenarioIssue[] = source.syntax.map((s) => ({
    code: s.code, file, line: s.line, column: s.column, path: '', message: s.message,
    fix: s.code === 'duplicate_key' ? 'keep one of the two; each field is written once per mapping' : 'correct the text at this place (YAML: indent with spaces, close every bracket and quote)',
  }));
  if (source.value === undefined) return { ok: false, issues: syntax };

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
  const fileParams = parameterFile(raw, options.file);
  const drafts: IssueDraft[] = [
    ...fileParams.issues,
    ...(parsed.success ? [] : schemaIssues(parsed.error.issues, raw, { suggestState })),
    ...timingIssues(raw, years),
    ...parameterIssues(raw),
    ...(world ? roleIssues(raw, world) : []),
    ...duplicateIssues(raw),
  ];
  const seen = new Set<string>();
  const issues = [...syntax];
  for (const d of drafts) {
    const key = `${d.code}|${formatPath(d.path)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const at = source.locate(d.path, d.part);
    issues.push({ code: d.code, file, line: at.line, column: at.column, path: formatPath(d.path), message: d.message, fix: d.fix });
  }
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  // The file's values apply unless the scenario sets them: the scenario (and its hash) carries the merged values.
  return { ok: true, value: { ...parsed.data, parameters: { ...fileParams.values, ...parsed.data.parameters } } };
}

/** Reads a scenario's parameter_file (relative to the scenario file, else to the working folder). */
function parameterFile(raw: unknown, file: string | undefined): { values: Record<string, number>; issues: IssueDraft[] } {
  const name = raw !== null && typeof raw === 'object' ? (raw as { parameter_file?: unknown }).parameter_file : undefined;
  if (typeof name !== 'string' || name === '') return { values: {}, issues: [] };
  const base = file !== undefined && existsSync(file) ? dirname(file) : process.cwd();
  const path = isAbsolute(name) ? name : resolve(base, name);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    return { values: {}, issues: [{ code: 'file_unreadable', path: ['parameter_file'], message: `cannot read the parameter file ${path}: ${why}`, fix: 'give the path of a file written by `ballast calibrate --out FILE`, relative to the scenario file' }] };
  }
  const params = json !== null && typeof json === 'object' ? (json as { parameters?: unknown }).parameters : undefined;
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    return { values: {}, issues: [{ code: 'invalid_type', path: ['parameter_file'], message: `${path} has no "parameters" object`, fix: 'use a file written by `ballast calibrate --out FILE`: { "parameters": { "name": value, … } }' }] };
  }
  const issues = overrideIssues(params, () => ['parameter_file'], `${name} parameters`);
  const values = Object.fromEntries(Object.entries(params as Record<string, unknown>).filter((e): e is [string, number] => typeof e[1] === 'number'));
  return { values, issues };
}

/** Reads and validates a scenario file; an unreadable file is an issue too. */
export function readScenarioFile(path: string, options: Omit<ValidateOptions, 'file'> = {}): ScenarioResult<Scenario> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'it is a directory' : e.message;
    return { ok: false, issues: [{ code: 'file_unreadable', file: path, line: 1, column: 1, path: '', message: `cannot read ${path}: ${why}`, fix: 'check the path; the shipped scenarios are in scenarios/ (e.g. scenarios/continuity.yaml)' }] };
  }
  return validateScenario(text, { ...options, file: path });
}

/** Like readScenarioFile, but throws a ScenarioError carrying every issue. */
export function loadScenario(path: string, options: Omit<ValidateOptions, 'file'> = {}): Scenario {
  const r = readScenarioFile(path, options);
  if (!r.ok) throw new ScenarioError(r.issues);
  return r.value;
}
