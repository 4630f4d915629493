/**
 * Property-based fuzz of the scenario reader (fast-check, seeded: a failure prints its seed and
 * path, and the same seed replays it). Whatever the text, validateScenario returns a value or
 * issues, never throws; every issue has a code, a place and words; a value is a Scenario.
 */
import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { SCENARIO_ERROR_CODES, SCENARIO_LIMITS, scenarioSchema, validateScenario, type ValidateOptions } from '../../src/scenario/index.js';

const SEED = 20260902;
const SHIPPED = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(join('scenarios', f), 'utf8'));
const HTTP: ValidateOptions = { parameterFile: 'refuse', maxRuns: 200_000 };

/** The properties every result has, in either mode. */
function checkResult(text: string, options: ValidateOptions = {}): void {
  const r = validateScenario(text, options);
  if (r.ok) {
    expect(scenarioSchema.safeParse(r.value).success).toBe(true);
    if (options.parameterFile === 'refuse') expect(r.value.parameter_file).toBeUndefined();
    if (options.maxRuns !== undefined) expect(r.value.runs).toBeLessThanOrEqual(options.maxRuns);
    return;
  }
  expect(r.issues.length).toBeGreaterThan(0);
  expect(r.issues.length).toBeLessThanOrEqual(SCENARIO_LIMITS.issues + 1);
  for (const i of r.issues) {
    expect(Object.keys(SCENARIO_ERROR_CODES)).toContain(i.code);
    expect(Number.isInteger(i.line) && i.line >= 1, `line of ${i.code}`).toBe(true);
    expect(Number.isInteger(i.column) && i.column >= 1, `column of ${i.code}`).toBe(true);
    expect(i.message.trim(), `message of ${i.code}`).not.toBe('');
    expect(i.fix.trim(), `fix of ${i.code}`).not.toBe('');
    expect(typeof i.path).toBe('string');
  }
}

/** Both modes: the CLI's (files read) and the server's (files refused, runs capped). */
const bothModes = (text: string) => { checkResult(text); checkResult(text, HTTP); };

// (a) Strings: any code units, and strings of YAML's own punctuation, which reach deeper into the parser.
const YAML_UNITS = fc.constantFrom(...': -[]{},#&*!|>\'"%@`\n\n\n  \t?0123456789.eE+~nameventsruns');
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: YAML_UNITS, maxLength: 300 }));

// (b) Mutations of the shipped scenarios: characters and lines deleted, inserted, replaced; values swapped for random JSON.
type Mutation = (text: string) => string;
const at = (text: string, k: number) => k % (text.length + 1);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 20 })).map(([k, n]): Mutation => (t) => t.slice(0, at(t, k)) + t.slice(at(t, k) + n)),
  fc.tuple(fc.nat(), anyText).map(([k, s]): Mutation => (t) => t.slice(0, at(t, k)) + s + t.slice(at(t, k))),
  fc.tuple(fc.nat(), fc.string({ unit: YAML_UNITS, minLength: 1, maxLength: 1 })).map(([k, c]): Mutation => (t) => t.slice(0, at(t, k)) + c + t.slice(at(t, k) + 1)),
  fc.tuple(fc.nat(), fc.constantFrom('delete', 'duplicate', 'dedent', 'indent')).map(([k, op]): Mutation => (t) => {
    const lines = t.split('\n');
    const i = k % lines.length;
    if (op === 'delete') lines.splice(i, 1);
    else if (op === 'duplicate') lines.splice(i, 0, lines[i]!);
    else lines[i] = op === 'dedent' ? lines[i]!.replace(/^ {1,2}/, '') : `  ${lines[i]}`;
    return lines.join('\n');
  }),
  fc.tuple(fc.nat(), fc.jsonValue()).map(([k, v]): Mutation => (t) => {
    // A `key: value` line gets a random JSON value (JSON is YAML flow syntax).
    const lines = t.split('\n');
    const keyed = lines.map((l, i) => [l, i] as const).filter(([l]) => /^\s*-?\s*[a-z_]+:\s*\S/.test(l));
    if (keyed.length === 0) return t;
    const [line, i] = keyed[k % keyed.length]!;
    lines[i] = line.replace(/^(\s*-?\s*[a-z_]+:\s*).*$/, (_, key: string) => key + JSON.stringify(v));
    return lines.join('\n');
  }),
);
const mutatedScenario = fc.tuple(fc.constantFrom(...SHIPPED), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([text, ms]) => ms.reduce((t, m) => m(t), text));

// (c) Values shaped like scenarios: the right keys with values of any type, written as JSON or YAML.
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('2017-04', 'POL', 'RUS', 'NATO', 'conditional', 'hostile', 'all', 'eu'));
const EVENT_KEYS = ['type', 'at', 'window', 'probability', 'note', 'actor', 'location', 'locations', 'troops', 'states', 'strength', 'scale', 'value', 'treaty', 'state', 'alliance', 'shift', 'rival', 'months', 'severity', 'pct', 'providers', 'spending_threshold'];
const eventLike = fc.dictionary(fc.constantFrom(...EVENT_KEYS), anyValue, { maxKeys: 6 });
const scenarioLike = fc.record({
  name: fc.oneof(fc.string(), anyValue), description: anyValue, world: fc.oneof(fc.constantFrom(1985, 2011, 2016, 2025), anyValue),
  start: fc.oneof(fc.constantFrom('2017-01', '2016-12', '2020-13'), anyValue), horizon_months: fc.oneof(fc.integer({ min: -5, max: 300 }), anyValue),
  runs: fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), anyValue), seed: anyValue,
  patron: fc.oneof(fc.dictionary(fc.constantFrom('guarantee', 'rhetoric', 'doctrine', 'spending_threshold', 'bogus'), anyValue), anyValue),
  events: fc.oneof(fc.array(eventLike, { maxLength: 6 }), anyValue),
  parameter_file: fc.oneof(fc.constantFrom('/etc/shadow', '/dev/zero', 'calibrated.json', ''), anyValue),
  parameters: fc.oneof(fc.dictionary(fc.constantFrom('util_peer', 'cred_base', 'effort_adjustment', 'nope', '__proto__'), anyValue), anyValue),
}, { requiredKeys: [] });
const objectText = fc.tuple(fc.oneof(scenarioLike, fc.object(), fc.jsonValue()), fc.boolean())
  .map(([v, json]) => (json ? JSON.stringify(v) ?? 'null' : stringify(v)));

/** Runs per property, so that the file takes about 20 s on a slow machine. */
const runs = (numRuns: number) => ({ seed: SEED, numRuns });

describe('validateScenario(text) under fuzzing', () => {
  it('never throws on arbitrary strings, and places every issue', () => {
    fc.assert(fc.property(anyText, bothModes), runs(2000));
  });

  it('never throws on mutations of the shipped scenarios', () => {
    fc.assert(fc.property(mutatedScenario, bothModes), runs(800));
  });

  it('never throws on scenario-shaped values of the wrong types, as JSON or YAML', () => {
    fc.assert(fc.property(objectText, bothModes), runs(1200));
  });

  it('refuses every parameter_file over HTTP, and caps runs', () => {
    fc.assert(fc.property(scenarioLike, (v) => {
      const r = validateScenario(JSON.stringify(v), HTTP);
      if ('parameter_file' in v) expect(!r.ok && r.issues.filter((i) => i.path === 'parameter_file').map((i) => i.code)).toEqual(['parameter_file_refused']);
      if (typeof v.runs === 'number' && v.runs > 200_000) expect(!r.ok && r.issues.some((i) => i.code === 'too_many_runs')).toBe(true);
    }), runs(1000));
  });

  it('never quotes a parameter file, whatever it holds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ballast-fuzz-'));
    const scenario = join(dir, 's.yaml');
    writeFileSync(scenario, 'name: S\nparameter_file: p.json\n');
    const secretText = fc.string({ unit: YAML_UNITS, maxLength: 40 }).map((s) => `${s}SECRET${s}`);
    const secretFile = fc.oneof(
      secretText,
      fc.dictionary(secretText, fc.oneof(fc.double(), secretText)).map((p) => JSON.stringify({ parameters: p })),
      fc.tuple(fc.jsonValue(), secretText).map(([v, s]) => JSON.stringify({ parameters: { cred_base: v, [s]: v } })),
    );
    fc.assert(fc.property(secretFile, (content) => {
      writeFileSync(join(dir, 'p.json'), content);
      const r = validateScenario(readFileSync(scenario, 'utf8'), { file: scenario });
      if (!r.ok) for (const i of r.issues) expect(`${i.message} ${i.fix}`).not.toContain('SECRET');
    }), runs(300));
  });
});
