import { describe, expect, it } from 'vitest';
import { LAYOUT, NATO_ATOPID, groupOf, labelOf, layoutNetwork, nodeRadius, tiesToDraw, type NetworkNode, type PlacedLabel } from '../../web/src/network-layout.js';
import { loadWorld } from '../../src/index.js';
import { networkOf } from '../../src/server/routes/world.js';

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

describe('the 2016 network as drawn', () => {
  const network = networkOf(loadWorld(2016));
  const placed = layoutNetwork(network.nodes);

  /** A label's box as four corners (independent of the layout's code: rotation about the anchor, by hand). */
  const corners = (l: PlacedLabel): [number, number][] => {
    const t = (l.rotate * Math.PI) / 180, u = [Math.cos(t), Math.sin(t)] as const, v = [-Math.sin(t), Math.cos(t)] as const;
    const [a0, a1] = l.anchor === 'start' ? [0, l.width] : l.anchor === 'end' ? [-l.width, 0] : [-l.width / 2, l.width / 2];
    // 'middle' labels sit on their baseline (text above it); the others are centred on it.
    const [b0, b1] = l.anchor === 'middle' ? [-0.8 * l.height, 0.2 * l.height] : [-l.height / 2, l.height / 2];
    return [[a0, b0], [a1, b0], [a1, b1], [a0, b1]].map(([a, b]) => [l.x + a! * u[0] + b! * v[0], l.y + a! * u[1] + b! * v[1]]);
  };
  /** Separating-axis test for two convex quadrilaterals. */
  const overlap = (p: [number, number][], q: [number, number][]) => {
    for (const poly of [p, q]) for (let i = 0; i < 4; i++) {
      const [x1, y1] = poly[i]!, [x2, y2] = poly[(i + 1) % 4]!, axis = [y1 - y2, x2 - x1];
      const proj = (r: [number, number][]) => r.map(([x, y]) => x * axis[0]! + y * axis[1]!);
      const a = proj(p), b = proj(q);
      if (Math.max(...a) <= Math.min(...b) || Math.max(...b) <= Math.min(...a)) return false;
    }
    return true;
  };

  it('has labels that never overlap one another', () => {
    const labels = placed.map((p) => ({ iso3: p.node.iso3, box: corners(labelOf(p)) }));
    const clashes: string[] = [];
    for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) if (overlap(labels[i]!.box, labels[j]!.box)) clashes.push(`${labels[i]!.iso3}/${labels[j]!.iso3}`);
    expect(clashes).toEqual([]);
    // The check can fail: the old labels, horizontal beside their node, collide near the tops of the arcs (the United Kingdom's runs into Turkey).
    const horizontal = (p: (typeof placed)[number]) => { const r = nodeRadius(p.node.cinc), right = p.x >= LAYOUT.width / 2; return corners({ text: p.node.iso3, x: p.x + (right ? r + 3 : -r - 3), y: p.y, rotate: 0, anchor: right ? 'start' : 'end', width: 21.6, height: 11 }); };
    const circle = (p: (typeof placed)[number]): [number, number][] => { const r = nodeRadius(p.node.cinc); return [[p.x - r, p.y - r], [p.x + r, p.y - r], [p.x + r, p.y + r], [p.x - r, p.y + r]]; };
    const at = (iso3: string) => placed.find((p) => p.node.iso3 === iso3)!;
    expect(overlap(horizontal(at('GBR')), circle(at('TUR'))) || overlap(horizontal(at('GBR')), horizontal(at('TUR')))).toBe(true);
  });

  it('has labels that cover no other state\'s circle', () => {
    const clashes: string[] = [];
    for (const p of placed) {
      const box = corners(labelOf(p));
      for (const q of placed) {
        if (q === p) continue;
        const r = nodeRadius(q.node.cinc);
        const square: [number, number][] = [[q.x - r, q.y - r], [q.x + r, q.y - r], [q.x + r, q.y + r], [q.x - r, q.y + r]];
        if (overlap(box, square)) clashes.push(`${p.node.iso3} over ${q.node.iso3}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('draws NATO as one bloc: a spoke per member, no pair of members linked, Montenegro signed but not a member', () => {
    const nato = network.blocs.find((b) => b.atopid === NATO_ATOPID)!;
    expect(nato.members).toHaveLength(28);
    expect(nato.members).toEqual(expect.arrayContaining(['USA', 'CAN', 'POL', 'TUR', 'GBR', 'ALB', 'HRV']));
    expect(nato.members).not.toContain('MNE');
    expect(nato.pending).toEqual(['MNE']);
    const { spokes, pairs } = tiesToDraw(network);
    expect(spokes.filter((s) => s.kind === 'nato')).toHaveLength(28);
    expect(spokes.filter((s) => s.kind === 'nato_accession').map((s) => s.iso3)).toEqual(['MNE']);
    expect(pairs.filter((e) => e.kind === 'nato' || e.kind === 'nato_accession')).toEqual([]);
    // No line between Montenegro and a member: its ATOP ties are the signed protocol, not a treaty in force.
    expect(network.edges.filter((e) => [e.a, e.b].includes('MNE') && e.kind !== 'other_defence').every((e) => e.kind === 'nato_accession')).toBe(true);
    expect(pairs.some((e) => [e.a, e.b].includes('MNE') && [e.a, e.b].some((x) => nato.members.includes(x)))).toBe(false);
    // The U.S. bilateral treaties remain lines: the five Asia-Pacific allies.
    expect(pairs.filter((e) => e.kind === 'us_bilateral').map((e) => [e.a, e.b].find((x) => x !== 'USA')).sort()).toEqual(['AUS', 'JPN', 'KOR', 'PHL', 'THA']);
  });

  it('draws the EU\'s mutual-assistance clause as a bloc too, so the 28 members\' pairs are not a hairball', () => {
    const eu = network.blocs.find((b) => b.atopid === 4175)!;
    expect(eu.memberCount).toBe(28);
    expect(eu.members).toEqual(expect.arrayContaining(['AUT', 'FIN', 'IRL', 'SWE', 'DEU']));
    const { pairs } = tiesToDraw(network);
    expect(pairs.some((e) => e.a === 'AUT' && e.b === 'DEU')).toBe(false);
    expect(pairs.length).toBeLessThan(20);
  });
});
