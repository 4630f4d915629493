import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetRows, findState, loadWorld } from '../../src/data/index.js';
import { chesAntiWest, PEW_EXCLUDED } from '../../src/data/politics.js';

const dataDir = resolve('data');
const rows = datasetRows(dataDir, 'politics');
const row = (iso3: string, year: number) => rows.find((r) => r.iso3 === iso3 && Number(r.year) === year)!;
const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const round = (x: number, d: number) => Number(x.toFixed(d));

describe('politics.csv against the raw rows, by hand', () => {
  it('Hungary 2016: Orbán III (ParlGov lines 5778-5779), Fidesz CHES 2014 and KDNP CHES 2010 (no KDNP row in 2014)', () => {
    // ches_trend_1999_2014.csv line 511: Fidesz 2014 eu_position 2.7143, eu_foreign 3.0
    // line 507: KDNP 2010 eu_position 4.8824, eu_foreign 4.6429. Seats: Fi-MPSz 117, KDNP 16.
    const fidesz = ((7 - 2.7143) / 6 + (7 - 3.0) / 6) / 2;
    const kdnp = ((7 - 4.8824) / 6 + (7 - 4.6429) / 6) / 2;
    expect(chesAntiWest(2.7143, 3.0)).toBeCloseTo(fidesz, 12);
    const hun = row('HUN', 2016);
    expect(n(hun.gov_anti_west)).toBe(round((117 * fidesz + 16 * kdnp) / 133, 4)); // 0.6523
    expect(n(hun.gov_seat_coverage)).toBe(1);
    expect(hun.gov_cabinet).toBe('Orban III (2014-05-10)');
    expect(hun.gov_source).toBe('CHES 2010, 2014');
  });

  it('Poland 2016: Szydło (PiS alone, 235 seats), PiS CHES 2014 (line 777: 3.8235, 4.1176)', () => {
    const pis = ((7 - 3.8235) / 6 + (7 - 4.1176) / 6) / 2;
    expect(n(row('POL', 2016).gov_anti_west)).toBe(round(pis, 4)); // 0.5049
  });

  it('Greece 2015-2016: SYRIZA and ANEL, which ParlGov does not link to CHES, are linked by name', () => {
    const grc = row('GRC', 2016);
    expect(grc.gov_parties).toContain('SYRIZA: 145 seats, CHES 403 (2014, linked by name)');
    expect(grc.gov_parties).toContain('ANEL: 10 seats, CHES 412 (2014, linked by name)');
    expect(n(grc.gov_anti_west)).toBeGreaterThan(0.5);
  });

  it('never links Solidarność to CHES "S" (Samoobrona): Poland 1990 has too few scored seats', () => {
    const pol = row('POL', 1990);
    expect(pol.gov_parties).toContain('S: 161 seats, no CHES');
    expect(pol.gov_anti_west).toBeNull();
  });

  it('leaves gov_anti_west empty where no cabinet party is in CHES (Japan, Turkey) and for a nonpartisan cabinet (Romania 2016)', () => {
    for (const c of ['JPN', 'TUR']) {
      expect(row(c, 2016).gov_anti_west).toBeNull();
      expect(n(row(c, 2016).gov_seat_coverage)).toBe(0);
    }
    expect(row('ROU', 2016).gov_source).toMatch(/nonpartisan/);
    expect(row('ROU', 2016).gov_populism).toBeNull();
  });

  it('Japan 2016 gov_populism: seat-weighted V-Party over LDP and Komeito, election 2014-12-14 (vparty lines 5902-5903)', () => {
    const jpn = row('JPN', 2016);
    expect(jpn.vparty_election).toBe('2014-12-14');
    expect(n(jpn.gov_populism)).toBe(round((61.1 * 0.134 + 7.4 * 0.453) / 68.5, 4)); // 0.1685
    expect(n(jpn.gov_antiplural)).toBe(round((61.1 * 0.39 + 7.4 * 0.063) / 68.5, 4));
  });

  it('leaves the V-Party measures empty under Thailand\'s junta (orientation.json no_party_government)', () => {
    expect(n(row('THA', 2013).gov_populism)).toBeGreaterThan(0);
    expect(row('THA', 2014).gov_populism).toBeNull();
    expect(row('THA', 2016).vparty_parties).toMatch(/no party in government/);
  });

  it('V-Dem: Hungary 2016 libdem 0.471, ten-year change 0.471 - 0.744', () => {
    expect(n(row('HUN', 2016).libdem)).toBe(0.471);
    expect(n(row('HUN', 2016).libdem_change_10y)).toBe(-0.273);
  });

  it('Pew: Poland 2015 (line 315: U.S. 74.15, China 40.67, Russia 14.41), and 2016 reads Russia from 2015 (not asked in 2016)', () => {
    const p15 = row('POL', 2015);
    expect(n(p15.public_rus_share)).toBe(round(14.41 / (14.41 + 74.15), 4));
    expect(n(p15.public_chn_share)).toBe(round(40.67 / (40.67 + 74.15), 4));
    expect(n(p15.public_rus_wave)).toBe(2015);
    expect(n(row('POL', 2016).public_rus_wave)).toBe(2015);
    expect(n(row('POL', 2016).public_chn_wave)).toBe(2016);
  });

  it('drops the broken 2013 China wave (Japan 73.5 % favourable where Pew published about 5 %)', () => {
    expect(PEW_EXCLUDED).toEqual([expect.objectContaining({ item: 'china', year: 2013 })]);
    expect(n(row('JPN', 2013).public_chn_wave)).toBe(2012);
    expect(n(row('JPN', 2014).public_chn_wave)).toBe(2014);
    expect(rows.filter((r) => n(r.public_chn_wave) === 2013)).toEqual([]);
  });

  it('uses a wave for at most six years and never a rival\'s own public about itself', () => {
    for (const r of rows) {
      for (const w of ['public_rus_wave', 'public_chn_wave']) if (r[w] !== null) expect(Number(r.year) - Number(r[w])).toBeLessThanOrEqual(6);
    }
    expect(rows.filter((r) => r.iso3 === 'RUS' && r.public_rus_share !== null)).toEqual([]);
    expect(rows.filter((r) => r.iso3 === 'CHN' && r.public_chn_share !== null)).toEqual([]);
  });

  it('keeps every share in [0, 1] and has nothing after 2016', () => {
    for (const r of rows) {
      expect(Number(r.year)).toBeLessThanOrEqual(2016);
      for (const c of ['gov_anti_west', 'gov_seat_coverage', 'gov_populism', 'gov_antiplural', 'libdem', 'public_rus_share', 'public_chn_share']) {
        if (r[c] !== null) { expect(Number(r[c])).toBeGreaterThanOrEqual(0); expect(Number(r[c])).toBeLessThanOrEqual(1); }
      }
      if (r.vparty_election !== null) expect(String(r.vparty_election) <= '2016-12-31').toBe(true);
    }
  });
});

describe('the politics block of the World', () => {
  const w16 = loadWorld(2016), w15 = loadWorld(2015);
  it('carries politics.csv into StateRecord.politics', () => {
    const hun = findState(w16, 'HUN')!.politics;
    expect(hun.govAntiWest).toBe(0.6523);
    expect(hun.libdemChange10y).toBe(-0.273);
    expect(hun.source).toMatch(/ParlGov/);
    expect(w16.coverage.politics).toEqual([1990, 2016]);
  });

  it('keeps the coded orientation apart from the data: the Philippines 2015 (Aquino) and 2016 (Duterte)', () => {
    const phl15 = findState(w15, 'PHL')!.politics, phl16 = findState(w16, 'PHL')!.politics;
    expect(phl15.codedOrientation.CHN).toBe(0.2);
    expect(phl16.codedOrientation.CHN).toBe(0.8);
    expect(phl16.codedOrientation.RUS).toBeNull();
    expect(phl16.codedOrientation.source).toMatch(/Duterte/);
    expect(phl16.govPopulism).toBe(0.227); // V-Party, untouched by the coding
  });

  it('codes Turkey toward Russia by the date in force on 31 December, Korea after THAAD, Thailand from the coup', () => {
    const rus = (y: number) => findState(loadWorld(y), 'TUR')!.politics.codedOrientation.RUS;
    expect([rus(2013), rus(2014), rus(2015), rus(2016)]).toEqual([null, 0.5, 0.2, 0.8]);
    expect(findState(w15, 'KOR')!.politics.codedOrientation.CHN).toBe(0.5);
    expect(findState(w16, 'KOR')!.politics.codedOrientation.CHN).toBe(0.2);
    expect(findState(loadWorld(2013), 'THA')!.politics.codedOrientation.CHN).toBeNull();
    expect(findState(loadWorld(2014), 'THA')!.politics.codedOrientation.CHN).toBe(0.8);
    expect(findState(w16, 'DEU')!.politics.codedOrientation).toEqual({ RUS: null, CHN: null, source: null });
  });
});
