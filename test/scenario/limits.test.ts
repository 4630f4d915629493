import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioFile, readScenarioText, SCENARIO_LIMITS, validateScenario } from '../../src/scenario/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ballast-limits-'));
const EVENT = '  - {type: rhetoric, at: 2017-01, value: hostile}\n';
const events = (n: number) => `name: Many\nevents:\n${EVENT.repeat(n)}`;

describe('SCENARIO_LIMITS', () => {
  it('are 1 MiB of text and of parameter file, 32 levels, 2,000 events and 100 issues', () => {
    expect(SCENARIO_LIMITS).toEqual({ textBytes: 1_048_576, parameterFileBytes: 1_048_576, depth: 32, events: 2000, issues: 100 });
    expect(Object.isFrozen(SCENARIO_LIMITS)).toBe(true);
  });

  it('are the values docs/SCENARIOS.md (Limits) states', () => {
    const doc = readFileSync('docs/SCENARIOS.md', 'utf8');
    const limits = doc.slice(doc.indexOf('### Limits'), doc.indexOf('## Library'));
    expect(limits).toContain('| 1 MiB (1,048,576 bytes of UTF-8) |');
    expect(limits).toContain(`| ${SCENARIO_LIMITS.depth} levels`);
    expect(limits).toContain(`| events in one scenario | ${SCENARIO_LIMITS.events.toLocaleString('en-US')} |`);
    expect(limits).toContain(`| issues listed | ${SCENARIO_LIMITS.issues} |`);
    expect(limits).toContain('| parameter file | 1 MiB, a regular file |');
  });

  it('leave the shipped scenarios far below them', () => {
    for (const file of ['worst-case', 'hindcast-2017-2024']) {
      const r = readScenarioFile(`scenarios/${file}.yaml`);
      expect(r.ok && r.value.events.length, file).toBeLessThan(SCENARIO_LIMITS.events / 10);
      expect(readFileSync(`scenarios/${file}.yaml`).length).toBeLessThan(SCENARIO_LIMITS.textBytes / 10);
    }
  });
});

describe('scenario text size', () => {
  it('refuses text over 1 MiB at 1:1 without parsing it, saying its size and the limit', () => {
    const text = `name: x\ndescription: "${'é'.repeat(SCENARIO_LIMITS.textBytes / 2)}"\n`;
    const r = validateScenario(text, { file: 'big.yaml' });
    expect(r).toEqual({ ok: false, issues: [expect.objectContaining({ code: 'too_large', file: 'big.yaml', line: 1, column: 1, path: '' })] });
    expect(!r.ok && r.issues[0]!.message).toBe('the scenario is 1,048,600 bytes, larger than the 1 MiB limit');
  });

  it('refuses a file over the limit from its size, before reading it', () => {
    writeFileSync(join(dir, 'big.yaml'), events(200_000));
    const t0 = performance.now();
    const r = readScenarioFile(join(dir, 'big.yaml'));
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(!r.ok && r.issues).toEqual([expect.objectContaining({ code: 'too_large', line: 1, column: 1, message: `cannot read ${join(dir, 'big.yaml')}: it is 10,000,019 bytes, larger than the 1 MiB limit` })]);
  });

  it('reads only regular files: /dev/zero, a FIFO and a folder are refused at once', () => {
    execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
    for (const [path, why] of [['/dev/zero', 'it is not a regular file (a device, a FIFO or a socket)'], [join(dir, 'fifo.yaml'), 'it is not a regular file (a device, a FIFO or a socket)'], [dir, 'it is a directory']] as const) {
      const r = readScenarioText(path);
      expect(!r.ok && r.issues, path).toEqual([expect.objectContaining({ code: 'file_unreadable', line: 1, column: 1, message: `cannot read ${path}: ${why}` })]);
    }
  });
});

describe('events and issues', () => {
  it('refuses more than 2,000 events at events, and takes 2,000', () => {
    // Distinct events (a repeat is refused): each its own probability.
    const distinct = Array.from({ length: 2000 }, (_, i) => `  - {type: rhetoric, at: 2017-01, value: hostile, probability: ${(i + 1) / 2000}}\n`).join('');
    expect(validateScenario(`name: x\nevents:\n${distinct}`).ok).toBe(true);
    const r = validateScenario(events(2001));
    expect(!r.ok && r.issues.find((i) => i.code === 'too_many_events')).toMatchObject({
      line: 3, column: 3, path: 'events', message: 'events lists 2,001 events: a scenario takes at most 2,000',
    });
  });

  it('lists the first 100 issues and counts the rest in one more, placed where they begin', () => {
    // 20,000 events: the cap, and 19,999 repeats of the first.
    const r = validateScenario(events(20_000), { file: 'many.yaml' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(SCENARIO_LIMITS.issues + 1);
    const last = r.issues[SCENARIO_LIMITS.issues]!;
    expect(last).toMatchObject({ code: 'too_many_issues', file: 'many.yaml', line: 103, column: 5, path: '', message: '19,900 more issues from here on, not listed: only the first 100 are' });
    expect(r.issues.slice(0, -1).every((i) => i.line <= last.line)).toBe(true);
  });
});

describe('maxRuns', () => {
  it('refuses runs above it at runs, with the limit and the fix', () => {
    const r = validateScenario('name: x\nruns: 300000\n', { maxRuns: 200_000 });
    expect(!r.ok && r.issues).toEqual([{
      code: 'too_many_runs', file: '<scenario>', line: 2, column: 7, path: 'runs',
      message: 'runs is 300,000: at most 200,000 runs are accepted here', fix: expect.stringContaining('ballast run FILE'),
    }]);
  });

  it('takes runs up to it, and the default of 10,000 under 200,000', () => {
    expect(validateScenario('name: x\nruns: 200000\n', { maxRuns: 200_000 }).ok).toBe(true);
    expect(validateScenario('name: x\n', { maxRuns: 200_000 }).ok).toBe(true);
  });

  it('places a default above it at the root', () => {
    const r = validateScenario('name: x\n', { maxRuns: 5000 });
    expect(!r.ok && r.issues.map((i) => [i.code, i.line, i.column, i.path, i.message])).toEqual([['too_many_runs', 1, 1, '', 'runs is 10,000 (the default): at most 5,000 runs are accepted here']]);
  });

  it('is the format\'s 1,000,000 alone when omitted', () => {
    expect(validateScenario('name: x\nruns: 1000000\n').ok).toBe(true);
  });
});
