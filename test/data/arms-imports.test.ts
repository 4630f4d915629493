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
