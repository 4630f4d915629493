import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetRows, findState, indexOf, loadWorld, readTable } from '../../src/data/index.js';

const dataDir = resolve('data');
const rawDir = resolve('..', 'shared', 'data');
const haveRaw = existsSync(join(rawDir, 'SOURCES.md'));
const latency = datasetRows(dataDir, 'latency');
const lat = (iso3: string, year: number) => latency.find((r) => r.iso3 === iso3 && Number(r.year) === year)!;

describe('latency.csv (Fuhrmann & Tkach facility list)', () => {
  it('counts Japan\'s Rokkasho plants by their operating periods (facilities lines 232-233)', () => {
    // Rokkasho Reprocessing Plant I: operating from 2005. Rokkasho Uranium Enrichment Plant: 1992-2009, again from 2011.
    expect([lat('JPN', 2010).enrichment, lat('JPN', 2010).reprocessing]).toEqual(['0', '1']);
    expect([lat('JPN', 2012).enrichment, lat('JPN', 2012).reprocessing, lat('JPN', 2012).latent]).toEqual(['1', '1', '1']);
  });

  it('carries 2012 forward to 2016, flagged; states the dataset does not list have no facility', () => {
    for (const y of [2013, 2014, 2015, 2016]) {
      expect(lat('JPN', y).carried_from).toBe('2012');
      expect({ ...lat('JPN', y), year: null, carried_from: null }).toEqual({ ...lat('JPN', 2012), year: null, carried_from: null });
    }
    expect(lat('JPN', 2012).carried_from).toBeNull();
    for (const c of ['POL', 'TUR']) expect([lat(c, 2016).enrichment, lat(c, 2016).reprocessing, lat(c, 2016).latent]).toEqual(['0', '0', '0']);
    expect(lat('DEU', 2016)).toMatchObject({ enrichment: '2', reprocessing: '0', latent: '1' }); // Gronau and a laboratory, under COW 260
    expect(lat('KOR', 2016)).toMatchObject({ enrichment: '0', reprocessing: '1', pilot_commercial: '0' }); // KAERI pyroprocessing laboratory
    expect(Math.max(...latency.map((r) => Number(r.year)))).toBe(2016);
  });

  it.skipIf(!haveRaw)('agrees with the derived country-year file on reprocessing, latency and unknown ends (its enrichment column is all zeros)', () => {
    const cy = readTable(join(rawDir, 'nuclear_latency_country_year_1939_2012.csv'));
    let compared = 0, enrichmentInFile = 0;
    for (let r = 0; r < cy.length; r++) {
      const iso3 = cy.text(r, 'ccode') === '260' ? 'DEU' : cy.text(r, 'iso3');
      const year = cy.num(r, 'year')!;
      enrichmentInFile += cy.num(r, 'n_enrichment_operating') ?? 0;
      const mine = latency.find((x) => x.iso3 === iso3 && Number(x.year) === year);
      if (!mine) continue;
      expect(Number(mine.reprocessing), `${iso3} ${year}`).toBe(cy.num(r, 'n_reprocessing_operating'));
      expect(Number(mine.latent), `${iso3} ${year}`).toBe(cy.num(r, 'latent'));
      expect(Number(mine.end_unknown), `${iso3} ${year}`).toBe(cy.num(r, 'n_operating_end_unknown'));
      compared++;
    }
    expect(compared).toBeGreaterThan(400);
    expect(enrichmentInFile).toBe(0);
  });

  it('shows in the World\'s nuclear block with the data year', () => {
    const w = loadWorld(2016);
    expect(findState(w, 'JPN')!.nuclear).toMatchObject({ latencyEnrichment: 1, latencyReprocessing: 1, latencyFacilities: 2, latencyYear: 2012 });
    expect(findState(loadWorld(2005), 'JPN')!.nuclear.latencyYear).toBe(2005);
    expect(findState(w, 'POL')!.nuclear).toMatchObject({ latencyFacilities: 0, latencyYear: 2012 });
    expect(w.coverage.latency).toEqual([1990, 2016]);
  });
});

describe('mindist.csv and World.pairs.minDistanceKm (cshapes 2.0)', () => {
  const w = loadWorld(2016);
  const size = w.states.length;
  const d = (world: typeof w, a: string, b: string) => world.pairs.minDistanceKm[indexOf(world, a) * world.states.length + indexOf(world, b)]!;

  it('gives RUS-JPN 45.9 km and RUS-TUR 140.3 km in 2016 (SOURCES.md §32), 0 for a land border', () => {
    expect(d(w, 'RUS', 'JPN')).toBe(45.9);
    expect(d(w, 'JPN', 'RUS')).toBe(45.9);
    expect(d(w, 'RUS', 'TUR')).toBe(140.3);
    expect(d(w, 'RUS', 'POL')).toBe(0); // Kaliningrad
    expect(d(w, 'RUS', 'EST')).toBe(0);
    expect(d(w, 'CHN', 'JPN')).toBe(413.9);
  });

  it('reads the borders at the end of the year: 1 January of the next year (Montenegro in 2006, Kosovo in 2008)', () => {
    expect(Number.isNaN(d(loadWorld(2006), 'MNE', 'SRB'))).toBe(false);
    expect(Number.isNaN(d(loadWorld(2008), 'XKX', 'SRB'))).toBe(false);
    const rows = datasetRows(dataDir, 'mindist');
    expect(rows.find((r) => r.iso3_a === 'MNE' && r.iso3_b === 'SRB' && Number(r.year) === 2006)).toBeUndefined();
  });

  it('is symmetric with a zero diagonal, in matrix order of distanceKm', () => {
    for (let a = 0; a < size; a++) {
      expect(w.pairs.minDistanceKm[a * size + a]).toBe(0);
      for (let b = 0; b < size; b++) expect(w.pairs.minDistanceKm[a * size + b]).toBe(w.pairs.minDistanceKm[b * size + a]);
    }
    expect(w.pairs.minDistanceKm.length).toBe(w.pairs.distanceKm.length);
    expect(w.coverage.mindist).toEqual([1990, 2016]);
  });

  it('has one row per unordered pair and year, nothing after 2016', () => {
    const rows = datasetRows(dataDir, 'mindist');
    for (const r of rows) {
      expect(String(r.iso3_a) < String(r.iso3_b)).toBe(true);
      expect(Number(r.year)).toBeLessThanOrEqual(2016);
    }
  });
});

describe('no curated file describes a year after 2016', () => {
  it('has every year and date column of the new files at or before 2016', () => {
    const years: Record<string, readonly string[]> = {
      politics: ['year', 'public_rus_wave', 'public_chn_wave'], latency: ['year', 'carried_from'], mindist: ['year'],
    };
    for (const [id, cols] of Object.entries(years)) {
      for (const r of datasetRows(dataDir, id as 'politics')) for (const c of cols) if (r[c] !== null) expect(Number(r[c]), `${id} ${c}`).toBeLessThanOrEqual(2016);
    }
    for (const r of datasetRows(dataDir, 'politics')) {
      for (const c of ['gov_cabinet', 'vparty_election', 'gov_source']) {
        for (const m of String(r[c] ?? '').matchAll(/\b(\d{4})(?:-\d\d-\d\d)?\b/g)) expect(Number(m[1]), `${r.iso3} ${r.year} ${c}`).toBeLessThanOrEqual(2016);
      }
    }
  });
});
