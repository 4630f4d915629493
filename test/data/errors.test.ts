import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_ERROR_CODES } from '../../src/data/index.js';

describe('data error codes', () => {
  const doc = readFileSync('docs/DATA.md', 'utf8');
  const documented = [...doc.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);

  it('documents every code in docs/DATA.md', () => {
    for (const code of Object.keys(DATA_ERROR_CODES)) expect(documented, code).toContain(code);
  });
  it('documents no code that does not exist', () => {
    for (const code of documented) expect(Object.keys(DATA_ERROR_CODES), code).toContain(code);
  });
});
