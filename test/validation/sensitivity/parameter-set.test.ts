import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARAMETER_BY_NAME } from '../../../src/model/parameters.js';
import { DEFAULT_SENSITIVITY_PARAMETERS, posteriorMarginals, posteriorParameters, sensitivityParameters, toParameterValues, toPosteriorValues, UNFITTED_PARAMETERS } from '../../../src/validation/sensitivity/index.js';

describe('sensitivityParameters', () => {
  it('defaults to ten registry parameters: none fitted by OLS, and cred_base, which five surveys pin down only loosely', () => {
    const specs = sensitivityParameters();
    expect(specs.map((s) => s.name)).toEqual([...DEFAULT_SENSITIVITY_PARAMETERS]);
    expect(specs).toHaveLength(10);
    for (const s of specs) expect(s.source.startsWith('fit: OLS'), s.name).toBe(false);
    expect(specs.filter((s) => s.source.startsWith('fit')).map((s) => s.name)).toEqual(['cred_base']);
  });

  it('matches the table of defaults and reasons in docs/SENSITIVITY.md, in order', () => {
    const doc = readFileSync('docs/SENSITIVITY.md', 'utf8');
    const table = doc.slice(doc.indexOf('| parameter | why |'));
    const rows = table.split('\n').slice(2).filter((l) => l.startsWith('| `')).map((l) => /^\| `([a-z0-9_]+)`/.exec(l)![1]);
    expect(rows).toEqual([...DEFAULT_SENSITIVITY_PARAMETERS]);
  });

  it('offers every unfitted parameter for screening: 91, without the fitted effort equation or the outcome thresholds', () => {
    // 93 + nuclear_commitment_restraint (issue 10 item 8) − const_accommodation, nuclear_explore_rate and nuclear_npt_restraint (fitted, issue 11)
    expect(UNFITTED_PARAMETERS).toHaveLength(91);
    for (const n of ['const_accommodation', 'nuclear_explore_rate', 'nuclear_npt_restraint', 'nuclear_regime_effect', 'nuclear_regime_reference']) expect(UNFITTED_PARAMETERS).not.toContain(n);
    for (const n of ['effort_adjustment', 'effort_noise', 'outcome_holds']) expect(UNFITTED_PARAMETERS).not.toContain(n);
    for (const n of DEFAULT_SENSITIVITY_PARAMETERS) if (n !== 'cred_base') expect(UNFITTED_PARAMETERS).toContain(n);
    for (const n of ['cred_base', 'cred_ballast_gain']) expect(UNFITTED_PARAMETERS).not.toContain(n); // calibrated by ABC
    expect(UNFITTED_PARAMETERS).toContain('effort_pressure'); // an assumption, not a fit
  });

  it('refuses unknown names, listing them and every known parameter', () => {
    expect(() => sensitivityParameters(['util_peer', 'util_pear', 'nope'])).toThrow(/unknown parameters util_pear, nope: the known parameters are cred_prior_strength, .*util_peer.*outcome_fragmenting/);
  });

  it('refuses an empty list and a name given twice', () => {
    expect(() => sensitivityParameters([])).toThrow(/at least one parameter/);
    expect(() => sensitivityParameters(['cred_base', 'cred_base'])).toThrow(/cred_base named more than once/);
  });
});

describe('toParameterValues', () => {
  it('maps [0, 1] to each parameter\'s [min, max]', () => {
    const specs = sensitivityParameters(['cred_base', 'review_rate']);
    const v = toParameterValues(Float64Array.of(0, 1, 0.5, 1 + 1e-15), specs);
    const cb = PARAMETER_BY_NAME.get('cred_base')!, rr = PARAMETER_BY_NAME.get('review_rate')!;
    expect(v[0]).toBe(cb.min);
    expect(v[1]).toBe(rr.max);
    expect(v[2]).toBeCloseTo((cb.min + cb.max) / 2, 12);
    expect(v[3]).toBe(rr.max); // clamped: rounding never leaves the registry's range
  });
});

describe('the posterior space', () => {
  // A posterior of two parameters with five draws each, and one parameter it does not hold.
  const posterior = { names: ['cred_base', 'review_rate'], draws: [[0.5, 0.05], [0.6, 0.01], [0.52, 0.03], [0.58, 0.02], [0.55, 0.04]] };
  it('maps a coordinate u to the R-7 quantile u of each parameter\'s draws, and keeps the range of one it lacks', () => {
    const specs = sensitivityParameters(['cred_base', 'review_rate', 'switch_cost']);
    const marginals = posteriorMarginals(specs, posterior);
    expect(marginals[2]).toBeNull();
    const v = toPosteriorValues(Float64Array.of(0, 0.5, 0.5, 1, 0.25, 1), specs, marginals);
    // cred_base sorted: 0.5 0.52 0.55 0.58 0.6 — u = 0 → 0.5, u = 1 → 0.6; review_rate sorted 0.01 … 0.05, u = 0.5 → 0.03 (the median), u = 0.25 → 0.02
    const sw = PARAMETER_BY_NAME.get('switch_cost')!;
    expect(Array.from(v)).toEqual([0.5, 0.03, sw.min + 0.5 * (sw.max - sw.min), 0.6, 0.02, sw.max]);
    expect(posteriorParameters(posterior)).toEqual(['cred_base', 'review_rate']);
  });
});
