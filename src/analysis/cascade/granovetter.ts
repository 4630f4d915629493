/**
 * Granovetter's threshold model of collective behaviour (Granovetter 1978, "Threshold Models
 * of Collective Behavior", American Journal of Sociology 83(6): 1420–1443). Actor i joins once
 * at least θ_i others have joined. Starting from nobody, the number acting follows
 * r_{t+1} = F(r_t), F(r) = #{i : θ_i ≤ r}, and stops at the first fixed point of F: the
 * equilibrium. His example: thresholds 0, 1, …, 99 bring out all 100; change the actor with
 * threshold 1 to 2 and only the instigator acts.
 */

export interface PopulationCascade {
  readonly n: number;
  /** Actors acting at equilibrium. */
  readonly final: number;
  /** final / n. */
  readonly share: number;
  /** r_0 = 0, r_1, …, r_T = final: the number acting after each step. */
  readonly trajectory: readonly number[];
  /**
   * The cascade condition for the whole population: with thresholds sorted, θ_(k) ≤ k − 1 for
   * every k = 1..n (each successive actor is reached by those before). True iff final = n.
   */
  readonly fullCascade: boolean;
  /** The lowest threshold nobody reached (the one that stopped the cascade); null if all act. */
  readonly blockingThreshold: number | null;
}

/** The equilibrium of Granovetter's model for thresholds given as counts of others (validated: finite, ≥ 0). */
export function granovetterCascade(thresholds: readonly number[]): PopulationCascade {
  const sorted = [...thresholds].sort((a, b) => a - b);
  const n = sorted.length;
  const trajectory = [0];
  let acting = 0;
  for (;;) {
    let next = acting;
    while (next < n && sorted[next]! <= acting) next++;
    if (next === acting) break;
    acting = next;
    trajectory.push(acting);
  }
  return { n, final: acting, share: n === 0 ? 0 : acting / n, trajectory, fullCascade: acting === n, blockingThreshold: acting < n ? sorted[acting]! : null };
}
