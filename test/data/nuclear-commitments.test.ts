import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError, findState, loadFacts, loadWorld } from '../../src/data/index.js';

const dataDir = resolve('data');

describe('data/facts/nuclear.json commitments (binding commitments against nuclear weapons beyond the NPT)', () => {
  it('loads the shipped list: dated to 2016 at the latest, each with a description and its instrument', () => {
    const c = loadFacts(dataDir).nuclear.commitments;
    expect(c.length).toBeGreaterThanOrEqual(5);
    for (const e of c) {
      expect(e.from <= '2016-12-31').toBe(true);
      expect(e.source.length).toBeGreaterThanOrEqual(10);
    }
    // the dates checked against the instruments (docs/DATA.md)
    const at = (iso3: string, kind: string) => c.find((e) => e.iso3 === iso3 && e.kind === kind)?.from;
    expect(at('AUS', 'nwfz_treaty')).toBe('1986-12-11'); // Rarotonga in force
    expect(at('NZL', 'nwfz_treaty')).toBe('1986-11-13');
    expect(at('NZL', 'law')).toBe('1987-06-08'); // Act 1987 No 86, assent
    expect(at('JPN', 'principles')).toBe('1971-11-24');
    expect(at('JPN', 'law')).toBe('1955-12-19');
    expect(at('THA', 'nwfz_treaty')).toBe('1997-03-27'); // Bangkok in force
  });

  const dir = mkdtempSync(join(tmpdir(), 'ballast-commitments-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const withNuclear = (edit: (n: { commitments: Record<string, unknown>[] }) => void) => {
    cpSync(join(dataDir, 'facts'), join(dir, 'facts'), { recursive: true });
    const file = join(dir, 'facts', 'nuclear.json');
    const n = JSON.parse(readFileSync(file, 'utf8'));
    edit(n);
    writeFileSync(file, JSON.stringify(n));
    try { loadFacts(dir); } catch (err) { return err; }
    return null;
  };

  it('rejects an unknown kind, a date after 2016, until before from and a missing source, naming each field with a fix', () => {
    const err = withNuclear((n) => {
      n.commitments[0]!.kind = 'treaty';
      n.commitments[1]!.from = '2017-01-01';
      n.commitments[2]!.until = '1900-01-01';
      delete n.commitments[3]!.source;
    });
    expect(err).toBeInstanceOf(DataError);
    const issues = (err as DataError).issues;
    expect(issues.every((i) => i.code === 'facts_invalid' && i.file!.endsWith(join('facts', 'nuclear.json')))).toBe(true);
    expect(issues.map((i) => i.field).sort()).toEqual(['commitments.0.kind', 'commitments.1.from', 'commitments.2.until', 'commitments.3.source']);
    expect(issues.every((i) => /commitment: iso3, kind nwfz_treaty\|law/.test(i.fix))).toBe(true);
    expect(issues.find((i) => i.field === 'commitments.1.from')!.message).toMatch(/2016/);
  });

  it('rejects an extra field and a state outside the roster', () => {
    const extra = withNuclear((n) => { n.commitments[0]!.year = 1986; });
    expect((extra as DataError).issues.map((i) => i.field)).toEqual(['commitments.0']);
    const unknown = withNuclear((n) => { n.commitments[4]!.iso3 = 'ZZZ'; });
    expect((unknown as DataError).issues[0]).toMatchObject({ code: 'unknown_state', field: 'commitments[4].iso3 = ZZZ' });
  });

  it('is carried into the 2016 World for AUS, NZL, JPN, THA and PHL, and not for KOR or POL', () => {
    const w = loadWorld(2016);
    const kinds = (iso3: string) => findState(w, iso3)!.nuclear.commitments.map((c) => c.kind).sort();
    expect(kinds('AUS')).toEqual(['nwfz_treaty']);
    expect(kinds('NZL')).toEqual(['law', 'nwfz_treaty']);
    expect(kinds('JPN')).toEqual(['law', 'principles']);
    expect(kinds('THA')).toEqual(['nwfz_treaty']);
    expect(kinds('PHL')).toEqual(['constitution']);
    expect(kinds('KOR')).toEqual([]);
    expect(kinds('POL')).toEqual([]);
  });

  it('holds only from its date (31 December convention): Thailand from 1997, Austria from 1999', () => {
    const at = (year: number, iso3: string) => findState(loadWorld(year), iso3)!.nuclear.commitments.map((c) => c.kind);
    expect(at(1996, 'THA')).toEqual([]);
    expect(at(1997, 'THA')).toEqual(['nwfz_treaty']);
    expect(at(1998, 'AUT')).toEqual([]);
    expect(at(1999, 'AUT')).toEqual(['constitution']);
  });
});
