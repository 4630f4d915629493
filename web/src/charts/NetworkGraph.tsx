/**
 * The alliance network as SVG: the U.S. hub at the centre, NATO to the west, the Asia-Pacific
 * treaty allies to the east, other states on the outer ring; node area ∝ CINC; edges by
 * treaty kind. With a result, allies are coloured by a stance probability at its horizon.
 */
import { useMemo } from 'react';
import { scaleSequential } from 'd3-scale';
import { interpolateBlues, interpolateGreens, interpolateOrRd, interpolatePuBuGn, interpolatePurples, interpolateYlOrBr } from 'd3-scale-chromatic';
import type { NetworkResponse } from '../api.js';
import { isStance, STANCE_SCHEME, type StanceScheme } from '../labels.js';
import { LAYOUT, layoutNetwork, nodeRadius, type NodeGroup } from '../network-layout.js';

export const GROUP_COLOURS: Record<NodeGroup, string> = { patron: '#1f3b73', nato: '#4a7fc1', treaty: '#2e9e8f', 'europe-other': '#b9c7d6', 'asia-other': '#b9c7d6', other: '#b9c7d6' };
export const EDGE_STYLES: Record<NetworkResponse['edges'][number]['kind'], { stroke: string; opacity: number; dash?: string; label: string }> = {
  nato: { stroke: '#4a7fc1', opacity: 0.12, label: 'NATO (every pair of members)' },
  us_bilateral: { stroke: '#1f3b73', opacity: 0.8, label: 'U.S. bilateral treaty' },
  other_defence: { stroke: '#8a6d3b', opacity: 0.6, dash: '4 3', label: 'other defence pact' },
};
const INTERPOLATORS: Record<StanceScheme, (t: number) => string> = { Blues: interpolateBlues, OrRd: interpolateOrRd, Purples: interpolatePurples, Greens: interpolateGreens, PuBuGn: interpolatePuBuGn };
/** The colour of a probability of the stance: the stance's scheme (the heat map's), yellow–brown for "any stance but aligned". */
export function stanceColour(stance: string): (p: number) => string {
  return scaleSequential<string>(isStance(stance) ? INTERPOLATORS[STANCE_SCHEME[stance]] : interpolateYlOrBr).domain([0, 1]);
}

export function NetworkGraph({ network, kinds, probability, stance }: { network: NetworkResponse; kinds: ReadonlySet<string>; probability: Map<string, number> | null; stance: string }) {
  const colour = useMemo(() => stanceColour(stance), [stance]);
  const placed = useMemo(() => layoutNetwork(network.nodes), [network]);
  const at = useMemo(() => new Map(placed.map((p) => [p.node.iso3, p])), [placed]);
  const edges = network.edges.filter((e) => kinds.has(e.kind));
  return (
    <svg viewBox={`0 0 ${LAYOUT.width} ${LAYOUT.height}`} width={LAYOUT.width} height={LAYOUT.height} role="img" data-testid="network-graph"
      aria-label={`Alliance network ${network.year}: ${network.nodes.length} states and ${network.edges.length} defence ties; the table below lists them`}>
      <text x={LAYOUT.width * 0.18} y={24} textAnchor="middle" fontSize={13} fontWeight={600}>Europe and North America</text>
      <text x={LAYOUT.width * 0.82} y={24} textAnchor="middle" fontSize={13} fontWeight={600}>Asia-Pacific</text>
      <g>
        {edges.map((e) => {
          const a = at.get(e.a), b = at.get(e.b), s = EDGE_STYLES[e.kind];
          if (!a || !b) return null;
          return <line key={`${e.a}-${e.b}-${e.kind}`} x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke={s.stroke} strokeOpacity={s.opacity} strokeDasharray={s.dash} strokeWidth={e.kind === 'us_bilateral' ? 1.6 : 1} />;
        })}
      </g>
      <g>
        {placed.map((p) => {
          const prob = probability?.get(p.node.iso3);
          const fill = prob !== undefined ? colour(prob) : probability && p.node.ally ? '#ffffff' : GROUP_COLOURS[p.group];
          const r = nodeRadius(p.node.cinc);
          const right = p.x >= LAYOUT.width / 2;
          return (
            <g key={p.node.iso3} data-iso3={p.node.iso3}>
              <circle cx={p.x} cy={p.y} r={r} fill={fill} stroke={p.node.rival ? '#c0473a' : p.node.grayZone ? '#222' : '#334'} strokeWidth={p.node.rival ? 2 : 1} strokeDasharray={p.node.grayZone ? '3 2' : undefined}>
                <title>{`${p.node.name}${p.node.cinc === null ? '' : `, CINC ${p.node.cinc.toFixed(4)}`}${prob !== undefined ? `, P = ${(prob * 100).toFixed(1)}%` : ''}`}</title>
              </circle>
              <text x={p.x + (right ? r + 3 : -r - 3)} y={p.y + 3} textAnchor={right ? 'start' : 'end'}>{p.node.iso3}</text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
