/** Parameter overrides against the registry (src/model/parameters.ts): known names, plausible ranges. */
import { PARAMETER_BY_NAME, PARAMETERS } from '../model/parameters.js';
import type { IssueDraft } from './errors.js';
import { closest, didYouMean } from './suggest.js';

const NAMES = PARAMETERS.map((p) => p.name as string);

export function parameterIssues(raw: unknown): IssueDraft[] {
  const params = raw !== null && typeof raw === 'object' ? (raw as { parameters?: unknown }).parameters : undefined;
  return overrideIssues(params, (name) => ['parameters', name], 'parameters');
}

/** Issues of a set of overrides (a scenario's parameters, or a parameter file's), located by `pathOf`. */
export function overrideIssues(params: unknown, pathOf: (name: string) => (string | number)[], label: string): IssueDraft[] {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) return [];
  const issues: IssueDraft[] = [];
  for (const [name, value] of Object.entries(params as Record<string, unknown>)) {
    const path = pathOf(name);
    const spec = PARAMETER_BY_NAME.get(name);
    if (!spec) {
      const near = closest(name, NAMES, 1);
      issues.push({
        code: 'unknown_parameter', path, part: 'key',
        message: `${label}.${name} is not a parameter of the model${didYouMean(name, NAMES)}`,
        fix: `${near.length > 0 ? `rename it to ${near[0]}` : 'remove it'}; every parameter, with its range and meaning, is listed in docs/MODEL.md (Parameters) and src/model/parameters.ts`,
      });
      continue;
    }
    // A non-number is the schema's to report (invalid_type).
    if (typeof value !== 'number' && label !== 'parameters') {
      issues.push({ code: 'invalid_type', path, message: `${label}.${name} is not a number`, fix: 'write a number' });
      continue;
    }
    if (typeof value !== 'number' || (value >= spec.min && value <= spec.max)) continue;
    issues.push({
      code: 'parameter_out_of_range', path,
      message: `${label}.${name} is ${value}, outside the registry's range ${spec.min} to ${spec.max} (${spec.unit}; default ${spec.default}): ${spec.meaning}`,
      fix: `choose a value from ${spec.min} to ${spec.max}, or remove the override to use the default ${spec.default}`,
    });
  }
  return issues;
}
