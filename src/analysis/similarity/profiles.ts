/**
 * The position vectors compared by the similarity measures, one row per state of a World and
 * one column per state (its "portfolio" over the whole roster):
 *   alliances — the ATOP valued coding of Signorino & Ritter (1999): defence pact 3,
 *     neutrality or non-aggression pact 2, consultation (entente) 1, none 0, and 3 with itself.
 *     ATOP offence pledges count 3 like defence (both are pledges of active military support).
 *     World.pairs.ties is directed (a's obligations toward b); we symmetrise by the strongest
 *     obligation in either direction, because S&R's portfolios are of undirected alliance
 *     membership, and a one-sided treaty (USA→Japan) is still an alliance of both.
 *   un — each state's vector of UN ideal-point distances to every state |θ_a − θ_k| (Bailey,
 *     Strezhnev & Voeten 2017). The raw roll calls are not bundled; this profile asks "are a and b
 *     close to and far from the same states in the General Assembly?". NaN where θ is missing.
 */
import type { World } from '../../data/index.js';
import { TIE_BITS } from '../../data/index.js';
import type { AnalysisResult } from '../errors.js';
import type { SimilarityBasis } from './measures.js';

export { SIMILARITY_BASES, type SimilarityBasis } from './measures.js';

/** ATOP valued alliance coding (Signorino & Ritter 1999): the value of the strongest obligation in `flags`. */
export function atopValue(flags: number): number {
  if (flags & (TIE_BITS.defense | TIE_BITS.offense)) return 3;
  if (flags & (TIE_BITS.neutral | TIE_BITS.nonagg)) return 2;
  if (flags & TIE_BITS.consul) return 1;
  return 0;
}

/** The largest value of the ATOP valued scale, hence the range of S on the alliance basis. */
export const ATOP_MAX = 3;

/** Rows of valued alliance portfolios (self = 3); `not_covered` past ATOP's coverage (World.pairs.ties null). */
export function alliancePortfolios(world: World): AnalysisResult<number[][]> {
  const { ties, codes } = world.pairs;
  if (ties === null) {
    const atop = world.coverage.atopDyads;
    return { ok: false, issues: [{ code: 'not_covered', path: 'year', message: `no alliance ties for ${world.year}: ATOP covers ${atop ? `${atop[0]}-${atop[1]}` : 'no years'} in this data`, fix: `choose a year within ATOP's coverage, or compare UN positions with --basis un` }] };
  }
  const n = codes.length;
  const rows: number[][] = [];
  for (let a = 0; a < n; a++) {
    const row = new Array<number>(n);
    for (let b = 0; b < n; b++) row[b] = a === b ? ATOP_MAX : Math.max(atopValue(ties[a * n + b]!), atopValue(ties[b * n + a]!));
    rows.push(row);
  }
  return { ok: true, value: rows };
}

/** Rows of ideal-point distance profiles; NaN in every cell touching a state without an ideal point. */
export function unProfiles(world: World): number[][] {
  const points = world.states.map((s) => s.un.idealPoint ?? Number.NaN);
  return points.map((a) => points.map((k) => Math.abs(a - k)));
}

/** The range of the UN profile scale: the spread of the year's ideal points, which bounds every |θ_a − θ_k|. */
export function unRange(world: World): number {
  const points = world.states.map((s) => s.un.idealPoint).filter((p): p is number => p !== null);
  return points.length === 0 ? 0 : Math.max(...points) - Math.min(...points);
}

export interface Profiles {
  readonly rows: number[][];
  /** The largest possible distance between two positions on this basis. */
  readonly max: number;
}

export function profilesOf(world: World, basis: SimilarityBasis): AnalysisResult<Profiles> {
  if (basis === 'un') return { ok: true, value: { rows: unProfiles(world), max: unRange(world) } };
  const rows = alliancePortfolios(world);
  return rows.ok ? { ok: true, value: { rows: rows.value, max: ATOP_MAX } } : rows;
}
