/**
 * Defence effort by partial adjustment (the standard form of defence-demand models, e.g.
 * Sandler & Hartley 1995, ch. 4), in annual budget steps (docs/DESIGN.md §3.7 Defence effort; equations in docs/MODEL.md §6.8):
 *   m*_i = a + b·Threat_i + c·(1 − C_i) + d·m̄_peers + e·pressure_i
 *   m_i ← max(0, m_i + κ·(m*_i − m_i) + σ·ε)
 * The coefficients are estimated by OLS on 1991-2016 (src/model/calibration, docs/MODEL.md).
 */

export interface EffortCoefficients {
  adjustment: number; intercept: number; threat: number; credibilityGap: number; peers: number; pressure: number; noise: number;
}

/** The target share of GDP m*. */
export function effortTarget(k: EffortCoefficients, threat: number, credibility: number, peerMean: number, pressure: number): number {
  return k.intercept + k.threat * threat + k.credibilityGap * (1 - credibility) + k.peers * peerMean + k.pressure * pressure;
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
