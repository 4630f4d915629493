/**
 * A landscape problem (Axelrod & Bennett 1993): actors with sizes s_i ≥ 0 and a symmetric matrix
 * of pairwise propensities p_ij (positive: inclined to be on the same side; negative: opposed).
 * readLandscapeInput validates raw JSON once, at the boundary, and reports every issue it finds.
 */
import type { AnalysisIssue, AnalysisResult } from '../errors.js';

export interface LandscapeProblem {
  readonly ids: readonly string[];
  readonly size: Float64Array;
  /** Row-major n × n; the diagonal is ignored (an actor has no propensity toward itself). */
  readonly propensity: Float64Array;
}

/** Two propensities are "equal" when they differ by at most this, relative to their magnitude. */
export const SYMMETRY_TOLERANCE = 1e-9;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads `{ "actors": [{ "id", "size" }], "propensity": [[..], ..] }`. Issues: bad_input (shape,
 * ids, non-numbers), negative_value (a size below 0), ragged_matrix (a row of the wrong length,
 * or the wrong number of rows), not_symmetric (p_ij ≠ p_ji, each pair reported once).
 */
export function readLandscapeInput(input: unknown): AnalysisResult<LandscapeProblem> {
  const issues: AnalysisIssue[] = [];
  const bad = (path: string, message: string, fix: string) => issues.push({ code: 'bad_input', path, message, fix });
  if (!isRecord(input)) {
    bad('', 'the input is not a JSON object', 'write { "actors": [{ "id": "A", "size": 1 }, ...], "propensity": [[0, 1], [1, 0]] }');
    return { ok: false, issues };
  }
  const actors = input['actors'];
  if (!Array.isArray(actors) || actors.length === 0) {
    bad('actors', 'missing or empty: a list of { "id", "size" } is needed', 'list at least one actor, e.g. "actors": [{ "id": "USA", "size": 0.13 }]');
    return { ok: false, issues };
  }
  const ids: string[] = [];
  const size = new Float64Array(actors.length);
  const seen = new Set<string>();
  actors.forEach((a, i) => {
    const path = `actors[${i}]`;
    if (!isRecord(a)) { bad(path, 'an actor is not an object', 'write { "id": "USA", "size": 0.13 }'); return; }
    const id = a['id'];
    if (typeof id !== 'string' || id === '') bad(`${path}.id`, `id ${JSON.stringify(id)} is not a non-empty string`, 'give each actor a string id');
    else if (seen.has(id)) bad(`${path}.id`, `id "${id}" appears twice`, 'give each actor a distinct id');
    else seen.add(id);
    ids.push(typeof id === 'string' ? id : String(i));
    const s = a['size'];
    if (typeof s !== 'number' || !Number.isFinite(s)) bad(`${path}.size`, `size ${JSON.stringify(s)} is not a finite number`, 'give a size such as a capability share (CINC)');
    else if (s < 0) issues.push({ code: 'negative_value', path: `${path}.size`, message: `size ${s} is below zero`, fix: 'sizes are weights: use 0 or more' });
    else size[i] = s;
  });
  const n = actors.length;
  const rows = input['propensity'];
  const propensity = new Float64Array(n * n);
  if (!Array.isArray(rows)) {
    bad('propensity', 'missing: an n × n matrix of numbers is needed', `give ${n} rows of ${n} numbers, one row per actor in the order of "actors"`);
    return { ok: false, issues };
  }
  if (rows.length !== n) issues.push({ code: 'ragged_matrix', path: 'propensity', message: `${rows.length} rows for ${n} actors`, fix: `give one row per actor: ${n} rows of ${n} numbers` });
  rows.forEach((row, i) => {
    if (!Array.isArray(row)) { bad(`propensity[${i}]`, 'a row is not an array', `write the row as ${n} numbers`); return; }
    if (row.length !== n) issues.push({ code: 'ragged_matrix', path: `propensity[${i}]`, message: `row ${i} has ${row.length} entries, not ${n}`, fix: `give every row ${n} numbers (one per actor)` });
    row.forEach((v, j) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) bad(`propensity[${i}][${j}]`, `${JSON.stringify(v)} is not a finite number`, 'write propensities as numbers');
      else if (i < n && j < n) propensity[i * n + j] = v;
    });
  });
  if (issues.length === 0) {
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = propensity[i * n + j]!, b = propensity[j * n + i]!;
        if (Math.abs(a - b) > SYMMETRY_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b))) {
          issues.push({ code: 'not_symmetric', path: `propensity[${i}][${j}]`, message: `p[${i}][${j}] = ${a} but p[${j}][${i}] = ${b}`, fix: 'propensities are mutual (p_ij = p_ji): make the matrix symmetric' });
        }
      }
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { ids, size, propensity } };
}
