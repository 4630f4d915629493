/**
 * The weighted network of U.S. allies in a World year, for peer cascades ("house of cards":
 * does one ally's hedging tip the others?). Nodes: the allies and the patron. Weights, by choice:
 *   ties     — the ATOP valued alliance tie (defence 3, neutrality/non-aggression 2,
 *              consultation 1), symmetrised by the strongest obligation either way, as in
 *              similarity/profiles.ts; NATO is dense, the Asia-Pacific a hub and spokes;
 *   distance — exp(−d_ij / d0) between capitals (assumption: influence decays with distance as
 *              threat does in docs/MODEL.md §6.5; d0 = 2000 km by default), 0 where d is unknown.
 */
import { findState, type World } from '../../data/index.js';
import type { AnalysisIssue, AnalysisResult } from '../errors.js';
import { atopValue } from '../similarity/profiles.js';
import { wattsCascade, type NetworkCascade } from './watts.js';

import { DEFAULT_DISTANCE_SCALE_KM, type AllyWeighting } from './ally-weighting.js';

export { ALLY_WEIGHTINGS, DEFAULT_DISTANCE_SCALE_KM, type AllyWeighting } from './ally-weighting.js';

export interface AllyNetwork { readonly year: number; readonly codes: readonly string[]; readonly weights: number[][]; readonly weighting: AllyWeighting }

export function allyNetwork(world: World, weighting: AllyWeighting = 'ties', scaleKm = DEFAULT_DISTANCE_SCALE_KM): AnalysisResult<AllyNetwork> {
  const { ties, codes: all, distanceKm } = world.pairs;
  if (weighting === 'ties' && ties === null) return { ok: false, issues: [{ code: 'not_covered', path: 'year', message: `no alliance ties for ${world.year}: past ATOP's coverage`, fix: 'use --weights distance, or a year ATOP covers' }] };
  if (!(scaleKm > 0)) return { ok: false, issues: [{ code: 'out_of_range', path: 'scaleKm', message: `distance scale ${scaleKm} km`, fix: 'give a positive distance, e.g. 2000' }] };
  const n = all.length;
  const index = world.states.map((s, i) => (s.roles.ally || s.roles.patron ? i : -1)).filter((i) => i >= 0);
  const weights = index.map((a) => index.map((b) => {
    if (a === b) return 0;
    if (weighting === 'ties') return Math.max(atopValue(ties![a * n + b]!), atopValue(ties![b * n + a]!));
    const d = distanceKm[a * n + b]!;
    return Number.isFinite(d) ? Math.exp(-d / scaleKm) : 0;
  }));
  return { ok: true, value: { year: world.year, codes: index.map((i) => all[i]!), weights, weighting } };
}

export interface AllyCascadeOptions {
  readonly weighting?: AllyWeighting;
  readonly scaleKm?: number;
  /** One threshold φ for every ally (share of weighted neighbours), default 0.18 (an assumption: change it). */
  readonly threshold?: number;
  /** The allies that hedge first (codes, COW numbers or names). */
  readonly seeds: readonly string[];
}

export interface AllyCascade extends NetworkCascade { readonly network: AllyNetwork; readonly threshold: number; readonly seeds: readonly string[] }

/** Watts's cascade over the ally network from the given seeds with a uniform threshold. */
export function allyCascade(world: World, options: AllyCascadeOptions): AnalysisResult<AllyCascade> {
  const threshold = options.threshold ?? 0.18;
  const net = allyNetwork(world, options.weighting, options.scaleKm);
  if (!net.ok) return net;
  const issues: AnalysisIssue[] = [];
  if (!(threshold >= 0 && threshold <= 1)) issues.push({ code: 'out_of_range', path: 'threshold', message: `threshold ${threshold}`, fix: 'give a share of weighted neighbours from 0 to 1' });
  const seeds = options.seeds.map((q, i) => {
    const s = findState(world, q);
    const at = s ? net.value.codes.indexOf(s.iso3) : -1;
    if (at < 0) issues.push({ code: 'unknown_code', path: `seeds[${i}]`, message: `"${q}" is not a U.S. ally in ${world.year}`, fix: `seed with allies of the year: ${net.value.codes.join(' ')}` });
    return at;
  });
  if (issues.length > 0) return { ok: false, issues };
  const thresholds = net.value.codes.map(() => threshold);
  return { ok: true, value: { ...wattsCascade({ weights: net.value.weights, thresholds, seeds }), network: net.value, threshold, seeds: seeds.map((i) => net.value.codes[i]!) } };
}
