import { describe, expect, it } from 'vitest';
import { hrefOf, parseRoute } from '../../web/src/route.js';

describe('parseRoute(hash) and hrefOf(route)', () => {
  it('reads every page and round-trips', () => {
    for (const hash of ['#/', '#/world', '#/scenarios', '#/scenarios/worst-case', '#/results/0b7f0a4e-1111-2222-3333-444455556666', '#/compare', '#/runs', '#/network', '#/analytics', '#/validation']) {
      expect(hrefOf(parseRoute(hash))).toBe(hash);
    }
    expect(parseRoute('')).toEqual({ page: 'home' });
    expect(parseRoute('#/nowhere/at/all')).toEqual({ page: 'not-found', path: '/nowhere/at/all' });
  });

  it('keeps a view\'s state in the query, so a shared address reopens the same comparison, search or analysis', () => {
    const compare = '#/compare?a=worst-case&b=continuity&runs=2000';
    expect(parseRoute(compare)).toEqual({ page: 'compare', a: 'worst-case', b: 'continuity', runs: 2000 });
    expect(hrefOf(parseRoute(compare))).toBe(compare);
    const sens = '#/results/0b7f0a4e-1111-2222-3333-444455556666?sensitivity=sobol&outcome=mean_cohesion&space=posterior';
    expect(parseRoute(sens)).toEqual({ page: 'results', id: '0b7f0a4e-1111-2222-3333-444455556666', sensitivity: { method: 'sobol', outcome: 'mean_cohesion', space: 'posterior' } });
    expect(hrefOf(parseRoute(sens))).toBe(sens);
    expect(parseRoute('#/runs?q=worst%20case')).toEqual({ page: 'runs', q: 'worst case' });
    expect(hrefOf({ page: 'runs', q: 'worst case' })).toBe('#/runs?q=worst+case');
    // A malformed name or count is dropped, not passed on to the API.
    expect(parseRoute('#/compare?a=../etc&b=continuity&runs=-3')).toEqual({ page: 'compare', a: null, b: 'continuity', runs: null });
  });
});
