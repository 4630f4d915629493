/**
 * Ballast: an ally's structural inertia (the essay's "built-in inertia"): U.S. troops hosted,
 * integration in command structures, U.S. nuclear weapons hosted, U.S. bases, an EFP
 * battlegroup, and shared values: liberal democracy (V-Dem's index), so that democratic
 * backsliding thins the ballast (the essay's populism; Deutsch 1957's security community rests on
 * shared values). An index in [0, 1]; the weights are registry parameters (assumption).
 */
import { P } from './parameters.js';

export interface BallastWeights {
  readonly troops: number;
  readonly command: number;
  readonly nuclear: number;
  readonly bases: number;
  readonly efp: number;
  readonly values: number;
  /** U.S. troops that give the troop component 1, on a log scale. */
  readonly troopsRef: number;
  /** U.S. bases that give the bases component 1 (ballast_bases_ref). */
  readonly basesRef: number;
  /** V-Dem liberal democracy at which the values component is 1 (ballast_values_ref). */
  readonly valuesRef: number;
}

/**
 * ballast = w_t·min(1, ln(1+troops)/ln(1+ref)) + w_c·command + w_n·nuclear + w_b·min(1, bases/bases_ref) + w_e·efp
 *         + w_v·min(1, libdem/values_ref), divided by the sum of weights (libdem NaN: the values component is left out). Log troops: the first thousand matter more than the next (assumption).
 */
export function ballastIndex(w: BallastWeights, troops: number, command: number, nuclear: number, bases: number, efp: number, libdem: number): number {
  const t = Math.min(1, Math.log1p(Math.max(0, troops)) / Math.log1p(w.troopsRef));
  const hasValues = Number.isFinite(libdem);
  const sum = w.troops + w.command + w.nuclear + w.bases + w.efp + (hasValues ? w.values : 0);
  if (sum <= 0) return 0;
  const values = hasValues ? w.values * Math.min(1, Math.max(0, libdem) / w.valuesRef) : 0;
  return (w.troops * t + w.command * command + w.nuclear * nuclear + w.bases * Math.min(1, bases / w.basesRef) + w.efp * efp + values) / sum;
}

/** The registry's ballast weights, the one place they are read (the simulation and the calibration panel). */
export function ballastWeightsOf(v: Float64Array): BallastWeights {
  return {
    troops: v[P.ballast_w_troops]!, command: v[P.ballast_w_command]!, nuclear: v[P.ballast_w_nuclear]!, bases: v[P.ballast_w_bases]!,
    efp: v[P.ballast_w_efp]!, values: v[P.ballast_w_values]!, troopsRef: v[P.ballast_troops_ref]!, basesRef: v[P.ballast_bases_ref]!, valuesRef: v[P.ballast_values_ref]!,
  };
}

export const ballastMeta = { stochastic: false, reads: ['troops', 'command', 'sharing', 'bases', 'efp', 'libdem'], writes: ['ballast'] } as const;
