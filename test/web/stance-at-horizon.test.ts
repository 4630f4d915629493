import { describe, expect, it } from 'vitest';
import { NON_ALIGNED, stanceAtHorizon } from '../../web/src/stance-at-horizon.js';
import { result } from './result-fixture.js';

describe('stanceAtHorizon(result, stance)', () => {
  it('reads the last month, and any stance but aligned as 1 − P(aligned)', () => {
    expect([...stanceAtHorizon(result, 'hedging')]).toEqual([['POL', 0.3], ['MNE', 0.2]]);
    expect(stanceAtHorizon(result, NON_ALIGNED).get('POL')).toBeCloseTo(0.4, 12);
  });
});
