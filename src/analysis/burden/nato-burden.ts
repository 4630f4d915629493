/**
 * Burden sharing applied to NATO in a World year: the members' GDP and defence share of GDP
 * (the headline figure: NATO's own where its table has the year, else SIPRI's; see
 * docs/DATA.md), the 2% guideline table, and the series over every year of the data.
 */
import type { World } from '../../data/index.js';
import type { AnalysisResult } from '../errors.js';
import { burdenSharing, type BurdenAlly, type BurdenSharing, type RankTest } from './burden-sharing.js';
import { hasExposedBorder } from './exposed-borders.js';
import { NATO_GUIDELINE_PCT_GDP } from '../../vocabulary.js';

/** NATO's guideline, 2% of GDP (Riga 2006; Wales Summit Declaration 2014, §14): defined once, in the vocabulary. */
export { NATO_GUIDELINE_PCT_GDP };

export interface Compliance {
  readonly year: number;
  /** NATO members at the end of the year (the USA included). */
  readonly members: number;
  /** Members with a defence share figure. */
  readonly reporting: number;
  /** Members at or above the guideline, highest first. */
  readonly atOrAbove: readonly { readonly id: string; readonly pctGdp: number }[];
}

export interface NatoBurden extends BurdenSharing {
  readonly year: number;
  readonly compliance: Compliance;
  /** Members left out of the correlation and why (no spending figure, no GDP). */
  readonly excluded: readonly { readonly id: string; readonly reason: string }[];
  /** The releases the defence figures come from (e.g. "NATO 2019-06"). */
  readonly vintages: readonly string[];
}

/** NATO members at or above 2% of GDP in the year. */
export function natoCompliance(world: World): Compliance {
  const nato = world.states.filter((s) => s.roles.natoMember);
  const atOrAbove = nato
    .filter((s) => s.defence.pctGdp !== null && s.defence.pctGdp >= NATO_GUIDELINE_PCT_GDP)
    .map((s) => ({ id: s.iso3, pctGdp: s.defence.pctGdp! }))
    .sort((a, b) => b.pctGdp - a.pctGdp);
  return { year: world.year, members: nato.length, reporting: nato.filter((s) => s.defence.pctGdp !== null).length, atOrAbove };
}

/** The NATO members of the year as burden-sharing allies, and those left out. */
export function natoAllies(world: World): { allies: BurdenAlly[]; excluded: { id: string; reason: string }[] } {
  const allies: BurdenAlly[] = [], excluded: { id: string; reason: string }[] = [];
  for (const s of world.states.filter((x) => x.roles.natoMember)) {
    const gdp = s.economy.gdpUsdCurrentM, pct = s.defence.pctGdp, pop = s.economy.populationK;
    if (pct === null) { excluded.push({ id: s.iso3, reason: 'no defence share of GDP' }); continue; }
    if (gdp === null || gdp <= 0) { excluded.push({ id: s.iso3, reason: 'no GDP' }); continue; }
    allies.push({
      id: s.iso3, gdpUsdM: gdp, milexPctGdp: pct,
      ...(s.defence.usdCurrentM !== null && s.defence.usdCurrentM > 0 ? { milexUsdM: s.defence.usdCurrentM } : {}),
      gdpPerCapitaUsd: pop !== null && pop > 0 ? (gdp * 1e6) / (pop * 1e3) : null,
      exposedBorder: hasExposedBorder(s.iso3, world.year),
    });
  }
  return { allies, excluded };
}

/** Burden sharing among NATO's members in the World's year. */
export function natoBurdenSharing(world: World): AnalysisResult<NatoBurden> {
  const { allies, excluded } = natoAllies(world);
  const r = burdenSharing(allies);
  if (!r.ok) return { ok: false, issues: r.issues.map((i) => ({ ...i, message: `${world.year}: ${i.message}` })) };
  const vintages = [...new Set(world.states.filter((s) => s.roles.natoMember && s.defence.vintage !== null).map((s) => s.defence.vintage!))].sort();
  return { ok: true, value: { ...r.value, year: world.year, compliance: natoCompliance(world), excluded, vintages } };
}

export interface BurdenYear {
  readonly year: number;
  readonly spearman: RankTest;
  readonly partialGdpPerCapita: RankTest;
  readonly partialExposedBorder: RankTest;
  readonly compliance: Compliance;
}

/** The statistic and the 2% table for each World given (e.g. every year 1990–2016). */
export function natoBurdenByYear(worlds: readonly World[]): AnalysisResult<BurdenYear[]> {
  const rows: BurdenYear[] = [];
  for (const w of worlds) {
    const r = natoBurdenSharing(w);
    if (!r.ok) return r;
    rows.push({ year: w.year, spearman: r.value.spearman, partialGdpPerCapita: r.value.partialGdpPerCapita, partialExposedBorder: r.value.partialExposedBorder, compliance: r.value.compliance });
  }
  return { ok: true, value: rows };
}
