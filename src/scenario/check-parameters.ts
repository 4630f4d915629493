/** Parameter overrides against the registry (src/model/parameters.ts): known names, plausible ranges. */
import { PARAMETER_BY_NAME, PARAMETERS } from '../model/parameters.js';
import type { IssueDraft } from './errors.js';
import { closest, didYouMean } from './suggest.js';

const NAMES = PARAMETERS.map((p) => p.name as string);

/** Issues of a scenario's parameter overrides: names in the registry, values in its ranges (a non-number is the schema's). */
export function parameterIssues(raw: unknown): IssueDraft[] {
  const params = raw !== null && typeof raw === 'object' ? (raw as { parameters?: unknown }).parameters : undefined;
  if (params === null || typeof params !== 'object' || Array.isArray(params)) return [];
  const issues: IssueDraft[] = [];
  for (const [name, value] of Object.entries(params as Record<string, unknown>)) {
    const path = ['parameters', name];
    const spec = PARAMETER_BY_NAME.get(name);
    if (!spec) {
      const near = closest(name, NAMES, 1);
      issues.push({
        code: 'unknown_parameter', path, part: 'key',
        message: `parameters.${name} is not a parameter of the model${didYouMean(name, NAMES)}`,
        fix: `${near.length > 0 ? `rename it to ${near[0]}` : 'remove it'}; every parameter, with its range and meaning, is listed in docs/MODEL.md (Parameters) and src/model/parameters.ts`,
      });
      continue;
    }
    if (typeof value !== 'number' || (value >= spec.min && value <= spec.max)) continue;
    issues.push({
      code: 'parameter_out_of_range', path,
      message: `parameters.${name} is ${value}, outside the registry's range ${spec.min} to ${spec.max} (${spec.unit}; default ${spec.default}): ${spec.meaning}`,
      fix: `choose a value from ${spec.min} to ${spec.max}, or remove the override to use the default ${spec.default}`,
    });
  }
  return issues;
}
