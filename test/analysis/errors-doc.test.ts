import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_ERROR_CODES } from '../../src/analysis/index.js';

describe('analysis error codes', () => {
  const doc = readFileSync('docs/ANALYSIS.md', 'utf8');
  const documented = [...doc.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
  it('documents every code in docs/ANALYSIS.md, and no code that does not exist', () => {
    for (const code of Object.keys(ANALYSIS_ERROR_CODES)) expect(documented, code).toContain(code);
    for (const code of documented) expect(Object.keys(ANALYSIS_ERROR_CODES), code).toContain(code);
  });
});
