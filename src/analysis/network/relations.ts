/**
 * The pairwise relations of a year that the network, balance and landscape models read, by
 * every rule and threshold that turns data into ties, hostility and propensity: RELATION_RULES
 * (relation-rules.ts) is the one place they live, each with its justification
 * (docs/analysis/structure.md restates them).
 */
import { TIE_BITS, type World } from '../../data/index.js';
import type { AnalysisResult } from '../errors.js';
import { RELATION_RULES } from './relation-rules.js';

export { RELATION_RULES } from './relation-rules.js';

export interface PairRelations {
  readonly year: number;
  readonly codes: readonly string[];
  readonly n: number;
  /** 1 where the pair has an alliance tie (RELATION_RULES.allianceTies or the mask asked for). */
  readonly alliance: Uint8Array;
  /** 1 where one state is a rival and the other an ally or the patron. */
  readonly rivalry: Uint8Array;
  /** |ideal point a − ideal point b|; NaN where either is missing. */
  readonly unDistance: Float64Array;
  /** The USA–Russia ideal-point distance of the year. */
  readonly unAnchorDistance: number;
}

export interface RelationOptions {
  /** TIE_BITS flags that count as an alliance tie (default RELATION_RULES.allianceTies). */
  readonly ties?: number;
}

export type PropensityWeights = { readonly alliance: number; readonly un: number; readonly rivalry: number };

/** TIE_BITS flags from ATOP type names ("defense", "offense", "neutral", "nonagg", "consul"); issues name unknown ones. */
export function tieMask(names: readonly string[], path = 'ties'): AnalysisResult<number> {
  let mask = 0;
  const unknown = names.filter((t) => !(t in TIE_BITS));
  if (unknown.length > 0 || names.length === 0) {
    return { ok: false, issues: [{ code: 'out_of_range', path, message: names.length === 0 ? 'no tie type given' : `unknown tie type ${unknown.map((u) => `"${u}"`).join(', ')}`, fix: `use a comma-separated list of ${Object.keys(TIE_BITS).join(', ')}` }] };
  }
  for (const t of names) mask |= TIE_BITS[t as keyof typeof TIE_BITS];
  return { ok: true, value: mask };
}

/** The relations of `world`'s year, or not_covered when ATOP ties or the UN anchor are missing. */
export function pairRelations(world: World, options: RelationOptions = {}): AnalysisResult<PairRelations> {
  const { codes, ties, idealPointDistance } = world.pairs;
  const n = codes.length;
  if (ties === null) {
    return { ok: false, issues: [{ code: 'not_covered', path: 'year', message: `no ATOP alliance ties for ${world.year}: the dyad data end at ${world.coverage.atopDyads?.[1] ?? '?'}`, fix: `choose a year within ATOP's coverage (${world.coverage.atopDyads?.join('-') ?? 'none'})` }] };
  }
  const [ua, ub] = RELATION_RULES.unAnchor.map((c) => codes.indexOf(c));
  const unAnchorDistance = ua! >= 0 && ub! >= 0 ? idealPointDistance[ua! * n + ub!]! : Number.NaN;
  if (!Number.isFinite(unAnchorDistance) || unAnchorDistance <= 0) {
    return { ok: false, issues: [{ code: 'not_covered', path: 'year', message: `no UN ideal-point distance between ${RELATION_RULES.unAnchor.join(' and ')} in ${world.year}`, fix: 'choose a year with UN ideal points for both' }] };
  }
  const mask = options.ties ?? RELATION_RULES.allianceTies;
  const alliance = new Uint8Array(n * n), rivalry = new Uint8Array(n * n);
  const sideOfRival = world.states.map((s) => s.roles.ally || s.roles.patron);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      if (a === b) continue;
      if (((ties[a * n + b]! | ties[b * n + a]!) & mask) !== 0) alliance[a * n + b] = 1;
      const A = world.states[a]!, B = world.states[b]!;
      if ((A.roles.rival && sideOfRival[b]) || (B.roles.rival && sideOfRival[a])) rivalry[a * n + b] = 1;
    }
  }
  return { ok: true, value: { year: world.year, codes, n, alliance, rivalry, unDistance: idealPointDistance, unAnchorDistance } };
}

/** U_ij = clamp(1 − 2 d / d_anchor, −1, 1), 0 when d is missing (RELATION_RULES.propensityWeights). */
export function unAffinity(distance: number, anchorDistance: number): number {
  if (!Number.isFinite(distance)) return 0;
  return Math.max(-1, Math.min(1, 1 - (2 * distance) / anchorDistance));
}

/** The sign of a pair: +1 alliance tie; else −1 rivalry or UN distance ≥ the anchor's; else 0. */
export function pairSign(r: PairRelations, a: number, b: number): -1 | 0 | 1 {
  const i = a * r.n + b;
  if (r.alliance[i] === 1) return 1;
  if (r.rivalry[i] === 1 || r.unDistance[i]! >= RELATION_RULES.unHostileAtAnchorMultiple * r.unAnchorDistance) return -1;
  return 0;
}

/** p_ij = w_a·A_ij + w_u·U_ij − w_r·R_ij (weights default to RELATION_RULES.propensityWeights). */
export function pairPropensity(r: PairRelations, a: number, b: number, w: PropensityWeights = RELATION_RULES.propensityWeights): number {
  const i = a * r.n + b;
  return w.alliance * r.alliance[i]! + w.un * unAffinity(r.unDistance[i]!, r.unAnchorDistance) - w.rivalry * r.rivalry[i]!;
}
