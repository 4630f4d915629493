/** How the network of allies is weighted (ally-network.ts): a module of its own, so the CLI's option help lists the choices without loading the data layer. */
export type AllyWeighting = 'ties' | 'distance';
export const ALLY_WEIGHTINGS: readonly AllyWeighting[] = ['ties', 'distance'];
/** d0 of the distance weighting, km (assumption). */
export const DEFAULT_DISTANCE_SCALE_KM = 2000;
