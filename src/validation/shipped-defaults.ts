/**
 * How the registry's shipped calibrated defaults are made (npm run calibrate:defaults): the
 * module they are written to and the size of the joint ABC behind them. A module of its own, so
 * `ballast calibrate --help` can quote both without loading the calibration.
 */

/** Where the registry's calibrated defaults live (a generated module; src/model/parameters.ts reads it). */
export const CALIBRATED_DEFAULTS_MODULE = 'src/model/calibrated-defaults.ts';

/** Simulations of the joint ABC behind the shipped defaults (npm run calibrate:defaults): 8 generations of 120 particles, which reach the likelihood-ratio region on the record to 2016. */
export const DEFAULT_JOINT_SAMPLES = 600;

/** Runs of each evaluation's hindcast (the 2012–2016 target of the joint ABC, hindcast-target.ts) behind the shipped defaults: at 400 the synthetic log-likelihood's Monte Carlo s.d. is about 0.2, a fifth of what the target tells apart across the posterior. */
export const DEFAULT_HINDCAST_TARGET_RUNS = 400;
