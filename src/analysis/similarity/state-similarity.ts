/**
 * The similarity of two states' foreign policies in a year, and the pairwise matrix for all
 * states of the year, on the alliance or UN basis (see profiles.ts), unweighted or weighted by
 * each dimension state's share of capabilities (COW CINC), as Signorino & Ritter (1999)
 * suggest for weighting by the importance of third states.
 */
import { findState, type World } from '../../data/index.js';
import type { AnalysisIssue, AnalysisResult } from '../errors.js';
import { profilesOf, type Profiles, type SimilarityBasis } from './profiles.js';
import { similarity, similarityMeasure, type Similarity, type SimilarityInput, type SimilarityMeasure } from './similarity.js';

export interface StateSimilarityOptions {
  readonly basis?: SimilarityBasis;
  /** Weight each dimension state by its CINC score (default false). */
  readonly weighted?: boolean;
}

export interface StateSimilarity extends Similarity {
  readonly year: number;
  readonly a: string;
  readonly b: string;
  readonly basis: SimilarityBasis;
  /** Dimension states left out: no ideal point (UN basis) or no CINC score (weighted). */
  readonly excluded: readonly string[];
}

/** The vectors of rows a and b over the dimensions both have (and, weighted, with a CINC score). */
function pairInput(world: World, p: Profiles, a: number, b: number, weighted: boolean): { input: SimilarityInput; excluded: string[] } | null {
  const x: number[] = [], y: number[] = [], w: number[] = [], excluded: string[] = [];
  const ra = p.rows[a]!, rb = p.rows[b]!;
  for (let k = 0; k < ra.length; k++) {
    const cinc = world.states[k]!.capabilities.cinc;
    if (!Number.isFinite(ra[k]!) || !Number.isFinite(rb[k]!) || (weighted && cinc === null)) { excluded.push(world.pairs.codes[k]!); continue; }
    x.push(ra[k]!); y.push(rb[k]!); w.push(cinc ?? 0);
  }
  if (x.length === 0 || (weighted && w.every((v) => v === 0))) return null;
  return { input: { x, y, max: p.max, ...(weighted ? { weights: w } : {}) }, excluded };
}

function stateIndex(world: World, query: string, path: string, issues: AnalysisIssue[]): number {
  const s = findState(world, query);
  if (!s) issues.push({ code: 'unknown_code', path, message: `no state "${query}" in the ${world.year} world`, fix: `use an ISO3 code, COW number or name; states in ${world.year}: ${world.pairs.codes.join(' ')}` });
  return s ? world.pairs.codes.indexOf(s.iso3) : -1;
}

export function stateSimilarity(world: World, a: string, b: string, options: StateSimilarityOptions = {}): AnalysisResult<StateSimilarity> {
  const basis = options.basis ?? 'alliances', weighted = options.weighted ?? false;
  const issues: AnalysisIssue[] = [];
  const ia = stateIndex(world, a, 'a', issues), ib = stateIndex(world, b, 'b', issues);
  if (issues.length > 0) return { ok: false, issues };
  const p = profilesOf(world, basis);
  if (!p.ok) return p;
  const r = pairInput(world, p.value, ia, ib, weighted);
  const [A, B] = [world.pairs.codes[ia]!, world.pairs.codes[ib]!];
  if (r === null) return { ok: false, issues: [{ code: 'not_covered', path: basis === 'un' ? 'un.idealPoint' : 'capabilities.cinc', message: `no dimensions to compare ${A} and ${B} on in ${world.year}`, fix: basis === 'un' ? 'one of the states has no UN ideal point this year: use --basis alliances' : 'drop --weighted' }] };
  return { ok: true, value: { year: world.year, a: A, b: B, basis, excluded: r.excluded, ...similarity(r.input) } };
}

export interface SimilarityMatrix {
  readonly year: number;
  readonly basis: SimilarityBasis;
  readonly measure: SimilarityMeasure;
  readonly weighted: boolean;
  readonly codes: readonly string[];
  /** values[a][b]: symmetric; null where undefined (no ideal point, constant vectors). */
  readonly values: (number | null)[][];
}

/** The measure for every pair of states in the year (the profiles are built once). */
export function similarityMatrix(world: World, options: StateSimilarityOptions & { measure?: SimilarityMeasure } = {}): AnalysisResult<SimilarityMatrix> {
  const basis = options.basis ?? 'alliances', weighted = options.weighted ?? false, measure = options.measure ?? 'sAbs';
  const p = profilesOf(world, basis);
  if (!p.ok) return p;
  const n = world.pairs.codes.length;
  const values: (number | null)[][] = Array.from({ length: n }, () => new Array<number | null>(n).fill(null));
  for (let a = 0; a < n; a++) {
    for (let b = a; b < n; b++) {
      const r = pairInput(world, p.value, a, b, weighted);
      const v = r === null ? null : similarityMeasure(r.input, measure);
      values[a]![b] = v; values[b]![a] = v;
    }
  }
  return { ok: true, value: { year: world.year, basis, measure, weighted, codes: world.pairs.codes, values } };
}
