/**
 * The global state-year panel of the proliferation hazard (issue 11, item 3): every state in the
 * COW system (a row of the National Material Capabilities file) in 1946–2010, with
 *  - its proliferation status (Bleek 2017 via OWID: 1 considering, 2 pursuing, 3 possessing);
 *  - `latent`: an operating enrichment or reprocessing facility (Fuhrmann & Tkach 2015, the
 *    country-year file; a state absent from it had no facility: the file lists only states with one);
 *  - `rival_nuclear`: a Thompson & Dreyer (2012) strategic rival that possesses nuclear weapons
 *    that year (OWID possession). Rivalries "ending" in 2010 are ongoing (censored), so the panel
 *    stops in 2010;
 *  - `umbrella`: a state that possesses nuclear weapons that year has an ATOP defence obligation
 *    to this state (ATOP v5.1 directed dyad-years, ccode1 → ccode2 with atop_defense = 1: the
 *    extended deterrence of Singh & Way 2004's great-power guarantee);
 *  - `cinc`: the COW composite index of national capability (share of the system's capability);
 *  - `libdem`: V-Dem's liberal democracy index v2x_libdem (Coppedge et al., V-Dem v15), the
 *    regime term of Singh & Way (2004) and Jo & Gartzke (2007), and the same measure the World
 *    carries (politics.csv libdem), so the ladder can use the fit; empty where V-Dem has no row;
 *  - `energy_pc`: primary energy consumption per head (NMC pec / tpop, tonnes of coal equivalent),
 *    the development proxy of Singh & Way (2004), complete for every NMC state-year (PWT's GDP per
 *    head starts in 1950 and lacks 8 of the 27 onsets: Serbia twice, Norway, Israel, India, China, North Korea, Libya).
 * OWID lists every current country in every year, independent or not; the NMC row is the test
 * of existence. States are keyed by COW code (OWID and the rivalry file carry it) and named by
 * OWID's iso3 (COW code when it has none).
 */
import type { Row } from './curated.js';
import type { TableReader } from './table.js';

export const PANEL_FIRST_YEAR = 1946;
/** Thompson & Dreyer end in 2010 (ongoing rivalries are coded 2010). */
export const PANEL_LAST_YEAR = 2010;

export interface ProliferationPanelSources {
  readonly status: TableReader;
  readonly latency: TableReader;
  readonly rivalries: TableReader;
  readonly nmc: TableReader;
  readonly atopDyads: TableReader;
  readonly vdem: TableReader;
}

export function proliferationPanelRows({ status, latency, rivalries, nmc, atopDyads, vdem }: ProliferationPanelSources): Row[] {
  const key = (c: number, y: number) => `${c}:${y}`;
  const libdem = new Map<string, number>();
  for (let r = 0; r < vdem.length; r++) {
    const c = vdem.num(r, 'ccode'), y = vdem.num(r, 'year'), v = vdem.num(r, 'v2x_libdem');
    if (c !== null && y !== null && v !== null && y >= PANEL_FIRST_YEAR) libdem.set(key(c, y), v);
  }
  const level = new Map<string, number>();
  const iso3Of = new Map<number, string>();
  for (let r = 0; r < status.length; r++) {
    const c = status.num(r, 'ccode'), y = status.num(r, 'year'), s = status.num(r, 'nuclear_weapons_status');
    if (c === null || y === null || s === null) continue;
    level.set(key(c, y), s);
    const iso3 = status.text(r, 'iso3');
    if (iso3) iso3Of.set(c, iso3);
  }
  const latent = new Set<string>();
  for (let r = 0; r < latency.length; r++) {
    const c = latency.num(r, 'ccode'), y = latency.num(r, 'year');
    if (c !== null && y !== null && latency.num(r, 'latent') === 1) latent.add(key(c, y));
  }
  const spans: { a: number; b: number; from: number; to: number }[] = [];
  for (let r = 0; r < rivalries.length; r++) {
    const a = rivalries.num(r, 'ccode1'), b = rivalries.num(r, 'ccode2'), from = rivalries.num(r, 'styear'), to = rivalries.num(r, 'endyear');
    if (a !== null && b !== null && from !== null && to !== null) spans.push({ a, b, from, to });
  }
  const possesses = (c: number, y: number) => level.get(key(c, y)) === 3;
  const defended = new Set<string>();
  for (let r = 0; r < atopDyads.length; r++) {
    const a = atopDyads.num(r, 'ccode1'), b = atopDyads.num(r, 'ccode2'), y = atopDyads.num(r, 'year');
    if (a !== null && b !== null && y !== null && a !== b && atopDyads.num(r, 'atop_defense') === 1 && possesses(a, y)) defended.add(key(b, y));
  }
  const rows: Row[] = [];
  for (let r = 0; r < nmc.length; r++) {
    const c = nmc.num(r, 'ccode'), y = nmc.num(r, 'year');
    if (c === null || y === null || y < PANEL_FIRST_YEAR || y > PANEL_LAST_YEAR) continue;
    const rival = spans.some((s) => s.from <= y && y <= s.to && ((s.a === c && possesses(s.b, y)) || (s.b === c && possesses(s.a, y))));
    const cinc = nmc.num(r, 'cinc'), pec = nmc.num(r, 'pec'), tpop = nmc.num(r, 'tpop');
    rows.push({
      iso3: iso3Of.get(c) ?? `COW${c}`, ccode: c, year: y,
      status: level.get(key(c, y)) ?? 0,
      latent: latent.has(key(c, y)) ? 1 : 0,
      rival_nuclear: rival ? 1 : 0,
      umbrella: defended.has(key(c, y)) ? 1 : 0,
      cinc: cinc === null ? null : Number(cinc.toPrecision(6)),
      libdem: libdem.get(key(c, y)) ?? null,
      // NMC codes a missing value as −9; pec in thousand tonnes of coal equivalent, tpop in thousands
      energy_pc: pec === null || tpop === null || pec < 0 || !(tpop > 0) ? null : Number((pec / tpop).toPrecision(6)),
    });
  }
  return rows.sort((p, q) => (p.ccode as number) - (q.ccode as number) || (p.year as number) - (q.year as number));
}
