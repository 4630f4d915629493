/**
 * Curated inputs of the long (1955–2016) defence-effort panel (issue 11, item 1):
 *  - growth.csv: real GDP at constant national prices (PWT 10.01 rgdpna) and its yearly growth,
 *    the denominator of the burden m = milex/GDP (a boom lowers m mechanically);
 *  - rivalry.csv: each roster state's militarised disputes (COW MID 5.0 dyad-years, 1816–2014)
 *    and international crises (ICB v14 actor level, 1918–2016) with each rival (USSR/Russia,
 *    COW 365; China, COW 710). A row whose iso3 is the rival itself counts every ICB crisis the
 *    rival was an actor in that year (the "rival in crisis" shock felt by all allies: Hungary 1956,
 *    Czechoslovakia 1968, Afghanistan 1979, Georgia 2008, Ukraine 2014).
 *  - rival_force.csv: the crises a rival forced on a third state (ICB v14 actor level: the
 *    actor's triggering entity is the USSR/Russia or China; the actor is neither a rival nor the
 *    United States; the crisis saw at least minor clashes, `viol` ≥ 2), one row per crisis and
 *    victim, with the victim's capital (COW capitals) so that any ally's distance to it can be
 *    measured: Hungary 1956, Czechoslovakia 1968, Afghanistan 1979, Georgia 2008, Ukraine 2014 and
 *    China's wars with India and Vietnam are such rows. These are the "shocks" of issue 11, item 1:
 *    demonstrated aggressive intent (Walt 1987, ch. 2) near the ally.
 * Only roster states (rival_force.csv: any victim) and years ≥ FIRST_EFFORT_INPUT_YEAR are kept.
 */
import type { Row } from './curated.js';
import type { Roster } from './roster.js';
import type { TableReader } from './table.js';

export const FIRST_EFFORT_INPUT_YEAR = 1950;
const RIVAL_COW: Readonly<Record<string, number>> = { RUS: 365, CHN: 710 };
const USA_COW = 2;
/** ICB `viol`: 1 no violence, 2 minor clashes, 3 serious clashes, 4 full-scale war (ICB v14 codebook). */
export const MIN_FORCE_VIOLENCE = 2;

/** PWT rgdpna (million 2017 national-currency units at constant prices) and growth in % on the year before. */
export function growthRows(t: TableReader, roster: Roster): Row[] {
  const byState = new Map<string, Map<number, number>>();
  for (let r = 0; r < t.length; r++) {
    const s = roster.byIso3(t.text(r, 'iso3'));
    const year = t.num(r, 'year'), g = t.num(r, 'rgdpna');
    if (!s || year === null || g === null || year < FIRST_EFFORT_INPUT_YEAR) continue;
    if (!byState.has(s.iso3)) byState.set(s.iso3, new Map());
    byState.get(s.iso3)!.set(year, g);
  }
  const rows: Row[] = [];
  for (const [iso3, series] of byState) {
    for (const [year, g] of [...series].sort((a, b) => a[0] - b[0])) {
      const before = series.get(year - 1);
      rows.push({ iso3, year, rgdpna: Number(g.toPrecision(8)), growth_pct: before === undefined || before <= 0 ? null : Number((100 * (g / before - 1)).toFixed(4)) });
    }
  }
  return rows;
}

/** Disputes and crises of each roster state with each rival, by year (see the module comment). */
export function rivalryRows(mid: TableReader, icb: TableReader, roster: Roster): Row[] {
  const cell = new Map<string, { iso3: string; rival: string; year: number; mid: number; hostlev: number; icb: number }>();
  const at = (iso3: string, rival: string, year: number) => {
    const key = `${iso3}:${rival}:${year}`;
    let c = cell.get(key);
    if (!c) { c = { iso3, rival, year, mid: 0, hostlev: 0, icb: 0 }; cell.set(key, c); }
    return c;
  };
  // MID dyad-years: each dyad once (ccode1 < ccode2); the rival may be either side.
  for (let r = 0; r < mid.length; r++) {
    const year = mid.num(r, 'year'), c1 = mid.num(r, 'ccode1'), c2 = mid.num(r, 'ccode2');
    if (year === null || c1 === null || c2 === null || year < FIRST_EFFORT_INPUT_YEAR) continue;
    for (const [rc, oc] of [[c1, c2], [c2, c1]] as const) {
      const rival = Object.keys(RIVAL_COW).find((k) => RIVAL_COW[k] === rc);
      const s = roster.byCowWithAliases(oc);
      if (!rival || !s || s.iso3 === rival) continue;
      const c = at(s.iso3, rival, year);
      c.mid = 1;
      c.hostlev = Math.max(c.hostlev, mid.num(r, 'hostlev') ?? 0);
    }
  }
  // ICB actors: a crisis counts in the year it was triggered for the actor (yrtrig).
  const actors = new Map<string, Set<string>>(); // crisno:year → roster iso3 of its actors
  for (let r = 0; r < icb.length; r++) {
    const year = icb.num(r, 'yrtrig'), cow = icb.num(r, 'cracid');
    if (year === null || cow === null || year < FIRST_EFFORT_INPUT_YEAR) continue;
    const s = roster.byCowWithAliases(cow);
    if (!s) continue;
    const key = `${icb.text(r, 'crisno')}:${year}`;
    if (!actors.has(key)) actors.set(key, new Set());
    actors.get(key)!.add(s.iso3);
  }
  for (const [key, set] of actors) {
    const year = Number(key.split(':')[1]);
    for (const rival of Object.keys(RIVAL_COW)) {
      if (!set.has(rival)) continue;
      at(rival, rival, year).icb += 1;
      for (const iso3 of set) if (iso3 !== rival) at(iso3, rival, year).icb += 1;
    }
  }
  return [...cell.values()]
    .sort((a, b) => a.iso3.localeCompare(b.iso3) || a.rival.localeCompare(b.rival) || a.year - b.year)
    .map((c) => ({ iso3: c.iso3, rival: c.rival, year: c.year, mid_ongoing: c.mid, mid_hostlev: c.hostlev, icb_crises: c.icb }));
}

/** A capital's coordinates in a year, from the COW capitals file (ccode, start_year, end_year, lat, lng). */
function capitalAt(capitals: TableReader, cow: number, year: number): { name: string; lat: number; lng: number } | null {
  for (let r = 0; r < capitals.length; r++) {
    if (capitals.num(r, 'ccode') !== cow) continue;
    const from = capitals.num(r, 'start_year') ?? -Infinity, until = capitals.num(r, 'end_year') ?? Infinity;
    const lat = capitals.num(r, 'lat'), lng = capitals.num(r, 'lng');
    if (year >= from && year <= until && lat !== null && lng !== null) return { name: capitals.text(r, 'state_name'), lat, lng };
  }
  return null;
}

/** Crises a rival forced on a third state, one row per crisis and victim (see the module comment). */
export function rivalForceRows(crises: TableReader, actors: TableReader, capitals: TableReader, roster: Roster): Row[] {
  const crisis = new Map<string, { name: string; viol: number }>();
  for (let r = 0; r < crises.length; r++) crisis.set(crises.text(r, 'crisno'), { name: crises.text(r, 'crisname'), viol: crises.num(r, 'viol') ?? 0 });
  const rows = new Map<string, Row>();
  for (let r = 0; r < actors.length; r++) {
    const no = actors.text(r, 'crisno'), c = crisis.get(no);
    const year = actors.num(r, 'yrtrig'), cow = actors.num(r, 'cracid'), trigger = actors.num(r, 'trigent');
    const rival = Object.keys(RIVAL_COW).find((k) => RIVAL_COW[k] === trigger);
    if (!c || !rival || year === null || cow === null || year < FIRST_EFFORT_INPUT_YEAR || c.viol < MIN_FORCE_VIOLENCE) continue;
    if (cow === USA_COW || Object.values(RIVAL_COW).includes(cow)) continue;
    const key = `${no}:${cow}`;
    if (rows.has(key)) continue; // an actor listed twice (Taiwan Strait I)
    const capital = capitalAt(capitals, cow, year);
    if (!capital) continue;
    rows.set(key, {
      crisno: Number(no), crisis: c.name, year, rival, victim_cow: cow, victim_iso3: roster.byCowWithAliases(cow)?.iso3 ?? null,
      victim: capital.name, capital_lat: capital.lat, capital_lng: capital.lng, violence: c.viol,
    });
  }
  return [...rows.values()].sort((a, b) => Number(a.year) - Number(b.year) || Number(a.crisno) - Number(b.crisno) || Number(a.victim_cow) - Number(b.victim_cow));
}
