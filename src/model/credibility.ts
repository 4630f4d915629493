/**
 * Credibility: an ally's belief that the patron would defend it, held as a Beta(alpha, beta)
 * belief (docs/DESIGN.md §3.4 Credibility and ballast; docs/MODEL.md §6.4). Signals add evidence; each month old evidence is partly forgotten
 * and the belief is pulled toward a structural baseline set by ballast.
 */

/** Mean of Beta(alpha, beta): the credibility in [0, 1]. */
export function credibilityOf(alpha: number, beta: number): number {
  return alpha / (alpha + beta);
}

/**
 * Baseline credibility c0 = cred_base + cred_ballast_gain · ballast, clamped to
 * [cred_baseline_floor, cred_baseline_ceiling] (no ally is certain either way).
 * Source: base rates of alliance reliability (Leeds, Long & Mitchell 2000; Berkemeier &
 * Fuhrmann 2018) for cred_base; the ballast gain is an assumption checked against Pew 2015.
 */
export function baselineCredibility(base: number, gain: number, ballast: number, floor: number, ceiling: number): number {
  const c = base + gain * ballast;
  return c < floor ? floor : c > ceiling ? ceiling : c;
}

/**
 * Adds a signal of weight w and honoured-value h in [0, 1] to ally i:
 * alpha += w·h, beta += w·(1 − h). (Beta-Bernoulli updating with fractional evidence.)
 */
export function addEvidence(alpha: Float64Array, beta: Float64Array, i: number, w: number, honoured: number): void {
  alpha[i]! += w * honoured;
  beta[i]! += w * (1 - honoured);
}

/**
 * Forgetting with a pull to the baseline (assumption, an exponential-forgetting Beta filter):
 * alpha ← δ·alpha + (1 − δ)·κ0·c0,  beta ← δ·beta + (1 − δ)·κ0·(1 − c0).
 * With no signals the belief converges to mean c0 with strength κ0.
 */
export function forget(alpha: Float64Array, beta: Float64Array, i: number, delta: number, strength: number, c0: number): void {
  alpha[i] = forgotten(alpha[i]!, delta, strength, c0);
  beta[i] = forgotten(beta[i]!, delta, strength, 1 - c0);
}

/** One of the two after forgetting: δ·x + (1 − δ)·κ0·c, with c = c0 for alpha and 1 − c0 for beta. */
export function forgotten(x: number, delta: number, strength: number, c: number): number {
  return delta * x + (1 - delta) * strength * c;
}

export const credibilityMeta = { stochastic: false, reads: ['alpha', 'beta', 'ballast'], writes: ['alpha', 'beta'] } as const;
