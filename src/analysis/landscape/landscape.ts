/**
 * searchLandscape: the local minima of a landscape (Axelrod & Bennett 1993) with their energy and
 * basin, sorted by energy. Up to EXHAUSTIVE_MAX_ACTORS actors every configuration is checked
 * (exhaustive-search.ts); basins are exact up to EXACT_BASIN_MAX_ACTORS and sampled by seeded
 * descent beyond. Past exhaustive reach, minima come from multi-start descent (descent-search.ts):
 * the best found, not a proof of the best.
 */
import type { AnalysisResult } from '../errors.js';
import { pairWeights } from './energy.js';
import { multiStartDescent, type DescentOptions } from './descent-search.js';
import { EXACT_BASIN_MAX_ACTORS, EXHAUSTIVE_MAX_ACTORS, exhaustiveMinima } from './exhaustive-search.js';
import type { LandscapeProblem } from './landscape-problem.js';

export type LandscapeMethod = 'exhaustive' | 'descent';

export interface LandscapeOptions extends DescentOptions {
  /** 'auto' (default): exhaustive up to EXHAUSTIVE_MAX_ACTORS actors, descent beyond. */
  readonly method?: LandscapeMethod | 'auto';
}

export interface LandscapeMinimum {
  readonly energy: number;
  /** The two sides by id; the first holds actor 0 (listed in input order). */
  readonly sides: readonly [readonly string[], readonly string[]];
  /** 0/1 per actor in input order, actor 0 on side 0. */
  readonly side: Uint8Array;
  /** Configurations whose steepest descent ends here (estimated when basinMethod is 'sampled'). */
  readonly basin: number;
  /** basin / 2^(n−1): the chance that a random configuration descends here. */
  readonly basinShare: number;
}

export interface LandscapeResult {
  readonly method: LandscapeMethod;
  readonly basinMethod: 'exact' | 'sampled';
  /** Distinct bipolar configurations, 2^(n−1). */
  readonly configurations: number;
  /** Descent starts behind sampled basins (null when exact). */
  readonly starts: number | null;
  readonly minima: readonly LandscapeMinimum[];
}

function sidesOf(ids: readonly string[], side: Uint8Array): [string[], string[]] {
  const a: string[] = [], b: string[] = [];
  side.forEach((s, i) => (s === 0 ? a : b).push(ids[i]!));
  return [a, b];
}

/** The minima of `problem`, lowest energy first (ties: larger basin first, then by the 0/1 side vector). */
export function searchLandscape(problem: LandscapeProblem, options: LandscapeOptions = {}): AnalysisResult<LandscapeResult> {
  const n = problem.ids.length;
  const method: LandscapeMethod = options.method === 'descent' || (options.method !== 'exhaustive' && n > EXHAUSTIVE_MAX_ACTORS) ? 'descent' : 'exhaustive';
  if (method === 'exhaustive' && n > EXHAUSTIVE_MAX_ACTORS) {
    return { ok: false, issues: [{ code: 'too_many_actors', path: 'actors', message: `${n} actors: exhaustive search stops at ${EXHAUSTIVE_MAX_ACTORS} (2^${EXHAUSTIVE_MAX_ACTORS - 1} configurations)`, fix: 'use the descent method (multi-start steepest descent with a seed), or fewer actors' }] };
  }
  const w = pairWeights(problem);
  const configurations = 2 ** (n - 1);
  const make = (side: Uint8Array, energy: number, basin: number): LandscapeMinimum => ({ energy, sides: sidesOf(problem.ids, side), side, basin, basinShare: basin / configurations });
  const order = (a: LandscapeMinimum, b: LandscapeMinimum) => a.energy - b.energy || b.basin - a.basin || (a.side.join('') < b.side.join('') ? -1 : 1);

  if (method === 'exhaustive') {
    const exact = n <= EXACT_BASIN_MAX_ACTORS;
    const found = exhaustiveMinima(w, n, { basins: exact });
    let share: Map<string, number> | null = null, starts: number | null = null;
    if (!exact) {
      const sampled = multiStartDescent(w, n, options);
      starts = sampled.starts;
      share = new Map(sampled.minima.map((m) => [m.side.join(''), m.hits / sampled.starts]));
    }
    const minima = found.minima.map((m) => {
      const side = new Uint8Array(n);
      for (let j = 0; j < n; j++) side[j] = (m.mask >>> j) & 1;
      return make(side, m.energy, m.basin ?? Math.round((share!.get(side.join('')) ?? 0) * configurations));
    });
    return { ok: true, value: { method, basinMethod: exact ? 'exact' : 'sampled', configurations, starts, minima: minima.sort(order) } };
  }
  const sampled = multiStartDescent(w, n, options);
  const minima = sampled.minima.map((m) => make(m.side, m.energy, Math.round((m.hits / sampled.starts) * configurations)));
  return { ok: true, value: { method, basinMethod: 'sampled', configurations, starts: sampled.starts, minima: minima.sort(order) } };
}
