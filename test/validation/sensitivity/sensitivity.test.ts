import { afterAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/scenario/index.js';
import { closePools } from '../../../src/engine/pool.js';
import { PARAMETER_BY_NAME } from '../../../src/model/parameters.js';
import { SENSITIVITY_DEFAULTS, sensitivity } from '../../../src/validation/sensitivity/index.js';

afterAll(() => closePools());
const worst = loadScenario('scenarios/worst-case.yaml');
const parameters = ['cred_base', 'util_peer', 'review_rate', 'probe_hostility_step'];

describe('sensitivity', () => {
  it('has the documented defaults', () => {
    expect(SENSITIVITY_DEFAULTS).toEqual({ morrisSamples: 20, sobolSamples: 256, runs: 200, levels: 4, resamples: 1000, outcome: 'p_holds', workers: 1 });
  });

  it('screens four parameters of the worst case by Morris and ranks them by μ*', async () => {
    const r = await sensitivity(worst, { method: 'morris', parameters, samples: 4, runs: 40, seed: 1, outcome: 'mean_cohesion' });
    if (r.method !== 'morris') throw new Error('expected a Morris result');
    expect(r).toMatchObject({ scenario: worst.name, outcome: 'mean_cohesion', samples: 4, evaluations: 4 * 5, runsPerEvaluation: 40, seed: 1, levels: 4 });
    expect(r.parameters.map((p) => [p.name, p.label, p.min, p.max])).toEqual(parameters.map((n) => [n, PARAMETER_BY_NAME.get(n)!.label, PARAMETER_BY_NAME.get(n)!.min, PARAMETER_BY_NAME.get(n)!.max]));
    expect(r.ranking.map((x) => x.rank)).toEqual([1, 2, 3, 4]);
    expect(new Set(r.ranking.map((x) => x.name))).toEqual(new Set(parameters));
    for (let i = 1; i < r.ranking.length; i++) expect(r.ranking[i - 1]!.muStar).toBeGreaterThanOrEqual(r.ranking[i]!.muStar);
    for (const x of r.ranking) { expect(x.muStar).toBeGreaterThanOrEqual(Math.abs(x.mu) - 1e-12); expect(x.sigma).toBeGreaterThanOrEqual(0); }
    // Base credibility moves cohesion more than a probe's effect on perceived hostility.
    expect(r.ranking.findIndex((x) => x.name === 'cred_base')).toBeLessThan(r.ranking.findIndex((x) => x.name === 'probe_hostility_step'));
  });

  it('varies the parameters over their posterior marginals when asked: the design spans the draws, and a tight posterior moves the outcome less than its range', async () => {
    // cred_base's posterior here is narrow (0.55-0.57) against its range: its effect on P(holds) must shrink.
    const posterior = { names: ['cred_base'], draws: [[0.55], [0.56], [0.57], [0.555], [0.565]] };
    const o = { method: 'morris', parameters: ['cred_base', 'review_rate'], samples: 4, runs: 100, seed: 3 } as const;
    const post = await sensitivity(worst, { ...o, space: 'posterior', posterior });
    const ranges = await sensitivity(worst, o);
    expect(post.space).toBe('posterior');
    expect(post.parameters.map((p) => [p.name, p.over, p.min, p.max])).toEqual([['cred_base', 'posterior', 0.55, 0.57], ['review_rate', 'range', PARAMETER_BY_NAME.get('review_rate')!.min, PARAMETER_BY_NAME.get('review_rate')!.max]]);
    const mu = (r: typeof post, n: string) => (r.method === 'morris' ? r.ranking.find((x) => x.name === n)!.muStar : NaN);
    expect(mu(post, 'cred_base')).toBeLessThan(mu(ranges, 'cred_base') / 3);
    await expect(sensitivity(worst, { ...o, space: 'prior' as never })).rejects.toThrow(/space prior: choose ranges or posterior/);
  });

  it('is reproducible for a seed, whatever the worker count', async () => {
    const o = { method: 'morris', parameters: parameters.slice(0, 2), samples: 3, runs: 20, seed: 4 } as const;
    const a = await sensitivity(worst, { ...o, workers: 1 });
    const b = await sensitivity(worst, { ...o, workers: 2 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('computes Sobol\' indices with intervals, ranked by ST, reproducibly', async () => {
    const o = { method: 'sobol', parameters: ['cred_base', 'probe_hostility_step'], samples: 6, runs: 20, seed: 2, resamples: 200 } as const;
    const r = await sensitivity(worst, o);
    if (r.method !== 'sobol') throw new Error('expected a Sobol result');
    expect(r.evaluations).toBe(6 * 4);
    for (let i = 1; i < r.ranking.length; i++) expect(r.ranking[i - 1]!.st).toBeGreaterThanOrEqual(r.ranking[i]!.st);
    for (const x of r.ranking) { expect(x.stLo).toBeLessThanOrEqual(x.stHi); expect(x.s1Lo).toBeLessThanOrEqual(x.s1Hi); }
    expect(JSON.stringify(await sensitivity(worst, o))).toBe(JSON.stringify(r));
  });

  it('refuses unknown parameters with the list of known ones, and every bad option at once', async () => {
    await expect(sensitivity(worst, { method: 'morris', parameters: ['cred_bas'] })).rejects.toThrow(/unknown parameter cred_bas: the known parameters are .*cred_base/);
    await expect(sensitivity(worst, { method: 'morris', samples: 1, runs: 0, outcome: 'p_win' as never })).rejects.toThrow(/outcome p_win: choose one of p_holds, mean_cohesion, allies_at_2pct, p_nuclear; samples 1: .*; runs 0: /);
    await expect(sensitivity(worst, { method: 'fast' as never })).rejects.toThrow(/method fast: choose morris or sobol/);
  });
});
