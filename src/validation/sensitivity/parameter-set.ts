/**
 * Which parameters a sensitivity analysis varies, over the registry's [min, max]. The default
 * set is docs/SENSITIVITY.md's choice (Default parameters): the ten parameters that a Morris
 * screening of every unfitted parameter found to move the worst case's P(holds) and cohesion
 * most, none of whose values has been estimated from data.
 */
import { InputError } from '../../engine/errors.js';
import { PARAMETER_BY_NAME, PARAMETERS, type ParameterSpec } from '../../model/parameters.js';
import { shippedPosterior, type Posterior } from '../../model/parameter-draws.js';
import { quantileSorted } from '../../analysis/stats/quantile.js';
import { DEFAULT_SENSITIVITY_PARAMETERS } from './settings.js';

export { DEFAULT_SENSITIVITY_PARAMETERS, UNFITTED_PARAMETERS, SENSITIVITY_SPACES, type SensitivitySpace } from './settings.js';

/** The parameters a posterior sensitivity analysis varies by default: the posterior's, in its order. */
export function posteriorParameters(posterior: Posterior = shippedPosterior()): string[] {
  return posterior.names.filter((n) => PARAMETER_BY_NAME.has(n));
}

/** Each spec's sorted posterior draws (null: the parameter is not in the posterior, so it keeps its range). */
export function posteriorMarginals(specs: readonly ParameterSpec[], posterior: Posterior = shippedPosterior()): (Float64Array | null)[] {
  return specs.map((s) => {
    const j = posterior.names.indexOf(s.name);
    return j < 0 || posterior.draws.length === 0 ? null : Float64Array.from(posterior.draws, (d) => d[j]!).sort();
  });
}

/** Unit-cube points mapped through each parameter's posterior marginal (its range where it has none). */
export function toPosteriorValues(points: Float64Array, specs: readonly ParameterSpec[], marginals: readonly (Float64Array | null)[]): Float64Array {
  const k = specs.length, ranged = toParameterValues(points, specs), out = new Float64Array(points.length);
  for (let j = 0; j < points.length; j++) {
    const m = marginals[j % k];
    out[j] = m ? quantileSorted(m, Math.min(1, Math.max(0, points[j]!))) : ranged[j]!;
  }
  return out;
}

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
