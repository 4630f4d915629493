/**
 * arms_imports.csv (issue 11, item 2): SIPRI TIV deliveries by recipient and year, with the U.S.,
 * the Soviet Union/Russia (one COW number, 365) and China apart; and the alignment panel's
 * rivalArms signal, the rivals' share over the five years before, checked by hand.
 */
import { describe, expect, it } from 'vitest';
import { defaultDataDir, loadFacts } from '../../src/data/index.js';
import { Roster } from '../../src/data/roster.js';
import { readTable } from '../../src/data/table.js';
import { armsImportRows } from '../../src/data/arms-imports.js';
import { alignmentPanel } from '../../src/model/calibration/alignment-panel.js';
import { datasetRows } from '../../src/data/curated.js';
import { dcaRows } from '../../src/data/dca.js';

const roster = new Roster(loadFacts(defaultDataDir()).roster.states);
const HEADER = 'supplier,supplier_iso3,supplier_cown,recipient,recipient_iso3,recipient_cown,year,tiv_delivered,n_deals_delivering,tiv_ordered,n_deals_ordered\n';

describe('armsImportRows', () => {
  it('sums deliveries by recipient-year, joins the Soviet Union and Russia, drops non-state recipients, orders and years before 1950', () => {
    const t = readTable('tiv.csv', HEADER + [
      'Soviet Union,,365,Greece,GRC,350,1990,10,1,10,1',
      'Russia,RUS,365,Greece,GRC,350,1990,2.5,1,0,0',
      'United States,USA,2,Greece,GRC,350,1990,40,2,0,0',
      'France,FRA,220,Greece,GRC,350,1990,7.5,1,0,0',
      'China,CHN,710,Thailand,THA,800,1990,3,1,0,0',
      'United States,USA,2,Thailand,THA,800,1990,,0,50,1',
      'United States,USA,2,West Germany (FRG),,260,1960,5,1,0,0',
      'Soviet Union,,365,Mujahedin (Afghanistan)*,,,1985,9,1,0,0',
      'United States,USA,2,Greece,GRC,350,1949,8,1,0,0',
    ].join('\n') + '\n');
    expect(armsImportRows(t, roster)).toEqual([
      { iso3: 'DEU', year: 1960, tiv_total: 5, tiv_usa: 5, tiv_rus: 0, tiv_chn: 0 },
      { iso3: 'GRC', year: 1990, tiv_total: 60, tiv_usa: 40, tiv_rus: 12.5, tiv_chn: 0 },
      { iso3: 'THA', year: 1990, tiv_total: 3, tiv_usa: 0, tiv_rus: 0, tiv_chn: 3 },
    ]);
  });
});

describe('the alignment panel\'s rivalArms signal', () => {
  it('is the rivals\' share of the ally\'s deliveries over t-5..t-1, from arms_imports.csv', () => {
    const arms = datasetRows('data', 'armsImports');
    const share = (iso3: string, year: number) => {
      let total = 0, rival = 0;
      for (const r of arms) if (r.iso3 === iso3 && Number(r.year) >= year - 5 && Number(r.year) < year) { total += Number(r.tiv_total); rival += Number(r.tiv_rus) + Number(r.tiv_chn); }
      return total > 0 ? rival / total : 0;
    };
    const rows = alignmentPanel({ dataDir: 'data', from: 2010, to: 2016 });
    const tha = rows.find((r) => r.iso3 === 'THA' && r.year === 2014)!;
    expect(tha.onset).toBe(1);
    expect(tha.x.rivalArms).toBeGreaterThan(0);
    expect(tha.x.rivalArms).toBeCloseTo(share('THA', 2014), 12);
    for (const r of rows) {
      expect(r.x.rivalArms).toBeGreaterThanOrEqual(0);
      expect(r.x.rivalArms).toBeLessThanOrEqual(1);
    }
    const grc = rows.find((r) => r.iso3 === 'GRC' && r.year === 2010)!;
    expect(grc.x.rivalArms).toBeCloseTo(share('GRC', 2010), 12);
  });
});

describe('the alignment panel\'s rivalDca signal (DCAD, 1980-2010)', () => {
  const rows = alignmentPanel({ dataDir: defaultDataDir(), allAllies: true });
  const at = (iso3: string, year: number) => rows.find((r) => r.iso3 === iso3 && r.year === year)!;
  it('is an agreement with a rival in force in the year before, missing before 1981, carried after 2010 when DCAD has it in force', () => {
    // Turkey-Russia 1994 (to 2010) holds in 2002: Turkey's 2003 onset has one; the Philippines' 1991 onset has none.
    expect([at('TUR', 2003).x.rivalDca, at('TUR', 2003).x.dcaMissing]).toEqual([1, 0]);
    expect([at('PHL', 1991).x.rivalDca, at('PHL', 1991).x.dcaMissing]).toEqual([0, 0]);
    // No DCAD row before 1980: missing, not zero.
    expect([at('FRA', 1966).x.rivalDca, at('FRA', 1966).x.dcaMissing]).toEqual([0, 1]);
    expect(at('GRC', 1981).x.dcaMissing).toBe(0);
    // After 2010 an agreement DCAD codes as in force in 2010 is assumed to hold: Philippines-China 2004 (commission).
    expect(at('PHL', 2016).x.rivalDca).toBe(1);
    // Thailand has no DCA with a rival in DCAD.
    expect(at('THA', 2014).x.rivalDca).toBe(0);
    // Turkey-Russia 1993 ended in 1999 (DCAD's estimate) but the 1994 agreement still holds: Turkey 1996 has one.
    expect(at('TUR', 1996).x.rivalDca).toBe(1);
  });
});

describe('dcaRows (DCAD agreements of roster states with the rivals and the patron)', () => {
  it('keeps a roster party with RUS, CHN or USA once per roster party, and codes in_force_2010 from terminated = 0 and end 2010', () => {
    const roster = new Roster(loadFacts(defaultDataDir()).roster.states);
    const t = readTable('dcad.csv', 'DCAid,ccode1,ccode2,signYear,EIFYear,endYearEstimate,terminated,type,category1\nA,640,365,1994,1994,2010,0,general,DIC\nB,365,640,1993,,1999,-88,general,DIC\nC,2,365,1992,,2010,0,general,DCA\nD,640,350,2001,,2010,0,general,DCA\nE,255,2,2002,,2010,-99,sector,TREX\n');
    expect(dcaRows(t, roster)).toEqual([
      { dca_id: 'E', iso3: 'DEU', partner: 'USA', year: 2002, eif_year: null, end_year: 2010, in_force_2010: 0, type: 'sector', category: 'TREX' },
      { dca_id: 'B', iso3: 'TUR', partner: 'RUS', year: 1993, eif_year: null, end_year: 1999, in_force_2010: 0, type: 'general', category: 'DIC' },
      { dca_id: 'A', iso3: 'TUR', partner: 'RUS', year: 1994, eif_year: 1994, end_year: 2010, in_force_2010: 1, type: 'general', category: 'DIC' },
    ]);
  });
});
