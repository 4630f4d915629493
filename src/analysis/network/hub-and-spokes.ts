/**
 * How much of an alliance system runs through its hub (the "hub and spokes" of the U.S. system
 * in Asia, against the multilateral web of NATO). Three indices, all equal to 1 for a pure star
 * around the hub and 0 for a complete graph:
 *
 * - hubShare: the mean, over pairs of members connected in the graph, of the pair dependency
 *   δ_st(hub) = σ_st(hub) / σ_st — the share of shortest alliance paths between two members
 *   that pass through the hub. Freeman's (1979) pair dependency, averaged over member pairs
 *   (the averaging and the choice of pairs are ours: assumption).
 * - cutShare: the share of those pairs that lose every path when the hub is removed (our
 *   definition: the pairs whose only link is the hub).
 * - degreeCentralization: Freeman's (1979) C_D = Σ_i (k* − k_i) / ((m − 1)(m − 2)) over the
 *   subgraph of hub and members (m nodes, k* its largest degree): how star-like it is.
 *
 * Shares are also given by class of pair (members grouped by a label such as theatre), so a
 * reader sees Europe and the Asia-Pacific apart.
 */
import { inducedSubgraph, type AllianceGraph } from './alliance-graph.js';
import { degrees } from './centrality.js';
import { pairDependency, shortestPaths } from './shortest-paths.js';

export interface HubShares {
  /** Member pairs connected in the graph. */
  readonly pairs: number;
  readonly hubShare: number;
  readonly cutShare: number;
}

export interface HubAndSpokes extends HubShares {
  readonly hub: string;
  readonly members: number;
  readonly degreeCentralization: number;
  /** The same shares by class of pair: "europe" for two European members, "asia_pacific/europe" across. */
  readonly byClass: Readonly<Record<string, HubShares>>;
}

interface Tally { pairs: number; through: number; cut: number }

const shares = (t: Tally): HubShares => ({ pairs: t.pairs, hubShare: t.pairs > 0 ? t.through / t.pairs : Number.NaN, cutShare: t.pairs > 0 ? t.cut / t.pairs : Number.NaN });

/** The hub-and-spokes indices of `hub` (a node index) over `members` (node indices, hub excluded). */
export function hubAndSpokes(g: AllianceGraph, hub: number, members: readonly number[], classOf: (node: number) => string = () => 'all'): HubAndSpokes {
  const n = g.n;
  const all = shortestPaths(g);
  const without = shortestPaths(g, hub);
  const total: Tally = { pairs: 0, through: 0, cut: 0 };
  const byClass = new Map<string, Tally>();
  const others = members.filter((m) => m !== hub);
  for (let a = 0; a < others.length; a++) {
    for (let b = a + 1; b < others.length; b++) {
      const s = others[a]!, t = others[b]!;
      if (all.dist[s * n + t]! < 0) continue;
      const key = [classOf(s), classOf(t)].sort().filter((c, i, l) => l.indexOf(c) === i).join('/');
      const tally = byClass.get(key) ?? { pairs: 0, through: 0, cut: 0 };
      byClass.set(key, tally);
      const through = pairDependency(all, s, t, hub);
      const cut = without.dist[s * n + t]! < 0 ? 1 : 0;
      for (const x of [total, tally]) { x.pairs++; x.through += through; x.cut += cut; }
    }
  }
  const sub = inducedSubgraph(g, [hub, ...others]);
  const k = degrees(sub);
  const m = sub.n, kMax = Math.max(...k);
  const degreeCentralization = m < 3 ? Number.NaN : k.reduce((s, ki) => s + (kMax - ki), 0) / ((m - 1) * (m - 2));
  return {
    hub: g.nodes[hub]!, members: others.length, ...shares(total), degreeCentralization,
    byClass: Object.fromEntries([...byClass].sort((x, y) => x[0].localeCompare(y[0])).map(([c, t]) => [c, shares(t)])),
  };
}
