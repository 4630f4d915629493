import { describe, expect, it } from 'vitest';
import { LAYOUT, groupOf, layoutNetwork, nodeRadius, type NetworkNode } from '../../web/src/network-layout.js';

const node = (iso3: string, name: string, roles: Partial<NetworkNode>): NetworkNode => ({ iso3, name, cinc: 0.01, ally: false, nato: false, patron: false, rival: false, grayZone: false, theatre: 'europe', ...roles });

describe('layoutNetwork(nodes)', () => {
  const nodes = [
    node('USA', 'United States', { patron: true, ally: true, nato: true, theatre: 'north_america' }),
    node('POL', 'Poland', { ally: true, nato: true }),
    node('DEU', 'Germany', { ally: true, nato: true }),
    node('JPN', 'Japan', { ally: true, theatre: 'asia_pacific' }),
    node('RUS', 'Russia', { rival: true }),
    node('CHN', 'China', { rival: true, theatre: 'asia_pacific' }),
  ];

  it('puts the United States at the centre, NATO to the west and the Asian treaty allies to the east', () => {
    const at = Object.fromEntries(layoutNetwork(nodes).map((p) => [p.node.iso3, p]));
    expect([at.USA!.x, at.USA!.y]).toEqual([LAYOUT.width / 2, LAYOUT.height / 2]);
    expect(at.POL!.x).toBeLessThan(LAYOUT.width / 2);
    expect(at.JPN!.x).toBeGreaterThan(LAYOUT.width / 2);
    expect(Math.hypot(at.JPN!.x - LAYOUT.width / 2, at.JPN!.y - LAYOUT.height / 2)).toBeCloseTo(LAYOUT.inner, 9);
    expect(Math.hypot(at.RUS!.x - LAYOUT.width / 2, at.RUS!.y - LAYOUT.height / 2)).toBeCloseTo(LAYOUT.outer, 9);
  });

  it('is the same whatever the input order (nodes sit in alphabetical order within their group)', () => {
    const a = layoutNetwork(nodes), b = layoutNetwork([...nodes].reverse());
    const key = (ps: typeof a) => Object.fromEntries(ps.map((p) => [p.node.iso3, [p.x, p.y]]));
    expect(key(b)).toEqual(key(a));
  });

  it('classifies states by role before theatre', () => {
    expect(nodes.map(groupOf)).toEqual(['patron', 'nato', 'nato', 'treaty', 'europe-other', 'asia-other']);
  });

  it('sizes nodes by area: four times the CINC, twice the radius; 3 px when missing', () => {
    expect(nodeRadius(0.04) / nodeRadius(0.01)).toBeCloseTo(2, 12);
    expect(nodeRadius(null)).toBe(3);
  });
});
