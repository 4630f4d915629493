import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatScenarioIssue, SCENARIO_ERROR_CODES, ScenarioError } from '../../src/scenario/index.js';

describe('scenario error codes', () => {
  const doc = readFileSync('docs/SCENARIOS.md', 'utf8');
  const table = doc.slice(doc.indexOf('### Error codes'));
  const documented = [...table.matchAll(/^\| `([a-z_]+)` \| (.+) \|$/gm)].map((m) => [m[1]!, m[2]!] as const);

  it('documents every code in docs/SCENARIOS.md', () => {
    for (const code of Object.keys(SCENARIO_ERROR_CODES)) expect(documented.map(([c]) => c), code).toContain(code);
  });

  it('documents no code that does not exist', () => {
    for (const [code] of documented) expect(Object.keys(SCENARIO_ERROR_CODES), code).toContain(code);
  });

  it('gives each code the same meaning in the docs as in the registry', () => {
    for (const [code, meaning] of documented) expect(meaning, code).toBe(SCENARIO_ERROR_CODES[code as keyof typeof SCENARIO_ERROR_CODES]);
  });
});

describe('formatScenarioIssue(issue) and ScenarioError', () => {
  const issue = { code: 'timing' as const, file: 'a.yaml', line: 3, column: 5, path: 'events[0]', message: 'events[0] (probe) has neither at nor window: an event needs one of them', fix: 'add at: YYYY-MM' };

  it('prints file:line:column: message [code], then the fix indented', () => {
    expect(formatScenarioIssue(issue)).toBe('a.yaml:3:5: events[0] (probe) has neither at nor window: an event needs one of them [timing]\n  fix: add at: YYYY-MM');
  });

  it('carries every issue and counts them in its first line', () => {
    const e = new ScenarioError([issue, { ...issue, line: 4 }]);
    expect(e.issues).toHaveLength(2);
    expect(e.message.split('\n')[0]).toBe('a.yaml: invalid scenario, 2 issues');
    expect(new ScenarioError([issue, { ...issue, file: 'b.yaml' }]).message.split('\n')[0]).toBe('2 scenario files invalid, 2 issues');
  });
});
