/**
 * How an ensemble treats the calibrated parameters: drawn from the posterior, or fixed at the
 * point calibration (parameter-draws.ts). A module of its own, so the CLI's option help lists
 * the modes without loading the calibrated defaults.
 */
export const PARAMETER_MODES = ['posterior', 'fixed'] as const;
export type ParameterMode = (typeof PARAMETER_MODES)[number];
