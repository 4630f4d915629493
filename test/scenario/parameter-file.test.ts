import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../src/scenario/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ballast-pfile-'));
writeFileSync(join(dir, 'calibrated.json'), JSON.stringify({ generator: 'ballast calibrate', parameters: { effort_adjustment: 0.05, cred_base: 0.57 } }));
writeFileSync(join(dir, 'bad.json'), JSON.stringify({ parameters: { effort_adjustment: 5, peer_weight: 1 } }));

describe('parameter_file', () => {
  it('applies a calibrated parameter file relative to the scenario, with the scenario\'s own parameters winning', () => {
    writeFileSync(join(dir, 's.yaml'), 'name: S\nparameter_file: calibrated.json\nparameters:\n  cred_base: 0.6\n');
    const r = readScenarioFile(join(dir, 's.yaml'));
    expect(r.ok && r.value.parameters).toEqual({ effort_adjustment: 0.05, cred_base: 0.6 });
  });

  it('refuses a missing file and out-of-range or unknown parameters in it, at the parameter_file line', () => {
    writeFileSync(join(dir, 'missing.yaml'), 'name: S\nparameter_file: nope.json\n');
    const missing = readScenarioFile(join(dir, 'missing.yaml'));
    expect(!missing.ok && missing.issues[0]).toMatchObject({ code: 'file_unreadable', line: 2, path: 'parameter_file' });
    writeFileSync(join(dir, 'bad.yaml'), 'name: S\nparameter_file: bad.json\n');
    const bad = readScenarioFile(join(dir, 'bad.yaml'));
    expect(!bad.ok && bad.issues.map((i) => i.code).sort()).toEqual(['parameter_out_of_range', 'unknown_parameter']);
    expect(!bad.ok && bad.issues.every((i) => i.line === 2)).toBe(true);
  });
});
