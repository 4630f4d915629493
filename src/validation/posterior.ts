/**
 * The posterior of the calibrated parameters as equally weighted joint draws (issue 12, item 1:
 * "ship the posterior (a file of weighted draws) as the default parameters"). Each block of
 * parameters comes from the method that estimated it, and the posterior of each is the one that
 * method implies:
 *
 *  - credibility and accommodation (cred_base, cred_ballast_gain, const_accommodation), when the
 *    joint ABC ran (joint-abc.ts; the shipped defaults since model 2.5.0): its particles, whole,
 *    resampled by weight (multinomial, seeded), which keeps the two blocks' correlation;
 *  - otherwise the credibility baseline (cred_base, cred_ballast_gain): the ABC-SMC particles
 *    (abc-smc.ts), resampled by weight (multinomial, seeded);
 *  - defence effort (κ, a, b, c, d, σ): the exact posterior of the linear model under the
 *    reference prior p(β, σ²) ∝ 1/σ² (Gelman et al. 2013, BDA3 §14.2):
 *      σ² | y ~ (n − k)·s² / χ²_{n−k},   β | σ², y ~ N(β̂, σ²·(XᵀX)⁻¹),
 *    each draw of β mapped to κ = 1 − β_lag, a = β₀/κ, b = β_T/κ, c = β_C/κ, d = β_P/κ, σ;
 *  - nuclear ladder (nuclear_explore_rate, nuclear_regime_effect, nuclear_npt_restraint): the
 *    Laplace approximation of the hazard logit's posterior under a flat prior, β ~ N(β̂, V), V the
 *    inverse information (Bernstein–von Mises), each draw mapped as ladderExploreRate maps β̂
 *    (nuclear_regime_reference is a median of the data, not an estimate: it stays fixed);
 *  - and const_accommodation (without the joint ABC): the base rate's posterior Beta(k + ½, n − k + ½) (Jeffreys prior),
 *    mapped to the constant by the calibration's three solved points (the rate and its Wilson
 *    interval ends), piecewise linear in logit(rate) and extended linearly beyond them
 *    (assumption: the simulated rate is smooth and monotone in the constant, as the solve needs).
 *
 * Assumption: the blocks are independent (they rest on different data: surveys with the alignment
 * episodes, the SIPRI panel, the proliferation panel; without the joint ABC the surveys and the
 * episodes are two blocks, independent too, which the joint fit shows they are not), and the effort panel's credibility gap is
 * measured at the credibility posterior's mean. The registry's range of each parameter is its
 * prior's support, so a block's draw with any value outside is drawn again (the posterior
 * truncated to the prior's support); after 1,000 tries a value is clamped and the
 * block's method says how often. Seeded: the same calibration and seed give the same draws.
 */
import { Xoshiro128, normal, type Rng } from '../engine/prng.js';
import { PARAMETER_BY_NAME } from '../model/parameters.js';
import { partialAdjustment, type EffortFit, type EffortPoint } from '../model/calibration/effort-fit.js';
import type { LadderRateEstimate } from '../model/calibration/proliferation-hazard.js';
import { exploreRateFromAnnual } from '../model/calibration/proliferation-hazard.js';
import { logistic } from '../model/calibration/logit.js';
import type { AccommodationCalibration } from './accommodation-rate.js';
import type { AbcResult } from './calibration.js';
import type { JointAbcResult } from './joint-abc.js';
import { quantileSorted } from '../analysis/stats/quantile.js';
import { choleskyLower } from '../model/calibration/ols.js';

/** The stream of the posterior's draws (ABC-SMC uses 18). */
export const POSTERIOR_STREAM = 19;
/** Draws shipped with the defaults. */
export const POSTERIOR_DRAWS = 200;

export interface PosteriorDraws {
  /** Parameter names, the columns of `draws`. */
  readonly names: readonly string[];
  /** Equally weighted joint draws, one row each. */
  readonly draws: readonly (readonly number[])[];
  /** How each block was drawn. */
  readonly method: Readonly<Record<string, string>>;
}

export interface PosteriorInputs {
  readonly effort: EffortFit;
  readonly credibility: AbcResult | null;
  /** The joint ABC of the credibility baseline and the accommodation constant (joint-abc.ts): when given, its particles replace both blocks. */
  readonly joint?: JointAbcResult | null;
  readonly exploreRate: LadderRateEstimate | null;
  readonly accommodation: AccommodationCalibration | null;
}

/** One draw of N(μ, LLᵀ), L lower triangular. */
export function mvnormal(rng: Rng, mu: readonly number[], L: readonly (readonly number[])[]): number[] {
  const z = mu.map(() => normal(rng));
  return mu.map((m, a) => m + z.reduce((s, zk, k) => s + (k <= a ? L[a]![k]! * zk : 0), 0));
}

/** χ²_ν as a sum of ν squared standard normals (ν is a few hundred here). */
function chiSquare(rng: Rng, nu: number): number {
  let s = 0;
  for (let i = 0; i < nu; i++) { const z = normal(rng); s += z * z; }
  return s;
}

/** Gamma(a, 1) by Marsaglia & Tsang (2000), a ≥ 1; a < 1 by the boost Gamma(a + 1)·U^(1/a). */
function gamma(rng: Rng, a: number): number {
  if (a < 1) return gamma(rng, a + 1) * Math.pow(1 - rng.next(), 1 / a);
  const d = a - 1 / 3, c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(rng), v0 = 1 + c * x;
    if (v0 <= 0) continue;
    const v = v0 * v0 * v0, u = 1 - rng.next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** Beta(a, b) from two gammas. */
export function betaDraw(rng: Rng, a: number, b: number): number {
  const x = gamma(rng, a), y = gamma(rng, b);
  return x / (x + y);
}

const logit = (p: number) => Math.log(p / (1 - p));

/** Piecewise-linear interpolation through sorted (x, y) points, extended linearly beyond the ends. */
export function interpolate(points: readonly (readonly [number, number])[], x: number): number {
  const p = [...points].sort((a, b) => a[0] - b[0]);
  let i = p.findIndex((q) => q[0] >= x);
  if (i <= 0) i = i === 0 ? 1 : p.length - 1;
  const [x0, y0] = p[i - 1]!, [x1, y1] = p[i]!;
  return x1 === x0 ? y0 : y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
}

/** The effort block's parameters, in the order of its draws. */
export const EFFORT_PARAMETERS = ['effort_adjustment', 'effort_intercept', 'effort_threat', 'effort_credibility_gap', 'effort_peers', 'effort_noise'] as const;
/** The stream of the effort point's draws (effortPosterior). */
export const EFFORT_POINT_STREAM = 22;

/**
 * A sampler of the effort block from the linear model's exact posterior (the module comment), before
 * the prior's support is applied: σ² | y, then β | σ², y, mapped to κ, a, b, c, d, σ.
 */
export function effortDraw(effort: EffortFit): (rng: Rng) => number[] {
  const f = effort.ols, nu = f.n - f.coefficients.length, s2 = f.sigma * f.sigma;
  const L = choleskyLower(f.covariance);
  return (rng) => {
    const sigma2 = (nu * s2) / chiSquare(rng, nu), scale = Math.sqrt(sigma2 / s2);
    const p = partialAdjustment(mvnormal(rng, f.coefficients, L.map((row) => row.map((x) => x * scale))));
    return [p.adjustment, p.intercept, p.threat, p.credibilityGap, p.peers, Math.sqrt(sigma2)];
  };
}

export interface EffortPosterior {
  /** Posterior mean of each effort parameter: the shipped point. */
  readonly mean: Readonly<Record<(typeof EFFORT_PARAMETERS)[number], number>>;
  /** Its 95% credible interval (2.5% and 97.5% quantiles, R-7). */
  readonly interval: Readonly<Record<(typeof EFFORT_PARAMETERS)[number], readonly [number, number]>>;
  /** Draws kept, and draws made: the share of the unrestricted posterior inside the prior's support. */
  readonly kept: number;
  readonly tried: number;
  /** Of the draws made, the share with c < 0 (the mass the sign of c removes). */
  readonly negativeC: number;
}

/**
 * The effort block's posterior under its prior: flat, on the registry's ranges (the prior's support,
 * as in posteriorDraws). The ranges are not all sensitivity bounds here, two are theory: c ≥ 0
 * (arms and allies are substitutes, src/model/effort.ts) and d ≥ −1 (in the pure public-good
 * model of alliances an ally's reaction to its partners' spending lies in [−1, 0]: Olson &
 * Zeckhauser 1966; Sandler & Hartley 1995, ch. 2). The data alone cannot fix the sign of c
 * (docs/MODEL.md §6.8.1), so the shipped point is this posterior's mean, not the least-squares
 * estimate, which lies outside the support. By rejection: `draws` kept draws, seeded.
 */
export function effortPosterior(effort: EffortFit, options: { draws?: number; seed?: number } = {}): EffortPosterior {
  const K = options.draws ?? 10_000, draw = effortDraw(effort);
  const rng = new Xoshiro128(options.seed ?? 1, 0, EFFORT_POINT_STREAM);
  const ranges = EFFORT_PARAMETERS.map((n) => PARAMETER_BY_NAME.get(n)!);
  const cols: number[][] = EFFORT_PARAMETERS.map(() => []);
  let tried = 0, negative = 0;
  while (cols[0]!.length < K) {
    if (tried > 1000 * K) throw new Error('effortPosterior: the registry\'s ranges hold almost none of the effort posterior');
    const v = draw(rng);
    tried++;
    if (v[3]! < 0) negative++;
    if (v.every((x, j) => x >= ranges[j]!.min && x <= ranges[j]!.max)) v.forEach((x, j) => cols[j]!.push(x));
  }
  const mean = {} as Record<(typeof EFFORT_PARAMETERS)[number], number>, interval = {} as Record<(typeof EFFORT_PARAMETERS)[number], readonly [number, number]>;
  EFFORT_PARAMETERS.forEach((n, j) => {
    const v = cols[j]!.sort((a, b) => a - b);
    mean[n] = v.reduce((a, b) => a + b, 0) / K;
    interval[n] = [quantileSorted(v, 0.025), quantileSorted(v, 0.975)];
  });
  return { mean, interval, kept: K, tried, negativeC: negative / tried };
}

/** The point a forecast needs (effort-fit.ts predictEffort), from the posterior's means. */
export function effortPointOf(p: EffortPosterior): EffortPoint {
  const m = p.mean;
  return { adjustment: m.effort_adjustment, intercept: m.effort_intercept, threat: m.effort_threat, credibilityGap: m.effort_credibility_gap, peers: m.effort_peers };
}

const clampTo = (name: string, v: number) => { const p = PARAMETER_BY_NAME.get(name)!; return Math.min(p.max, Math.max(p.min, v)); };

export function posteriorDraws(inp: PosteriorInputs, options: { draws?: number; seed?: number } = {}): PosteriorDraws {
  const K = options.draws ?? POSTERIOR_DRAWS;
  const rng = new Xoshiro128(options.seed ?? 1, 0, POSTERIOR_STREAM);
  const blocks: { names: string[]; draw: () => number[]; method: string; key: string }[] = [];

  const joint = inp.joint ?? null;
  if (joint) {
    const cum: number[] = [];
    joint.particles.reduce((s, p) => { cum.push(s + p.weight); return s + p.weight; }, 0);
    blocks.push({
      key: 'credibility_accommodation', names: [...joint.parameters],
      draw: () => { const u = rng.next() * cum.at(-1)!; return [...joint.particles[Math.max(0, cum.findIndex((x) => x >= u))]!.theta]; },
      method: `the joint ABC-SMC's ${joint.particles.length} particles (ESS ${joint.ess.toFixed(1)}, the 95% likelihood-ratio region${joint.reachedRegion ? '' : ' not reached'}), resampled by weight`,
    });
  } else if (inp.credibility) {
    const c = inp.credibility, cum: number[] = [];
    c.particles.reduce((s, p) => { cum.push(s + p.weight); return s + p.weight; }, 0);
    blocks.push({
      key: 'credibility', names: [...c.parameters],
      draw: () => { const u = rng.next() * cum.at(-1)!; return [...c.particles[Math.max(0, cum.findIndex((x) => x >= u))]!.theta]; },
      method: `the ${c.particles.length} ABC-SMC particles (ESS ${c.ess.toFixed(1)}), resampled by weight`,
    });
  }

  {
    const f = inp.effort.ols, draw = effortDraw(inp.effort);
    blocks.push({
      key: 'effort', names: [...EFFORT_PARAMETERS],
      draw: () => draw(rng),
      method: `the linear model's exact posterior under p(β, σ²) ∝ 1/σ² (n = ${f.n}, k = ${f.coefficients.length}), mapped to the partial-adjustment parameters`,
    });
  }

  if (inp.exploreRate) {
    const x = inp.exploreRate, e = x.estimate;
    const regime = e.names.indexOf('libdem'), era = e.names.indexOf('npt_era'), ref = x.referenceRow;
    const L = choleskyLower(e.covariance);
    blocks.push({
      key: 'nuclear', names: ['nuclear_explore_rate', 'nuclear_regime_effect', 'nuclear_npt_restraint'],
      draw: () => {
        const b = mvnormal(rng, e.coefficients, L);
        const h = logistic(ref.reduce((s, xa, a) => s + xa * b[a]!, 0));
        return [exploreRateFromAnnual(h, x.referenceWillingnessOpportunity), b[regime]!, Math.exp(b[era]!)];
      },
      method: `the hazard logit's Laplace posterior N(β̂, V) (${e.n} state-years, ${e.onsets} onsets), mapped as ladderExploreRate maps β̂`,
    });
  }

  if (inp.accommodation && !joint) {
    const a = inp.accommodation, r = a.record;
    const points: [number, number][] = [[logit(r.rate), a.value], [logit(r.lo), a.interval[0]], [logit(r.hi), a.interval[1]]];
    blocks.push({
      key: 'accommodation', names: ['const_accommodation'],
      draw: () => [interpolate(points, logit(betaDraw(rng, r.onsets + 0.5, r.allyYears - r.onsets + 0.5)))],
      method: `the base rate's Jeffreys posterior Beta(${r.onsets} + ½, ${r.allyYears - r.onsets} + ½), mapped through the solved constants at the rate and its Wilson interval (linear in logit(rate))`,
    });
  }

  const names = blocks.flatMap((b) => b.names);
  const inRange = (name: string, v: number) => { const p = PARAMETER_BY_NAME.get(name)!; return v >= p.min && v <= p.max; };
  const rejected = new Map<string, number>(), clamped = new Map<string, number>();
  const drawBlock = (b: (typeof blocks)[number]): number[] => {
    for (let tries = 0; tries < 1000; tries++) {
      const v = b.draw();
      if (v.every((x, j) => inRange(b.names[j]!, x))) return v;
      rejected.set(b.key, (rejected.get(b.key) ?? 0) + 1);
    }
    clamped.set(b.key, (clamped.get(b.key) ?? 0) + 1);
    return b.draw().map((x, j) => clampTo(b.names[j]!, x));
  };
  const draws: number[][] = [];
  // Six significant digits: the file stays small and the bytes stable.
  for (let i = 0; i < K; i++) draws.push(blocks.flatMap(drawBlock).map((v) => Number(v.toPrecision(6))));
  const method = Object.fromEntries(blocks.map((b) => {
    const r = rejected.get(b.key) ?? 0, c = clamped.get(b.key) ?? 0;
    const note = r === 0 ? '' : `; ${r} draws outside the registry's ranges drawn again (the prior's support)${c > 0 ? `, ${c} clamped after 1,000 tries` : ''}`;
    return [b.key, b.method + note];
  }));
  return { names, draws, method };
}

/** Mean and 5%/95% quantiles (R-7) of each column, for reports and checks. */
export function posteriorSummary(p: PosteriorDraws): Record<string, { mean: number; lo: number; hi: number }> {
  const out: Record<string, { mean: number; lo: number; hi: number }> = {};
  p.names.forEach((n, j) => {
    const v = p.draws.map((d) => d[j]!).sort((a, b) => a - b);
    out[n] = { mean: v.reduce((a, b) => a + b, 0) / v.length, lo: quantileSorted(v, 0.05), hi: quantileSorted(v, 0.95) };
  });
  return out;
}

/**
 * A posterior predictive check (Gelman, Meng & Stern 1996; Gelman et al. 2013, ch. 6): for draws
 * θ_k of the posterior, replicate data y_rep from the model's own measurement equation and compare
 * a test statistic T on the replicates with T on the observed data, each against the same θ_k.
 * p = share of draws with T(y_rep, θ_k) ≥ T(y, θ_k): near 0 or 1, the data show a pattern the model
 * does not produce.
 */
export interface PredictiveCheck {
  readonly statistic: string;
  readonly draws: number;
  /** Mean of T(y, θ_k) over the draws, and the 5%–95% range of T(y_rep, θ_k). */
  readonly observed: number;
  readonly replicated: { readonly mean: number; readonly lo: number; readonly hi: number };
  /** Share of draws with T(y_rep) ≥ T(y). */
  readonly p: number;
  /** Share of draws with T(y_rep) ≤ T(y): with a discrete T both tails are needed (p = 1 when the data sit at T's smallest value says nothing alone). */
  readonly pLower: number;
}

/** The check from paired statistics T(y, θ_k) and T(y_rep, θ_k). */
export function predictiveCheck(statistic: string, observed: readonly number[], replicated: readonly number[]): PredictiveCheck {
  const k = observed.length, rep = [...replicated].sort((a, b) => a - b);
  return {
    statistic, draws: k,
    observed: observed.reduce((a, b) => a + b, 0) / k,
    replicated: { mean: rep.reduce((a, b) => a + b, 0) / k, lo: quantileSorted(rep, 0.05), hi: quantileSorted(rep, 0.95) },
    p: replicated.filter((r, i) => r >= observed[i]!).length / k,
    pLower: replicated.filter((r, i) => r <= observed[i]!).length / k,
  };
}
