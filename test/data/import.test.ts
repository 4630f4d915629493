import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { datasetRows, IMPORT_FORMATS, importRelease, loadWorld, readManifest, type DataIssue, type ImportResult, type ImportSummary } from '../../src/data/index.js';
import { runCli } from '../cli/run-cli.js';

// Every expected figure below is read by hand off the fixture files in test/fixtures/import
// and off the committed data/. The fixtures copy the layouts of real releases, but every value
// for a year after 2016 in them is synthetic, invented by hand (house rule: no real figure
// after 2016; test/fixtures/import/README.md).
const FIX = resolve('test/fixtures/import');
const fixture = (name: string) => join(FIX, name);
const temps: string[] = [];

/** A fresh copy of the committed data/ to import into; the real one is never touched. */
function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ballast-import-'));
  temps.push(dir);
  cpSync(resolve('data'), join(dir, 'data'), { recursive: true });
  return join(dir, 'data');
}
afterEach(() => { for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true }); });

/** sha256 of every file under a folder, by relative path. */
function hashes(dir: string, root = dir, out: Record<string, string> = {}): Record<string, string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hashes(path, root, out);
    else out[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

function ok(r: ImportResult): ImportSummary {
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.code}: ${i.message}`).join('\n'));
  return r.value;
}

function refused(r: ImportResult): DataIssue[] {
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.issues;
}

/** One curated row as written, by state and year. */
function row(dataDir: string, id: 'sipri' | 'nato' | 'troops', iso3: string, year: number) {
  return datasetRows(dataDir, id).find((r) => r.iso3 === iso3 && Number(r.year) === year);
}

describe('importRelease(kind, file, { dataDir, vintage?, measure? })', () => {
  it('by default infers the vintage from the file name and imports every series the file carries', () => {
    const dataDir = copyOfData();
    const s = ok(importRelease('sipri', fixture('SIPRI-Milex-data-2007-2018.xlsx'), { dataDir }));
    // Data to 2018 in the name: SIPRI's release of the following April.
    expect(s.vintage).toBe('SIPRI 2019');
    expect(row(dataDir, 'sipri', 'CZE', 2017)).toEqual({ iso3: 'CZE', year: '2017', milex_usd_current_m: '2391.47', milex_pct_gdp: '1.08', flag: null, vintage: '2019' });
  });
});

describe('importRelease: sipri', () => {
  it('reads SIPRI\'s workbook: both sheets, fractions as percent, markers as missing, regions skipped', () => {
    const dataDir = copyOfData();
    const s = ok(importRelease('sipri', fixture('SIPRI-Milex-data-2007-2018.xlsx'), { dataDir }));
    // CZE, DEU, IRN for 2007, 2016-2018 and XKX for 2016-2018; CZE/DEU/IRN 2007 and 2016 and XKX 2016 were there.
    expect(s).toEqual({ dataset: 'sipri', vintage: 'SIPRI 2019', rowsAdded: 8, rowsReplaced: 7, years: [2007, 2018], skipped: ['Americas', 'Africa', 'Europe', 'Middle East'] });
    expect(row(dataDir, 'sipri', 'DEU', 2016)).toMatchObject({ milex_usd_current_m: '41579.49', milex_pct_gdp: '1.13', vintage: '2019' });
    expect(row(dataDir, 'sipri', 'CZE', 2018)).toMatchObject({ milex_usd_current_m: null, milex_pct_gdp: '1.16' }); // ". ." in Current US$
    expect(row(dataDir, 'sipri', 'IRN', 2017)).toMatchObject({ milex_usd_current_m: '12874.35', milex_pct_gdp: '2.9' });
    expect(row(dataDir, 'sipri', 'XKX', 2007)).toBeUndefined(); // "xxx": Kosovo was not independent
    expect(row(dataDir, 'sipri', 'XKX', 2018)).toMatchObject({ milex_usd_current_m: '63.41', milex_pct_gdp: '0.84' });
  });

  it('with --measure share reads one sheet and keeps the other series, saying so in the vintage', () => {
    const dataDir = copyOfData();
    const s = ok(importRelease('sipri', fixture('SIPRI-Milex-data-2007-2018.xlsx'), { dataDir, measure: 'share' }));
    expect([s.rowsAdded, s.rowsReplaced]).toEqual([8, 7]);
    // DEU 2016 before: 39909.6786 US$ m, 1.1291251 % (2025 share / 2024 US$).
    expect(row(dataDir, 'sipri', 'DEU', 2016)).toMatchObject({ milex_usd_current_m: '39909.6786', milex_pct_gdp: '1.13', vintage: '2019 (share of GDP only)' });
    expect(row(dataDir, 'sipri', 'DEU', 2018)).toMatchObject({ milex_usd_current_m: null, milex_pct_gdp: '1.21', vintage: '2019' });
  });

  it('reads a CSV export of the Share of GDP sheet: the title says the measure, "2.08%" is 2.08', () => {
    const dataDir = copyOfData();
    const s = ok(importRelease('sipri', fixture('sipri-share-of-gdp-2017-2018.csv'), { dataDir }));
    expect(s).toEqual({ dataset: 'sipri', vintage: 'SIPRI 2019', rowsAdded: 6, rowsReplaced: 0, years: [2017, 2018], skipped: ['Africa', 'Europe', 'Asia & Oceania'] });
    expect(row(dataDir, 'sipri', 'EST', 2018)).toMatchObject({ milex_pct_gdp: '2.11', milex_usd_current_m: null });
    expect(row(dataDir, 'sipri', 'KOR', 2017)).toMatchObject({ milex_pct_gdp: '2.47' }); // "Korea, South", quoted
    expect(row(dataDir, 'sipri', 'DZA', 2017)).toBeUndefined(); // Algeria: outside the roster, dropped silently
  });

  it('needs --measure for a sheet export without a title, then reads thousands separators', () => {
    const dataDir = copyOfData();
    const before = hashes(dataDir);
    const issues = refused(importRelease('sipri', fixture('sipri-current-usd-2017-2018.csv'), { dataDir }));
    expect(issues.map((i) => i.code)).toEqual(['unknown_format']);
    expect(issues[0]!.fix).toMatch(/--measure share or --measure usd/);
    expect(hashes(dataDir)).toEqual(before);
    const s = ok(importRelease('sipri', fixture('sipri-current-usd-2017-2018.csv'), { dataDir, measure: 'usd' }));
    expect([s.rowsAdded, s.years]).toEqual([8, [2017, 2018]]);
    expect(row(dataDir, 'sipri', 'POL', 2017)).toMatchObject({ milex_usd_current_m: '10384.6', milex_pct_gdp: null }); // "10,384.6"
    expect(row(dataDir, 'sipri', 'USA', 2018)).toMatchObject({ milex_usd_current_m: '632915.8' });
  });

  it('reads the bundled long US$ layout with its estimate flags', () => {
    const dataDir = copyOfData();
    const s = ok(importRelease('sipri', fixture('sipri-long-usd-2017-2018.csv'), { dataDir }));
    expect(s).toMatchObject({ rowsAdded: 4, rowsReplaced: 0, skipped: ['European Union'] });
    expect(row(dataDir, 'sipri', 'EST', 2018)).toMatchObject({ milex_usd_current_m: '598.3', flag: 'estimate' });
    expect(row(dataDir, 'sipri', 'POL', 2018)).toMatchObject({ milex_usd_current_m: '11209.4', flag: 'highly_uncertain' });
    expect(row(dataDir, 'sipri', 'POL', 2017)).toMatchObject({ flag: null });
  });

  it('reads OWID\'s grapher export: OWID_KOS by name, aggregates skipped, vintage from the last year', () => {
    const dataDir = copyOfData();
    const s = ok(importRelease('sipri', fixture('military-spending-as-a-share-of-gdp-sipri.csv'), { dataDir }));
    expect(s).toEqual({ dataset: 'sipri', vintage: 'SIPRI 2019', rowsAdded: 4, rowsReplaced: 0, years: [2017, 2018], skipped: ['Africa', 'World'] });
    expect(row(dataDir, 'sipri', 'XKX', 2017)).toMatchObject({ milex_pct_gdp: '0.7912' });
    expect(row(dataDir, 'sipri', 'POL', 2018)).toMatchObject({ milex_pct_gdp: '2.0583' });
  });
});

describe('importRelease: nato', () => {
  it('finds the share-of-GDP table in NATO\'s workbook by its title, past Table 1 and beside the real-change block', () => {
    const dataDir = copyOfData();
    const s = ok(importRelease('nato', fixture('180710-def-exp-2018-en.xlsx'), { dataDir }));
    // ALB, CZE, DEU, MNE, POL, USA x 2016-2018; Iceland's "-" gives no row; the 2016 rows were there.
    expect(s).toEqual({ dataset: 'nato', vintage: 'NATO 2018', rowsAdded: 12, rowsReplaced: 6, years: [2016, 2018], skipped: ['NATO Europe and Canada', 'NATO Total'] });
    expect(row(dataDir, 'nato', 'ALB', 2016)).toMatchObject({ milex_pct_gdp: '1.1', milex_usd_current_m: '130.9026', estimate: '0', vintage: '2018 (share of GDP only)' });
    expect(row(dataDir, 'nato', 'ALB', 2018)).toMatchObject({ milex_pct_gdp: '1.28', milex_usd_current_m: null, estimate: '1', vintage: '2018' });
    expect(row(dataDir, 'nato', 'MNE', 2017)).toMatchObject({ milex_pct_gdp: '1.47' }); // "Montenegro (1)"
    expect(row(dataDir, 'nato', 'CZE', 2018)).toMatchObject({ milex_pct_gdp: '1.09' }); // "Czech Republic"
    expect(row(dataDir, 'nato', 'ISL', 2017)).toBeUndefined();
  });

  it('reads Table 3 saved as CSV the same way', () => {
    const dataDir = copyOfData();
    const s = ok(importRelease('nato', fixture('nato-table3-2016-2018e.csv'), { dataDir }));
    expect(s).toMatchObject({ rowsAdded: 6, rowsReplaced: 3, years: [2016, 2018], skipped: ['NATO Total'] });
    expect(row(dataDir, 'nato', 'POL', 2016)).toMatchObject({ milex_pct_gdp: '2', personnel: '101586', vintage: '2018 (share of GDP only)' });
    expect(row(dataDir, 'nato', 'USA', 2018)).toMatchObject({ milex_pct_gdp: '3.4', estimate: '1' });
  });

  it('reads the bundled long layout, every column', () => {
    const dataDir = copyOfData();
    const s = ok(importRelease('nato', fixture('nato-long-2017-2018.csv'), { dataDir }));
    expect(s).toMatchObject({ vintage: 'NATO 2018', rowsAdded: 4, rowsReplaced: 0 });
    expect(row(dataDir, 'nato', 'POL', 2018)).toEqual({
      iso3: 'POL', year: '2018', milex_usd_current_m: '11643.8275', milex_pct_gdp: '1.960916', milex_usd_const_m: '10627.4183',
      gdp_usd_const_bn: '541.962', personnel: '111204', equipment_pct: '27.3', estimate: '0', vintage: '2018',
    });
  });

  it('refuses a roster state without the nato group (Finland) with the fix for a later member, and keeps it once the group is added', () => {
    const dataDir = copyOfData();
    const file = fixture('nato-table3-later-ally.csv');
    const before = hashes(dataDir);
    const issues = refused(importRelease('nato', file, { dataDir }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'unknown_code', file, line: 4, column: 1 });
    expect(issues[0]!.message).toMatch(/"Finland" \(FIN\) is a state in data\/facts\/roster\.json but not a NATO ally there/);
    expect(issues[0]!.fix).toMatch(/joined NATO after the bundled data's cut \(2016\) needs "nato" in its groups in data\/facts\/roster\.json \(and its accession in data\/facts\/memberships\.json for the model to treat it as a member\)/);
    expect(hashes(dataDir)).toEqual(before);
    // The importer reads the roster of the data folder it is given: the fix, applied to the copy.
    const rosterFile = join(dataDir, 'facts', 'roster.json');
    const roster = JSON.parse(readFileSync(rosterFile, 'utf8')) as { states: { iso3: string; groups: string[] }[] };
    roster.states.find((st) => st.iso3 === 'FIN')!.groups.push('nato');
    writeFileSync(rosterFile, `${JSON.stringify(roster, null, 2)}\n`);
    const s = ok(importRelease('nato', file, { dataDir }));
    // ALB, FIN, POL x 2016-2018; ALB and POL 2016 were there.
    expect(s).toMatchObject({ rowsAdded: 7, rowsReplaced: 2, years: [2016, 2018], skipped: ['NATO Total'] });
    expect(row(dataDir, 'nato', 'FIN', 2017)).toMatchObject({ milex_pct_gdp: '1.41', estimate: '0' });
    expect(row(dataDir, 'nato', 'FIN', 2018)).toMatchObject({ milex_pct_gdp: '1.47', estimate: '1' });
  });

  it('refuses --measure, which only SIPRI has', () => {
    const issues = refused(importRelease('nato', fixture('nato-long-2017-2018.csv'), { dataDir: copyOfData(), measure: 'share' }));
    expect(issues[0]).toMatchObject({ code: 'bad_value', field: 'measure' });
  });
});

describe('importRelease: troops', () => {
  it('reads the troopdata CSV: NA as missing, territories and the U.S. itself left out', () => {
    const dataDir = copyOfData();
    const s = ok(importRelease('troops', fixture('troopdata-2017-2018.csv'), { dataDir, vintage: 'troopdata 1.1.0' }));
    expect(s).toEqual({ dataset: 'troops', vintage: 'troopdata 1.1.0', rowsAdded: 6, rowsReplaced: 0, years: [2017, 2018], skipped: ['Diego Garcia'] });
    expect(row(dataDir, 'troops', 'DEU', 2017)).toEqual({ iso3: 'DEU', year: '2017', troops_ad: '35830', army_ad: '21640', navy_ad: '412', air_force_ad: '12873', marine_corps_ad: '905', vintage: '1.1.0' });
    expect(row(dataDir, 'troops', 'POL', 2018)).toMatchObject({ troops_ad: '212', marine_corps_ad: null });
    expect(row(dataDir, 'troops', 'USA', 2017)).toBeUndefined();
  });
});

describe('importRelease: refusals leave data/ byte-identical', () => {
  const cases: [string, 'sipri' | 'nato' | 'troops', string, Partial<DataIssue>, RegExp?][] = [
    ['a file that ends inside a quote', 'troops', 'troops-truncated-quote.csv', { code: 'csv_unterminated_quote', line: 3, column: 21 }],
    ['a file whose last row is cut short', 'sipri', 'sipri-long-share-ragged.csv', { code: 'csv_ragged_row', line: 4, column: 1 }],
    ['an ISO3 code in no code list', 'sipri', 'sipri-long-share-unknown-code.csv', { code: 'unknown_code', line: 4, column: 1, field: 'iso3' }, /"XYZ"/],
    ['the same ally and year twice', 'nato', 'nato-long-duplicate.csv', { code: 'duplicate_row', line: 5, column: 1 }, /first on line 3/],
    ['one state under two names in a wide table', 'nato', 'nato-table3-duplicate.csv', { code: 'duplicate_row', line: 5, column: 1 }, /line 3 and again on line 5/],
    ['a NATO table row that is no ally', 'nato', 'nato-table3-unknown-row.csv', { code: 'unknown_code', line: 4, column: 1 }, /Ukraine/],
    ['a file in no accepted format', 'sipri', 'not-a-release.csv', { code: 'unknown_format', line: 1 }],
    ['a workbook for a kind that takes only CSV', 'troops', 'SIPRI-Milex-data-2007-2018.xlsx', { code: 'unknown_format' }],
    ['a workbook without SIPRI\'s sheets', 'sipri', '180710-def-exp-2018-en.xlsx', { code: 'xlsx_invalid' }, /"TAB1", "TAB3"/],
  ];
  for (const [what, kind, name, expected, message] of cases) {
    it(`refuses ${what} with ${expected.code} at its place`, () => {
      const dataDir = copyOfData();
      const before = hashes(dataDir);
      const issues = refused(importRelease(kind, fixture(name), { dataDir }));
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ file: fixture(name), ...expected });
      if (message) expect(issues[0]!.message).toMatch(message);
      expect(hashes(dataDir)).toEqual(before);
    });
  }

  it('lists the accepted formats in an unknown_format issue', () => {
    const issues = refused(importRelease('sipri', fixture('not-a-release.csv'), { dataDir: copyOfData() }));
    for (const format of IMPORT_FORMATS.sipri) expect(issues[0]!.message).toContain(format);
  });

  it('gathers every issue of a file, not only the first', () => {
    const dataDir = copyOfData();
    const before = hashes(dataDir);
    const file = join(dataDir, '..', 'two-problems.csv');
    writeFileSync(file, 'iso3,country,year,milex_pct_gdp\nXYZ,Atlantis,2017,1.5\nPOL,Poland,2017,1.89\nPOL,Poland,2017,1.89\nEST,Estonia,2017,two\n');
    const issues = refused(importRelease('sipri', file, { dataDir }));
    expect(issues.map((i) => [i.code, i.line])).toEqual([['unknown_code', 2], ['duplicate_row', 4], ['bad_value', 5]]);
    expect(hashes(dataDir)).toEqual(before);
  });

  it('refuses a truncated workbook with xlsx_invalid', () => {
    const dataDir = copyOfData();
    const before = hashes(dataDir);
    const file = join(dataDir, '..', 'SIPRI-Milex-data-1949-2024.xlsx');
    writeFileSync(file, readFileSync(fixture('SIPRI-Milex-data-2007-2018.xlsx')).subarray(0, 3000));
    expect(refused(importRelease('sipri', file, { dataDir }))[0]).toMatchObject({ code: 'xlsx_invalid', file });
    expect(hashes(dataDir)).toEqual(before);
  });
});

describe('importRelease: a successful import', () => {
  const file = fixture('sipri-share-of-gdp-2017-2018.csv');

  it('adds 2017-2018 with the vintage, records the import in the manifest, and is idempotent', () => {
    const dataDir = copyOfData();
    const before = readManifest(dataDir).datasets.sipri;
    expect(before.years).toEqual([1949, 2016]);
    ok(importRelease('sipri', file, { dataDir, vintage: 'SIPRI 2025' }));
    expect(row(dataDir, 'sipri', 'POL', 2018)).toMatchObject({ milex_pct_gdp: '2.06', vintage: '2025' });
    const after = readManifest(dataDir).datasets.sipri;
    expect(after.years).toEqual([1949, 2018]);
    expect(after.rows).toBe(before.rows + 6);
    expect(after.imports).toEqual([{
      file: 'sipri-share-of-gdp-2017-2018.csv', sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
      vintage: 'SIPRI 2025', years: [2017, 2018], rows: 6,
    }]);
    const once = hashes(dataDir);
    const again = ok(importRelease('sipri', file, { dataDir, vintage: 'SIPRI 2025' }));
    expect([again.rowsAdded, again.rowsReplaced]).toEqual([0, 6]);
    expect(hashes(dataDir)).toEqual(once);
  });

  it('changes only the imported dataset and the manifest', () => {
    const dataDir = copyOfData();
    const before = hashes(dataDir);
    ok(importRelease('sipri', file, { dataDir }));
    const after = hashes(dataDir);
    const changed = Object.keys(before).filter((k) => before[k] !== after[k]).sort();
    expect(changed).toEqual(['manifest.json', 'sipri.csv']);
  });

  it('lets loadWorld reach the imported years', () => {
    const dataDir = copyOfData();
    ok(importRelease('nato', fixture('180710-def-exp-2018-en.xlsx'), { dataDir }));
    const pol = loadWorld(2018, { dataDir }).states.find((s) => s.iso3 === 'POL')!;
    expect(pol.defence).toMatchObject({ pctGdp: 2.1, source: 'nato', vintage: 'NATO 2018', estimate: true });
  });
});

describe('ballast data import', () => {
  const run = runCli;

  it('prints a one-paragraph summary and exits 0', async () => {
    const dataDir = copyOfData();
    const r = await run('data', 'import', 'troops', fixture('troopdata-2017-2018.csv'), '--data-dir', dataDir);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`data import: ${fixture('troopdata-2017-2018.csv')} (troopdata 2019) into data/troops.csv: 6 row(s) added, 0 replaced, years 2017-2018. Skipped 1 name(s) in no code list: "Diego Garcia".\n`);
  });

  it('prints each issue with its place, code and fix, and exits 1', async () => {
    const dataDir = copyOfData();
    const r = await run('data', 'import', 'sipri', fixture('sipri-long-share-unknown-code.csv'), '--data-dir', dataDir);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${fixture('sipri-long-share-unknown-code.csv')}:4:1 iso3: "XYZ" (Atlantis) is in no code list`);
    expect(r.err).toContain('[unknown_code]\n  fix: ');
  });

  it('prints the fix for a state that joined NATO after the data\'s cut', async () => {
    const r = await run('data', 'import', 'nato', fixture('nato-table3-later-ally.csv'), '--data-dir', copyOfData());
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${fixture('nato-table3-later-ally.csv')}:4:1: "Finland" (FIN) is a state in data/facts/roster.json`);
    expect(r.err).toContain('fix: a state that joined NATO after the bundled data\'s cut (2016) needs "nato" in its groups in data/facts/roster.json');
  });

  it('rejects an unknown kind as a usage error', async () => {
    const r = await run('data', 'import', 'acled', fixture('troopdata-2017-2018.csv'), '--data-dir', copyOfData());
    expect(r.code).toBe(2);
  });
});
