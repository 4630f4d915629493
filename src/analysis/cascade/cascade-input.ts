/**
 * Raw input for `ballast analyze cascade FILE`:
 *   { "thresholds": [0, 1, 2, …] }                        Granovetter: counts of others;
 *   { "thresholds": [0.2, …], "weights": [[…], …], "seeds"?: [0, …] }   Watts: shares in [0, 1],
 * with weights[i][j] the weight node i gives node j. Every problem is reported with its path.
 */
import type { AnalysisIssue, AnalysisResult } from '../errors.js';
import type { NetworkCascadeInput } from './watts.js';

export type CascadeInput = { kind: 'population'; thresholds: number[] } | ({ kind: 'network' } & NetworkCascadeInput);

function finiteNumbers(value: unknown, path: string, issues: AnalysisIssue[]): number[] | null {
  if (!Array.isArray(value)) { issues.push({ code: 'bad_input', path, message: `${path} must be an array of numbers`, fix: `give ${path} as a JSON array` }); return null; }
  value.forEach((v, i) => { if (typeof v !== 'number' || !Number.isFinite(v)) issues.push({ code: 'bad_input', path: `${path}[${i}]`, message: `${JSON.stringify(v)} is not a number`, fix: 'use plain numbers' }); });
  return value as number[];
}

/** Checks parsed JSON: a population (thresholds only) or a network (thresholds, weights, seeds). */
export function readCascadeInput(raw: unknown): AnalysisResult<CascadeInput> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, issues: [{ code: 'bad_input', path: '', message: 'the input must be a JSON object with "thresholds"', fix: 'write { "thresholds": [0, 1, 2] }' }] };
  const o = raw as Record<string, unknown>;
  const issues: AnalysisIssue[] = [];
  const thresholds = finiteNumbers(o.thresholds, 'thresholds', issues);
  thresholds?.forEach((t, i) => { if (t < 0) issues.push({ code: 'negative_value', path: `thresholds[${i}]`, message: `threshold ${t} is negative`, fix: 'a threshold is how many (or what share of) others must act first: use 0 or more' }); });
  if (o.weights === undefined) {
    if (o.seeds !== undefined) issues.push({ code: 'bad_input', path: 'seeds', message: 'seeds need a network', fix: 'add "weights", or drop "seeds" (in a population the actors with threshold 0 start)' });
    return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { kind: 'population', thresholds: thresholds! } };
  }
  const n = thresholds?.length ?? 0;
  thresholds?.forEach((t, i) => { if (t > 1) issues.push({ code: 'out_of_range', path: `thresholds[${i}]`, message: `threshold ${t} is above 1`, fix: 'on a network a threshold is a share of weighted neighbours, from 0 to 1' }); });
  const weights: number[][] = [];
  const rows: unknown = o.weights;
  if (!Array.isArray(rows)) issues.push({ code: 'bad_input', path: 'weights', message: 'weights must be an array of rows', fix: 'give an n × n matrix, one row per node' });
  else {
    if (thresholds && rows.length !== n) issues.push({ code: 'length_mismatch', path: 'weights', message: `${rows.length} rows of weights for ${n} thresholds`, fix: 'give one row and one threshold per node' });
    rows.forEach((row: unknown, i) => {
      const r = finiteNumbers(row, `weights[${i}]`, issues);
      if (r === null) return;
      if (r.length !== rows.length) issues.push({ code: 'ragged_matrix', path: `weights[${i}]`, message: `row ${i} has ${r.length} weights, the matrix has ${rows.length} rows`, fix: 'the weight matrix must be square' });
      r.forEach((w, j) => { if (typeof w === 'number' && w < 0) issues.push({ code: 'negative_value', path: `weights[${i}][${j}]`, message: `weight ${w} is negative`, fix: 'weights say how much a node listens to another: use 0 or more' }); });
      weights.push(r);
    });
  }
  const seeds = o.seeds === undefined ? [] : finiteNumbers(o.seeds, 'seeds', issues) ?? [];
  seeds.forEach((s, i) => { if (typeof s === 'number' && !(Number.isInteger(s) && s >= 0 && s < n)) issues.push({ code: 'out_of_range', path: `seeds[${i}]`, message: `seed ${s} is not a node index 0..${n - 1}`, fix: 'seeds are indices into thresholds' }); });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { kind: 'network', thresholds: thresholds!, weights, seeds } };
}
