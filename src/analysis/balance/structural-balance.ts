/**
 * structuralBalance: the balance analysis of a signed network in one call — link counts, the
 * triad census (balanced and imbalanced closed triads, with the imbalanced ones listed) and the
 * two-bloc partition with the fewest frustrated links. What `ballast analyze balance` prints.
 */
import type { DescentOptions } from '../landscape/descent-search.js';
import { blocPartition, type BlocPartition } from './bloc-partition.js';
import { linkCounts, type SignedNetwork } from './signed-network.js';
import { triadCensus, type TriadCensus } from './triad-census.js';

export interface StructuralBalance {
  readonly nodes: number;
  readonly positive: number;
  readonly negative: number;
  readonly census: TriadCensus;
  /** Closed triads that are balanced / imbalanced (strong balance, Cartwright & Harary 1956). */
  readonly balanced: number;
  readonly imbalanced: number;
  /** Balanced share of closed triads; NaN with none. */
  readonly balanceRatio: number;
  readonly partition: BlocPartition;
}

/** Census and partition of `net`; descent options apply only past exhaustive reach. */
export function structuralBalance(net: SignedNetwork, options: DescentOptions = {}): StructuralBalance {
  const census = triadCensus(net, { list: true });
  const { positive, negative } = linkCounts(net);
  return {
    nodes: net.n, positive, negative, census,
    balanced: census.balanced, imbalanced: census.imbalanced,
    balanceRatio: census.closed > 0 ? census.balanced / census.closed : Number.NaN,
    partition: blocPartition(net, options),
  };
}
