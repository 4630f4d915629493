/**
 * The alliance network as SVG: the U.S. hub at the centre, NATO to the west drawn as one bloc
 * (a hub with a spoke to each member, not every pair of 28 members), the Asia-Pacific treaty
 * allies to the east on their bilateral spokes, other states on the outer ring; node area ∝ CINC;
 * node colours are the roles' (web/src/roles.ts, the World map's). With a result, allies are
 * coloured by a stance probability at its horizon. Labels run along the radius (labelOf).
 */
import { useMemo } from 'react';
import { scaleSequential } from 'd3-scale';
import { interpolateBlues, interpolateGreens, interpolateOrRd, interpolatePuBuGn, interpolatePurples, interpolateYlOrBr } from 'd3-scale-chromatic';
import type { NetworkResponse } from '../api.js';
import { isStance, STANCE_SCHEME, type StanceScheme } from '../labels.js';
import { blocHub, LABEL, LAYOUT, labelOf, layoutNetwork, NATO_ATOPID, nodeRadius, tiesToDraw, type NetworkNode, type TieKind } from '../network-layout.js';
import { ROLE_COLOURS, roleFrom, type Role } from '../roles.js';

/** A network node's role: the same definition as the World map's. */
export const nodeRole = (n: NetworkNode): Role => roleFrom({ patron: n.patron, natoMember: n.nato, asiaAlly: n.ally && !n.nato && !n.patron, rival: n.rival, grayZone: n.grayZone });

export const TIE_STYLES: Record<TieKind, { stroke: string; opacity: number; dash?: string; width: number; label: string; shown: boolean }> = {
  nato: { stroke: ROLE_COLOURS['NATO member'], opacity: 0.55, width: 1.2, label: 'NATO: one treaty, drawn as a bloc (a spoke to each member)', shown: true },
  nato_accession: { stroke: ROLE_COLOURS['NATO member'], opacity: 0.9, dash: '5 3', width: 1.4, label: 'NATO accession signed, not in force (ATOP codes it from signature)', shown: true },
  us_bilateral: { stroke: ROLE_COLOURS['United States'], opacity: 0.85, width: 1.8, label: 'U.S. bilateral treaty', shown: true },
  other_bloc: { stroke: '#8a6d3b', opacity: 0.35, width: 1, label: 'other multilateral defence pact (the EU\u2019s mutual-assistance clause), as a bloc', shown: false },
  other_defence: { stroke: '#8a6d3b', opacity: 0.7, dash: '4 3', width: 1, label: 'other defence pact between two states', shown: true },
};
const INTERPOLATORS: Record<StanceScheme, (t: number) => string> = { Blues: interpolateBlues, OrRd: interpolateOrRd, Purples: interpolatePurples, Greens: interpolateGreens, PuBuGn: interpolatePuBuGn };
/** The colour of a probability of the stance: the stance's scheme (the heat map's), yellow–brown for "any stance but aligned". */
export function stanceColour(stance: string): (p: number) => string {
  return scaleSequential<string>(isStance(stance) ? INTERPOLATORS[STANCE_SCHEME[stance]] : interpolateYlOrBr).domain([0, 1]);
}

const shortBloc = (name: string) => name.replace(/\s*\(.*$/, '');

export function NetworkGraph({ network, kinds, probability, stance }: { network: NetworkResponse; kinds: ReadonlySet<string>; probability: Map<string, number> | null; stance: string }) {
  const colour = useMemo(() => stanceColour(stance), [stance]);
  const placed = useMemo(() => layoutNetwork(network.nodes), [network]);
  const at = useMemo(() => new Map(placed.map((p) => [p.node.iso3, p])), [placed]);
  const { spokes, pairs } = useMemo(() => tiesToDraw(network), [network]);
  const hubs = useMemo(() => new Map(network.blocs.map((b) => [b.atopid, blocHub(b, at)])), [network, at]);
  const shownBlocs = network.blocs.filter((b) => kinds.has(b.atopid === NATO_ATOPID ? 'nato' : 'other_bloc'));
  return (
    <svg viewBox={`0 0 ${LAYOUT.width} ${LAYOUT.height}`} width={LAYOUT.width} height={LAYOUT.height} role="img" data-testid="network-graph"
      aria-label={`Alliance network ${network.year}: ${network.nodes.length} states; ${network.blocs.map((b) => `${shortBloc(b.name)} with ${b.members.length} members${b.pending.length ? ` and ${b.pending.length} signed but not yet in force` : ''}`).join('; ')}; the table below lists them`}>
      <text x={LAYOUT.width * 0.18} y={24} textAnchor="middle" fontSize={13} fontWeight={600}>Europe and North America</text>
      <text x={LAYOUT.width * 0.82} y={24} textAnchor="middle" fontSize={13} fontWeight={600}>Asia-Pacific</text>
      <g>
        {spokes.filter((s) => kinds.has(s.kind)).map((s) => {
          const a = at.get(s.iso3), hub = hubs.get(s.bloc.atopid), st = TIE_STYLES[s.kind];
          if (!a || !hub) return null;
          const thick = a.group === 'patron';
          return <line key={`${s.bloc.atopid}-${s.iso3}`} data-tie={s.kind} x1={hub.x} y1={hub.y} x2={a.x} y2={a.y} stroke={st.stroke} strokeOpacity={st.opacity} strokeDasharray={st.dash} strokeWidth={thick ? 3 : st.width} />;
        })}
        {pairs.filter((e) => kinds.has(e.kind)).map((e) => {
          const a = at.get(e.a), b = at.get(e.b), st = TIE_STYLES[e.kind];
          if (!a || !b) return null;
          return <line key={`${e.a}-${e.b}-${e.kind}`} data-tie={e.kind} x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke={st.stroke} strokeOpacity={st.opacity} strokeDasharray={st.dash} strokeWidth={st.width} />;
        })}
      </g>
      <g>
        {shownBlocs.map((b) => {
          const hub = hubs.get(b.atopid)!, text = shortBloc(b.name), w = text.length * 7.5 + 14;
          return (
            <g key={b.atopid} data-bloc={b.atopid}>
              <rect x={hub.x - w / 2} y={hub.y - 11} width={w} height={22} rx={11} fill="#fff" stroke={b.atopid === NATO_ATOPID ? ROLE_COLOURS['NATO member'] : '#8a6d3b'} strokeWidth={1.5} />
              <text x={hub.x} y={hub.y} textAnchor="middle" dominantBaseline="central" fontSize={12} fontWeight={600}>{text}</text>
              <title>{`${b.name}: ${b.memberCount} members${b.memberCount !== b.members.length ? `, ${b.members.length} of them followed by Ballast` : ''}${b.pending.length ? `; accession signed, not yet in force: ${b.pending.join(', ')}` : ''}`}</title>
            </g>
          );
        })}
      </g>
      <g>
        {placed.map((p) => {
          const prob = probability?.get(p.node.iso3);
          const fill = prob !== undefined ? colour(prob) : probability && p.node.ally ? '#ffffff' : ROLE_COLOURS[nodeRole(p.node)];
          const r = nodeRadius(p.node.cinc), l = labelOf(p);
          return (
            <g key={p.node.iso3} data-iso3={p.node.iso3}>
              <circle cx={p.x} cy={p.y} r={r} fill={fill} stroke={p.node.rival ? '#7a231b' : p.node.grayZone ? '#222' : '#334'} strokeWidth={p.node.rival ? 2 : 1} strokeDasharray={p.node.grayZone ? '3 2' : undefined}>
                <title>{`${p.node.name} (${nodeRole(p.node)})${p.node.cinc === null ? '' : `, CINC ${p.node.cinc.toFixed(4)}`}${prob !== undefined ? `, P = ${(prob * 100).toFixed(1)}%` : ''}`}</title>
              </circle>
              <text x={l.x} y={l.y} fontSize={LABEL.fontSize} textAnchor={l.anchor} dominantBaseline={l.rotate === 0 && l.anchor === 'middle' ? 'auto' : 'central'} transform={l.rotate ? `rotate(${l.rotate.toFixed(2)} ${l.x.toFixed(2)} ${l.y.toFixed(2)})` : undefined}>{l.text}</text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}
