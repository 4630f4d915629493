/**
 * politics.csv: the domestic political orientation of each roster state's government and
 * public, and democratic backsliding, per year 1990–2016. Built by `ballast data build`
 * from ParlGov + CHES (government anti-Western score), V-Party (populism, anti-pluralism
 * of the parties in government), V-Dem (liberal democracy) and Pew (favourability of the
 * rivals relative to the U.S.). docs/DATA.md gives the rules and their cautions; every
 * rule below is the one documented there.
 */
import { fixed as fixedRaw, type Row } from './curated.js';
import { inForceAtYearEnd, type Orientation, type RosterState } from './facts.js';
import type { TableReader } from './table.js';

export const FIRST_POLITICS_YEAR = 1990;
export const LAST_POLITICS_YEAR = 2016;
/** gov_anti_west is left empty when the parties with a CHES score hold less than this share of the cabinet's seats. */
export const MIN_SEAT_COVERAGE = 0.5;
/** A Pew wave stands for the years up to this many after it was fielded. */
export const PEW_MAX_AGE = 6;

export type PewItem = 'us' | 'china' | 'russia';

/** Pew waves of the harmonised extract that are not used, with the reason (docs/DATA.md, "Pew"). */
export const PEW_EXCLUDED: readonly { readonly item: PewItem; readonly year: number; readonly reason: string }[] = [
  {
    item: 'china', year: 2013,
    reason: 'the 2013 China item of the pew_opi extract is implausible in most countries: Japan 73.5 % favourable (Pew published about 5 %; the extract itself has 14.5 in 2012 and 6.5 in 2014), the USA 84.4 (40.8 in 2012, 35.0 in 2014), China\'s own public 39.2 (93-97 in every other wave); favourable + unfavourable + don\'t know still sums to 100, so the fault is in the coding of that wave, and the countries it spares cannot be told apart without Pew\'s table: the whole 2013 China wave is left out',
  },
];

/** fixed(), with a negative zero written as 0. */
const fixed = (v: number | null, digits: number) => { const s = fixedRaw(v, digits); return s === '-0' ? '0' : s; };
const num = (t: TableReader, r: number, c: string) => t.num(r, c);
const norm = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** A CHES party's anti-Western score in [0, 1]: the mean of (7 − eu_position)/6 and (7 − eu_foreign)/6, over the items present. */
export function chesAntiWest(euPosition: number | null, euForeign: number | null): number | null {
  const items = [euPosition, euForeign].filter((x): x is number => x !== null).map((x) => (7 - x) / 6);
  return items.length === 0 ? null : mean(items);
}

interface CabinetParty { partyId: number; short: string; seats: number; placeholder: boolean }
interface Cabinet { name: string; start: string; parties: CabinetParty[] }
interface ChesWave { year: number; score: number }

/** ParlGov cabinets per country, by start date; a cabinet lasts until the next start date in the same country. */
function cabinetsByCountry(cab: TableReader): Map<string, Cabinet[]> {
  const byId = new Map<string, { iso3: string; cabinet: Cabinet }>();
  for (let r = 0; r < cab.length; r++) {
    const id = cab.text(r, 'cabinet_id');
    let e = byId.get(id);
    if (!e) {
      e = { iso3: cab.text(r, 'iso3'), cabinet: { name: cab.text(r, 'cabinet_name'), start: cab.text(r, 'start_date'), parties: [] } };
      byId.set(id, e);
    }
    if (num(cab, r, 'cabinet_party') !== 1) continue;
    e.cabinet.parties.push({
      partyId: num(cab, r, 'party_id') ?? -1, short: cab.text(r, 'party_name_short'), seats: num(cab, r, 'seats') ?? 0,
      placeholder: cab.text(r, 'party_name_english') === 'no party affiliation',
    });
  }
  const out = new Map<string, Cabinet[]>();
  for (const { iso3, cabinet } of byId.values()) {
    if (!out.has(iso3)) out.set(iso3, []);
    out.get(iso3)!.push(cabinet);
  }
  for (const list of out.values()) list.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return out;
}

/** The cabinet in office on 31 December of `year`: the last one that started by then. */
function cabinetAtYearEnd(list: readonly Cabinet[] | undefined, year: number): Cabinet | null {
  const end = `${year}-12-31`;
  let found: Cabinet | null = null;
  for (const c of list ?? []) if (c.start <= end) found = c;
  return found;
}

/** A cabinet with no party ministers: no seats at all, or only ParlGov's "no party affiliation". */
function nonpartisan(c: Cabinet): boolean {
  return c.parties.length === 0 || c.parties.every((p) => p.placeholder) || c.parties.reduce((s, p) => s + p.seats, 0) === 0;
}

class Ches {
  readonly waves = new Map<number, ChesWave[]>();
  readonly byName = new Map<string, Map<string, Set<number>>>();
  constructor(t: TableReader) {
    for (let r = 0; r < t.length; r++) {
      const id = num(t, r, 'party_id'), year = num(t, r, 'year');
      if (id === null || year === null) continue;
      const score = chesAntiWest(num(t, r, 'eu_position'), num(t, r, 'eu_foreign'));
      const iso3 = t.text(r, 'iso3');
      const name = norm(t.text(r, 'party'));
      if (name) {
        if (!this.byName.has(iso3)) this.byName.set(iso3, new Map());
        const m = this.byName.get(iso3)!;
        if (!m.has(name)) m.set(name, new Set());
        m.get(name)!.add(id);
      }
      if (score === null) continue;
      if (!this.waves.has(id)) this.waves.set(id, []);
      this.waves.get(id)!.push({ year, score });
    }
    for (const w of this.waves.values()) w.sort((a, b) => a.year - b.year);
  }

  /** The latest wave at or before `year`, else the party's earliest wave (a backcast). */
  wave(id: number, year: number): (ChesWave & { backcast: boolean }) | null {
    const w = this.waves.get(id);
    if (!w || w.length === 0) return null;
    let pick: ChesWave | null = null;
    for (const x of w) if (x.year <= year) pick = x;
    return pick ? { ...pick, backcast: false } : { ...w[0]!, backcast: true };
  }
}

/**
 * Name links reviewed and rejected: the short names collide but the parties differ
 * (docs/DATA.md). ParlGov party_id → why.
 */
export const REJECTED_NAME_LINKS: ReadonlyMap<number, string> = new Map([
  [108, 'POL "S" is Solidarność (ParlGov); CHES 2604 "S" is Samoobrona, linked in ParlGov to SRP'],
  [2026, 'LTU "Tpp" is the Party of National Progress (ParlGov); CHES 2517 "TPP" is the National Resurrection Party, linked in ParlGov to its own TPP'],
]);

/** ParlGov party → CHES party: ParlGov's ches_id when CHES has it, else a unique same-country match of the short name (at least two letters, not a reviewed collision). */
function chesLink(parties: TableReader, ches: Ches): Map<number, { id: number; by: 'id' | 'name' }> {
  const out = new Map<number, { id: number; by: 'id' | 'name' }>();
  for (let r = 0; r < parties.length; r++) {
    const pid = num(parties, r, 'party_id');
    if (pid === null) continue;
    const cid = num(parties, r, 'ches_id');
    if (cid !== null && ches.waves.has(cid)) { out.set(pid, { id: cid, by: 'id' }); continue; }
    const name = norm(parties.text(r, 'party_name_short'));
    if (name.length < 2 || REJECTED_NAME_LINKS.has(pid)) continue;
    const ids = ches.byName.get(parties.text(r, 'iso3'))?.get(name);
    if (ids && ids.size === 1) {
      const id = [...ids][0]!;
      if (ches.waves.has(id)) out.set(pid, { id, by: 'name' });
    }
  }
  return out;
}

interface GovScore { antiWest: number | null; coverage: number | null; cabinet: string; parties: string; source: string; nonpartisan: boolean }

function govScore(c: Cabinet, year: number, link: Map<number, { id: number; by: 'id' | 'name' }>, ches: Ches): GovScore {
  const cabinet = `${c.name} (${c.start})`;
  if (nonpartisan(c)) {
    return { antiWest: null, coverage: null, cabinet, parties: c.parties.map((p) => `${p.short}: ${p.seats} seats, no CHES`).join('; '), source: 'nonpartisan cabinet (ParlGov): no party score', nonpartisan: true };
  }
  let total = 0, scoredSeats = 0, weighted = 0, byName = 0, backcast = false;
  const waves = new Set<number>();
  const parts: string[] = [];
  for (const p of c.parties) {
    total += p.seats;
    const l = link.get(p.partyId);
    const w = l ? ches.wave(l.id, year) : null;
    if (!l || !w) { parts.push(`${p.short}: ${p.seats} seats, no CHES`); continue; }
    scoredSeats += p.seats;
    weighted += p.seats * w.score;
    waves.add(w.year);
    if (l.by === 'name') byName++;
    if (w.backcast) backcast = true;
    parts.push(`${p.short}: ${p.seats} seats, CHES ${l.id} (${w.year}${w.backcast ? ', backcast' : ''}${l.by === 'name' ? ', linked by name' : ''})`);
  }
  const coverage = total > 0 ? scoredSeats / total : null;
  const notes: string[] = [];
  if (waves.size === 0) notes.push('no cabinet party in the CHES trend file');
  else notes.push(`CHES ${[...waves].sort().join(', ')}`);
  if (backcast) notes.push('backcast: the year precedes a party\'s first CHES wave');
  if (byName > 0) notes.push(`${byName} part${byName === 1 ? 'y' : 'ies'} linked by name`);
  if (waves.size > 0 && (coverage ?? 0) < MIN_SEAT_COVERAGE) notes.push(`scored parties hold under ${MIN_SEAT_COVERAGE * 100} % of the cabinet's seats: left empty`);
  const antiWest = scoredSeats > 0 && (coverage ?? 0) >= MIN_SEAT_COVERAGE ? weighted / scoredSeats : null;
  return { antiWest, coverage, cabinet, parties: parts.join('; '), source: notes.join('; '), nonpartisan: false };
}

interface VpartyRow { short: string; gov: number | null; seat: number | null; popul: number | null; antiplural: number | null }

function vpartyElections(t: TableReader): Map<string, { date: string; rows: VpartyRow[] }[]> {
  const byKey = new Map<string, { iso3: string; date: string; rows: VpartyRow[] }>();
  for (let r = 0; r < t.length; r++) {
    const iso3 = t.text(r, 'iso3');
    if (!iso3) continue;
    const date = t.text(r, 'election_date') || `${t.text(r, 'year')}-12-31`;
    const key = `${iso3}:${date}`;
    if (!byKey.has(key)) byKey.set(key, { iso3, date, rows: [] });
    byKey.get(key)!.rows.push({
      short: t.text(r, 'v2pashname') || t.text(r, 'v2paenname'), gov: num(t, r, 'v2pagovsup'), seat: num(t, r, 'v2paseatshare'),
      popul: num(t, r, 'v2xpa_popul'), antiplural: num(t, r, 'v2xpa_antiplural'),
    });
  }
  const out = new Map<string, { date: string; rows: VpartyRow[] }[]>();
  for (const e of byKey.values()) {
    if (!out.has(e.iso3)) out.set(e.iso3, []);
    out.get(e.iso3)!.push({ date: e.date, rows: e.rows });
  }
  for (const l of out.values()) l.sort((a, b) => (a.date < b.date ? -1 : 1));
  return out;
}

/** Seat-weighted mean of an index over the parties in government (senior or junior partner) with a seat share and the index. */
function govWeighted(rows: readonly VpartyRow[], pick: (r: VpartyRow) => number | null): number | null {
  let w = 0, s = 0;
  for (const r of rows) {
    const v = pick(r);
    if ((r.gov === 0 || r.gov === 1) && v !== null && r.seat !== null && r.seat > 0) { w += r.seat; s += r.seat * v; }
  }
  return w > 0 ? s / w : null;
}

interface PewWave { year: number; fav: Record<PewItem, number | null> }

function pewWaves(t: TableReader): Map<string, PewWave[]> {
  const out = new Map<string, PewWave[]>();
  for (let r = 0; r < t.length; r++) {
    const iso3 = t.text(r, 'iso3'), year = num(t, r, 'year');
    if (!iso3 || year === null) continue;
    const fav = {} as Record<PewItem, number | null>;
    for (const item of ['us', 'china', 'russia'] as const) {
      const excluded = PEW_EXCLUDED.some((e) => e.item === item && e.year === year);
      fav[item] = excluded || (num(t, r, `n_${item}`) ?? 0) === 0 ? null : num(t, r, `${item}_fav_pct`);
    }
    if (!out.has(iso3)) out.set(iso3, []);
    out.get(iso3)!.push({ year, fav });
  }
  for (const l of out.values()) l.sort((a, b) => a.year - b.year);
  return out;
}

/** fav(rival) / (fav(rival) + fav(U.S.)) from the latest wave at or before `year` (and at most PEW_MAX_AGE years old) that asked both. */
export function pewShare(waves: readonly PewWave[] | undefined, item: 'china' | 'russia', year: number): { share: number; wave: number } | null {
  let best: { share: number; wave: number } | null = null;
  for (const w of waves ?? []) {
    if (w.year > year || w.year < year - PEW_MAX_AGE) continue;
    const f = w.fav[item], u = w.fav.us;
    if (f === null || u === null || f + u <= 0) continue;
    best = { share: f / (f + u), wave: w.year };
  }
  return best;
}

export interface PoliticsInputs {
  readonly cabinets: TableReader;
  readonly parties: TableReader;
  readonly ches: TableReader;
  readonly vparty: TableReader;
  readonly vdem: TableReader;
  readonly pew: TableReader;
}

/** The rows of politics.csv: one per roster state and year (1990–2016, while the state exists) with any value. */
export function politicsRows(raw: PoliticsInputs, states: readonly RosterState[], orientation: Orientation): Row[] {
  const cabinets = cabinetsByCountry(raw.cabinets);
  const ches = new Ches(raw.ches);
  const link = chesLink(raw.parties, ches);
  const elections = vpartyElections(raw.vparty);
  const pew = pewWaves(raw.pew);
  const libdem = new Map<string, number>();
  for (let r = 0; r < raw.vdem.length; r++) {
    const v = num(raw.vdem, r, 'v2x_libdem'), y = num(raw.vdem, r, 'year'), iso3 = raw.vdem.text(r, 'iso3');
    if (v !== null && y !== null && iso3) libdem.set(`${iso3}:${y}`, v);
  }

  const rows: Row[] = [];
  for (const s of states) {
    const first = Math.max(FIRST_POLITICS_YEAR, s.from ?? FIRST_POLITICS_YEAR), last = Math.min(LAST_POLITICS_YEAR, s.until ?? LAST_POLITICS_YEAR);
    for (let year = first; year <= last; year++) {
      const cab = cabinetAtYearEnd(cabinets.get(s.iso3), year);
      const gov = cab ? govScore(cab, year, link, ches) : null;

      // V-Party: the parties in government at the latest election by 31 December.
      const end = `${year}-12-31`;
      const election = (elections.get(s.iso3) ?? []).filter((e) => e.date <= end).at(-1) ?? null;
      const junta = orientation.no_party_government.find((g) => g.iso3 === s.iso3 && inForceAtYearEnd(g, year));
      let populism: number | null = null, antiplural: number | null = null, vpParties: string | null = null;
      if (junta) vpParties = 'none: no party in government on 31 December (data/facts/orientation.json no_party_government)';
      else if (gov?.nonpartisan) vpParties = 'none: nonpartisan cabinet on 31 December (ParlGov)';
      else if (election) {
        const inGov = election.rows.filter((r) => r.gov === 0 || r.gov === 1);
        populism = govWeighted(inGov, (r) => r.popul);
        antiplural = govWeighted(inGov, (r) => r.antiplural);
        vpParties = inGov.length === 0 ? 'none: no party coded in government' : inGov.map((r) => `${r.short}: ${fixed(r.seat, 1) ?? '?'} % of seats, populism ${fixed(r.popul, 3) ?? '?'}, anti-pluralism ${fixed(r.antiplural, 3) ?? '?'}`).join('; ');
      }

      const ld = libdem.get(`${s.iso3}:${year}`) ?? null;
      const ld10 = libdem.get(`${s.iso3}:${year - 10}`) ?? null;
      const rus = s.iso3 === 'RUS' ? null : pewShare(pew.get(s.iso3), 'russia', year);
      const chn = s.iso3 === 'CHN' ? null : pewShare(pew.get(s.iso3), 'china', year);

      const row: Row = {
        iso3: s.iso3, year,
        gov_anti_west: fixed(gov?.antiWest ?? null, 4), gov_seat_coverage: fixed(gov?.coverage ?? null, 3),
        gov_cabinet: gov?.cabinet ?? null, gov_parties: gov ? gov.parties || null : null, gov_source: gov?.source ?? null,
        gov_populism: fixed(populism, 4), gov_antiplural: fixed(antiplural, 4),
        vparty_election: election?.date ?? null, vparty_parties: vpParties,
        libdem: fixed(ld, 3), libdem_change_10y: ld !== null && ld10 !== null ? fixed(ld - ld10, 3) : null,
        public_rus_share: fixed(rus?.share ?? null, 4), public_rus_wave: rus?.wave ?? null,
        public_chn_share: fixed(chn?.share ?? null, 4), public_chn_wave: chn?.wave ?? null,
      };
      const hasValue = ['gov_anti_west', 'gov_seat_coverage', 'gov_cabinet', 'gov_populism', 'gov_antiplural', 'vparty_election', 'libdem', 'public_rus_share', 'public_chn_share'].some((k) => row[k] !== null);
      if (hasValue) rows.push(row);
    }
  }
  return rows;
}
