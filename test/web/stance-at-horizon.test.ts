import { describe, expect, it } from 'vitest';
import { NON_ALIGNED, stanceAtHorizon } from '../../web/src/stance-at-horizon.js';
import { result } from './result-fixture.js';

describe('stanceAtHorizon(result, stance)', () => {
  it('reads the last month, and any stance but aligned as 1 − P(aligned)', () => {
    expect([...stanceAtHorizon(result, 'accommodation')]).toEqual([['POL', 0.3], ['MNE', 0.2], ['JPN', 0.1]]);
    expect(stanceAtHorizon(result, NON_ALIGNED).get('POL')).toBeCloseTo(0.4, 12);
    expect(stanceAtHorizon(result, NON_ALIGNED).get('JPN')).toBeCloseTo(0.3, 12);
  });

  it('leaves out an ally whose theatre does not offer the stance, rather than colour it 0%', () => {
    expect([...stanceAtHorizon(result, 'networking')]).toEqual([['JPN', 0.2]]);
    expect([...stanceAtHorizon(result, 'cover')]).toEqual([['POL', 0.1]]);
  });
});
