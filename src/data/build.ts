/**
 * `ballast data build`: turns the raw public datasets (../shared/data, see docs/DATA.md)
 * into the curated files under data/. A maintainer's tool: the product and its tests read
 * only data/. Deterministic: the same raw files give the same bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS, type DatasetId, type DatasetProvenance, type Manifest } from './datasets.js';
import { loadFacts, type RosterState } from './facts.js';
import { renderDataset, renderManifest, sha256, writeAtomic, type Row } from './curated.js';
import { readDataText, readTable, throwIfIssues, type TableReader } from './table.js';
import { PROVENANCE } from './provenance.js';
import { sipriRowsFromLongCsv } from './import/sipri.js';
import { natoRowsFromLongCsv } from './import/nato.js';
import { troopRowsFromCsv } from './import/troops.js';
import { Roster } from './roster.js';
import { politicsRows } from './politics.js';
import { latencyRows, mindistRows } from './proliferation.js';
import { proliferationPanelRows } from './proliferation-panel.js';
import { armsImportRows } from './arms-imports.js';
import { dcaRows } from './dca.js';
import { growthRows, rivalForceRows, rivalryRows } from './effort-inputs.js';

export const RAW_FILES = {
  codes: 'country_codes.csv',
  capitals: 'capitals.csv',
  distances: 'capital_distances_km.csv',
  sipriPct: 'sipri_milex_pct_gdp_1949_2016.csv',
  sipriUsd: 'sipri_milex_usd_1949_2016.csv',
  nato: 'nato_defence_2012_2016.csv',
  nmc: 'cow_nmc_v7_1946_2016.csv',
  troops: 'us_troops_country_year_1950_2016.csv',
  bases: 'us_bases.csv',
  unga: 'un_ideal_points_1946_2016.csv',
  atopMembers: 'atop_member_level_v4.csv',
  atopDyads: 'atop_dyad_year_v5_1945_2016.csv',
  surveyDefend: 'surveys_us_defend_ally_2015.csv',
  surveyConfidence: 'surveys_confidence_us_president_2016.csv',
  pewUsImage: 'pew_538_us_image_2000_2016.csv',
  parlgovCabinets: 'parlgov_cabinets_1900_2016.csv',
  parlgovParties: 'parlgov_parties.csv',
  ches: 'ches_trend_1999_2014.csv',
  vparty: 'vparty_v2_1900_2016.csv',
  vdem: 'vdem_v15_democracy_1789_2016.csv',
  pew: 'pew_opinion_country_year_2002_2016.csv',
  latencyFacilities: 'nuclear_latency_facilities_1939_2012.csv',
  latencyCountryYear: 'nuclear_latency_country_year_1939_2012.csv',
  mindist: 'cshapes_mindist_1886_2016.csv',
  pwt: 'pwt1001_gdp_pop_1950_2016.csv',
  midDyads: 'cow_mid5_dyad_year_1816_2014.csv',
  icbActors: 'icb_v14_actors_1918_2016.csv',
  icbCrises: 'icb_v14_crises_1918_2016.csv',
  proliferationStatus: 'nuclear_proliferation_status_1938_2016.csv',
  tdRivalries: 'td_strategic_rivalries_1494_2010.csv',
  sipriTiv: 'sipri_tiv_dyad_year_1950_2016.csv',
  dcad: 'dcad_v1_main_1980_2010.csv',
} as const;
type RawId = keyof typeof RAW_FILES;

/** First year of Pew's U.S.-image trend kept (the 2000 column is believed to be State Department polling: SOURCES.md §29). */
const PEW_TREND_FIRST_YEAR = 2002;
/** Earliest year kept in the dyadic ATOP file (snapshots start in 1990). */
const FIRST_DYAD_YEAR = 1990;
const EARTH_RADIUS_KM = 6371.0088; // IUGG mean radius, for distances capdist lacks

export interface BuildResult {
  readonly files: Record<string, string>;
  readonly manifest: Manifest;
}

class RawSet {
  private readonly cache = new Map<RawId, TableReader>();
  readonly hashes = new Map<RawId, string>();
  constructor(readonly dir: string) {}
  get(id: RawId): TableReader {
    let t = this.cache.get(id);
    if (!t) {
      const file = join(this.dir, RAW_FILES[id]);
      const text = readDataText(file);
      this.hashes.set(id, sha256(text));
      t = readTable(file, text);
      this.cache.set(id, t);
    }
    return t;
  }
}


function statesRows(raw: RawSet, states: readonly RosterState[]): Row[] {
  const codes = raw.get('codes');
  const caps = raw.get('capitals');
  return states.map((s) => {
    let code = -1;
    for (let r = 0; r < codes.length; r++) {
      if (codes.text(r, 'iso3c') === s.iso3 || (codes.text(r, 'iso3c') === '' && codes.num(r, 'cown') === s.cow)) { code = r; break; }
    }
    let cap = -1;
    for (let r = 0; r < caps.length; r++) {
      if (caps.num(r, 'ccode') === s.cow && caps.text(r, 'end_year') === '') cap = r;
    }
    return {
      iso3: s.iso3,
      iso_numeric: code >= 0 ? codes.num(code, 'iso3n') : null,
      cow: s.cow,
      name: s.name ?? (code >= 0 ? codes.text(code, 'country_name_en') : s.iso3),
      region: code >= 0 ? codes.text(code, 'region') : null,
      theatre: s.theatre,
      groups: s.groups.join(';'),
      from: s.from ?? null,
      until: s.until ?? null,
      capital: cap >= 0 ? caps.text(cap, 'capital') : null,
      capital_lat: cap >= 0 ? caps.text(cap, 'lat') : null,
      capital_lng: cap >= 0 ? caps.text(cap, 'lng') : null,
      note: s.note ?? null,
    };
  });
}

/** Rows of a COW-coded panel for the roster: the main code, else an alias for that year. */
function cowPanel(t: TableReader, roster: Roster, yearCol: string, map: (r: number, iso3: string, cow: number) => Row): Row[] {
  const byKey = new Map<string, { row: number; cow: number }>();
  for (let r = 0; r < t.length; r++) {
    const cow = t.num(r, 'ccode');
    const year = t.num(r, yearCol);
    if (cow === null || year === null) continue;
    const state = roster.byCowWithAliases(cow);
    if (!state) continue;
    const key = `${state.iso3}:${year}`;
    const prev = byKey.get(key);
    if (!prev || (prev.cow !== state.cow && cow === state.cow)) byKey.set(key, { row: r, cow });
  }
  return [...byKey.entries()].map(([key, { row, cow }]) => map(row, key.slice(0, 3), cow));
}

function capabilitiesRows(raw: RawSet, roster: Roster): Row[] {
  const t = raw.get('nmc');
  return cowPanel(t, roster, 'year', (r, iso3, cow) => ({
    iso3, year: t.num(r, 'year'), cow,
    milex_k_usd: t.text(r, 'milex') || null, milper_k: t.text(r, 'milper') || null, irst_kt: t.text(r, 'irst') || null,
    pec_kt: t.text(r, 'pec') || null, tpop_k: t.text(r, 'tpop') || null, upop_k: t.text(r, 'upop') || null, cinc: t.text(r, 'cinc') || null,
  }));
}

function ungaRows(raw: RawSet, roster: Roster): Row[] {
  const t = raw.get('unga');
  return cowPanel(t, roster, 'year', (r, iso3, cow) => ({
    iso3, year: t.num(r, 'year'), session: t.num(r, 'session'), cow,
    ideal_point: t.text(r, 'ideal_point') || null, n_votes: t.text(r, 'n_votes') || null,
    agree_usa: t.text(r, 'us_agree') || null, agree_rus: t.text(r, 'russia_agree') || null, agree_chn: t.text(r, 'china_agree') || null,
  }));
}

function atopMemberRows(raw: RawSet, roster: Roster): Row[] {
  const t = raw.get('atopMembers');
  const codes = raw.get('codes');
  const isoOfCow = new Map<number, string>();
  for (let r = 0; r < codes.length; r++) {
    const c = codes.num(r, 'cown');
    if (c !== null && codes.text(r, 'iso3c')) isoOfCow.set(c, codes.text(r, 'iso3c'));
  }
  const date = (r: number, y: string, m: string, d: string): string | null => {
    const yy = t.num(r, y) ?? 0;
    if (yy === 0) return null;
    const mm = Math.max(1, t.num(r, m) ?? 1), dd = Math.max(1, t.num(r, d) ?? 1);
    return `${yy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
  };
  const live = (r: number) => { const y = t.num(r, 'yrexit') ?? 0; return y === 0 || y >= FIRST_DYAD_YEAR; };
  const relevant = new Set<number>();
  for (let r = 0; r < t.length; r++) {
    if (live(r) && roster.byCowWithAliases(t.num(r, 'member') ?? -1)) relevant.add(t.num(r, 'atopid')!);
  }
  const rows: Row[] = [];
  for (let r = 0; r < t.length; r++) {
    const id = t.num(r, 'atopid')!;
    if (!relevant.has(id) || !live(r)) continue;
    const cow = t.num(r, 'member')!;
    rows.push({
      atopid: id, phase: t.num(r, 'phase'), cow, iso3: roster.byCowWithAliases(cow)?.iso3 ?? isoOfCow.get(cow) ?? null,
      entry: date(r, 'yrent', 'moent', 'dayent'), exit: date(r, 'yrexit', 'moexit', 'dayexit'),
      defense: t.num(r, 'defense'), offense: t.num(r, 'offense'), neutral: t.num(r, 'neutral'),
      nonagg: t.num(r, 'nonagg'), consul: t.num(r, 'consul'), bilat: t.num(r, 'bilat'),
    });
  }
  return rows;
}

function atopDyadRows(raw: RawSet, roster: Roster): Row[] {
  const t = raw.get('atopDyads');
  const byKey = new Map<string, { row: Row; main: boolean }>();
  for (let r = 0; r < t.length; r++) {
    const year = t.num(r, 'year')!;
    if (year < FIRST_DYAD_YEAR) continue;
    const c1 = t.num(r, 'ccode1')!, c2 = t.num(r, 'ccode2')!;
    const a = roster.byCowWithAliases(c1), b = roster.byCowWithAliases(c2);
    if (!a || !b) continue;
    // Germany 1990 appears as 260 and 255: the unified state's (main code) row wins.
    const main = a.cow === c1 && b.cow === c2;
    const key = `${a.iso3}:${b.iso3}:${year}`;
    if (byKey.get(key)?.main && !main) continue;
    byKey.set(key, {
      main,
      row: {
        iso3_a: a.iso3, iso3_b: b.iso3, year,
        defense: t.num(r, 'atop_defense'), offense: t.num(r, 'atop_offense'), neutral: t.num(r, 'atop_neutral'),
        nonagg: t.num(r, 'atop_nonagg'), consul: t.num(r, 'atop_consul'),
      },
    });
  }
  return [...byKey.values()].map((e) => e.row);
}

/** Great-circle distance by the haversine formula (used only where capdist has no pair). */
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad, dLng = (lng2 - lng1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function distanceRows(raw: RawSet, roster: Roster, states: readonly Row[]): Row[] {
  const t = raw.get('distances');
  const km = new Map<string, number>();
  for (let r = 0; r < t.length; r++) {
    const a = roster.byCowWithAliases(t.num(r, 'cown_a') ?? -1), b = roster.byCowWithAliases(t.num(r, 'cown_b') ?? -1);
    // capdist lists Germany twice (255 Berlin, 260 Bonn): keep the main code's capital.
    if (a && b && a.cow === t.num(r, 'cown_a') && b.cow === t.num(r, 'cown_b')) km.set(`${a.iso3}:${b.iso3}`, t.num(r, 'km')!);
  }
  const rows: Row[] = [];
  for (const a of states) {
    for (const b of states) {
      if (a.iso3 === b.iso3 || String(a.iso3) > String(b.iso3)) continue;
      const d = km.get(`${a.iso3}:${b.iso3}`) ?? km.get(`${b.iso3}:${a.iso3}`);
      if (d !== undefined) rows.push({ iso3_a: a.iso3, iso3_b: b.iso3, km: d, method: 'capdist' });
      else if (a.capital_lat !== null && b.capital_lat !== null) {
        const g = haversineKm(Number(a.capital_lat), Number(a.capital_lng), Number(b.capital_lat), Number(b.capital_lng));
        rows.push({ iso3_a: a.iso3, iso3_b: b.iso3, km: Math.round(g), method: 'haversine' });
      }
    }
  }
  return rows;
}

function baseRows(raw: RawSet, roster: Roster): Row[] {
  const t = raw.get('bases');
  const counts = new Map<string, { bases: number; lilypads: number; funded: number }>();
  for (let r = 0; r < t.length; r++) {
    const s = roster.byCowWithAliases(t.num(r, 'ccode') ?? -1);
    if (!s) continue;
    const c = counts.get(s.iso3) ?? { bases: 0, lilypads: 0, funded: 0 };
    c.bases += t.num(r, 'base') ?? 0;
    c.lilypads += t.num(r, 'lilypad') ?? 0;
    c.funded += t.num(r, 'fundedsite') ?? 0;
    counts.set(s.iso3, c);
  }
  return [...counts].map(([iso3, c]) => ({ iso3, bases: c.bases, lilypads: c.lilypads, funded_sites: c.funded }));
}

function surveyRows(raw: RawSet, roster: Roster): Row[] {
  const rows: Row[] = [];
  const d = raw.get('surveyDefend');
  for (let r = 0; r < d.length; r++) {
    if (!roster.byIso3(d.text(r, 'iso3'))) continue;
    rows.push({ measure: 'us_would_defend', iso3: d.text(r, 'iso3'), year: d.num(r, 'year'), pct: d.text(r, 'would_pct') || null, against_pct: d.text(r, 'would_not_pct') || null, survey: d.text(r, 'survey'), source_url: d.text(r, 'source_url'), note: d.text(r, 'note') || null });
  }
  const c = raw.get('surveyConfidence');
  for (let r = 0; r < c.length; r++) {
    if (!roster.byIso3(c.text(r, 'iso3'))) continue;
    rows.push({ measure: 'confidence_us_president', iso3: c.text(r, 'iso3'), year: c.num(r, 'year'), pct: c.text(r, 'confidence_pct') || null, against_pct: null, survey: c.text(r, 'survey'), source_url: c.text(r, 'source_url'), note: c.text(r, 'note') || null });
  }
  // Pew's trend series as FiveThirtyEight compiled them (SOURCES.md §29): favourable views of the
  // U.S. every year, and confidence in the president where the file above has no row. The 2000
  // values are left out: SOURCES.md says they are believed to be State Department surveys.
  const have = new Set(rows.map((x) => `${x.measure}:${x.iso3}:${x.year}`));
  const t = raw.get('pewUsImage');
  for (let r = 0; r < t.length; r++) {
    const iso3 = t.text(r, 'iso3'), year = t.num(r, 'year');
    if (!roster.byIso3(iso3) || year === null || year < PEW_TREND_FIRST_YEAR) continue;
    for (const [measure, col] of [['us_favourable', 'us_favourable_pct'], ['confidence_us_president', 'us_president_confidence_pct']] as const) {
      const pct = t.text(r, col);
      if (pct === '' || have.has(`${measure}:${iso3}:${year}`)) continue;
      rows.push({ measure, iso3, year, pct, against_pct: null, survey: `Pew Global Attitudes ${year}: ${measure === 'us_favourable' ? 'favourable view of the U.S.' : 'confidence in the U.S. president'}`, source_url: 'https://github.com/fivethirtyeight/data/tree/master/trump-world-trust', note: 'Pew trend table as compiled by FiveThirtyEight (2017)' });
    }
  }
  return rows;
}

/** Every country the code list knows, so importers can tell an unknown code from one outside the roster. */
function codeRows(raw: RawSet, states: readonly Row[]): Row[] {
  const t = raw.get('codes');
  const rows: Row[] = [];
  const names = new Set<string>();
  for (let r = 0; r < t.length; r++) {
    const name = t.text(r, 'country_name_en');
    if (!name || names.has(name)) continue;
    names.add(name);
    rows.push({ name, iso3: t.text(r, 'iso3c') || null, iso_numeric: t.num(r, 'iso3n'), cow: t.num(r, 'cown') });
  }
  // The roster's own codes win: Kosovo gets XKX, Serbia its COW 345.
  for (const s of states) {
    const row = rows.find((r) => r.iso3 === s.iso3 || r.name === s.name);
    if (row) Object.assign(row, { iso3: s.iso3, cow: s.cow });
    else rows.push({ name: s.name, iso3: s.iso3, iso_numeric: s.iso_numeric, cow: s.cow });
  }
  return rows;
}

function yearsOf(rows: readonly Row[]): [number, number] | null {
  const ys = rows.map((r) => Number(r.year)).filter((y) => Number.isFinite(y));
  if (ys.length === 0) return null;
  return [Math.min(...ys), Math.max(...ys)];
}

/** Builds every curated file in memory from the raw folder; nothing is written. */
export function buildCurated(rawDir: string, dataDir: string): BuildResult {
  const facts = loadFacts(dataDir);
  const raw = new RawSet(rawDir);
  const codes = raw.get('codes');
  const names = new Map<string, string>();
  for (let r = 0; r < codes.length; r++) if (codes.text(r, 'iso3c')) names.set(codes.text(r, 'country_name_en'), codes.text(r, 'iso3c'));
  const roster = new Roster(facts.roster.states, names);
  const states = statesRows(raw, facts.roster.states);
  const sipri = sipriRowsFromLongCsv(raw.get('sipriPct'), raw.get('sipriUsd'), roster, '2025 share / 2024 US$');
  const nato = natoRowsFromLongCsv(raw.get('nato'), roster, '2019-06');
  const troops = troopRowsFromCsv(raw.get('troops'), roster, '1.0.4.9000');
  const rowsById: Record<DatasetId, Row[]> = {
    states, sipri, nato, troops,
    codes: codeRows(raw, states),
    capabilities: capabilitiesRows(raw, roster),
    unga: ungaRows(raw, roster),
    atopMembers: atopMemberRows(raw, roster),
    atopDyads: atopDyadRows(raw, roster),
    distances: distanceRows(raw, roster, states),
    bases: baseRows(raw, roster),
    surveys: surveyRows(raw, roster),
    politics: politicsRows({
      cabinets: raw.get('parlgovCabinets'), parties: raw.get('parlgovParties'), ches: raw.get('ches'),
      vparty: raw.get('vparty'), vdem: raw.get('vdem'), pew: raw.get('pew'),
    }, facts.roster.states, facts.orientation),
    latency: latencyRows(raw.get('latencyFacilities'), facts.roster.states, roster),
    mindist: mindistRows(raw.get('mindist'), roster),
    growth: growthRows(raw.get('pwt'), roster),
    rivalry: rivalryRows(raw.get('midDyads'), raw.get('icbActors'), roster),
    rivalForce: rivalForceRows(raw.get('icbCrises'), raw.get('icbActors'), raw.get('capitals'), roster),
    armsImports: armsImportRows(raw.get('sipriTiv'), roster),
    dca: dcaRows(raw.get('dcad'), roster),
    proliferationPanel: proliferationPanelRows({ status: raw.get('proliferationStatus'), latency: raw.get('latencyCountryYear'), rivalries: raw.get('tdRivalries'), nmc: raw.get('nmc'), atopDyads: raw.get('atopDyads'), vdem: raw.get('vdem') }),
  };
  for (const id of Object.keys(RAW_FILES) as RawId[]) throwIfIssues(raw.get(id));
  const files: Record<string, string> = {};
  const datasets = {} as Record<DatasetId, DatasetProvenance>;
  for (const id of Object.keys(DATASETS) as DatasetId[]) {
    const rows = rowsById[id];
    files[DATASETS[id].file] = renderDataset(id, rows);
    const p = PROVENANCE[id];
    datasets[id] = {
      id, file: DATASETS[id].file, title: p.title, citation: p.citation, vintage: p.vintage, licence: p.licence,
      raw: p.raw.map((r) => ({ file: RAW_FILES[r], sha256: raw.hashes.get(r) ?? sha256(readFileSync(join(rawDir, RAW_FILES[r]))) })),
      years: yearsOf(rows), rows: rows.length,
    };
  }
  const manifest: Manifest = { generator: 'ballast data build (src/data/build.ts); do not edit by hand', datasets };
  files['manifest.json'] = renderManifest(manifest);
  return { files, manifest };
}

/** Builds and writes data/; returns the names of the files whose bytes changed. */
export function writeCurated(rawDir: string, dataDir: string): { written: string[]; unchanged: string[] } {
  const { files } = buildCurated(rawDir, dataDir);
  const written: string[] = [], unchanged: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const path = join(dataDir, name);
    let old: string | null = null;
    try { old = readFileSync(path, 'utf8'); } catch { old = null; }
    if (old === content) { unchanged.push(name); continue; }
    writeAtomic(path, content);
    written.push(name);
  }
  return { written, unchanged };
}

