import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError, loadFacts } from '../../src/data/index.js';

const dataDir = resolve('data');

describe('data/facts/alignment.json', () => {
  it('holds the issue-11 episodes, dated no later than 2016, sourced no later than 2016', () => {
    const a = loadFacts(dataDir).alignment;
    const has = (iso3: string, year: string, direction: string) =>
      a.entries.some((e) => e.iso3 === iso3 && e.from.startsWith(year) && e.direction === direction);
    expect(has('FRA', '1966', 'away') && has('FRA', '2009', 'back')).toBe(true);
    expect(has('GRC', '1974', 'away') && has('GRC', '1980', 'back')).toBe(true);
    expect(has('TUR', '1975', 'away') && has('ESP', '1982', 'away') && has('NZL', '1985', 'away')).toBe(true);
    expect(has('PHL', '1991', 'away') && has('PHL', '2016', 'away') && has('THA', '2014', 'away') && has('HUN', '2010', 'away') && has('JPN', '2009', 'away')).toBe(true);
    for (const e of a.entries) {
      expect(e.from >= '1950-01-01' && e.from <= '2016-12-31').toBe(true);
      if (e.until !== null) expect(e.from <= e.until && e.until <= '2016-12-31').toBe(true);
      for (const s of e.sources) expect(s.year).toBeLessThanOrEqual(2016);
    }
  });

  const dir = mkdtempSync(join(tmpdir(), 'ballast-alignment-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const withAlignment = (edit: (a: { entries: Record<string, unknown>[] }) => void) => {
    cpSync(join(dataDir, 'facts'), join(dir, 'facts'), { recursive: true });
    const file = join(dir, 'facts', 'alignment.json');
    const a = JSON.parse(readFileSync(file, 'utf8'));
    edit(a);
    writeFileSync(file, JSON.stringify(a));
    try { loadFacts(dir); } catch (err) { return err; }
    return null;
  };

  it('rejects a date after 2016, a bad direction, a late source and a "back" with an end, naming the field path and a fix', () => {
    const err = withAlignment((a) => {
      a.entries[3]!.from = '2017-01-05';
      a.entries[0]!.direction = 'sideways';
      (a.entries[2]!.sources as Record<string, unknown>[])[0]!.year = 2019;
      a.entries[1]!.until = '2010-01-01';
    });
    expect(err).toBeInstanceOf(DataError);
    const issues = (err as DataError).issues;
    expect(issues.every((i) => i.code === 'facts_invalid' && i.file!.endsWith(join('facts', 'alignment.json')) && /direction/.test(i.fix))).toBe(true);
    expect(issues.map((i) => i.field).sort()).toEqual([
      'alignment.entries[0].direction', 'alignment.entries[1].until', 'alignment.entries[2].sources[0].year', 'alignment.entries[3].from',
    ]);
  });

  it('rejects a state outside the roster and an unknown rival', () => {
    const unknown = withAlignment((a) => { a.entries[0]!.iso3 = 'ZZZ'; });
    expect((unknown as DataError).issues[0]).toMatchObject({ code: 'unknown_state', field: 'entries[0].iso3 = ZZZ' });
    const rival = withAlignment((a) => { a.entries[5]!.rival = 'IRN'; });
    expect((rival as DataError).issues.map((i) => i.field)).toEqual(['alignment.entries[5].rival']);
  });
});
