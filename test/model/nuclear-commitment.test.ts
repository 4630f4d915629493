import { describe, expect, it } from 'vitest';
import { loadWorld } from '../../src/data/index.js';
import { compileSetting } from '../../src/model/compile-setting.js';
import { EXPLORING, ladderStep, opportunity, type LadderRates } from '../../src/model/nuclear.js';
import { PARAMETER_BY_NAME, parameterValues } from '../../src/model/parameters.js';

describe('the nuclear ladder: a binding commitment against nuclear weapons restrains opportunity', () => {
  const v = parameterValues({ nuclear_latent_opportunity: 1, nuclear_other_opportunity: 0.3, nuclear_npt_restraint: 0.5, nuclear_commitment_restraint: 0.4 });

  it('multiplies opportunity by nuclear_commitment_restraint, on top of the NPT restraint (by hand)', () => {
    // Not latent, capacity 0.6, NPT party, committed: 0.3 · 0.6 · 0.5 · 0.4 = 0.036.
    expect(opportunity(false, 0.6, true, v, true)).toBeCloseTo(0.036, 12);
    expect(opportunity(false, 0.6, true, v, false)).toBeCloseTo(0.09, 12);
    // Latent, outside the NPT, committed: 1 · 0.4.
    expect(opportunity(true, 0, false, v, true)).toBeCloseTo(0.4, 12);
    // Restraint 1 is no restraint.
    const none = parameterValues({ nuclear_commitment_restraint: 1 });
    expect(opportunity(true, 0, true, none, true)).toBe(opportunity(true, 0, true, none, false));
  });

  it('lowers the explore hazard of a committed state, all else equal', () => {
    const rates: LadderRates = { explore: 0.01, pursue: 0.02, acquire: 0.01, reverse: 0.1, cap: 0.5 };
    const W = 2;
    const free = opportunity(true, 0, true, v, false), bound = opportunity(true, 0, true, v, true);
    // Hazards 0.01·2·0.5 = 0.01 and 0.01·2·0.2 = 0.004: a draw between them moves only the free state.
    const u = 0.007;
    expect(ladderStep(1, 1, W, free, 0.5, rates, u)).toBe(EXPLORING);
    expect(ladderStep(1, 1, W, bound, 0.5, rates, u)).toBe(1);
    // Over a grid of draws, the committed state explores on a 0.4 share of the free state's draws.
    let nFree = 0, nBound = 0;
    for (let k = 0; k < 10000; k++) {
      const d = (k + 0.5) / 10000 * 0.02;
      if (ladderStep(1, 1, W, free, 0.5, rates, d) === EXPLORING) nFree++;
      if (ladderStep(1, 1, W, bound, 0.5, rates, d) === EXPLORING) nBound++;
    }
    expect(nBound / nFree).toBeCloseTo(0.4, 2);
  });

  it('has a registry entry with a range and an assumption naming its sources', () => {
    const p = PARAMETER_BY_NAME.get('nuclear_commitment_restraint')!;
    expect(p.min).toBeLessThan(p.default);
    expect(p.max).toBe(1);
    expect(p.source).toMatch(/^assumption: .*Sagan1996.*Solingen2007/);
  });

  it('is set in the compiled 2016 setting for the committed allies only', () => {
    const world = loadWorld(2016);
    const s = compileSetting({ world, params: parameterValues({}), joining: [], efp: [] });
    const flag = (c: string) => s.nuclearCommitment[s.slots.indexOf(c)];
    for (const c of ['AUS', 'JPN', 'THA', 'PHL', 'DEU']) expect(flag(c), c).toBe(1); // NZL is no ally slot in 2016 (ANZUS suspended)
    for (const c of ['KOR', 'POL', 'TUR']) expect(flag(c), c).toBe(0);
  });
});
