/**
 * Defence effort by partial adjustment (the standard form of defence-demand models, e.g.
 * Sandler & Hartley 1995, ch. 4), in annual budget steps (docs/DESIGN.md §3.7 Defence effort; equations in docs/MODEL.md §6.8):
 *   m*_i = a + b·Threat_i + c·Threat_i·(1 − C_i) + d·m̄_peers + e·pressure_i
 *   m_i ← max(0, m_i + κ·(m*_i − m_i) + σ·ε)
 * Threat·(1 − C) is the threat the guarantee leaves uncovered (model 2.6): arms and allies are
 * substitutes in meeting a threat (Morrow 1993; Sorokin 1994), so doubt in the patron raises the
 * target in proportion to the threat it would have answered, and c ≥ 0 (DiGiuseppe & Shea 2021:
 * U.S. allies without signals of support do not spend less than non-allies; reassured ones do).
 * The coefficients are estimated on the 1991-2016 panel: the linear model's posterior, its point
 * the mean under a prior on the registry's ranges, which gives c its sign (src/model/calibration/
 * effort-fit.ts, src/validation/posterior.ts effortPosterior; docs/MODEL.md §6.8.1).
 */

export interface EffortCoefficients {
  adjustment: number; intercept: number; threat: number; credibilityGap: number; peers: number; pressure: number; noise: number;
}

/** The threat the guarantee leaves uncovered, Threat·(1 − C): the term c multiplies (one definition for the model and its fit). */
export function uncoveredThreat(threat: number, credibilityGap: number): number {
  return threat * credibilityGap;
}

/** The target share of GDP m*. */
export function effortTarget(k: EffortCoefficients, threat: number, credibility: number, peerMean: number, pressure: number): number {
  return k.intercept + k.threat * threat + k.credibilityGap * uncoveredThreat(threat, 1 - credibility) + k.peers * peerMean + k.pressure * pressure;
}

/** The next year's share of GDP, never negative. `shock` is a standard normal draw. */
export function effortStep(current: number, target: number, k: EffortCoefficients, shock: number): number {
  const next = current + k.adjustment * (target - current) + k.noise * shock;
  return next > 0 ? next : 0;
}

/** A GDP change of pct % moves the share of GDP mechanically: m ← m / (1 + pct/100). */
export function gdpShock(share: number, pct: number): number {
  return share / (1 + pct / 100);
}

export const effortMeta = { stochastic: true, reads: ['threat', 'credibility', 'spending'], writes: ['spending'] } as const;
