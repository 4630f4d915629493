import { describe, expect, it } from 'vitest';
import { alliesOf, findState, loadWorld, readWorld, worldYears, TIE_BITS, indexOf } from '../../src/data/index.js';

const w2016 = loadWorld(2016);
const pct = (iso3: string, year = 2016) => findState(year === 2016 ? w2016 : loadWorld(year), iso3)!.defence.pctGdp;

describe('loadWorld(2016) against the sources', () => {
  it('gives NATO June-2019 shares of GDP for 2016 (PR/CP(2019)069, Table 3)', () => {
    expect(pct('USA')!.toFixed(2)).toBe('3.52');
    expect(pct('GRC')!.toFixed(2)).toBe('2.38');
    expect(pct('GBR')!.toFixed(2)).toBe('2.11');
    expect(pct('EST')!.toFixed(2)).toBe('2.07');
    expect(pct('POL')!.toFixed(2)).toBe('1.99');
    for (const c of ['USA', 'GRC', 'GBR', 'EST', 'POL']) {
      const s = findState(w2016, c)!;
      expect(s.defence.source).toBe('nato');
      expect(s.defence.vintage).toBe('NATO 2019-06');
    }
  });

  it('counts four NATO members at or above 2% by that vintage (Poland 1.99, below)', () => {
    const atTwo = w2016.states.filter((s) => s.roles.natoMember && (s.defence.pctGdp ?? 0) >= 2).map((s) => s.iso3).sort();
    expect(atTwo).toEqual(['EST', 'GBR', 'GRC', 'USA']);
  });

  it('falls back to SIPRI where NATO has no figure, and says so', () => {
    const jpn = findState(w2016, 'JPN')!;
    expect(jpn.defence.source).toBe('sipri');
    expect(jpn.defence.pctGdp).toBeCloseTo(0.9295, 4); // sipri_milex_pct_gdp: JPN 2016 0.92951673
    expect(jpn.defence.vintage).toMatch(/^SIPRI/);
    expect(jpn.defence.natoPctGdp).toBeNull();
  });

  it('counts NATO members: 16 in 1990, 19 in 1999, 28 in 2016', () => {
    const members = (y: number) => loadWorld(y).states.filter((s) => s.roles.natoMember).length;
    expect(members(1990)).toBe(16);
    expect(members(1999)).toBe(19);
    expect(members(2016)).toBe(28);
    expect(members(1998)).toBe(16); // ATOP's protocol dates would say 19: the formal accession dates are used
  });

  it('keeps Montenegro out of NATO in 2016 but shows ATOP\'s protocol date beside the formal one', () => {
    const mne = findState(w2016, 'MNE')!;
    expect(mne.roles.natoMember).toBe(false);
    expect(mne.roles.grayZone).toBe(true);
    expect(mne.alliances.natoAccession).toBeNull(); // 5 June 2017: after the facts' cut, a scenario event
    expect(mne.alliances.natoAtopEntry).toBe('2016-05-19');
  });

  it('equals troopdata for U.S. troops in Germany, Japan and South Korea in 2016', () => {
    // us_troops_country_year_1950_2016.csv lines 3878, 5390, 9355 (troops_ad).
    expect(findState(w2016, 'DEU')!.usTroops.activeDuty).toBe(37281);
    expect(findState(w2016, 'JPN')!.usTroops.activeDuty).toBe(47710);
    expect(findState(w2016, 'KOR')!.usTroops.activeDuty).toBe(25302);
  });

  it('takes UN agreement and ideal points from session 71 (Bailey, Strezhnev & Voeten)', () => {
    const pol = findState(w2016, 'POL')!;
    expect(pol.un.session).toBe(71);
    expect(pol.un.idealPoint).toBe(1.127846);
    expect(pol.un.agreeUsa).toBe(0.5324675);
    expect(findState(w2016, 'USA')!.un.agreeUsa).toBe(1);
  });

  it('codes the U.S.–Japan guarantee one-sided and the U.S.–Korea treaty mutual (ATOP)', () => {
    const jpn = findState(w2016, 'JPN')!, kor = findState(w2016, 'KOR')!;
    expect([jpn.alliances.usDefendsState, jpn.alliances.stateDefendsUs]).toEqual([true, false]);
    expect([kor.alliances.usDefendsState, kor.alliances.stateDefendsUs]).toEqual([true, true]);
    const n = w2016.states.length, us = indexOf(w2016, 'USA'), j = indexOf(w2016, 'JPN');
    expect(w2016.pairs.ties![us * n + j]! & TIE_BITS.defense).toBe(TIE_BITS.defense);
    expect(w2016.pairs.ties![j * n + us]! & TIE_BITS.defense).toBe(0);
  });

  it('gives nuclear status from the cited facts', () => {
    expect(findState(w2016, 'DEU')!.nuclear.usWeaponsHosted).toBe(true);
    expect(findState(w2016, 'GRC')!.nuclear.usWeaponsHosted).toBe(false); // withdrawn 2001
    expect(findState(loadWorld(1995), 'GRC')!.nuclear.usWeaponsHosted).toBe(true);
    expect(findState(w2016, 'PRK')!.nuclear.ownWeapons).toBe(true);
    expect(findState(w2016, 'PRK')!.nuclear.nptParty).toBe(false);
    expect(findState(loadWorld(2005), 'PRK')!.nuclear.ownWeapons).toBe(false);
    expect(findState(w2016, 'JPN')!.nuclear.latent).toBe(true);
    expect(findState(w2016, 'KOR')!.nuclear.history.map((h) => h.level)).toEqual(['pursue']);
  });

  it('codes France outside NATO\'s integrated command until 2009 and Spain until 1999', () => {
    expect(findState(loadWorld(2008), 'FRA')!.natoIntegratedCommand).toBe(false);
    expect(findState(loadWorld(2009), 'FRA')!.natoIntegratedCommand).toBe(true);
    expect(findState(loadWorld(1998), 'ESP')!.natoIntegratedCommand).toBe(false);
    expect(findState(loadWorld(1999), 'ESP')!.natoIntegratedCommand).toBe(true);
    expect(findState(w2016, 'SWE')!.natoIntegratedCommand).toBeNull();
  });

  it('has no EFP host before 2017', () => {
    expect(w2016.states.filter((s) => s.efpHost !== null)).toEqual([]);
  });

  it('gives EU membership by date (Croatia from July 2013)', () => {
    expect(findState(loadWorld(2012), 'HRV')!.euMember).toBe(false);
    expect(findState(loadWorld(2013), 'HRV')!.euMember).toBe(true);
    expect(findState(w2016, 'GBR')!.euMember).toBe(true);
  });
});

describe('World integrity, every year 1990-2016', () => {
  const years = Array.from({ length: 27 }, (_, i) => 1990 + i);

  it('covers 1990-2016 with the bundled data', () => {
    expect(worldYears()).toEqual([1990, 2016]);
  });

  it('gives every state an ISO3 and a COW code, and lists states only once they exist', () => {
    for (const y of years) {
      const w = loadWorld(y);
      for (const s of w.states) {
        expect(s.iso3).toMatch(/^[A-Z]{3}$/);
        expect(Number.isInteger(s.cow)).toBe(true);
      }
      expect(new Set(w.states.map((s) => s.iso3)).size).toBe(w.states.length);
      expect(findState(w, 'UKR') !== undefined).toBe(y >= 1991);
      expect(findState(w, 'XKX') !== undefined).toBe(y >= 2008);
    }
  });

  it('makes every ally of year Y a treaty member in Y', () => {
    for (const y of years) {
      for (const s of alliesOf(loadWorld(y))) {
        expect(s.roles.natoMember || s.alliances.usTreaties.length > 0, `${s.iso3} ${y}`).toBe(true);
        expect(s.alliances.usTreaties.length, `${s.iso3} ${y}`).toBeGreaterThan(0);
      }
    }
  });

  it('carries no value from another year: UN session, COW row and vintage all match the year', () => {
    for (const y of years) {
      for (const s of loadWorld(y).states) {
        if (s.un.session !== null) expect(s.un.session).toBe(y - 1945);
        if (s.capabilities.cowCode !== null) expect([s.cow, 260]).toContain(s.capabilities.cowCode);
        if (s.defence.source === 'nato') expect(y).toBeGreaterThanOrEqual(2012);
      }
    }
  });

  it('keeps shares in [0, 1], spending non-negative, distances symmetric with a zero diagonal', () => {
    const n = w2016.states.length;
    for (const s of w2016.states) {
      for (const v of [s.un.agreeUsa, s.un.agreeRus, s.un.agreeChn, s.capabilities.cinc]) if (v !== null) expect(v).toBeGreaterThanOrEqual(0);
      if (s.defence.pctGdp !== null) expect(s.defence.pctGdp).toBeGreaterThanOrEqual(0);
    }
    for (let a = 0; a < n; a++) {
      expect(w2016.pairs.distanceKm[a * n + a]).toBe(0);
      for (let b = 0; b < n; b++) expect(w2016.pairs.distanceKm[a * n + b]).toBe(w2016.pairs.distanceKm[b * n + a]);
    }
  });

  it('uses capdist distances (Gleditsch & Ward 2001): Washington-Moscow 7873 km, Tokyo-Beijing 2125 km', () => {
    const n = w2016.states.length;
    const d = (a: string, b: string) => w2016.pairs.distanceKm[indexOf(w2016, a) * n + indexOf(w2016, b)];
    expect(d('USA', 'RUS')).toBe(7873);
    expect(d('JPN', 'CHN')).toBe(2125);
    expect(Number.isNaN(d('XKX', 'SRB'))).toBe(false);
  });

  it('refuses a year outside the data with the covered range and the fix', () => {
    const r = readWorld(2017);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]!.code).toBe('year_out_of_coverage');
      expect(r.issues[0]!.message).toContain('1990-2016');
      expect(r.issues[0]!.fix).toContain('ballast data import');
    }
    expect(readWorld(1989).ok).toBe(false);
    expect(() => loadWorld(2030)).toThrow(/no world for 2030/);
  });
});

describe('findState', () => {
  it('finds a state by ISO3, COW number, ISO numeric and name', () => {
    for (const q of ['POL', 'pol', 290, '290', 'cow:290', 'iso:616', 'Poland']) expect(findState(w2016, q)?.iso3).toBe('POL');
    expect(findState(w2016, 840)?.iso3).toBe('PHL'); // bare numbers are COW codes
    expect(findState(w2016, 'iso:840')?.iso3).toBe('USA');
    expect(findState(w2016, 'XKX')?.name).toBe('Kosovo');
    expect(findState(w2016, 'ZZZ')).toBeUndefined();
  });
});
