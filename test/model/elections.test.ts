/**
 * The elections scenario (scenarios/elections-2017-2018.yaml; issue 10, item 4): an election's
 * probability is the chance of a rival-friendly result, and fixing it moves what follows. Paired
 * runs with common random numbers against the same file with every result fixed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenario, type Scenario } from '../../src/scenario/index.js';
import { compareScenarios } from '../../src/results/simulate.js';
import { closePools } from '../../src/engine/pool.js';
import type { EnsembleResult } from '../../src/results/assemble.js';

afterAll(() => closePools());
const elections = loadScenario('scenarios/elections-2017-2018.yaml');
const conditional = loadScenario('scenarios/conditional-guarantee.yaml');
const RUNS = 2000, SEED = 2024;
const everAccommodating = (r: EnsembleResult, iso3: string) => r.allies.find((a) => a.iso3 === iso3)!.ever.accommodation!;
const electionsOf = (s: Scenario) => s.events.filter((e) => e.type === 'election');

/** The conditional guarantee with the elections' results fixed: all rival-friendly (1) or none (0). */
const withElections = (p: 0 | 1): Scenario => ({
  ...conditional, name: `${conditional.name} + elections fixed at ${p}`,
  events: [...conditional.events, ...electionsOf(elections).map((e) => ({ ...e, probability: p }))] as Scenario['events'],
});

describe('the 2017-2018 elections', () => {
  it('list only allies\' elections, each with a chance and a shift toward Russia', () => {
    const list = electionsOf(elections);
    expect(list.map((e) => (e.type === 'election' ? e.state : ''))).toEqual(['NLD', 'FRA', 'DEU', 'CZE', 'ITA', 'HUN', 'LVA']);
    for (const e of list) {
      expect(e.probability).toBeGreaterThan(0);
      expect(e.probability).toBeLessThanOrEqual(0.5);
      if (e.type === 'election') expect(e.shift).toBeGreaterThan(0);
    }
  });

  it('Russia-friendly results make the elected allies likelier to accommodate under a conditional guarantee', { timeout: 120_000 }, async () => {
    const c = await compareScenarios(withElections(1), withElections(0), { runs: RUNS, seed: SEED });
    const d = c.differences.find((x) => x.field === 'europe_accommodation')!;
    expect(d.lo, `europe_accommodation ${d.mean.toFixed(4)} [${d.lo.toFixed(4)}, ${d.hi.toFixed(4)}]`).toBeGreaterThan(0);
    for (const iso3 of ['ITA', 'CZE', 'FRA', 'HUN', 'LVA']) expect(everAccommodating(c.a, iso3), iso3).toBeGreaterThan(everAccommodating(c.b, iso3));
  });

  it('with every result fixed against, Europe is no likelier to accommodate than without the elections', { timeout: 120_000 }, async () => {
    const c = await compareScenarios(withElections(0), conditional, { runs: RUNS, seed: SEED });
    const d = c.differences.find((x) => x.field === 'europe_accommodation')!;
    expect(d.lo).toBeLessThanOrEqual(0);
    expect(d.hi).toBeGreaterThanOrEqual(0);
  });
});
