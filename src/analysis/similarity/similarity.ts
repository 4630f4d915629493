/**
 * All the foreign-policy similarity measures of two position vectors at once: Signorino &
 * Ritter's S (absolute and squared distance), Kendall's τ_b (Bueno de Mesquita 1975) and
 * Häge's (2011) chance-corrected κ and π. Input is validated here, at the boundary, and every
 * problem is reported (errors as values).
 */
import type { AnalysisIssue, AnalysisResult } from '../errors.js';
import { kendallTauB } from '../stats/kendall-tau-b.js';
import { sScore } from './s-score.js';
import { cohenKappa, scottPi } from './chance-corrected.js';
import type { SimilarityMeasure } from './measures.js';

export interface SimilarityInput {
  readonly x: readonly number[];
  readonly y: readonly number[];
  /** One non-negative weight per dimension (e.g. capability shares); absent: all equal. */
  readonly weights?: readonly number[];
  /** The largest possible |x_k − y_k| (the scale's range); absent: the range of the values given. */
  readonly max?: number;
}

export interface Similarity {
  /** S with absolute distance (Signorino & Ritter 1999). */
  readonly sAbs: number;
  /** S with squared distance. */
  readonly sSq: number;
  /** Kendall's τ_b, unweighted (no standard weighted form); null if either vector is constant. */
  readonly tauB: number | null;
  /** Cohen's κ, absolute distance (Häge 2011); null when undefined. */
  readonly kappa: number | null;
  /** Scott's π, absolute distance (Häge 2011); null when undefined. */
  readonly pi: number | null;
  readonly kappaSq: number | null;
  readonly piSq: number | null;
  /** Dimensions compared. */
  readonly n: number;
  /** The range S was scaled by. */
  readonly max: number;
  readonly weighted: boolean;
}

const isNumberArray = (v: unknown): v is unknown[] => Array.isArray(v);

function numbers(value: unknown, path: string, issues: AnalysisIssue[]): number[] | null {
  if (!isNumberArray(value)) {
    issues.push({ code: 'bad_input', path, message: `${path} must be an array of numbers`, fix: `give ${path} as a JSON array, e.g. [3, 3, 2, 0]` });
    return null;
  }
  value.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) issues.push({ code: 'bad_input', path: `${path}[${i}]`, message: `${JSON.stringify(v)} is not a finite number`, fix: 'use plain numbers; leave a dimension out rather than writing null' });
  });
  return value as number[];
}

/** Checks raw input (parsed JSON) for `similarity`: shapes, lengths, signs and the range. */
export function readSimilarityInput(raw: unknown): AnalysisResult<SimilarityInput> {
  const issues: AnalysisIssue[] = [];
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, issues: [{ code: 'bad_input', path: '', message: 'the input must be a JSON object { "x": [..], "y": [..], "weights"?: [..], "max"?: m }', fix: 'wrap the vectors in an object with fields x and y' }] };
  }
  const o = raw as Record<string, unknown>;
  const x = numbers(o.x, 'x', issues), y = numbers(o.y, 'y', issues);
  const weights = o.weights === undefined ? undefined : numbers(o.weights, 'weights', issues);
  if (x && y && x.length !== y.length) issues.push({ code: 'length_mismatch', path: 'y', message: `x has ${x.length} values but y has ${y.length}`, fix: 'give both states a position on the same dimensions, in the same order' });
  if (x && x.length === 0) issues.push({ code: 'bad_input', path: 'x', message: 'no dimensions to compare', fix: 'give at least one position in x and y' });
  if (x && weights && weights.length !== x.length) issues.push({ code: 'length_mismatch', path: 'weights', message: `${weights.length} weights for ${x.length} dimensions`, fix: 'give one weight per dimension, or leave weights out' });
  weights?.forEach((w, i) => { if (typeof w === 'number' && w < 0) issues.push({ code: 'negative_value', path: `weights[${i}]`, message: `weight ${w} is negative`, fix: 'weights are shares (e.g. capabilities): use values ≥ 0' }); });
  if (weights && weights.length > 0 && weights.every((w) => w === 0)) issues.push({ code: 'out_of_range', path: 'weights', message: 'all weights are 0', fix: 'give at least one dimension a positive weight' });
  let max: number | undefined;
  if (o.max !== undefined) {
    if (typeof o.max !== 'number' || !(o.max > 0) || !Number.isFinite(o.max)) issues.push({ code: 'out_of_range', path: 'max', message: `max ${JSON.stringify(o.max)} is not a positive number`, fix: 'max is the largest possible distance between two positions, e.g. 3 for ATOP valued alliances' });
    else max = o.max;
  }
  if (issues.length > 0) return { ok: false, issues };
  if (max !== undefined) {
    x!.forEach((v, i) => { if (Math.abs(v - y![i]!) > max!) issues.push({ code: 'out_of_range', path: `y[${i}]`, message: `|x − y| = ${Math.abs(v - y![i]!)} exceeds max ${max}`, fix: 'max must be at least the largest possible distance between positions' }); });
    if (issues.length > 0) return { ok: false, issues };
  }
  return { ok: true, value: { x: x!, y: y!, ...(weights ? { weights } : {}), ...(max !== undefined ? { max } : {}) } };
}

/** The range of the pooled values: the default scale when none is given. */
function observedRange(x: readonly number[], y: readonly number[]): number {
  const all = [...x, ...y];
  return all.length === 0 ? 0 : Math.max(...all) - Math.min(...all);
}

export { SIMILARITY_MEASURES, type SimilarityMeasure } from './measures.js';

/** One measure for validated input (what a pairwise matrix needs, without computing the others). */
export function similarityMeasure(input: SimilarityInput, measure: SimilarityMeasure): number | null {
  const { x, y, weights } = input;
  const max = input.max ?? observedRange(x, y);
  switch (measure) {
    case 'sAbs': return sScore(x, y, max, 'abs', weights);
    case 'sSq': return sScore(x, y, max, 'sq', weights);
    case 'tauB': return kendallTauB(x, y);
    case 'kappa': return cohenKappa(x, y, 'abs', weights);
    case 'pi': return scottPi(x, y, 'abs', weights);
    case 'kappaSq': return cohenKappa(x, y, 'sq', weights);
    case 'piSq': return scottPi(x, y, 'sq', weights);
  }
}

/** Every measure for validated input (see readSimilarityInput). */
export function similarity(input: SimilarityInput): Similarity {
  const max = input.max ?? observedRange(input.x, input.y);
  const of = (m: SimilarityMeasure) => similarityMeasure({ ...input, max }, m);
  return {
    sAbs: of('sAbs')!, sSq: of('sSq')!, tauB: of('tauB'), kappa: of('kappa'), pi: of('pi'), kappaSq: of('kappaSq'), piSq: of('piSq'),
    n: input.x.length, max, weighted: input.weights !== undefined,
  };
}
