/**
 * Parameter uncertainty in every answer (issue 12, item 2): an ensemble draws each run's values
 * of the calibrated parameters from their posterior (src/validation/posterior.ts, shipped in
 * calibrated-defaults.ts), except those the scenario fixes itself (its `parameters:` or
 * `parameter_file:`). Run r takes draw r mod K: the draws are independent posterior samples, so
 * a balanced, deterministic assignment is a stratified design over them, and the run's result
 * does not depend on which worker ran it.
 */
import { CALIBRATED_DEFAULTS } from './calibrated-defaults.js';
import { P, PARAMETER_BY_NAME } from './parameters.js';

export { PARAMETER_MODES, type ParameterMode } from './parameter-modes.js';

export interface Posterior { readonly names: readonly string[]; readonly draws: readonly (readonly number[])[] }

/** The draws a run can take: registry indices of the drawn parameters and a K × m matrix of values. */
export interface ParameterDraws {
  readonly count: number;
  readonly names: readonly string[];
  readonly index: Int32Array;
  readonly values: Float64Array;
}

/** The posterior shipped with the defaults. */
export function shippedPosterior(): Posterior {
  return CALIBRATED_DEFAULTS.posterior;
}

/** The draws of the posterior's parameters the scenario does not fix; null when none is left. */
export function parameterDraws(fixed: Iterable<string>, posterior: Posterior = shippedPosterior()): ParameterDraws | null {
  const skip = new Set(fixed);
  const cols = posterior.names.flatMap((n, j) => (skip.has(n) || !PARAMETER_BY_NAME.has(n) ? [] : [j]));
  if (cols.length === 0 || posterior.draws.length === 0) return null;
  const K = posterior.draws.length, m = cols.length;
  const values = new Float64Array(K * m);
  posterior.draws.forEach((d, k) => cols.forEach((j, c) => { values[k * m + c] = d[j]!; }));
  const names = cols.map((j) => posterior.names[j]!);
  return { count: K, names, index: Int32Array.from(names, (n) => P[n as keyof typeof P]), values };
}

/** The parameter vector of draw k: the base vector with the draw's values put in. */
export function paramsOfDraw(base: Float64Array, d: ParameterDraws, k: number): Float64Array {
  const v = Float64Array.from(base), m = d.index.length;
  for (let c = 0; c < m; c++) v[d.index[c]!] = d.values[k * m + c]!;
  return v;
}
