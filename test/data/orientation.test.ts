import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError, loadFacts } from '../../src/data/index.js';

const dataDir = resolve('data');

describe('data/facts/orientation.json', () => {
  it('cites sources published no later than 2016 and dates no later than 2016-12-31', () => {
    const o = loadFacts(dataDir).orientation;
    for (const e of [...o.entries, ...o.no_party_government]) {
      expect(e.until <= '2016-12-31' && e.from <= e.until).toBe(true);
      for (const s of e.sources) expect(s.year).toBeLessThanOrEqual(2016);
    }
    for (const e of o.entries) expect([0.2, 0.5, 0.8]).toContain(e.value);
  });

  const dir = mkdtempSync(join(tmpdir(), 'ballast-orientation-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const withOrientation = (edit: (o: { entries: Record<string, unknown>[] }) => void) => {
    cpSync(join(dataDir, 'facts'), join(dir, 'facts'), { recursive: true });
    const file = join(dir, 'facts', 'orientation.json');
    const o = JSON.parse(readFileSync(file, 'utf8'));
    edit(o);
    writeFileSync(file, JSON.stringify(o));
    try { loadFacts(dir); } catch (err) { return err; }
    return null;
  };

  it('rejects a value outside [0, 1], a date after 2016 and a source from 2018, naming file and field', () => {
    const err = withOrientation((o) => {
      o.entries[1]!.value = 1.5;
      o.entries[2]!.until = '2017-03-01';
      (o.entries[3]!.sources as Record<string, unknown>[])[0]!.year = 2018;
    });
    expect(err).toBeInstanceOf(DataError);
    const issues = (err as DataError).issues;
    expect(issues.every((i) => i.code === 'facts_invalid' && i.file!.endsWith(join('facts', 'orientation.json')))).toBe(true);
    expect(issues.map((i) => i.field).sort()).toEqual(['entries.1.value', 'entries.2.until', 'entries.3.sources.0.year']);
    expect((err as DataError).message).toMatch(/orientation\.json entries\.2\.until: .*2016/);
  });

  it('rejects a missing reason, an unknown rival and a state outside the roster', () => {
    const missing = withOrientation((o) => { delete o.entries[0]!.reason; o.entries[4]!.rival = 'IRN'; });
    expect((missing as DataError).issues.map((i) => i.field).sort()).toEqual(['entries.0.reason', 'entries.4.rival']);
    const unknown = withOrientation((o) => { o.entries[0]!.iso3 = 'ZZZ'; });
    expect((unknown as DataError).issues[0]).toMatchObject({ code: 'unknown_state', field: 'entries[0].iso3 = ZZZ' });
  });

  it('has the shipped file valid', () => {
    expect(existsSync(join(dataDir, 'facts', 'orientation.json'))).toBe(true);
    expect(() => loadFacts(dataDir)).not.toThrow();
  });
});
