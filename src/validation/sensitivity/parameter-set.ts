/**
 * Which parameters a sensitivity analysis varies, over the registry's [min, max]. The default
 * set is docs/SENSITIVITY.md's choice (Default parameters): the ten assumptions a screening of
 * every non-fitted parameter found to move the worst case most, all without an empirical
 * estimate of their value.
 */
import { InputError } from '../../engine/errors.js';
import { PARAMETER_BY_NAME, PARAMETERS, type ParameterSpec } from '../../model/parameters.js';

export const DEFAULT_SENSITIVITY_PARAMETERS = Object.freeze([
  'util_credibility', 'const_hedging', 'util_peer', 'switch_cost_ballast', 'signal_conditional_weight',
  'cred_base', 'cred_forgetting', 'probe_base_rate', 'response_measured', 'review_rate',
] as const);

/** The registry entries for `names` (default: DEFAULT_SENSITIVITY_PARAMETERS), in the order given. */
export function sensitivityParameters(names: readonly string[] = DEFAULT_SENSITIVITY_PARAMETERS): ParameterSpec[] {
  if (names.length === 0) throw new InputError('give at least one parameter to vary');
  const unknown = names.filter((n) => !PARAMETER_BY_NAME.has(n));
  if (unknown.length > 0) {
    throw new InputError(`unknown parameter${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}: the known parameters are ${PARAMETERS.map((p) => p.name).join(', ')} (docs/MODEL.md §7)`);
  }
  const repeated = names.filter((n, i) => names.indexOf(n) !== i);
  if (repeated.length > 0) throw new InputError(`parameter${repeated.length > 1 ? 's' : ''} ${[...new Set(repeated)].join(', ')} named more than once: name each once`);
  return names.map((n) => PARAMETER_BY_NAME.get(n)!);
}

/** Unit-cube points (rows × specs.length) mapped to each parameter's [min, max], clamped against rounding. */
export function toParameterValues(points: Float64Array, specs: readonly ParameterSpec[]): Float64Array {
  const k = specs.length, out = new Float64Array(points.length);
  for (let j = 0; j < points.length; j++) {
    const s = specs[j % k]!;
    out[j] = Math.min(s.max, Math.max(s.min, s.min + points[j]! * (s.max - s.min)));
  }
  return out;
}
