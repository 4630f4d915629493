import { describe, expect, it } from 'vitest';
import { readTruth } from '../../src/validation/truth.js';
import { DataError } from '../../src/data/index.js';

const F = (n: string) => `test/fixtures/truth/${n}.csv`;
function issuesOf(file: string) {
  try { readTruth(file, [2017, 2024]); } catch (e) { if (e instanceof DataError) return e.issues; throw e; }
  throw new Error('expected a refusal');
}

describe('readTruth', () => {
  it('reads iso3, year, milex_pct_gdp and ignores other columns', () => {
    const t = readTruth(F('good'), [2017, 2024]);
    expect(t.get('POL')?.get(2018)).toBe(1.22);
    expect(t.get('EST')?.get(2017)).toBe(1.33);
  });
  it('refuses a bad header, naming the columns it needs', () => {
    const [i] = issuesOf(F('bad-header'));
    expect(i).toMatchObject({ code: 'missing_column', line: 1 });
    expect(i!.fix).toContain('iso3,year,milex_pct_gdp');
  });
  it('refuses an unknown ISO3 code at its line and column', () => {
    expect(issuesOf(F('unknown-code'))).toEqual([expect.objectContaining({ code: 'unknown_code', line: 3, column: 1, message: expect.stringContaining('"XYZ"') })]);
  });
  it('refuses a year outside the window', () => {
    expect(issuesOf(F('outside-window'))).toEqual([expect.objectContaining({ code: 'year_out_of_coverage', line: 3, column: 2, message: expect.stringContaining('2031 is outside the hindcast window 2017-2024') })]);
  });
  it('refuses a duplicate state-year', () => {
    expect(issuesOf(F('duplicate'))).toEqual([expect.objectContaining({ code: 'duplicate_row', line: 3, message: expect.stringContaining('first on line 2') })]);
  });
});
