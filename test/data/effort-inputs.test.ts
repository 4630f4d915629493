import { describe, expect, it } from 'vitest';
import { defaultDataDir, loadFacts } from '../../src/data/index.js';
import { Roster } from '../../src/data/roster.js';
import { readTable } from '../../src/data/table.js';
import { growthRows, rivalryRows } from '../../src/data/effort-inputs.js';

const roster = new Roster(loadFacts(defaultDataDir()).roster.states);
const table = (text: string) => readTable('test.csv', text);

describe('growthRows (PWT rgdpna → growth)', () => {
  it('computes growth on the year before by hand, keeps roster states from 1950 only', () => {
    const rows = growthRows(table('iso3,ccode,country,year,rgdpe,rgdpna,pop,rgdpe_pc\nDEU,255,Germany,1949,,90,,\nDEU,255,Germany,1950,,100,,\nDEU,255,Germany,1951,,105,,\nABW,,Aruba,1951,,5,,\nDEU,255,Germany,1953,,110,,\n'), roster);
    expect(rows).toEqual([
      { iso3: 'DEU', year: 1950, rgdpna: 100, growth_pct: null },
      { iso3: 'DEU', year: 1951, rgdpna: 105, growth_pct: 5 },
      { iso3: 'DEU', year: 1953, rgdpna: 110, growth_pct: null },
    ]);
  });
});

describe('rivalryRows (MID dyad-years, ICB actors)', () => {
  it('codes a dispute on either side of the dyad, a shared crisis for each fellow actor, and the rival\'s own crisis count', () => {
    const mid = table('ccode1,ccode2,year,hostlev\n2,365,1962,4\n365,710,1969,4\n20,255,1970,3\n2,365,1940,5\n');
    const icb = table('crisno,cracid,yrtrig\n170,365,1968\n170,260,1968\n171,365,1968\n172,2,1968\n');
    const rows = rivalryRows(mid, icb, roster);
    const get = (iso3: string, rival: string, year: number) => rows.find((r) => r.iso3 === iso3 && r.rival === rival && r.year === year);
    expect(get('USA', 'RUS', 1962)).toEqual({ iso3: 'USA', rival: 'RUS', year: 1962, mid_ongoing: 1, mid_hostlev: 4, icb_crises: 0 });
    expect(get('CHN', 'RUS', 1969)?.mid_ongoing).toBe(1);
    expect(get('RUS', 'CHN', 1969)?.mid_ongoing).toBe(1);
    expect(get('RUS', 'RUS', 1968)?.icb_crises).toBe(2);
    expect(get('DEU', 'RUS', 1968)?.icb_crises).toBe(1);
    expect(get('USA', 'RUS', 1968)).toBeUndefined();
    expect(rows.some((r) => r.year === 1940 || r.year === 1970)).toBe(false);
  });
});
