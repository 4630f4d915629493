/**
 * A scenario's parameter_file: values written by `ballast calibrate --out FILE`, applied
 * unless the scenario's `parameters` sets them. A scenario can name any path, and its issues
 * are shown to whoever wrote it, so no issue quotes the file: not its text, not a JSON
 * parser's message (which quotes it), not a key unless it is a registry name. Over HTTP the
 * field is refused without touching the disk ('refuse'); the CLI reads it ('read') only if it
 * is a regular file under SCENARIO_LIMITS.parameterFileBytes.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { PARAMETER_BY_NAME } from '../model/parameters.js';
import type { IssueDraft } from './errors.js';
import { SCENARIO_LIMITS } from './limits.js';
import { jsonErrorOffset } from './json-position.js';
import { parseSource, type SourcePosition } from './locate.js';
import { readRegularFile } from './read-file.js';

/** 'read': the CLI reads the file; 'refuse': the server refuses a scenario that names one. */
export type ParameterFileMode = 'read' | 'refuse';

export interface ParameterFileValues {
  readonly values: Record<string, number>;
  readonly issues: IssueDraft[];
}

const PATH = ['parameter_file'];
const CALIBRATE = 'use a file written by `ballast calibrate --out FILE`: { "parameters": { "name": value, … } }';
/** Positions listed in one issue; a longer list is counted. */
const MAX_POSITIONS = 10;

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const none = (issue: Omit<IssueDraft, 'path'>): ParameterFileValues => ({ values: {}, issues: [{ ...issue, path: PATH }] });

/** The parameter file a scenario names (relative to the scenario file, else to the working folder), read or refused. */
export function parameterFile(raw: unknown, file: string | undefined, mode: ParameterFileMode): ParameterFileValues {
  if (!isRecord(raw) || !Object.hasOwn(raw, 'parameter_file')) return { values: {}, issues: [] };
  if (mode === 'refuse') {
    return none({
      code: 'parameter_file_refused',
      message: 'parameter_file is not read from a scenario sent over HTTP: the server never opens a path named in a request',
      fix: 'copy the file\'s values into parameters: (name: value, one per line), or run the scenario from the command line: ballast run FILE',
    });
  }
  const name = raw.parameter_file;
  if (typeof name !== 'string' || name === '') return { values: {}, issues: [] }; // the schema's to report
  const base = file !== undefined && existsSync(file) ? dirname(file) : process.cwd();
  const path = isAbsolute(name) ? name : resolve(base, name);
  const read = readRegularFile(path, SCENARIO_LIMITS.parameterFileBytes);
  if (!read.ok) {
    return none({
      code: read.tooLarge ? 'too_large' : 'file_unreadable',
      message: `cannot read the parameter file ${path}: ${read.reason}`,
      fix: read.tooLarge ? `${CALIBRATE}; it is some tens of kB` : 'give the path of a file written by `ballast calibrate --out FILE`, relative to the scenario file',
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch {
    const at = jsonErrorPosition(read.text);
    return none({ code: 'invalid_json', message: `the parameter file ${path} is not valid JSON${at ? ` (line ${at.line}, column ${at.column})` : ''}`, fix: CALIBRATE });
  }
  const params = isRecord(json) ? json.parameters : undefined;
  if (!isRecord(params)) return none({ code: 'invalid_type', message: `the parameter file ${path} has no "parameters" object`, fix: CALIBRATE });
  return { values: valuesOf(params), issues: entryIssues(params, read.text, path) };
}

function valuesOf(params: Record<string, unknown>): Record<string, number> {
  const values: Record<string, number> = {};
  for (const [name, value] of Object.entries(params)) {
    const spec = PARAMETER_BY_NAME.get(name);
    if (spec && typeof value === 'number' && value >= spec.min && value <= spec.max) values[name] = value;
  }
  return values;
}

/** One issue per kind of problem (all are located at the scenario's parameter_file field). */
function entryIssues(params: Record<string, unknown>, text: string, path: string): IssueDraft[] {
  const unknown: string[] = [], notNumbers: string[] = [], outside: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    const spec = PARAMETER_BY_NAME.get(name);
    if (!spec) unknown.push(name);
    else if (typeof value !== 'number') notNumbers.push(name);
    else if (value < spec.min || value > spec.max) outside.push(`${name} (from ${spec.min} to ${spec.max}, ${spec.unit}; default ${spec.default})`);
  }
  const issues: IssueDraft[] = [];
  if (unknown.length > 0) {
    // The keys are not echoed (they may be anything the file holds); their places in the file are.
    const source = parseSource(text);
    const places = unknown.slice(0, MAX_POSITIONS).map((k) => { const at = source.locate(['parameters', k], 'key'); return `${at.line}:${at.column}`; });
    const more = unknown.length > MAX_POSITIONS ? `, and ${unknown.length - MAX_POSITIONS} more` : '';
    issues.push({
      code: 'unknown_parameter', path: PATH,
      message: `the parameter file ${path} has ${unknown.length} entr${unknown.length === 1 ? 'y' : 'ies'} that ${unknown.length === 1 ? 'is not a parameter' : 'are not parameters'} of the model (at line${places.length === 1 ? '' : 's'} ${places.join(', ')}${more})`,
      fix: 'remove them, or write the file again with `ballast calibrate --out FILE`; every parameter is listed in docs/MODEL.md (Parameters) and src/model/parameters.ts',
    });
  }
  if (notNumbers.length > 0) {
    issues.push({ code: 'invalid_type', path: PATH, message: `in the parameter file ${path}, ${notNumbers.join(', ')} ${notNumbers.length === 1 ? 'is not a number' : 'are not numbers'}`, fix: 'write each value as a number' });
  }
  if (outside.length > 0) {
    issues.push({
      code: 'parameter_out_of_range', path: PATH,
      message: `in the parameter file ${path}, ${outside.join('; ')} ${outside.length === 1 ? 'is' : 'are'} outside the registry's range`,
      fix: 'choose values inside the ranges, or remove the entries to use the defaults',
    });
  }
  return issues;
}

/** Line and column (1-based) of the first character that is not JSON. */
function jsonErrorPosition(text: string): SourcePosition | undefined {
  const offset = jsonErrorOffset(text);
  if (offset === undefined) return undefined;
  let line = 1, start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) { line++; start = i + 1; }
  return { line, column: offset - start + 1 };
}
