/**
 * What a sensitivity analysis offers and its defaults: the methods, the spaces a parameter is
 * varied over, the parameter sets and the design's sizes. A module of its own, so
 * `ballast sensitivity --help` can name them without loading the engine.
 */
import { PARAMETERS } from '../../model/parameters.js';
import type { SensitivityOutcome } from './model-outcome.js';

export const SENSITIVITY_METHODS = ['morris', 'sobol'] as const;
export type SensitivityMethod = (typeof SENSITIVITY_METHODS)[number];

/** Levels p of the Morris grid (morris.ts). */
export const MORRIS_DEFAULT_LEVELS = 4;

export const SENSITIVITY_DEFAULTS = Object.freeze({
  /** Morris: trajectories r (Saltelli et al. 2008, ch. 3: 10–20 for screening). */
  morrisSamples: 20,
  /** Sobol': base samples N; N(k + 2) evaluations, 3,072 for ten parameters. */
  sobolSamples: 256,
  /** Runs per evaluation: P(holds) near 0.5 then has a standard error of 0.035 (√(p(1−p)/R)), less for differences (common random numbers). */
  runs: 200,
  levels: MORRIS_DEFAULT_LEVELS,
  /** Bootstrap replicates for the intervals. */
  resamples: 1000,
  outcome: 'p_holds' as SensitivityOutcome,
  workers: 1,
});

/**
 * What a parameter is varied over: its registry range (uniform, the default), or its posterior
 * marginal (issue 12, item 2): the unit-cube coordinate u becomes the R-7 quantile u of the
 * parameter's posterior draws, so a design's points fall where the calibration says the value
 * lies. Assumption (the methods need independent inputs): the marginals are varied independently,
 * so the posterior's correlations (e.g. between the effort coefficients) are not kept.
 */
export const SENSITIVITY_SPACES = ['ranges', 'posterior'] as const;
export type SensitivitySpace = (typeof SENSITIVITY_SPACES)[number];

/**
 * The parameters a sensitivity analysis varies by default: docs/SENSITIVITY.md's choice (Default
 * parameters), the ten that a Morris screening of every unfitted parameter found to move the
 * worst case's P(holds) and cohesion most, none of whose values has been estimated from data.
 */
export const DEFAULT_SENSITIVITY_PARAMETERS = Object.freeze([
  'util_credibility_reference', 'cred_base', 'const_bilateral', 'review_rate', 'switch_cost',
  'response_measured', 'cred_prior_strength', 'util_peer', 'signal_conditional_weight', 'const_cover',
] as const);

/**
 * Every parameter whose value was not fitted to data (source "fit: …"), less the outcome
 * thresholds, which define the outcomes rather than the behaviour: the set to screen.
 */
export const UNFITTED_PARAMETERS: readonly string[] = Object.freeze(PARAMETERS
  .filter((p) => !p.source.startsWith('fit:') && !p.name.startsWith('outcome_')).map((p) => p.name));
