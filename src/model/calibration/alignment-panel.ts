/**
 * The ally-year panel for the onset of alignment shifts (issue 11, item 2): one row per U.S. ally
 * and year 1950–2016 at risk of starting an "away" episode (data/facts/alignment.json), with the
 * signals the curated data hold. A discrete-time event-history design (Beck, Katz & Tucker 1998,
 * "Taking Time Seriously: Time-Series–Cross-Section Analysis with a Binary Dependent Variable",
 * AJPS 42(4): 1260–1288): the unit is the ally-year, the outcome is 1 in the year an episode starts.
 *
 * Risk set. Allies as the World decides roles.ally (a NATO member on 31 December, or a partner of
 * a U.S. bilateral treaty in force, memberships.json; the U.S. excluded), plus New Zealand as an
 * ANZUS party from 29 April 1952 until the U.S. suspended its obligations on 11 August 1986
 * (assumption: memberships.json lists ANZUS for Australia only, because the World starts in
 * 1990, when the suspension held; Pugh 1989, The ANZUS Crisis). A year in which the ally is
 * inside an "away" episode that began in an earlier year and still held on 1 January is not at
 * risk (a state cannot start what it is already doing).
 *
 * Signals, each dated at t−1 (known before the year's choice) unless said:
 *  - ipDistance: |θ_i − θ_r| between UN ideal points (Bailey, Strezhnev & Voeten 2017, unga.csv,
 *    from 1946) of the ally and the nearer rival (RUS = the USSR before 1992; CHN from 1971, the
 *    PRC's first session), the distance the World uses (world.ts idealPointDistance);
 *    ipMissing = 1 when the ally or both rivals have no ideal point (West Germany before 1973);
 *    ipDistance is then 0.
 *  - weakness: ln(milex_r / milex_i), COW NMC military expenditure (capabilities.csv), of the
 *    stronger rival beside the ally: the bigger, the weaker the ally beside the rival.
 *    An ally with no armed forces (Iceland, memberships.json nato_command_exceptions) takes the
 *    milex of the smallest armed ally of the year (assumption).
 *  - logKm: ln of the capital distance in km to the nearer rival (distances.csv, capdist).
 *  - libdem: V-Dem liberal democracy (politics.csv, from 1990, year t); libdemMissing = 1 and
 *    libdem = 0 before 1990 or when empty. Before 1990 the indicator is in effect an era dummy.
 *  - govAntiWest: the cabinet's CHES anti-Western score (politics.csv, from 1990, year t, a
 *    proxy: see docs/DATA.md); govMissing = 1 and govAntiWest = 0 when empty.
 *  - rivalArms: the share of the ally's deliveries of major conventional arms (SIPRI TIV,
 *    arms_imports.csv) that came from either rival (the Soviet Union/Russia, China) over the five
 *    years t−5..t−1 (Kinsella 1994 and Sislin 1994 on arms transfers as influence and as a
 *    signal of alignment; five years because single-year deliveries are lumpy); 0 when the ally
 *    received nothing in the window (no dependence on anyone).
 *  - rivalDca: 1 if the ally had a defence cooperation agreement with either rival in force in
 *    t−1 (dca.csv, Kinne's DCAD 2020: signed by t−1 and not ended before it; Kinne 2018 on DCAs
 *    as the web of defence ties below alliances); dcaMissing = 1 before DCAD's first year (t−1 <
 *    1980), rivalDca then 0. After 2010, where DCAD stops, an agreement DCAD codes as in force at
 *    its end (in_force_2010) is assumed to hold (assumption: DCAs run for years and are renewed
 *    tacitly; Kinne 2020).
 *  - publicLean: the larger of Pew's rival-to-U.S. favourability shares (politics.csv, from 2002
 *    waves); publicMissing = 1 and publicLean = 0 when empty. Too sparse to fit; kept for the
 *    record and for the lead.
 * Every value is read from the data folder given, so a training copy (trainingDataDir(Y))
 * yields rows up to Y only.
 */
import { join } from 'node:path';
import { defaultDataDir, loadFacts } from '../../data/index.js';
import { inForceAtYearEnd, type AlignmentEpisode } from '../../data/facts.js';
import { readTable } from '../../data/table.js';
import { DCAD_FIRST_YEAR, DCAD_LAST_YEAR } from '../../data/dca.js';

export const ALIGNMENT_FIRST_YEAR = 1950;
export const ALIGNMENT_LAST_YEAR = 2016;
export const ALIGNMENT_RIVALS = ['RUS', 'CHN'] as const;
/** New Zealand's ANZUS span as a U.S. ally (see the module comment). */
export const NZL_ANZUS = { iso3: 'NZL', from: '1952-04-29', until: '1986-08-11' } as const;

export const ALIGNMENT_SIGNALS = ['ipDistance', 'ipMissing', 'weakness', 'logKm', 'libdem', 'libdemMissing', 'govAntiWest', 'govMissing', 'rivalArms', 'rivalDca', 'dcaMissing', 'publicLean', 'publicMissing'] as const;
/** Years of arms deliveries the rivalArms share sums over (t−ARMS_WINDOW..t−1). */
export const ARMS_WINDOW = 5;
export type AlignmentSignal = (typeof ALIGNMENT_SIGNALS)[number];

export interface AlignmentRow {
  readonly iso3: string;
  readonly year: number;
  /** 1 if an "away" episode starts in this year. */
  readonly onset: 0 | 1;
  /** False for a year inside an ongoing "away" episode (kept only with `allAllies`). */
  readonly atRisk: boolean;
  /** The rival of the nearer capital (the one ipDistance and logKm refer to). */
  readonly nearRival: string;
  readonly x: Readonly<Record<AlignmentSignal, number>>;
}

/** True when an "away" episode began before `year` and still held on 1 January of `year`. */
export function insideAwayEpisode(episodes: readonly AlignmentEpisode[], iso3: string, year: number): boolean {
  const jan1 = `${year}-01-01`;
  return episodes.some((e) => e.iso3 === iso3 && e.direction === 'away' && e.from < jan1 && (e.until === null || e.until >= jan1));
}

/** The ally-years at risk; with `allAllies` also the years inside an episode (atRisk false), for ranking. */
export function alignmentPanel(options: { dataDir?: string; from?: number; to?: number; allAllies?: boolean } = {}): AlignmentRow[] {
  const dataDir = options.dataDir ?? defaultDataDir();
  const facts = loadFacts(dataDir);
  const t = (f: string) => readTable(join(dataDir, f));
  const ip = new Map<string, number>(), milex = new Map<string, number>(), dist = new Map<string, number>();
  const libdem = new Map<string, number>(), gov = new Map<string, number>(), pub = new Map<string, number>();
  let lastYear = 0;
  const u = t('unga.csv');
  for (let r = 0; r < u.length; r++) { const v = u.num(r, 'ideal_point'); if (v !== null) ip.set(`${u.text(r, 'iso3')}:${u.num(r, 'year')}`, v); }
  const c = t('capabilities.csv');
  for (let r = 0; r < c.length; r++) {
    const v = c.num(r, 'milex_k_usd'), y = c.num(r, 'year');
    if (y !== null) lastYear = Math.max(lastYear, y);
    if (v !== null && v > 0 && y !== null) milex.set(`${c.text(r, 'iso3')}:${y}`, v);
  }
  const d = t('distances.csv');
  for (let r = 0; r < d.length; r++) { const v = d.num(r, 'km'); if (v !== null) { dist.set(`${d.text(r, 'iso3_a')}:${d.text(r, 'iso3_b')}`, v); dist.set(`${d.text(r, 'iso3_b')}:${d.text(r, 'iso3_a')}`, v); } }
  const p = t('politics.csv');
  for (let r = 0; r < p.length; r++) {
    const k = `${p.text(r, 'iso3')}:${p.num(r, 'year')}`;
    const l = p.num(r, 'libdem'), g = p.num(r, 'gov_anti_west'), pr = p.num(r, 'public_rus_share'), pc = p.num(r, 'public_chn_share');
    if (l !== null) libdem.set(k, l);
    if (g !== null) gov.set(k, g);
    const shares = [pr, pc].filter((x): x is number => x !== null);
    if (shares.length > 0) pub.set(k, Math.max(...shares));
  }
  const arms = new Map<string, { total: number; rival: number }>();
  const a = t('arms_imports.csv');
  for (let r = 0; r < a.length; r++) arms.set(`${a.text(r, 'iso3')}:${a.num(r, 'year')}`, { total: a.num(r, 'tiv_total') ?? 0, rival: (a.num(r, 'tiv_rus') ?? 0) + (a.num(r, 'tiv_chn') ?? 0) });
  const rivalArmsShare = (iso3: string, year: number) => {
    let total = 0, rival = 0;
    for (let y = year - ARMS_WINDOW; y < year; y++) { const v = arms.get(`${iso3}:${y}`); if (v) { total += v.total; rival += v.rival; } }
    return total > 0 ? rival / total : 0;
  };
  const dcas: { iso3: string; from: number; until: number | null; held2010: boolean }[] = [];
  const dt = t('dca.csv');
  for (let r = 0; r < dt.length; r++) {
    const partner = dt.text(r, 'partner');
    if (!(ALIGNMENT_RIVALS as readonly string[]).includes(partner)) continue;
    dcas.push({ iso3: dt.text(r, 'iso3'), from: dt.num(r, 'year')!, until: dt.num(r, 'end_year'), held2010: dt.num(r, 'in_force_2010') === 1 });
  }
  /** A DCA with a rival in force in year y (see the module comment); null before DCAD's coverage. */
  const rivalDcaIn = (iso3: string, y: number): 0 | 1 | null => {
    if (y < DCAD_FIRST_YEAR) return null;
    return dcas.some((d) => d.iso3 === iso3 && d.from <= y && (y <= DCAD_LAST_YEAR ? d.until === null || d.until >= y : d.held2010)) ? 1 : 0;
  };
  const m = facts.memberships, episodes = facts.alignment.entries;
  const isAlly = (iso3: string, year: number) => iso3 !== 'USA' && (
    m.nato.some((x) => x.iso3 === iso3 && inForceAtYearEnd(x, year))
    || m.us_treaties.some((x) => x.partners !== 'nato' && x.partners.includes(iso3) && inForceAtYearEnd(x, year))
    || (iso3 === NZL_ANZUS.iso3 && inForceAtYearEnd(NZL_ANZUS, year)));
  // Assumption: an ally with no armed forces (Iceland: COW milex 0) is as weak as the smallest
  // armed ally of that year, so that it stays in the risk set without an infinite weakness.
  const noForces = new Set(m.nato_command_exceptions.filter((x) => /no armed forces/.test(x.note ?? '')).map((x) => x.iso3));
  const smallestAlly = (year: number) => {
    let min = Infinity;
    for (const st of facts.roster.states) { const v = milex.get(`${st.iso3}:${year}`); if (v !== undefined && isAlly(st.iso3, year)) min = Math.min(min, v); }
    return Number.isFinite(min) ? min : undefined;
  };
  const from = options.from ?? ALIGNMENT_FIRST_YEAR, to = Math.min(options.to ?? ALIGNMENT_LAST_YEAR, lastYear);
  const rows: AlignmentRow[] = [];
  for (let year = from; year <= to; year++) {
    for (const st of facts.roster.states) {
      const iso3 = st.iso3;
      const atRisk = !insideAwayEpisode(episodes, iso3, year);
      if (!isAlly(iso3, year) || (!atRisk && !options.allAllies)) continue;
      const kms = ALIGNMENT_RIVALS.map((r) => ({ r, km: dist.get(`${iso3}:${r}`) })).filter((x): x is { r: typeof x.r; km: number } => x.km !== undefined && x.km > 0);
      const mi = milex.get(`${iso3}:${year - 1}`) ?? (noForces.has(iso3) ? smallestAlly(year - 1) : undefined);
      const ratios = ALIGNMENT_RIVALS.map((r) => milex.get(`${r}:${year - 1}`)).filter((x): x is number => x !== undefined);
      if (kms.length === 0 || mi === undefined || ratios.length === 0) continue;
      const near = kms.reduce((a, b) => (b.km < a.km ? b : a));
      const own = ip.get(`${iso3}:${year - 1}`);
      const ipDists = ALIGNMENT_RIVALS.map((r) => ip.get(`${r}:${year - 1}`)).filter((x): x is number => x !== undefined && own !== undefined).map((x) => Math.abs(own! - x));
      const k = `${iso3}:${year}`;
      const l = libdem.get(k), g = gov.get(k), pu = pub.get(k), dca = rivalDcaIn(iso3, year - 1);
      rows.push({
        iso3, year, nearRival: near.r, atRisk,
        onset: atRisk && episodes.some((e) => e.iso3 === iso3 && e.direction === 'away' && e.from.startsWith(`${year}-`)) ? 1 : 0,
        x: {
          ipDistance: ipDists.length > 0 ? Math.min(...ipDists) : 0, ipMissing: ipDists.length > 0 ? 0 : 1,
          weakness: Math.log(Math.max(...ratios) / mi), logKm: Math.log(near.km),
          libdem: l ?? 0, libdemMissing: l === undefined ? 1 : 0,
          govAntiWest: g ?? 0, govMissing: g === undefined ? 1 : 0,
          rivalArms: rivalArmsShare(iso3, year),
          rivalDca: dca ?? 0, dcaMissing: dca === null ? 1 : 0,
          publicLean: pu ?? 0, publicMissing: pu === undefined ? 1 : 0,
        },
      });
    }
  }
  return rows;
}
