/**
 * The long defence-effort panel, 1955–2016 (issue 11, item 1), built straight from the curated
 * tables (no World before FIRST_WORLD_YEAR = 1990 is needed). One row per ally-year; allies as
 * the World decides roles.ally: a NATO member on 31 December, or a partner of a U.S. bilateral
 * treaty in force (data/facts/memberships.json), the United States excluded.
 *
 * Terms (each dated so that it is known when the year's budget is set):
 *  - spending m_it: SIPRI military expenditure, % of GDP (sipri.csv), and its lag m_i,t−1;
 *  - threat T_it = Σ_r (milex_r,t−1 / milex_USA,t−1)^a · exp(−km_ir / d0): the model's static
 *    threat (threat.ts: Walt 1987 aggregate power and proximity, Boulding 1962 loss-of-strength
 *    gradient) with the registry's a and d0; power from COW NMC milex (capabilities.csv), rivals
 *    RUS (the USSR before 1992) and CHN; distance between capitals (distances.csv; cshapes
 *    minimum distance starts in 1990). Assumption: the offence (nuclear) term is left out.
 *  - disputes D_it = 1 if the ally had a militarised dispute (MID 5.0, to 2014) or a crisis as a
 *    fellow actor (ICB v14) with a rival in t; rivalCrisis_t = 1 if a rival was an ICB crisis
 *    actor in t (rivalry.csv); Hungary 1956, Czechoslovakia 1968, Afghanistan 1979, Georgia 2008 and
 *    Ukraine 2014 are such years. After 2014 D rests on ICB alone (MID 5.0 ends in 2014).
 *  - rival force near the ally F_it = Σ_c max_v exp(−km(i, v)/d0) over the crises c that a rival
 *    forced on a third state v (rival_force.csv: ICB v14, at least minor clashes) triggered in
 *    t−3..t−1, km the great-circle distance between the capitals, d0 the registry's threat
 *    distance: demonstrated aggressive intent (Walt 1987, ch. 2), discounted by the same
 *    loss-of-strength gradient as capability (Boulding 1962). Hungary 1956, Czechoslovakia 1968,
 *    Afghanistan 1979, Georgia 2008 and Crimea 2014 are its shocks. Assumption: budgets answer
 *    over the three years after a crisis (a budget is set the year before it is spent).
 *  - free riding: peersLag = mean m_j,t−1 of the other allies (Olson & Zeckhauser 1966: allies'
 *    defence is a public good, so more of theirs means less of one's own);
 *  - spatial spill-in: neighboursLag = Σ_j w_ij m_j,t−1 with row-standardised inverse capital
 *    distances w_ij ∝ 1/km_ij over the other allies, one of the spatial weights of George &
 *    Sandler (2018, "Demand for military spending in NATO, 1968–2015: A spatial panel approach",
 *    Eur. J. Polit. Econ. 53: 222–236; and 2022, Econ. Polit. Ind. 49: 783–806); Kuokštytė &
 *    Kuokštis ("Varieties of European Military Freeriding", ECPR paper: neighbours' spending in a
 *    spatio-temporal ADL model; journal version not checked);
 *  - usSpendingLag: the U.S. share m_USA,t−1 (leadership / burden signal);
 *  - growth g_it: real GDP growth in % (PWT rgdpna, growth.csv): the burden's denominator;
 *  - pledge pulls: max(0, 2 − m_i,t−1) for NATO members from 2006 (Riga, 2% guideline) to 2013,
 *    and from 2014 (Wales Defence Investment Pledge) on, two terms;
 *  - abandonment fear: the credibility gap of effort-panel.ts needs a World (from 1990). Before
 *    1990 it is not available; the long equation uses as a proxy usTroopsLog = ln(1 + U.S.
 *    active-duty troops hosted, thousands, t−1) (troops.csv, from 1950): U.S. troops are the
 *    largest term of the model's ballast index; sign estimated, not assumed.
 * Every value is read from the data folder given, so a training copy (trainingDataDir(Y)) yields
 * rows up to Y only.
 */
import { join } from 'node:path';
import { defaultDataDir, haversineKm, loadFacts } from '../../data/index.js';
import { inForceAtYearEnd } from '../../data/facts.js';
import { readTable } from '../../data/table.js';
import { P, parameterValues } from '../parameters.js';
import { staticThreat } from '../threat.js';
import { NATO_GUIDELINE_PCT_GDP } from '../../vocabulary.js';

export const LONG_PANEL_FIRST_YEAR = 1955;
export const LONG_RIVALS = ['RUS', 'CHN'] as const;
export const RIGA_YEAR = 2006, WALES_YEAR = 2014;

/** Years after a rival's use of force in which it enters the ally's budget (t−3..t−1). */
export const RIVAL_FORCE_YEARS = 3;

export const LONG_TERMS = ['threat', 'disputes', 'rivalCrisis', 'rivalForce', 'peersLag', 'neighboursLag', 'usSpendingLag', 'growth', 'pledgeRiga', 'pledgeWales', 'usTroopsLog'] as const;
/** credibilityGap: from 1991 only (withCredibilityGap); NaN in longEffortPanel's rows. */
export type LongTerm = (typeof LONG_TERMS)[number] | 'credibilityGap';

export interface LongPanelRow {
  readonly iso3: string;
  readonly year: number;
  readonly spending: number;
  readonly spendingLag: number;
  readonly natoMember: boolean;
  readonly x: Readonly<Record<LongTerm, number>>;
}

/** The curated inputs, by key; exposed so that forecasts can recompute lag-dependent terms. */
export interface LongInputs {
  readonly sipri: ReadonlyMap<string, number>; // iso3:year → % of GDP
  readonly milex: ReadonlyMap<string, number>; // iso3:year → COW milex, k US$
  readonly km: (a: string, b: string) => number | undefined;
  readonly growth: ReadonlyMap<string, number>;
  readonly dispute: ReadonlySet<string>; // iso3:year with a MID or ICB crisis with a rival
  readonly rivalCrisis: ReadonlySet<number>;
  readonly troops: ReadonlyMap<string, number>;
  /** Crises a rival forced on a third state: the year and the victim's capital (rival_force.csv). */
  readonly rivalForce: readonly { readonly year: number; readonly crisno: number; readonly lat: number; readonly lng: number }[];
  /** Each roster state's capital (states.csv). */
  readonly capital: ReadonlyMap<string, readonly [number, number]>;
  readonly allies: (year: number) => { iso3: string; nato: boolean }[];
  readonly lastYear: number;
}

export function loadLongInputs(dataDir = defaultDataDir()): LongInputs {
  const facts = loadFacts(dataDir);
  const t = (f: string) => readTable(join(dataDir, f));
  const sipri = new Map<string, number>(), milex = new Map<string, number>(), growth = new Map<string, number>(), troops = new Map<string, number>();
  let lastYear = 0;
  const s = t('sipri.csv');
  for (let r = 0; r < s.length; r++) { const v = s.num(r, 'milex_pct_gdp'), y = s.num(r, 'year'); if (v !== null && y !== null) { sipri.set(`${s.text(r, 'iso3')}:${y}`, v); lastYear = Math.max(lastYear, y); } }
  const c = t('capabilities.csv');
  for (let r = 0; r < c.length; r++) { const v = c.num(r, 'milex_k_usd'), y = c.num(r, 'year'); if (v !== null && v >= 0 && y !== null) milex.set(`${c.text(r, 'iso3')}:${y}`, v); }
  const g = t('growth.csv');
  for (let r = 0; r < g.length; r++) { const v = g.num(r, 'growth_pct'); if (v !== null) growth.set(`${g.text(r, 'iso3')}:${g.num(r, 'year')}`, v); }
  const tr = t('troops.csv');
  for (let r = 0; r < tr.length; r++) { const v = tr.num(r, 'troops_ad'); if (v !== null) troops.set(`${tr.text(r, 'iso3')}:${tr.num(r, 'year')}`, v); }
  const dist = new Map<string, number>();
  const d = t('distances.csv');
  for (let r = 0; r < d.length; r++) { const v = d.num(r, 'km'); if (v !== null) { dist.set(`${d.text(r, 'iso3_a')}:${d.text(r, 'iso3_b')}`, v); dist.set(`${d.text(r, 'iso3_b')}:${d.text(r, 'iso3_a')}`, v); } }
  const dispute = new Set<string>(), rivalCrisis = new Set<number>();
  const rv = t('rivalry.csv');
  for (let r = 0; r < rv.length; r++) {
    const iso3 = rv.text(r, 'iso3'), rival = rv.text(r, 'rival'), y = rv.num(r, 'year')!;
    const hit = (rv.num(r, 'mid_ongoing') ?? 0) > 0 || (rv.num(r, 'icb_crises') ?? 0) > 0;
    if (!hit) continue;
    if (iso3 === rival) rivalCrisis.add(y); else dispute.add(`${iso3}:${y}`);
  }
  const rivalForce: { year: number; crisno: number; lat: number; lng: number }[] = [];
  const f = t('rival_force.csv');
  for (let r = 0; r < f.length; r++) rivalForce.push({ year: f.num(r, 'year')!, crisno: f.num(r, 'crisno')!, lat: f.num(r, 'capital_lat')!, lng: f.num(r, 'capital_lng')! });
  const capital = new Map<string, readonly [number, number]>();
  const st = t('states.csv');
  for (let r = 0; r < st.length; r++) { const lat = st.num(r, 'capital_lat'), lng = st.num(r, 'capital_lng'); if (lat !== null && lng !== null) capital.set(st.text(r, 'iso3'), [lat, lng]); }
  const m = facts.memberships, roster = facts.roster.states;
  const allies = (year: number) => roster.flatMap((st) => {
    if (st.iso3 === 'USA') return [];
    const span = m.nato.find((x) => x.iso3 === st.iso3 && inForceAtYearEnd(x, year));
    const nato = span !== undefined;
    const treaty = m.us_treaties.some((x) => x.partners !== 'nato' && x.partners.includes(st.iso3) && inForceAtYearEnd(x, year));
    return nato || treaty ? [{ iso3: st.iso3, nato }] : [];
  });
  return { sipri, milex, growth, dispute, rivalCrisis, troops, rivalForce, capital, allies, lastYear, km: (a, b) => dist.get(`${a}:${b}`) };
}

/** F_it: the rivals' uses of force of t−3..t−1, each discounted by its distance to the ally (module comment). */
export function longRivalForce(inp: LongInputs, iso3: string, year: number, d0: number): number {
  const c = inp.capital.get(iso3);
  if (!c) return NaN;
  const nearest = new Map<number, number>(); // crisis → its nearest victim's weight
  for (const e of inp.rivalForce) {
    if (e.year < year - RIVAL_FORCE_YEARS || e.year > year - 1) continue;
    const w = Math.exp(-haversineKm(c[0], c[1], e.lat, e.lng) / d0);
    nearest.set(e.crisno, Math.max(nearest.get(e.crisno) ?? 0, w));
  }
  let total = 0;
  for (const w of nearest.values()) total += w;
  return total;
}

/** Threat of the rivals to `iso3` in `year` from last year's capabilities (see the module comment). */
export function longThreat(inp: LongInputs, iso3: string, year: number, a: number, d0: number): number {
  const us = inp.milex.get(`USA:${year - 1}`);
  if (!us) return NaN;
  let total = 0;
  for (const rival of LONG_RIVALS) {
    const mr = inp.milex.get(`${rival}:${year - 1}`), km = inp.km(iso3, rival);
    if (mr === undefined || km === undefined) continue;
    total += staticThreat(mr / us, km, 0, a, d0, 0);
  }
  return total;
}

/** Peers' and neighbours' lagged means for each ally, from a map of last year's shares. */
export function peerTerms(inp: LongInputs, iso3: string, lags: ReadonlyMap<string, number>): { peersLag: number; neighboursLag: number } | null {
  let sum = 0, n = 0, wsum = 0, wm = 0;
  for (const [j, mj] of lags) {
    if (j === iso3) continue;
    sum += mj; n++;
    const km = inp.km(iso3, j);
    if (km !== undefined && km > 0) { wsum += 1 / km; wm += mj / km; }
  }
  if (n === 0 || wsum === 0) return null;
  return { peersLag: sum / n, neighboursLag: wm / wsum };
}

/** Pledge pulls for a NATO member in `year` given last year's share. */
export function pledgeTerms(nato: boolean, year: number, lag: number): { pledgeRiga: number; pledgeWales: number } {
  const gap = nato ? Math.max(0, NATO_GUIDELINE_PCT_GDP - lag) : 0;
  return { pledgeRiga: year >= RIGA_YEAR && year < WALES_YEAR ? gap : 0, pledgeWales: year >= WALES_YEAR ? gap : 0 };
}

/** Rows for from..to (capped at the last year of sipri.csv in the folder). */
export function longEffortPanel(from = LONG_PANEL_FIRST_YEAR, to = 2016, options: { dataDir?: string; inputs?: LongInputs } = {}): LongPanelRow[] {
  const inp = options.inputs ?? loadLongInputs(options.dataDir);
  const v = parameterValues({});
  const a = v[P.threat_power_exponent]!, d0 = v[P.threat_distance_km]!;
  const rows: LongPanelRow[] = [];
  for (let year = from; year <= Math.min(to, inp.lastYear); year++) {
    const allies = inp.allies(year);
    const lags = new Map<string, number>();
    for (const al of allies) { const l = inp.sipri.get(`${al.iso3}:${year - 1}`); if (l !== undefined) lags.set(al.iso3, l); }
    const usLag = inp.sipri.get(`USA:${year - 1}`);
    if (usLag === undefined) continue;
    for (const al of allies) {
      const m = inp.sipri.get(`${al.iso3}:${year}`), lag = lags.get(al.iso3), g = inp.growth.get(`${al.iso3}:${year}`);
      if (m === undefined || lag === undefined || g === undefined) continue;
      const threat = longThreat(inp, al.iso3, year, a, d0), peers = peerTerms(inp, al.iso3, lags);
      if (!Number.isFinite(threat) || !peers) continue;
      rows.push({
        iso3: al.iso3, year, spending: m, spendingLag: lag, natoMember: al.nato,
        x: {
          threat, disputes: inp.dispute.has(`${al.iso3}:${year}`) ? 1 : 0, rivalCrisis: inp.rivalCrisis.has(year) ? 1 : 0,
          rivalForce: longRivalForce(inp, al.iso3, year, d0),
          ...peers, usSpendingLag: usLag, growth: g, ...pledgeTerms(al.nato, year, lag),
          usTroopsLog: Math.log(1 + (inp.troops.get(`${al.iso3}:${year - 1}`) ?? 0) / 1000),
          credibilityGap: NaN,
        },
      });
    }
  }
  return rows;
}

/**
 * The rows that effortPanel (effort-panel.ts, from 1991: it needs a World) also has, with its
 * credibility gap 1 − C_it (the model's ballast baseline) as the abandonment-fear term.
 */
export function withCredibilityGap(rows: readonly LongPanelRow[], gapRows: readonly { iso3: string; year: number; credibilityGap: number }[]): LongPanelRow[] {
  const gap = new Map(gapRows.map((r) => [`${r.iso3}:${r.year}`, r.credibilityGap]));
  return rows.flatMap((r) => {
    const g = gap.get(`${r.iso3}:${r.year}`);
    return g === undefined ? [] : [{ ...r, x: { ...r.x, credibilityGap: g } }];
  });
}
