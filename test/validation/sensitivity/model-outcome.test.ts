import { afterAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src/scenario/index.js';
import { closePools } from '../../../src/engine/pool.js';
import { evaluateModel, OUTCOME_MEANING } from '../../../src/validation/sensitivity/index.js';
import { SUMMARY_OUTCOMES } from '../../../src/vocabulary.js';

afterAll(() => closePools());
const worst = loadScenario('scenarios/worst-case.yaml');
const names = ['cred_base', 'util_peer'];
// Three parameter vectors: low, default and high base credibility, with two levels of peer influence.
const values = Float64Array.of(0.22, 4, 0.5, 4, 0.745, 0);

describe('evaluateModel', () => {
  it('names the four outcomes the issue asks for, each with its meaning', () => {
    expect(SUMMARY_OUTCOMES).toEqual(['p_holds', 'mean_cohesion', 'allies_at_2pct', 'p_nuclear']);
    for (const o of SUMMARY_OUTCOMES) expect(OUTCOME_MEANING[o].length).toBeGreaterThan(20);
  });

  it('is deterministic and identical on 1 and 2 workers, with outcomes in range', async () => {
    const one = await evaluateModel(worst, names, values, { runs: 40, seed: 3, workers: 1 });
    const again = await evaluateModel(worst, names, values, { runs: 40, seed: 3, workers: 1 });
    const two = await evaluateModel(worst, names, values, { runs: 40, seed: 3, workers: 2 });
    for (const o of SUMMARY_OUTCOMES) {
      expect(Array.from(again[o]), o).toEqual(Array.from(one[o]));
      expect(Array.from(two[o]), o).toEqual(Array.from(one[o]));
      expect(one[o]).toHaveLength(3);
    }
    for (const o of ['p_holds', 'mean_cohesion', 'p_nuclear'] as const) for (const v of one[o]) { expect(v).toBeGreaterThanOrEqual(0); expect(v).toBeLessThanOrEqual(1); }
    for (const v of one.allies_at_2pct) expect(v).toBeGreaterThanOrEqual(0);
  });

  it('applies the sampled values: more base credibility and less peer contagion hold the system together', async () => {
    const r = await evaluateModel(worst, names, values, { runs: 60, seed: 3 });
    expect(r.mean_cohesion[2]).toBeGreaterThan(r.mean_cohesion[1]!);
    expect(r.mean_cohesion[1]).toBeGreaterThan(r.mean_cohesion[0]!);
  });

  it('keeps the scenario\'s other overrides and uses common random numbers: the same vector gives the same outcome', async () => {
    const s = { ...worst, parameters: { ...worst.parameters, review_rate: 0.2 } };
    const r = await evaluateModel(s, ['cred_base'], Float64Array.of(0.5, 0.5), { runs: 30, seed: 9 });
    const base = await evaluateModel(worst, ['cred_base'], Float64Array.of(0.5), { runs: 30, seed: 9 });
    expect(r.mean_cohesion[0]).toBe(r.mean_cohesion[1]);
    expect(r.mean_cohesion[0]).not.toBe(base.mean_cohesion[0]); // review_rate 0.2 kept
  });

  it('cancels on an AbortSignal', async () => {
    const ctl = new AbortController();
    const p = evaluateModel(worst, names, new Float64Array(200).fill(0.5).map((v, i) => (i % 2 ? 4 : v)), { runs: 30, seed: 1, signal: ctl.signal, onProgress: (d) => { if (d >= 2) ctl.abort(); } });
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });
});
