/**
 * Probabilities, expected utilities and risk exponents of the expected-utility model, as
 * specified by Scholz, Calbert & Smith (2011, §§2.2, 4–5) from BDM (1985, 1994).
 */
import type { BdmActor } from './actors.js';
import { basicUtilities } from './utilities.js';

export interface BdmParameters {
  /** Q: the probability that, absent a challenge, the status quo persists (BDM 1994). */
  readonly q: number;
  /** T: the probability that, if the status quo changes without a challenge, it changes for the better. */
  readonly t: number;
}

/**
 * P_ij, the probability that i beats j in a contest: the votes cast for x_i over x_j by the
 * actors who prefer x_i, over all votes cast either way,
 *   P_ij = Σ_{k: v_k > 0} v_k / Σ_k |v_k|,  v_k = c_k s_k (|x_k − x_j| − |x_k − x_i|),
 * summed over every actor k, i and j included (Scholz et al. 2011, §4). So P_ij + P_ji = 1;
 * 0 when x_i = x_j (no contest).
 */
export function winProbability(actors: readonly BdmActor[], xi: number, xj: number): number {
  if (xi === xj) return 0;
  let forI = 0, all = 0;
  for (const k of actors) {
    const v = k.capability * k.salience * (Math.abs(k.position - xj) - Math.abs(k.position - xi));
    if (v > 0) forI += v;
    all += Math.abs(v);
  }
  return all > 0 ? forI / all : 0;
}

/**
 * E U: the expected utility of `challenger` challenging `target`, valued with risk exponent r
 * (the perceiver's: BDM's actors evaluate both sides of a dyad with their own risk attitude):
 *   E U = s_t [P U_s + (1 − P) U_f] + (1 − s_t) U_s − [Q U_sq + (1 − Q)(T U_b + (1 − T) U_w)],
 * where the target resists with probability s_t (its salience) and yields otherwise.
 */
export function challengeUtility(actors: readonly BdmActor[], challenger: BdmActor, target: BdmActor, r: number, median: number, range: number, p: BdmParameters): number {
  if (challenger.position === target.position || range === 0) return 0;
  const P = winProbability(actors, challenger.position, target.position);
  const u = basicUtilities(Math.abs(challenger.position - target.position) / range, Math.abs(challenger.position - median) / range, r);
  const challenge = target.salience * (P * u.success + (1 - P) * u.failure) + (1 - target.salience) * u.success;
  const noChallenge = p.q * u.statusQuo + (1 - p.q) * (p.t * u.better + (1 - p.t) * u.worse);
  return challenge - noChallenge;
}

/**
 * The risk exponents r_i (BDM 1985, 1994; Scholz et al. 2011, §5). With all r = 1, the
 * "danger" to i is what the others expect to gain by challenging it, D_i = Σ_{j≠i} E^j U_ji.
 * Scaled between the least and most endangered actors, R_i = (2 D_i − D_max − D_min) /
 * (D_max − D_min) ∈ [−1, 1], and r_i = (1 − R_i/3)/(1 + R_i/3) ∈ [0.5, 2]. Choice where the
 * text is silent: if every actor is equally endangered (D_max = D_min) all r_i = 1.
 */
export function riskExponents(actors: readonly BdmActor[], median: number, range: number, p: BdmParameters): number[] {
  const danger = actors.map((target) => actors.reduce((sum, challenger) => (challenger === target ? sum : sum + challengeUtility(actors, challenger, target, 1, median, range, p)), 0));
  const max = Math.max(...danger), min = Math.min(...danger);
  if (!(max > min)) return actors.map(() => 1);
  return danger.map((d) => {
    const R = (2 * d - max - min) / (max - min);
    return (1 - R / 3) / (1 + R / 3);
  });
}
