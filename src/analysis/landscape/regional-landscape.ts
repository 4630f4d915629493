/**
 * The landscape of a region in a year: actors chosen by a documented list, sizes from COW's
 * composite index of national capability (CINC, Singer, Bremer & Stuckey 1972: a share of world
 * capabilities, as Axelrod & Bennett sized nations by national capabilities), propensities from
 * the rule in RELATION_RULES.propensityWeights (network/relation-rules.ts).
 */
import type { World } from '../../data/index.js';
import type { AnalysisIssue, AnalysisResult } from '../errors.js';
import { pairPropensity, pairRelations, type PropensityWeights, type RelationOptions } from '../network/relations.js';
import type { LandscapeProblem } from './landscape-problem.js';
import type { LandscapeRegion } from './regions.js';

export { LANDSCAPE_REGIONS, type LandscapeRegion } from './regions.js';

/**
 * The default actors, patron first (so the patron's side is listed first). Europe, 24 actors (an
 * exhaustive run with exact basins takes about two seconds): the patron and Russia; the states
 * Heisbourg (2016) names — Britain (Brexit), France, Germany, Italy and the Netherlands (the 2017
 * elections), Poland and Hungary (semi-authoritarian governments), Bulgaria and the Czech Republic
 * (accommodating Russia), the EFP hosts Estonia, Latvia and Lithuania, the gray zones Ukraine,
 * Belarus, Moldova and Georgia, and the Balkan states Serbia, Bosnia, Macedonia and Montenegro —
 * and the two NATO members among Europe's ten largest by CINC he does not name (Turkey, Spain).
 * Kosovo is left out: it has no UN ideal point and no ATOP tie, so every propensity would be 0.
 * Asia-Pacific, 10 actors: the patron, its five treaty allies, New Zealand, China, North Korea and
 * Russia (a Pacific power and a party to the six-party talks); Taiwan is left out like Kosovo.
 */
export const REGION_ACTORS: Readonly<Record<LandscapeRegion, readonly string[]>> = {
  europe: ['USA', 'RUS', 'GBR', 'FRA', 'DEU', 'ITA', 'NLD', 'POL', 'HUN', 'BGR', 'CZE', 'EST', 'LVA', 'LTU', 'UKR', 'BLR', 'MDA', 'GEO', 'SRB', 'BIH', 'MKD', 'MNE', 'TUR', 'ESP'],
  asia: ['USA', 'JPN', 'KOR', 'AUS', 'PHL', 'THA', 'NZL', 'CHN', 'PRK', 'RUS'],
};

const THEATRE: Record<LandscapeRegion, string> = { europe: 'europe', asia: 'asia_pacific' };

export interface RegionalOptions extends RelationOptions {
  /** ISO3 codes to use instead of REGION_ACTORS, or 'all': the patron, every state of the theatre and the rivals there (Russia too for Asia). */
  readonly actors?: readonly string[] | 'all';
  /** Weights of the propensity rule (default RELATION_RULES.propensityWeights). */
  readonly weights?: PropensityWeights;
}

export interface RegionalLandscape {
  readonly region: LandscapeRegion;
  readonly year: number;
  readonly problem: LandscapeProblem;
  /** Actors dropped because every propensity of theirs is 0 (no tie, no rivalry, no UN ideal point). */
  readonly excluded: readonly string[];
}

/** Which ISO3 codes make up the region's landscape (before indifferent actors are dropped). */
export function regionActorCodes(world: World, region: LandscapeRegion, actors?: RegionalOptions['actors']): string[] {
  if (Array.isArray(actors)) return [...actors];
  if (actors !== 'all') return [...REGION_ACTORS[region]];
  const inTheatre = world.states.filter((s) => s.theatre === THEATRE[region] || (region === 'asia' && s.iso3 === 'RUS')).map((s) => s.iso3);
  return ['USA', ...inTheatre.filter((c) => c !== 'USA')];
}

/** The landscape problem of `region` in `world`'s year; issues name unknown codes and missing sizes. */
export function regionalLandscape(world: World, region: LandscapeRegion, options: RegionalOptions = {}): AnalysisResult<RegionalLandscape> {
  const rel = pairRelations(world, options);
  if (!rel.ok) return rel;
  const codes = regionActorCodes(world, region, options.actors);
  const issues: AnalysisIssue[] = [];
  const index: number[] = [];
  codes.forEach((c, i) => {
    const k = rel.value.codes.indexOf(c.toUpperCase());
    if (k < 0) issues.push({ code: 'unknown_code', path: `actors[${i}]`, message: `no state "${c}" in the ${world.year} world`, fix: `use ISO3 codes of ${world.year}: ${rel.value.codes.join(' ')}` });
    else if (index.includes(k)) issues.push({ code: 'bad_input', path: `actors[${i}]`, message: `"${c}" is listed twice`, fix: 'list each state once' });
    else if (world.states[k]!.capabilities.cinc === null) issues.push({ code: 'not_covered', path: `actors[${i}]`, message: `${c} has no CINC (capability share) in ${world.year}`, fix: 'leave the state out, or choose a year the capabilities data cover' });
    else index.push(k);
  });
  if (issues.length > 0) return { ok: false, issues };
  const propensityOf = (a: number, b: number) => (a === b ? 0 : pairPropensity(rel.value, a, b, options.weights));
  const kept = index.filter((a) => index.some((b) => propensityOf(a, b) !== 0));
  const excluded = index.filter((a) => !kept.includes(a)).map((a) => rel.value.codes[a]!);
  const n = kept.length;
  const size = new Float64Array(kept.map((k) => world.states[k]!.capabilities.cinc!));
  const propensity = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) propensity[i * n + j] = propensityOf(kept[i]!, kept[j]!);
  return { ok: true, value: { region, year: world.year, problem: { ids: kept.map((k) => rel.value.codes[k]!), size, propensity }, excluded } };
}
