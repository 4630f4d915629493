/**
 * The curated datasets of a data folder, read once and indexed by state and year.
 * Every cell is checked on the way in (numbers are numbers, years are years), so a
 * damaged file is reported with its line and column rather than read as zeros.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataset, readManifest } from './curated.js';
import type { Manifest } from './datasets.js';
import { DataError, type DataIssue } from './errors.js';
import { loadFacts, type Facts } from './facts.js';
import { FACTS_FILES, sourcesKey, type PanelDatasetId } from './panel-sources.js';
import type { TableReader } from './table.js';
import { TIE_BITS } from './tie-bits.js';

/** One dataset's rows, each a record of checked numbers and text, indexed by "ISO3:year". */
export interface IndexedTable<R> {
  readonly byKey: ReadonlyMap<string, R>;
  readonly years: readonly [number, number] | null;
}

export interface Panel {
  readonly dataDir: string;
  readonly manifest: Manifest;
  readonly facts: Facts;
  /** A short hash of manifest and facts: changes whenever the data do. */
  readonly dataVersion: string;
  /** SHA-256 of the text of every file this panel parsed (panel-sources.ts): the World cache's key; null if the panel read a file outside PANEL_FILES. */
  readonly sourcesKey: string | null;
  readonly states: readonly StateRow[];
  readonly codes: readonly CodeRow[];
  readonly sipri: IndexedTable<SipriRow>;
  readonly nato: IndexedTable<NatoRow>;
  readonly capabilities: IndexedTable<CapabilityRow>;
  readonly troops: IndexedTable<TroopRow>;
  readonly unga: IndexedTable<UngaRow>;
  readonly atopMembers: readonly AtopMemberRow[];
  /** Directed ATOP flags keyed "A:B:year" (A obliged toward B), bit-packed as TIE_BITS. */
  readonly atopDyads: IndexedTable<number>;
  readonly distances: ReadonlyMap<string, { km: number; method: string }>;
  readonly bases: ReadonlyMap<string, BaseRow>;
  readonly surveys: readonly SurveyRow[];
  readonly politics: IndexedTable<PoliticsRow>;
  readonly latency: IndexedTable<LatencyRow>;
  /** cshapes minimum distance keyed "A:B:year" in both orders (km on 1 January of the year). */
  readonly mindist: IndexedTable<number>;
}

export { TIE_BITS, type TieType } from './tie-bits.js';

export interface StateRow { iso3: string; isoNumeric: number | null; cow: number; name: string; region: string | null; theatre: string; groups: string[]; from: number | null; until: number | null; capital: string | null; lat: number | null; lng: number | null; note: string | null }
export interface CodeRow { name: string; iso3: string | null; isoNumeric: number | null; cow: number | null }
export interface SipriRow { usdCurrentM: number | null; pctGdp: number | null; flag: string | null; vintage: string }
export interface NatoRow { usdCurrentM: number | null; pctGdp: number | null; usdConstM: number | null; gdpConstBn: number | null; personnel: number | null; equipmentPct: number | null; estimate: boolean; vintage: string }
export interface CapabilityRow { cow: number; milexKUsd: number | null; milperK: number | null; irstKt: number | null; pecKt: number | null; tpopK: number | null; upopK: number | null; cinc: number | null }
export interface TroopRow { activeDuty: number | null; army: number | null; navy: number | null; airForce: number | null; marines: number | null; vintage: string }
export interface UngaRow { session: number; cow: number; idealPoint: number | null; votes: number | null; agreeUsa: number | null; agreeRus: number | null; agreeChn: number | null }
export interface AtopMemberRow { atopid: number; phase: number; cow: number; iso3: string | null; entry: string | null; exit: string | null; flags: number; bilateral: boolean }
export interface BaseRow { bases: number; lilypads: number; fundedSites: number }
export interface PoliticsRow {
  govAntiWest: number | null; govSeatCoverage: number | null; govCabinet: string | null; govSource: string | null;
  govPopulism: number | null; govAntiPlural: number | null; vpartyElection: string | null;
  libdem: number | null; libdemChange10y: number | null;
  publicRusShare: number | null; publicRusWave: number | null; publicChnShare: number | null; publicChnWave: number | null;
}
export interface LatencyRow { enrichment: number | null; reprocessing: number | null; pilotCommercial: number | null; endUnknown: number | null; latent: boolean; carriedFrom: number | null }
export interface SurveyRow { measure: string; iso3: string; year: number; pct: number | null; againstPct: number | null; survey: string; sourceUrl: string; note: string | null }

/** Reads a dataset into rows via `map`, indexing by ISO3 and year; all issues are gathered. */
function indexed<R>(t: TableReader, map: (r: number) => R, issues: DataIssue[]): IndexedTable<R> {
  const byKey = new Map<string, R>();
  let lo = Infinity, hi = -Infinity;
  for (let r = 0; r < t.length; r++) {
    const year = t.year(r, 'year');
    if (year === null) continue;
    const key = `${t.text(r, 'iso3')}:${year}`;
    if (byKey.has(key)) {
      t.push({ code: 'duplicate_row', row: r, column: 1, message: `${key} appears twice`, fix: 'rebuild data/ with `ballast data build` or restore the file from git' });
      continue;
    }
    byKey.set(key, map(r));
    lo = Math.min(lo, year); hi = Math.max(hi, year);
  }
  issues.push(...t.issues);
  return { byKey, years: lo <= hi ? [lo, hi] : null };
}

function loadPanel(dataDir: string): Panel {
  const issues: DataIssue[] = [];
  const texts = new Map<string, string>();
  const onText = (file: string, text: string) => { texts.set(file, text); };
  const read = (id: PanelDatasetId) => readDataset(dataDir, id, onText);
  const manifest = readManifest(dataDir, onText);
  const facts = loadFacts(dataDir, onText);
  const hash = createHash('sha256').update(readFileSync(join(dataDir, 'manifest.json')));
  for (const f of FACTS_FILES) hash.update(readFileSync(join(dataDir, 'facts', f)));

  const st = read('states');
  const states: StateRow[] = [];
  for (let r = 0; r < st.length; r++) {
    states.push({
      iso3: st.text(r, 'iso3'), isoNumeric: st.num(r, 'iso_numeric'), cow: st.num(r, 'cow') ?? -1,
      name: st.text(r, 'name'), region: st.text(r, 'region') || null, theatre: st.text(r, 'theatre'),
      groups: st.text(r, 'groups').split(';'), from: st.num(r, 'from'), until: st.num(r, 'until'),
      capital: st.text(r, 'capital') || null, lat: st.num(r, 'capital_lat'), lng: st.num(r, 'capital_lng'), note: st.text(r, 'note') || null,
    });
  }
  issues.push(...st.issues);

  const cd = read('codes');
  const codes: CodeRow[] = [];
  for (let r = 0; r < cd.length; r++) codes.push({ name: cd.text(r, 'name'), iso3: cd.text(r, 'iso3') || null, isoNumeric: cd.num(r, 'iso_numeric'), cow: cd.num(r, 'cow') });
  issues.push(...cd.issues);

  const s = read('sipri');
  const sipri = indexed(s, (r) => ({ usdCurrentM: s.num(r, 'milex_usd_current_m'), pctGdp: s.num(r, 'milex_pct_gdp'), flag: s.text(r, 'flag') || null, vintage: s.text(r, 'vintage') }), issues);
  const n = read('nato');
  const nato = indexed(n, (r) => ({
    usdCurrentM: n.num(r, 'milex_usd_current_m'), pctGdp: n.num(r, 'milex_pct_gdp'), usdConstM: n.num(r, 'milex_usd_const_m'),
    gdpConstBn: n.num(r, 'gdp_usd_const_bn'), personnel: n.num(r, 'personnel'), equipmentPct: n.num(r, 'equipment_pct'),
    estimate: n.text(r, 'estimate') === '1', vintage: n.text(r, 'vintage'),
  }), issues);
  const c = read('capabilities');
  const capabilities = indexed(c, (r) => ({
    cow: c.num(r, 'cow') ?? -1, milexKUsd: c.num(r, 'milex_k_usd'), milperK: c.num(r, 'milper_k'), irstKt: c.num(r, 'irst_kt'),
    pecKt: c.num(r, 'pec_kt'), tpopK: c.num(r, 'tpop_k'), upopK: c.num(r, 'upop_k'), cinc: c.num(r, 'cinc'),
  }), issues);
  const t = read('troops');
  const troops = indexed(t, (r) => ({
    activeDuty: t.num(r, 'troops_ad'), army: t.num(r, 'army_ad'), navy: t.num(r, 'navy_ad'), airForce: t.num(r, 'air_force_ad'),
    marines: t.num(r, 'marine_corps_ad'), vintage: t.text(r, 'vintage'),
  }), issues);
  const u = read('unga');
  const unga = indexed(u, (r) => ({
    session: u.num(r, 'session') ?? -1, cow: u.num(r, 'cow') ?? -1, idealPoint: u.num(r, 'ideal_point'), votes: u.num(r, 'n_votes'),
    agreeUsa: u.num(r, 'agree_usa'), agreeRus: u.num(r, 'agree_rus'), agreeChn: u.num(r, 'agree_chn'),
  }), issues);

  const am = read('atopMembers');
  const atopMembers: AtopMemberRow[] = [];
  for (let r = 0; r < am.length; r++) {
    let flags = 0;
    for (const [k, bit] of Object.entries(TIE_BITS)) if (am.num(r, k) === 1) flags |= bit;
    atopMembers.push({ atopid: am.num(r, 'atopid') ?? -1, phase: am.num(r, 'phase') ?? 0, cow: am.num(r, 'cow') ?? -1, iso3: am.text(r, 'iso3') || null, entry: am.text(r, 'entry') || null, exit: am.text(r, 'exit') || null, flags, bilateral: am.num(r, 'bilat') === 1 });
  }
  issues.push(...am.issues);

  const ad = read('atopDyads');
  const dyads = new Map<string, number>();
  let dlo = Infinity, dhi = -Infinity;
  for (let r = 0; r < ad.length; r++) {
    const year = ad.year(r, 'year');
    if (year === null) continue;
    let flags = 0;
    for (const [k, bit] of Object.entries(TIE_BITS)) if (ad.num(r, k) === 1) flags |= bit;
    dyads.set(`${ad.text(r, 'iso3_a')}:${ad.text(r, 'iso3_b')}:${year}`, flags);
    dlo = Math.min(dlo, year); dhi = Math.max(dhi, year);
  }
  issues.push(...ad.issues);

  const di = read('distances');
  const distances = new Map<string, { km: number; method: string }>();
  for (let r = 0; r < di.length; r++) {
    const km = di.num(r, 'km');
    if (km === null) continue;
    const v = { km, method: di.text(r, 'method') };
    distances.set(`${di.text(r, 'iso3_a')}:${di.text(r, 'iso3_b')}`, v);
    distances.set(`${di.text(r, 'iso3_b')}:${di.text(r, 'iso3_a')}`, v);
  }
  issues.push(...di.issues);

  const b = read('bases');
  const bases = new Map<string, BaseRow>();
  for (let r = 0; r < b.length; r++) bases.set(b.text(r, 'iso3'), { bases: b.num(r, 'bases') ?? 0, lilypads: b.num(r, 'lilypads') ?? 0, fundedSites: b.num(r, 'funded_sites') ?? 0 });
  issues.push(...b.issues);

  const sv = read('surveys');
  const surveys: SurveyRow[] = [];
  for (let r = 0; r < sv.length; r++) {
    surveys.push({ measure: sv.text(r, 'measure'), iso3: sv.text(r, 'iso3'), year: sv.year(r, 'year') ?? -1, pct: sv.num(r, 'pct'), againstPct: sv.num(r, 'against_pct'), survey: sv.text(r, 'survey'), sourceUrl: sv.text(r, 'source_url'), note: sv.text(r, 'note') || null });
  }
  issues.push(...sv.issues);

  const po = read('politics');
  const politics = indexed(po, (r) => ({
    govAntiWest: po.num(r, 'gov_anti_west'), govSeatCoverage: po.num(r, 'gov_seat_coverage'), govCabinet: po.text(r, 'gov_cabinet') || null,
    govSource: po.text(r, 'gov_source') || null, govPopulism: po.num(r, 'gov_populism'), govAntiPlural: po.num(r, 'gov_antiplural'),
    vpartyElection: po.text(r, 'vparty_election') || null, libdem: po.num(r, 'libdem'), libdemChange10y: po.num(r, 'libdem_change_10y'),
    publicRusShare: po.num(r, 'public_rus_share'), publicRusWave: po.num(r, 'public_rus_wave'),
    publicChnShare: po.num(r, 'public_chn_share'), publicChnWave: po.num(r, 'public_chn_wave'),
  }), issues);
  const la = read('latency');
  const latency = indexed(la, (r) => ({
    enrichment: la.num(r, 'enrichment'), reprocessing: la.num(r, 'reprocessing'), pilotCommercial: la.num(r, 'pilot_commercial'),
    endUnknown: la.num(r, 'end_unknown'), latent: la.num(r, 'latent') === 1, carriedFrom: la.num(r, 'carried_from'),
  }), issues);
  const md = read('mindist');
  const mdist = new Map<string, number>();
  let mlo = Infinity, mhi = -Infinity;
  for (let r = 0; r < md.length; r++) {
    const year = md.year(r, 'year'), km = md.num(r, 'km');
    if (year === null || km === null) continue;
    mdist.set(`${md.text(r, 'iso3_a')}:${md.text(r, 'iso3_b')}:${year}`, km);
    mdist.set(`${md.text(r, 'iso3_b')}:${md.text(r, 'iso3_a')}:${year}`, km);
    mlo = Math.min(mlo, year); mhi = Math.max(mhi, year);
  }
  issues.push(...md.issues);

  if (issues.length > 0) throw new DataError(issues);
  return {
    dataDir, manifest, facts, dataVersion: hash.digest('hex').slice(0, 12), sourcesKey: sourcesKey(dataDir, texts), states, codes, sipri, nato, capabilities, troops, unga,
    atopMembers, atopDyads: { byKey: dyads, years: dlo <= dhi ? [dlo, dhi] : null }, distances, bases, surveys,
    politics, latency, mindist: { byKey: mdist, years: mlo <= mhi ? [mlo, mhi] : null },
  };
}

const cache = new Map<string, Panel>();

/** The panel of a data folder, read on first use and kept (forget it after an import). */
export function panelOf(dataDir: string): Panel {
  let p = cache.get(dataDir);
  if (!p) {
    p = loadPanel(dataDir);
    cache.set(dataDir, p);
  }
  return p;
}

export function forgetPanel(dataDir?: string): void {
  if (dataDir === undefined) cache.clear();
  else cache.delete(dataDir);
}
