/** The defaults of the expected-utility model (bdm-model.ts): a module of their own, so the CLI's option help shows them without loading the model. */

/**
 * Assumption (the published descriptions leave Q and T as parameters): Q = 1, with no challenge
 * the status quo holds for sure, as the open replications of Scholz et al. set it; T then drops out.
 */
export const BDM_DEFAULTS = { q: 1, t: 1, maxRounds: 500, tolerance: 1e-3 } as const;
