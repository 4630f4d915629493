/**
 * Curated inputs of the long (1955–2016) defence-effort panel (issue 11, item 1):
 *  - growth.csv: real GDP at constant national prices (PWT 10.01 rgdpna) and its yearly growth,
 *    the denominator of the burden m = milex/GDP (a boom lowers m mechanically);
 *  - rivalry.csv: each roster state's militarised disputes (COW MID 5.0 dyad-years, 1816–2014)
 *    and international crises (ICB v14 actor level, 1918–2016) with each rival (USSR/Russia,
 *    COW 365; China, COW 710). A row whose iso3 is the rival itself counts every ICB crisis the
 *    rival was an actor in that year (the "rival in crisis" shock felt by all allies: Hungary 1956,
 *    Czechoslovakia 1968, Afghanistan 1979, Georgia 2008, Ukraine 2014).
 * Only roster states and years ≥ FIRST_EFFORT_INPUT_YEAR are kept.
 */
import type { Row } from './curated.js';
import type { Roster } from './roster.js';
import type { TableReader } from './table.js';

export const FIRST_EFFORT_INPUT_YEAR = 1950;
const RIVAL_COW: Readonly<Record<string, number>> = { RUS: 365, CHN: 710 };

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
