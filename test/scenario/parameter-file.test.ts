import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioFile, SCENARIO_LIMITS, validateScenario, type ScenarioIssue } from '../../src/scenario/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ballast-pfile-'));
writeFileSync(join(dir, 'calibrated.json'), JSON.stringify({ generator: 'ballast calibrate', parameters: { effort_adjustment: 0.05, cred_base: 0.57 } }));
writeFileSync(join(dir, 'bad.json'), JSON.stringify({ parameters: { effort_adjustment: 5, peer_weight: 1 } }));
writeFileSync(join(dir, 'shadow'), 'root:SECRETHASH$6$saltsalt$0123456789abcdef:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n');
writeFileSync(join(dir, 'keys.json'), '{\n  "parameters": {\n    "SECRET_KEY_XYZ": 1,\n    "cred_base": 0.5,\n    "OTHER_SECRET": "hunter2"\n  }\n}\n');
writeFileSync(join(dir, 'broken.json'), '{\n  "parameters": {\n    "cred_base": SECRETVALUE\n  }\n}\n');
writeFileSync(join(dir, 'big.json'), `{"parameters": {}, "pad": "${'x'.repeat(SCENARIO_LIMITS.parameterFileBytes)}"}`);
mkdirSync(join(dir, 'folder.json'), { recursive: true });

/** The issues of a scenario that names `file` as its parameter file (line 2). */
function issuesWith(file: string): ScenarioIssue[] {
  writeFileSync(join(dir, 's.yaml'), `name: S\nparameter_file: ${file}\n`);
  const r = readScenarioFile(join(dir, 's.yaml'));
  expect(r.ok, file).toBe(false);
  return r.ok ? [] : r.issues;
}

const text = (issues: ScenarioIssue[]) => issues.map((i) => `${i.message}\n${i.fix}`).join('\n');

describe('parameter_file, read (the CLI)', () => {
  it('applies a calibrated parameter file relative to the scenario, with the scenario\'s own parameters winning', () => {
    writeFileSync(join(dir, 's.yaml'), 'name: S\nparameter_file: calibrated.json\nparameters:\n  cred_base: 0.6\n');
    const r = readScenarioFile(join(dir, 's.yaml'));
    expect(r.ok && r.value.parameters).toEqual({ effort_adjustment: 0.05, cred_base: 0.6 });
  });

  it('refuses a missing file and out-of-range or unknown parameters in it, at the parameter_file line', () => {
    expect(issuesWith('nope.json')[0]).toMatchObject({ code: 'file_unreadable', line: 2, column: 17, path: 'parameter_file' });
    const bad = issuesWith('bad.json');
    expect(bad.map((i) => i.code).sort()).toEqual(['parameter_out_of_range', 'unknown_parameter']);
    expect(bad.every((i) => i.line === 2 && i.path === 'parameter_file')).toBe(true);
    // A registry name may be named with its range; a key that is not one is counted, not named.
    expect(text(bad)).toContain('effort_adjustment (from 0.01 to 0.8, per year');
    expect(text(bad)).not.toContain('peer_weight');
  });

  it('never quotes a file that is not JSON (/etc/shadow), and says where it stops being JSON', () => {
    const issues = issuesWith(join(dir, 'shadow'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'invalid_json', line: 2, path: 'parameter_file' });
    expect(issues[0]!.message).toMatch(/is not valid JSON \(line 1, column 1\)$/);
    expect(issues[0]!.fix).toContain('ballast calibrate --out FILE');
    for (const secret of ['root', 'SECRETHASH', 'saltsalt', 'daemon', '19000']) expect(text(issues)).not.toContain(secret);
  });

  it('gives the line and column of a JSON error without the parser\'s message, which quotes the text', () => {
    const issues = issuesWith('broken.json');
    expect(issues[0]!.message).toMatch(/is not valid JSON \(line 3, column 18\)$/);
    expect(text(issues)).not.toContain('SECRETVALUE');
    expect(text(issues)).not.toContain('Unexpected');
  });

  it('counts the keys that are not parameters, with their places in the file, and never names them', () => {
    const issues = issuesWith('keys.json');
    expect(issues.map((i) => i.code)).toEqual(['unknown_parameter']);
    expect(issues[0]!.message).toContain('has 2 entries that are not parameters of the model (at lines 3:5, 5:5)');
    for (const secret of ['SECRET_KEY_XYZ', 'OTHER_SECRET', 'hunter2']) expect(text(issues)).not.toContain(secret);
  });

  it('refuses /dev/zero at once, as not a regular file, without reading it', () => {
    const t0 = performance.now();
    const issues = issuesWith('/dev/zero');
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(issues).toEqual([expect.objectContaining({ code: 'file_unreadable', line: 2, message: 'cannot read the parameter file /dev/zero: it is not a regular file (a device, a FIFO or a socket)' })]);
  });

  it('refuses a folder, and a file larger than the limit, saying the limit', () => {
    expect(issuesWith('folder.json')).toEqual([expect.objectContaining({ code: 'file_unreadable', message: expect.stringMatching(/: it is a directory$/) })]);
    const big = issuesWith('big.json');
    expect(big).toEqual([expect.objectContaining({ code: 'too_large', line: 2, path: 'parameter_file' })]);
    expect(big[0]!.message).toMatch(/larger than the 1 MiB limit$/);
  });
});

describe('parameter_file, refused (the server)', () => {
  it('is one issue at the field that says why and what to do instead, without looking at the path', () => {
    // The path does not exist: a refusal that looked would say "no such file".
    const r = validateScenario('name: S\nparameter_file: /nonexistent/calibrated.json\n', { parameterFile: 'refuse' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'parameter_file_refused', line: 2, column: 17, path: 'parameter_file' });
    expect(r.issues[0]!.message).toContain('not read from a scenario sent over HTTP');
    expect(r.issues[0]!.message).not.toContain('no such file');
    expect(r.issues[0]!.fix).toContain('parameters:');
    expect(r.issues[0]!.fix).toContain('ballast run FILE');
  });

  it('refuses the field whatever it holds, as the one issue about it', () => {
    for (const value of ['5', '""', '[a, b]', 'calibrated.json']) {
      const r = validateScenario(`name: S\nparameter_file: ${value}\n`, { file: join(dir, 's.yaml'), parameterFile: 'refuse' });
      expect(!r.ok && r.issues.map((i) => i.code), value).toEqual(['parameter_file_refused']);
    }
  });

  it('leaves a scenario without the field alone', () => {
    expect(validateScenario('name: S\n', { parameterFile: 'refuse' }).ok).toBe(true);
  });
});
