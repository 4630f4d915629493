/**
 * allianceNetwork: the network measures of a year's alliance graph — each state's degree,
 * betweenness and eigenvector centrality, the graph's density, and the hub-and-spokes indices of
 * the USA over its allies, overall and by theatre. What `ballast analyze network` prints.
 */
import type { World } from '../../data/index.js';
import type { AnalysisResult } from '../errors.js';
import { allianceGraph, edgeCount } from './alliance-graph.js';
import { betweennessCentrality, degreeCentrality, degrees, density, eigenvectorCentrality } from './centrality.js';
import { hubAndSpokes, type HubAndSpokes } from './hub-and-spokes.js';
import type { RelationOptions } from './relations.js';
import { shortestPaths } from './shortest-paths.js';

export interface NetworkRow {
  readonly iso3: string;
  readonly name: string;
  /** patron, ally, rival, gray_zone or partner. */
  readonly role: string;
  readonly theatre: string;
  readonly degree: number;
  readonly degreeCentrality: number;
  readonly betweenness: number;
  readonly eigenvector: number;
}

export interface AllianceNetwork {
  readonly year: number;
  readonly nodes: number;
  readonly edges: number;
  readonly density: number;
  /** One row per state, by betweenness then degree (highest first), then code. */
  readonly rows: readonly NetworkRow[];
  /** The USA over the year's allies; null when the USA is not in the world. */
  readonly hub: HubAndSpokes | null;
}

const roleOf = (r: World['states'][number]['roles']) => (r.patron ? 'patron' : r.ally ? 'ally' : r.rival ? 'rival' : r.grayZone ? 'gray_zone' : 'partner');

/** The alliance network of `world`'s year (ties: RELATION_RULES.allianceTies unless `options.ties`). */
export function allianceNetwork(world: World, options: RelationOptions = {}): AnalysisResult<AllianceNetwork> {
  const graph = allianceGraph(world, options);
  if (!graph.ok) return graph;
  const g = graph.value;
  const paths = shortestPaths(g);
  const k = degrees(g), dc = degreeCentrality(g), bc = betweennessCentrality(g, { paths }), ec = eigenvectorCentrality(g);
  const rows: NetworkRow[] = world.states.map((s, i) => ({
    iso3: s.iso3, name: s.name, role: roleOf(s.roles), theatre: s.theatre,
    degree: k[i]!, degreeCentrality: dc[i]!, betweenness: bc[i]!, eigenvector: ec[i]!,
  }));
  rows.sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || a.iso3.localeCompare(b.iso3));
  const usa = g.nodes.indexOf('USA');
  const allies = world.states.flatMap((s, i) => (s.roles.ally ? [i] : []));
  const hub = usa < 0 ? null : hubAndSpokes(g, usa, allies, (i) => world.states[i]!.theatre);
  return { ok: true, value: { year: world.year, nodes: g.n, edges: edgeCount(g), density: density(g), rows, hub } };
}
