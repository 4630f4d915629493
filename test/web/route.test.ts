import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from '../../web/src/route.js';

describe('parseRoute(hash) and hrefOf(route)', () => {
  it('reads every page and round-trips', () => {
    for (const hash of ['#/', '#/world', '#/scenarios', '#/scenarios/worst-case', '#/results/0b7f0a4e-1111-2222-3333-444455556666', '#/compare', '#/network', '#/analytics', '#/validation']) {
      expect(hrefOf(parseRoute(hash))).toBe(hash);
    }
    expect(parseRoute('')).toEqual({ page: 'home' });
    expect(parseRoute('#/nowhere/at/all')).toEqual({ page: 'not-found', path: '/nowhere/at/all' });
  });
});
