import { afterAll, describe, expect, it } from 'vitest';
import { closePools } from '../../src/engine/pool.js';
import { runCli as run } from './run-cli.js';

afterAll(() => closePools());


const small = ['--samples', '2', '--runs', '20', '--workers', '1', '--seed', '3', '--parameters', 'cred_base,util_peer,review_rate'];

describe('ballast sensitivity', () => {
  it('prints a Morris table ranked by μ*, with μ and σ and how to read them', async () => {
    const r = await run('sensitivity', 'scenarios/worst-case.yaml', '--method', 'morris', ...small, '--quiet');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Sensitivity of P\(holds\) in "Worst case — all triggers together": Morris elementary effects/);
    expect(r.out).toContain('3 parameters, uniform over the registry\'s ranges; 2 trajectories, 4 levels, Δ = 0.667: 8 evaluations of 20 runs each (seed 3, common random numbers)');
    const rows = r.out.split('\n').filter((l) => /^\s+\d\s{2}/.test(l));
    // Each row: the registry's plain-English label, then the code name.
    expect(rows.map((l) => /\s([a-z]+(?:_[a-z0-9]+)+)\s/.exec(l)?.[1]).sort()).toEqual(['cred_base', 'review_rate', 'util_peer']);
    expect(rows.find((l) => l.includes(' cred_base '))).toMatch(/^\s+\d\s{2}Baseline credibility with no ballast\s+cred_base\s/);
    expect(rows.some((l) => /Weight of peers' stances \(contagion\)\s+util_peer\s/.test(l))).toBe(true);
    expect(r.out).toMatch(/rank\s+parameter\s+name\s+range\s+μ\*\s+95% interval\s+μ\s+σ/);
    expect(r.out).toContain('0.22 – 0.745'); // cred_base's range, from the registry
    expect(r.out).toMatch(/8 evaluations in [\d.]+ s on 1 worker\(s\)/);
  });

  it('writes JSON with the method, the ranking and the metadata', async () => {
    const r = await run('sensitivity', 'scenarios/worst-case.yaml', '--method', 'sobol', '--outcome', 'mean_cohesion', '--format', 'json', ...small);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { method: string; outcome: string; evaluations: number; runsPerEvaluation: number; seed: number; ranking: { name: string; rank: number; st: number; s1: number; stLo: number; stHi: number }[]; parameters: { name: string; label: string }[] };
    expect(j).toMatchObject({ method: 'sobol', outcome: 'mean_cohesion', evaluations: 2 * 5, runsPerEvaluation: 20, seed: 3 });
    expect(j.ranking.map((x) => x.rank)).toEqual([1, 2, 3]);
    expect(new Set(j.ranking.map((x) => x.name))).toEqual(new Set(['cred_base', 'util_peer', 'review_rate'])); // exports keep the code name
    expect(j.parameters.find((p) => p.name === 'cred_base')?.label).toBe('Baseline credibility with no ballast');
    expect(r.err).toBe(''); // no progress bar with JSON
  });

  it('refuses unknown parameters with the list of known ones (exit 1)', async () => {
    const r = await run('sensitivity', 'scenarios/worst-case.yaml', '--method', 'morris', '--parameters', 'cred_base,util_pear');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^ballast: unknown parameter util_pear: the known parameters are cred_prior_strength, .*util_peer/);
  });

  it('refuses bad numbers, all at once (exit 1), and a bad method or outcome (usage, exit 2)', async () => {
    const bad = await run('sensitivity', 'scenarios/worst-case.yaml', '--method', 'morris', '--samples', '1', '--runs', 'many', '--workers', '0');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--samples 1: give a whole number from 2 to 1000000; --runs many: give a whole number from 1 to 1000000; --workers 0: give a whole number from 1 to 64');
    const method = await run('sensitivity', 'scenarios/worst-case.yaml', '--method', 'fast');
    expect(method.code).toBe(2);
    expect(method.err).toMatch(/argument 'fast' is invalid. Allowed choices are morris, sobol/);
    const outcome = await run('sensitivity', 'scenarios/worst-case.yaml', '--method', 'morris', '--outcome', 'p_win');
    expect(outcome.code).toBe(2);
    expect(outcome.err).toMatch(/Allowed choices are p_holds, mean_cohesion, allies_at_2pct, p_nuclear/);
    const none = await run('sensitivity', 'scenarios/worst-case.yaml');
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/required option '--method <method>' not specified/);
  });
});
