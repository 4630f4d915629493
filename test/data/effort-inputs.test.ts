import { describe, expect, it } from 'vitest';
import { defaultDataDir, loadFacts } from '../../src/data/index.js';
import { Roster } from '../../src/data/roster.js';
import { readTable } from '../../src/data/table.js';
import { growthRows, rivalForceRows, rivalryRows } from '../../src/data/effort-inputs.js';

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

describe('rivalForceRows (ICB crises a rival forced on a third state)', () => {
  it('keeps actors whose crisis a rival triggered, with clashes, neither rival nor U.S., at the capital of that year', () => {
    const crises = table('crisno,crisname,viol\n155,HUNGARIAN UPRISING,3\n156,QUIET ONE,1\n303,AFGHANISTAN INVASION,3\n');
    const actors = table('crisno,cracid,trigent,yrtrig\n155,310,365,1956\n155,365,996,1956\n156,310,365,1957\n303,700,365,1979\n303,770,365,1980\n303,2,365,1980\n303,700,365,1979\n');
    const capitals = table('ccode,state_name,capital,start_year,end_year,lat,lng\n310,Hungary,Budapest,1918,,47.5,19.0\n700,Afghanistan,Kabul,1919,,34.5,69.2\n770,Pakistan,Karachi,1947,1959,24.9,67.0\n770,Pakistan,Islamabad,1960,,33.7,73.1\n');
    const rows = rivalForceRows(crises, actors, capitals, roster);
    expect(rows).toEqual([
      { crisno: 155, crisis: 'HUNGARIAN UPRISING', year: 1956, rival: 'RUS', victim_cow: 310, victim_iso3: 'HUN', victim: 'Hungary', capital_lat: 47.5, capital_lng: 19, violence: 3 },
      { crisno: 303, crisis: 'AFGHANISTAN INVASION', year: 1979, rival: 'RUS', victim_cow: 700, victim_iso3: null, victim: 'Afghanistan', capital_lat: 34.5, capital_lng: 69.2, violence: 3 },
      { crisno: 303, crisis: 'AFGHANISTAN INVASION', year: 1980, rival: 'RUS', victim_cow: 770, victim_iso3: null, victim: 'Pakistan', capital_lat: 33.7, capital_lng: 73.1, violence: 3 },
    ]);
  });
});
