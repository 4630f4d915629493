import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/index.js';
import { runCli as run } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ballast-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe('ballast scenario validate', () => {
  it('says a good file is valid, with its events and horizon, and exits 0', async () => {
    const r = await run('scenario', 'validate', 'scenarios/continuity.yaml');
    expect(r.code).toBe(0);
    expect(r.out).toBe('scenarios/continuity.yaml: valid (6 events, horizon 2017-01 to 2020-12, 48 months; world 2016, 10000 runs, seed 42)\n');
    expect(r.err).toBe('');
  });

  it('prints each issue as file:line:column: message [code] with its fix on stderr, and exits 1', async () => {
    const r = await run('scenario', 'validate', 'test/fixtures/scenarios/several.yaml');
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const lines = r.err.trimEnd().split('\n');
    expect(lines[0]).toBe('ballast: test/fixtures/scenarios/several.yaml: invalid scenario, 6 issues');
    expect(lines.filter((l) => l.startsWith('test/fixtures/scenarios/several.yaml:'))).toHaveLength(6);
    expect(lines.filter((l) => l.startsWith('  fix: '))).toHaveLength(6);
    expect(lines).toContain('test/fixtures/scenarios/several.yaml:12:3: parameters.peer_weight is not a parameter of the model; did you mean util_peer or peer_distance_km? [unknown_parameter]');
  });

  it('checks several files, printing the good ones and refusing the bad ones', async () => {
    const r = await run('scenario', 'validate', 'scenarios/worst-case.yaml', 'test/fixtures/scenarios/probability.yaml', 'test/fixtures/scenarios/none.yaml');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^scenarios\/worst-case\.yaml: valid \(15 events, horizon 2017-01 to 2020-12/);
    expect(r.err).toContain('test/fixtures/scenarios/probability.yaml:4:82: events[0].probability is 1.5');
    expect(r.err).toContain('test/fixtures/scenarios/none.yaml:1:1: cannot read test/fixtures/scenarios/none.yaml: no such file [file_unreadable]');
  });

  it('refuses a file of 200,000 events by its size, at once, with exit 1', async () => {
    const file = join(dir, 'huge.yaml');
    writeFileSync(file, `name: Huge\nevents:\n${'  - {type: rhetoric, at: 2017-01, value: hostile}\n'.repeat(200_000)}`);
    const t0 = performance.now();
    const r = await run('scenario', 'validate', file);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${file}:1:1: cannot read ${file}: it is 10,000,019 bytes, larger than the 1 MiB limit [too_large]`);
  });

  it('lists 100 issues of each file with 20,000 events, counts the rest, and exits 1', async () => {
    const file = join(dir, 'many.yaml'), other = join(dir, 'many-too.yaml');
    for (const f of [file, other]) writeFileSync(f, `name: Many\nevents:\n${'  - {type: rhetoric, at: 2017-01, value: hostile}\n'.repeat(20_000)}`);
    const r = await run('scenario', 'validate', file, other);
    expect(r.code).toBe(1);
    expect(r.err.split('\n')[0]).toBe('ballast: 2 scenario files invalid, 202 issues');
    expect(r.err).toContain(`${file}:3:3: events lists 20,000 events: a scenario takes at most 2,000 [too_many_events]`);
    expect(r.err).toContain(`${file}:103:5: 19,900 more issues from here on, not listed: only the first 100 are [too_many_issues]`);
  });

  it('exits 2 without a file', async () => {
    expect((await run('scenario', 'validate')).code).toBe(2);
  });
});

describe('ballast scenario schema', () => {
  it('prints the JSON Schema of the format (draft 2020-12)', async () => {
    const r = await run('scenario', 'schema');
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.out) as { $schema: string; title: string; required: string[]; properties: Record<string, unknown> };
    expect(schema).toEqual(scenarioJsonSchema());
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['name']);
    expect(Object.keys(schema.properties)).toEqual(['name', 'description', 'source', 'world', 'start', 'horizon_months', 'runs', 'seed', 'patron', 'events', 'parameter_file', 'parameters']);
  });
});
