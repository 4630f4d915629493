/**
 * Balance of threat (Walt 1987): threat to ally i from rival k rises with the rival's aggregate
 * power, falls with distance (Boulding's loss-of-strength gradient), and rises with offensive
 * capability and hostility:
 *   Threat_i = Σ_k power_k^a · exp(−d_ik / d0) · (1 + b·offence_k) · (1 + c·hostility_ik).
 * The first three factors are fixed over a run (staticThreat); hostility moves with probes.
 */

/** power^a · exp(−d/d0) · (1 + b·offence): the part of a rival's threat that does not change in a run. */
export function staticThreat(power: number, distanceKm: number, offence: number, a: number, d0: number, b: number): number {
  return Math.pow(Math.max(0, power), a) * Math.exp(-distanceKm / d0) * (1 + b * offence);
}

/**
 * Hostility from UN voting: ideal-point distance / scale (Bailey, Strezhnev & Voeten 2017 as the
 * measure of diverging preferences; the scale is a registry parameter).
 */
export function hostilityOf(idealPointDistance: number, scale: number): number {
  return Number.isFinite(idealPointDistance) ? idealPointDistance / scale : 1;
}

/** Σ_k S_ik · (1 + c·(H_ik + boost_k)) for ally i; S and H are rivals × slots, row-major by rival. */
export function threatOf(i: number, n: number, S: Float64Array, H: Float64Array, boost: Float64Array, c: number, onlyRivals?: Uint8Array): number {
  let t = 0;
  for (let k = 0; k < boost.length; k++) {
    if (onlyRivals && onlyRivals[k] === 0) continue;
    t += S[k * n + i]! * (1 + c * (H[k * n + i]! + boost[k]!));
  }
  return t;
}

export const threatMeta = { stochastic: false, reads: ['hostilityBoost'], writes: ['threat', 'nuclearThreat'] } as const;
