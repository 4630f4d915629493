/**
 * Ballast: an ally's structural inertia (the essay's "built-in inertia"): U.S. troops hosted,
 * integration in command structures, U.S. nuclear weapons hosted, U.S. bases, an EFP
 * battlegroup. An index in [0, 1]; the weights are registry parameters (assumption).
 */

export interface BallastWeights {
  readonly troops: number;
  readonly command: number;
  readonly nuclear: number;
  readonly bases: number;
  readonly efp: number;
  /** U.S. troops that give the troop component 1, on a log scale. */
  readonly troopsRef: number;
  /** U.S. bases that give the bases component 1 (ballast_bases_ref). */
  readonly basesRef: number;
}

/**
 * ballast = w_t·min(1, ln(1+troops)/ln(1+ref)) + w_c·command + w_n·nuclear + w_b·min(1, bases/bases_ref) + w_e·efp,
 * divided by the sum of weights. Log troops: the first thousand matter more than the next (assumption).
 */
export function ballastIndex(w: BallastWeights, troops: number, command: number, nuclear: number, bases: number, efp: number): number {
  const t = Math.min(1, Math.log1p(Math.max(0, troops)) / Math.log1p(w.troopsRef));
  const sum = w.troops + w.command + w.nuclear + w.bases + w.efp;
  if (sum <= 0) return 0;
  return (w.troops * t + w.command * command + w.nuclear * nuclear + w.bases * Math.min(1, bases / w.basesRef) + w.efp * efp) / sum;
}

export const ballastMeta = { stochastic: false, reads: ['troops', 'command', 'sharing', 'bases', 'efp'], writes: ['ballast'] } as const;
