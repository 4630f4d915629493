/**
 * Bueno de Mesquita's expected-utility group decision model (BDM 1994, "Political
 * Forecasting: An Expected Utility Method", in Bueno de Mesquita & Stokman (eds), European
 * Community Decision Making, Yale UP, pp. 71–104), run as specified by Scholz, Calbert & Smith
 * (2011, "Unravelling Bueno De Mesquita's group decision model", Journal of Theoretical
 * Politics 23(4): 510–531, §§2–6 and their Appendix). Each round:
 *   1. the median voter position μ and the weighted mean of the current positions;
 *   2. risk exponents r_i from expected utilities computed with every r = 1;
 *   3. expected utilities of every challenge with each actor's own r_i;
 *   4. every actor accepts the offer that moves it least, and all move at once.
 * Rounds repeat until no position moves by more than `tolerance` × range, or `maxRounds`.
 * The issue range (x_max − x_min) is fixed from the initial positions; moves are toward other
 * actors' positions, so positions never leave it.
 */
import type { AnalysisResult } from '../errors.js';
import { checkBdmActors, type BdmActor } from './actors.js';
import { challengeUtility, riskExponents, type BdmParameters } from './expected-utility.js';
import { bestOffer, offerFrom, type Offer, type OfferKind } from './offers.js';
import { medianPosition, weightedMeanPosition } from './votes.js';
import { BDM_DEFAULTS } from './bdm-defaults.js';

export interface BdmOptions extends Partial<BdmParameters> {
  /** Most rounds to run (default 500). */
  readonly maxRounds?: number;
  /** Convergence: the largest move in a round, as a share of the issue range (default 1e-3: 0.1% of the scale). */
  readonly tolerance?: number;
}

export { BDM_DEFAULTS } from './bdm-defaults.js';

export interface BdmMove { readonly actor: string; readonly from: number; readonly to: number; readonly kind: OfferKind; readonly toward: string }

export interface BdmRound {
  /** 0: the input positions; k: after k rounds of offers. */
  readonly round: number;
  readonly positions: readonly number[];
  readonly median: number;
  readonly mean: number;
  /** Risk exponents used to make this round's offers (empty for the last state). */
  readonly risk: readonly number[];
  readonly moves: readonly BdmMove[];
}

export interface BdmRun {
  readonly actors: readonly string[];
  /** Median voter and weighted mean positions of the input, before any round. */
  readonly median: number;
  readonly mean: number;
  readonly rounds: readonly BdmRound[];
  readonly converged: boolean;
  readonly range: readonly [number, number];
}

/** One round of offers from the actors' current positions. */
export function bdmRound(actors: readonly BdmActor[], range: number, p: BdmParameters): { risk: number[]; moves: BdmMove[]; next: BdmActor[] } {
  const median = medianPosition(actors, range);
  const risk = riskExponents(actors, median, range, p);
  const moves: BdmMove[] = [];
  const next = actors.map((a, i) => {
    const offers: Offer[] = [];
    actors.forEach((b, j) => {
      if (i === j) return;
      const euIJ = challengeUtility(actors, a, b, risk[i]!, median, range, p);
      const euJI = challengeUtility(actors, b, a, risk[i]!, median, range, p);
      const o = offerFrom(j, a.position, b.position, euIJ, euJI);
      if (o) offers.push(o);
    });
    const o = bestOffer(a.position, offers);
    if (o === null || o.position === a.position) return a;
    moves.push({ actor: a.name, from: a.position, to: o.position, kind: o.kind, toward: actors[o.from]!.name });
    return { ...a, position: o.position };
  });
  return { risk, moves, next };
}

/** Runs the model from the actors' stated positions to convergence (or maxRounds). */
export function runBdm(actors: readonly BdmActor[], options: BdmOptions = {}): AnalysisResult<BdmRun> {
  const issues = checkBdmActors(actors);
  const p: BdmParameters = { q: options.q ?? BDM_DEFAULTS.q, t: options.t ?? BDM_DEFAULTS.t };
  for (const k of ['q', 't'] as const) if (!(p[k] >= 0 && p[k] <= 1)) issues.push({ code: 'out_of_range', path: k.toUpperCase(), message: `${k.toUpperCase()} = ${p[k]} is not a probability`, fix: `give ${k.toUpperCase()} between 0 and 1` });
  const maxRounds = options.maxRounds ?? BDM_DEFAULTS.maxRounds, tolerance = options.tolerance ?? BDM_DEFAULTS.tolerance;
  if (!(Number.isInteger(maxRounds) && maxRounds >= 1)) issues.push({ code: 'out_of_range', path: 'maxRounds', message: `${maxRounds} rounds`, fix: 'give a whole number of rounds ≥ 1' });
  if (!(tolerance >= 0)) issues.push({ code: 'out_of_range', path: 'tolerance', message: `tolerance ${tolerance}`, fix: 'give a share of the issue range ≥ 0, e.g. 0.001' });
  if (issues.length > 0) return { ok: false, issues };
  const lo = Math.min(...actors.map((a) => a.position)), hi = Math.max(...actors.map((a) => a.position));
  const range = hi - lo;
  const rounds: BdmRound[] = [];
  let current = [...actors], converged = range === 0;
  for (let k = 0; k < maxRounds && !converged; k++) {
    const { risk, moves, next } = bdmRound(current, range, p);
    rounds.push({ round: k, positions: current.map((a) => a.position), median: medianPosition(current, range), mean: weightedMeanPosition(current), risk, moves });
    converged = next.every((a, i) => Math.abs(a.position - current[i]!.position) <= tolerance * range);
    current = next;
  }
  rounds.push({ round: rounds.length, positions: current.map((a) => a.position), median: medianPosition(current, range), mean: weightedMeanPosition(current), risk: [], moves: [] });
  return { ok: true, value: { actors: actors.map((a) => a.name), median: rounds[0]!.median, mean: rounds[0]!.mean, rounds, converged, range: [lo, hi] } };
}
