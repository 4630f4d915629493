/**
 * A deterministic layout of the alliance network (no force simulation): the United States at
 * the centre, NATO members on an arc to the west, the Asia-Pacific treaty allies on an arc to
 * the east, and the states outside the alliances on an outer ring beside their theatre.
 * Within a group, nodes are in alphabetical order of name, so a layout never moves between
 * renders or years except where states join or leave.
 */
import type { NetworkResponse } from '../../src/server/contract.js';

export type NetworkNode = NetworkResponse['nodes'][number];
export type NodeGroup = 'patron' | 'nato' | 'treaty' | 'europe-other' | 'asia-other' | 'other';
export interface PlacedNode { node: NetworkNode; group: NodeGroup; x: number; y: number }

export const LAYOUT = { width: 1000, height: 780, inner: 270, outer: 360 } as const;

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
