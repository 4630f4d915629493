/**
 * A deterministic layout of the alliance network (no force simulation): the United States at
 * the centre, NATO members on an arc to the west around the NATO bloc's hub, the Asia-Pacific
 * treaty allies on an arc to the east, and the states outside the alliances on an outer ring
 * beside their theatre. Within a group, nodes are in alphabetical order of name, so a layout
 * never moves between renders or years except where states join or leave. Labels run along the
 * radius, outward from their node, so neighbours on an arc never overlap
 * (test/web/network-layout.test.ts checks every pair on the 2016 network).
 */
import type { NetworkBloc, NetworkEdgeKind, NetworkResponse } from '../../src/server/contract.js';

export type NetworkNode = NetworkResponse['nodes'][number];
export type NodeGroup = 'patron' | 'nato' | 'treaty' | 'europe-other' | 'asia-other' | 'other';
export interface PlacedNode { node: NetworkNode; group: NodeGroup; x: number; y: number }

export const LAYOUT = { width: 1000, height: 780, inner: 270, outer: 360 } as const;

/** Where a bloc's hub sits: NATO between the United States and its arc; any other bloc at its members' centroid. */
export function blocHub(bloc: { atopid: number; members: readonly string[] }, placed: ReadonlyMap<string, PlacedNode>): { x: number; y: number } {
  const cx = LAYOUT.width / 2, cy = LAYOUT.height / 2;
  if (bloc.atopid === NATO_ATOPID) return { x: cx - LAYOUT.inner * 0.42, y: cy };
  const at = bloc.members.map((m) => placed.get(m)).filter((p): p is PlacedNode => p !== undefined && p.group !== 'patron');
  if (at.length === 0) return { x: cx, y: cy };
  // In the direction of its members' centroid, inside the inner arc (so the hub never sits on a node).
  const mx = at.reduce((t, p) => t + p.x, 0) / at.length - cx, my = at.reduce((t, p) => t + p.y, 0) / at.length - cy;
  const angle = Math.atan2(my, mx);
  return { x: cx + Math.cos(angle) * LAYOUT.inner * 0.68, y: cy + Math.sin(angle) * LAYOUT.inner * 0.68 };
}
export const NATO_ATOPID = 3180;

/** Label font size in px and the width of one character (a monospace-safe upper bound for ISO3 codes). */
export const LABEL = { fontSize: 11, charWidth: 7.2, gap: 3 } as const;

export interface PlacedLabel {
  text: string;
  /** The anchor point, just outside the node along its radius. */
  x: number;
  y: number;
  /** Rotation in degrees about the anchor (SVG: clockwise). */
  rotate: number;
  anchor: 'start' | 'end' | 'middle';
  /** The label's box: its length along the text direction and its height. */
  width: number;
  height: number;
}

/**
 * A node's label: along the radius from the layout's centre, outward, reading left to right
 * (on the western half the text is turned half a circle and anchored at its end). The patron's
 * label sits below it.
 */
export function labelOf(p: PlacedNode): PlacedLabel {
  const text = p.node.iso3, r = nodeRadius(p.node.cinc);
  const width = text.length * LABEL.charWidth, height = LABEL.fontSize;
  const cx = LAYOUT.width / 2, cy = LAYOUT.height / 2;
  if (p.group === 'patron') return { text, x: p.x, y: p.y + r + LABEL.gap + height * 0.8, rotate: 0, anchor: 'middle', width, height };
  const angle = Math.atan2(p.y - cy, p.x - cx);
  const x = p.x + Math.cos(angle) * (r + LABEL.gap), y = p.y + Math.sin(angle) * (r + LABEL.gap);
  const deg = (angle * 180) / Math.PI;
  const west = Math.abs(deg) > 90;
  return { text, x, y, rotate: west ? deg - 180 * Math.sign(deg || 1) : deg, anchor: west ? 'end' : 'start', width, height };
}

export function groupOf(n: NetworkNode): NodeGroup {
  if (n.patron) return 'patron';
  if (n.nato) return 'nato';
  if (n.ally) return 'treaty';
  if (n.theatre === 'europe' || n.theatre === 'north_america') return 'europe-other';
  if (n.theatre === 'asia_pacific') return 'asia-other';
  return 'other';
}

/** Arcs in degrees, clockwise from east (SVG's y points down). */
const ARCS: Record<Exclude<NodeGroup, 'patron'>, { from: number; to: number; radius: number }> = {
  nato: { from: 97, to: 263, radius: LAYOUT.inner },
  treaty: { from: -35, to: 35, radius: LAYOUT.inner },
  'europe-other': { from: 120, to: 240, radius: LAYOUT.outer },
  'asia-other': { from: -40, to: 40, radius: LAYOUT.outer },
  other: { from: 70, to: 110, radius: LAYOUT.outer },
};

/** Positions of every node, in the order of the input. */
export function layoutNetwork(nodes: readonly NetworkNode[]): PlacedNode[] {
  const cx = LAYOUT.width / 2, cy = LAYOUT.height / 2;
  const byGroup = new Map<NodeGroup, NetworkNode[]>();
  for (const n of nodes) {
    const g = groupOf(n);
    byGroup.set(g, [...(byGroup.get(g) ?? []), n]);
  }
  const at = new Map<string, PlacedNode>();
  for (const [group, members] of byGroup) {
    const sorted = [...members].sort((a, b) => a.name.localeCompare(b.name) || a.iso3.localeCompare(b.iso3));
    if (group === 'patron') { sorted.forEach((node, i) => at.set(node.iso3, { node, group, x: cx + i * 40, y: cy })); continue; }
    const arc = ARCS[group];
    sorted.forEach((node, i) => {
      const t = sorted.length === 1 ? 0.5 : i / (sorted.length - 1);
      const rad = ((arc.from + t * (arc.to - arc.from)) * Math.PI) / 180;
      at.set(node.iso3, { node, group, x: cx + arc.radius * Math.cos(rad), y: cy + arc.radius * Math.sin(rad) });
    });
  }
  return nodes.map((n) => at.get(n.iso3)!);
}

/** Node radius in pixels from CINC (area proportional to capability), 3 px for a missing value. */
export function nodeRadius(cinc: number | null): number {
  return cinc === null || cinc <= 0 ? 3 : Math.max(3, Math.min(30, Math.sqrt(cinc) * 70));
}

/** What the network can draw: NATO as one bloc, other multilateral pacts as blocs, and the ties no bloc explains. */
export type TieKind = 'nato' | 'nato_accession' | 'us_bilateral' | 'other_bloc' | 'other_defence';

export interface Spoke { bloc: NetworkBloc; iso3: string; pending: boolean; kind: TieKind }
export interface PairTie { a: string; b: string; kind: TieKind }

/**
 * The ties to draw: a spoke from each member of a bloc to the bloc's hub (a pending member's dashed),
 * and a line for each defence tie no bloc explains (the U.S. bilateral treaties, bilateral pacts).
 * A tie is explained by a bloc when both ends belong to it (a pending accession counts for NATO).
 */
export function tiesToDraw(network: Pick<NetworkResponse, 'edges' | 'blocs'>): { spokes: Spoke[]; pairs: PairTie[] } {
  const spokes: Spoke[] = [];
  const inBloc = network.blocs.map((b) => new Set([...b.members, ...b.pending]));
  for (const bloc of network.blocs) {
    const kind: TieKind = bloc.atopid === NATO_ATOPID ? 'nato' : 'other_bloc';
    for (const m of bloc.members) spokes.push({ bloc, iso3: m, pending: false, kind });
    for (const m of bloc.pending) spokes.push({ bloc, iso3: m, pending: true, kind: 'nato_accession' });
  }
  const pairs: PairTie[] = network.edges
    .filter((e) => !inBloc.some((s) => s.has(e.a) && s.has(e.b)))
    .map((e) => ({ a: e.a, b: e.b, kind: e.kind satisfies NetworkEdgeKind }));
  return { spokes, pairs };
}
