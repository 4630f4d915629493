/**
 * Watts's threshold cascade on a network (Watts 2002, "A simple model of global cascades on
 * random networks", PNAS 99(9): 5766–5771), on a weighted, possibly directed network: node i
 * adopts once the weighted share of its neighbours that have adopted reaches its threshold φ_i,
 *   Σ_j w_ij a_j / Σ_j w_ij ≥ φ_i     (w_ij: the weight i gives to j; unweighted: 1/k_i each).
 * Adoption is permanent, so synchronous updating reaches the same final set as any order.
 * A node with no neighbours adopts only if seeded or φ_i = 0.
 */

export interface NetworkCascadeInput {
  /** n × n non-negative weights; row i holds the weights i gives its neighbours (the diagonal is ignored). */
  readonly weights: readonly (readonly number[])[];
  /** n thresholds in [0, 1] (shares of weighted neighbours). */
  readonly thresholds: readonly number[];
  /** Indices of the nodes that adopt first (the initial shock). */
  readonly seeds: readonly number[];
}

export interface CascadeCondition {
  /** Vulnerable nodes: one adopting neighbour can suffice, max_j w_ij / Σ_j w_ij ≥ φ_i (Watts: φ ≤ 1/k). */
  readonly vulnerable: readonly boolean[];
  /** Σ_i k_i (k_i − 1) v_i / Σ_i k_i: Watts's Σ_k k(k−1) ρ_k p_k / z for this network's (effective) degrees. */
  readonly wattsRatio: number;
  /** wattsRatio > 1: Watts's condition for global cascades (derived for large random networks). */
  readonly holds: boolean;
  /** The size of the largest connected cluster of vulnerable nodes (a seed next to it tips all of it). */
  readonly largestVulnerableCluster: number;
}

export interface NetworkCascade {
  readonly n: number;
  readonly final: number;
  readonly share: number;
  /** Step at which each node adopted (0 for seeds and φ = 0), null if never. */
  readonly adoptedAt: readonly (number | null)[];
  readonly steps: number;
  readonly condition: CascadeCondition;
}

/** Shares within rounding of the threshold count as reaching it (1/3 of the weight meets φ = 1/3). */
const reaches = (part: number, total: number, phi: number) => part >= (phi - 1e-12) * total;

/**
 * The effective number of neighbours, (Σ_j w_ij)² / Σ_j w_ij²: the degree k for 0/1 weights,
 * fewer when a few neighbours carry most of the weight. Assumption: our generalisation of
 * Watts's degree to weighted networks, so that vulnerability (max share ≥ φ) and the degree
 * agree with his φ ≤ 1/k when weights are equal.
 */
export function effectiveDegree(row: readonly number[], i: number): number {
  let sum = 0, squares = 0;
  row.forEach((w, j) => { if (j !== i) { sum += w; squares += w * w; } });
  return squares > 0 ? (sum * sum) / squares : 0;
}

function rowTotal(row: readonly number[], i: number): number {
  let s = 0;
  for (let j = 0; j < row.length; j++) if (j !== i) s += row[j]!;
  return s;
}

/** Watts's cascade condition for a weighted network and thresholds. */
export function cascadeCondition(weights: readonly (readonly number[])[], thresholds: readonly number[]): CascadeCondition {
  const n = thresholds.length;
  const vulnerable = weights.map((row, i) => {
    const total = rowTotal(row, i);
    const strongest = Math.max(0, ...row.filter((_, j) => j !== i));
    return total > 0 && reaches(strongest, total, thresholds[i]!);
  });
  let num = 0, den = 0;
  weights.forEach((row, i) => { const k = effectiveDegree(row, i); den += k; if (vulnerable[i]) num += k * (k - 1); });
  // clusters of vulnerable nodes, linked where either gives the other weight
  const seen = new Array<boolean>(n).fill(false);
  let largest = 0;
  for (let s = 0; s < n; s++) {
    if (!vulnerable[s] || seen[s]) continue;
    let size = 0;
    const stack = [s];
    seen[s] = true;
    while (stack.length > 0) {
      const i = stack.pop()!;
      size++;
      for (let j = 0; j < n; j++) if (!seen[j] && vulnerable[j] && j !== i && (weights[i]![j]! > 0 || weights[j]![i]! > 0)) { seen[j] = true; stack.push(j); }
    }
    largest = Math.max(largest, size);
  }
  const wattsRatio = den > 0 ? num / den : 0;
  return { vulnerable, wattsRatio, holds: wattsRatio > 1, largestVulnerableCluster: largest };
}

/** Runs the cascade from the seeds to its end (validated input; see readCascadeInput). */
export function wattsCascade(input: NetworkCascadeInput): NetworkCascade {
  const { weights, thresholds, seeds } = input;
  const n = thresholds.length;
  const adoptedAt: (number | null)[] = thresholds.map((phi, i) => (phi === 0 || seeds.includes(i) ? 0 : null));
  let steps = 0;
  for (let changed = true; changed; ) {
    changed = false;
    const next = [...adoptedAt];
    for (let i = 0; i < n; i++) {
      if (adoptedAt[i] !== null) continue;
      const row = weights[i]!, total = rowTotal(row, i);
      if (total === 0) continue;
      let active = 0;
      for (let j = 0; j < n; j++) if (j !== i && adoptedAt[j] !== null) active += row[j]!;
      if (reaches(active, total, thresholds[i]!)) { next[i] = steps + 1; changed = true; }
    }
    if (changed) { steps++; adoptedAt.splice(0, n, ...next); }
  }
  const final = adoptedAt.filter((t) => t !== null).length;
  return { n, final, share: n === 0 ? 0 : final / n, adoptedAt, steps, condition: cascadeCondition(weights, thresholds) };
}
