/**
 * From merged statistics to the result a person reads: outcome probabilities with Wilson
 * intervals, monthly quantile bands, per-ally stance and nuclear probabilities, the most
 * frequent event chains to each outcome, and representative runs with their event logs.
 */
import { BINS, LEVELS, SPENDING_BIN, type Accumulator, type Layout } from '../engine/accumulator.js';
import { layoutOfCore } from '../engine/block.js';
import { prepare } from '../engine/prepare.js';
import type { EnsembleAggregate } from '../engine/ensemble.js';
import { simulateRun } from '../engine/run.js';
import { METRICS, SCOPE_COHESION } from '../model/metrics.js';
import { CHAIN_BASE, CHAIN_KINDS } from '../model/trace.js';
import { cohesionOf, outcomeUnder, OUTCOMES } from '../model/outcome.js';
import { P } from '../model/parameters.js';
import { baselineCredibility } from '../model/credibility.js';
import { slotBallast } from '../model/setting.js';
import { ALLIANCE_THEATRES, OUTCOME_SCOPE, OUTCOME_SCOPES, STANCES, STANCE_COUNT, THEATRE_RIVAL } from '../vocabulary.js';
import { NUCLEAR_LEVELS } from '../model/nuclear.js';
import { MODEL_VERSION } from '../model/version.js';
import type { CompiledScenario } from '../scenario/compile.js';
import { scenarioHash } from '../scenario/hash.js';
import { histogramQuantile, holdingMonteCarlo, meanInterval, totalInterval, totalIntervalOf, totalMeanInterval, wilson } from './intervals.js';
import { TraceLog, type LoggedEvent } from './trace-log.js';

export const RESULT_SCHEMA = 'ballast.result/2';
export const QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;
const CHAINS_PER_OUTCOME = 5;

const r6 = (x: number) => (Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : null);

export interface Band {
  mean: (number | null)[]; q05: (number | null)[]; q25: (number | null)[]; q50: (number | null)[]; q75: (number | null)[]; q95: (number | null)[];
  /** Cohesion metrics only: the 95% Monte Carlo interval of each month's mean (how precisely the runs estimate it). */
  mean_lo?: (number | null)[]; mean_hi?: (number | null)[];
  /** Cohesion metrics with parameter draws only: the total 95% interval of each month's mean across the posterior (totalMeanInterval), holding the Monte Carlo one. */
  mean_total_lo?: (number | null)[]; mean_total_hi?: (number | null)[];
}

export interface EnsembleResult {
  schema: string;
  scenario: { name: string; description: string | null; hash: string };
  seed: number;
  runs: number;
  start: string;
  horizon_months: number;
  months: string[];
  data_version: string;
  model_version: string;
  /** How the calibrated parameters were treated: drawn per run from the posterior (the names drawn), or fixed. */
  parameters: { mode: 'posterior' | 'fixed'; draws: number; drawn: string[] };
  /** The system's outcomes at the horizon, with 95% Wilson intervals. */
  outcomes: OutcomeShare[];
  /** Each theatre's outcomes at the horizon, from its own cohesion (docs/MODEL.md §6.9). */
  theatres: { theatre: string; outcomes: OutcomeShare[] }[];
  metrics: Record<string, { unit: string; meaning: string } & Band>;
  allies: AllyResult[];
  chains: Record<string, { chain: string[]; count: number; share: number }[]>;
  representative: { kind: string; run: number; final_cohesion: number; outcome: string; events: LoggedEvent[] }[];
}

/**
 * An outcome's probability with two 95% intervals: [lo, hi], Monte Carlo (Wilson: how precisely
 * the runs estimate the probability), and [total_lo, total_hi], parameter uncertainty (where the
 * probability lies across the posterior of the calibrated parameters: totalInterval); the total
 * interval is null with fixed parameters or fewer than two runs per posterior draw.
 */
export interface OutcomeShare { outcome: string; count: number; probability: number; lo: number; hi: number; total_lo?: number | null; total_hi?: number | null }

export interface AllyResult {
  iso3: string;
  name: string;
  /** P(ally is in each stance) by month, among runs where it is an ally that month. */
  stance: Record<string, (number | null)[]>;
  /** P(the ally takes each stance at least once in the run). */
  ever: Record<string, number>;
  /** With parameter draws: the total 95% interval of each `ever` probability (as OutcomeShare's; absent with fixed parameters). */
  ever_total?: Record<string, [number, number]>;
  /** P(the ally ends the run at or above each nuclear level). */
  nuclear: Record<string, number>;
  credibility: (number | null)[];
  spending: { year: number; mean: number | null; q05: number | null; q50: number | null; q95: number | null }[];
  /** What the data say about the ally at the start: the drivers of its choices. */
  drivers: { theatre: string; rival: string; ballast: number; affinity: number; threat: number; credibility_start: number; spending_start: number; nuclear_start: string };
}

/** The outcome shares of one scope (OUTCOME_SCOPES) with 95% Wilson intervals and, over a posterior, total intervals. */
function outcomeShares(acc: Accumulator, scope: number, draws: number): OutcomeShare[] {
  return OUTCOMES.map((outcome, k) => {
    const count = acc.outcomes[scope * OUTCOMES.length + k]!, w = wilson(count, acc.runs);
    const raw = draws > 0 ? totalInterval(acc.drawOutcomes, draws, scope, k) : null, t = raw ? holdingMonteCarlo(raw, w) : null;
    return { outcome, count, probability: r6(w.p)!, lo: r6(w.lo)!, hi: r6(w.hi)!, total_lo: t ? r6(t[0]) : null, total_hi: t ? r6(t[1]) : null };
  });
}

function band(acc: Accumulator, l: Layout, m: number, runsPerDraw: readonly number[]): Band {
  const kind = METRICS[m]!.kind;
  const out: Band = { mean: [], q05: [], q25: [], q50: [], q75: [], q95: [] };
  for (let t = 0; t < l.horizon; t++) {
    const off = (m * l.horizon + t) * BINS;
    out.mean.push(r6(acc.metricSum[m * l.horizon + t]! / acc.runs));
    const keys = ['q05', 'q25', 'q50', 'q75', 'q95'] as const;
    QUANTILES.forEach((q, i) => out[keys[i]!].push(r6(histogramQuantile(acc.metricHist, off, BINS, acc.runs, q, kind))));
  }
  // The cohesion metrics' means carry both intervals, as the outcome probabilities do.
  const scope = SCOPE_COHESION.indexOf(m);
  if (scope < 0) return out;
  const H = l.horizon, D = SCOPE_COHESION.length;
  out.mean_lo = []; out.mean_hi = [];
  if (l.draws > 0) { out.mean_total_lo = []; out.mean_total_hi = []; }
  for (let t = 0; t < H; t++) {
    const mc = meanInterval(acc.metricSum[m * H + t]!, acc.cohesionSumSq[scope * H + t]!, acc.runs);
    out.mean_lo.push(r6(mc.lo)); out.mean_hi.push(r6(mc.hi));
    if (l.draws === 0) continue;
    const at = (j: number) => (j * D + scope) * H + t;
    const raw = totalMeanInterval(runsPerDraw.map((_, j) => acc.drawCohesionSum[at(j)]!), runsPerDraw.map((_, j) => acc.drawCohesionSumSq[at(j)]!), runsPerDraw);
    const total = raw ? holdingMonteCarlo(raw, mc) : null;
    out.mean_total_lo!.push(total ? r6(total[0]) : null); out.mean_total_hi!.push(total ? r6(total[1]) : null);
  }
  return out;
}

function chainLabel(c: CompiledScenario, code: number): string {
  const kind = CHAIN_KINDS[Math.floor(code / CHAIN_BASE)] ?? 'event';
  const subject = code % CHAIN_BASE;
  const s = c.setting;
  if (kind === 'probe_honoured' || kind === 'probe_failed') return `${kind} ${s.targets[subject]}`;
  if (kind === 'event') return c.events[subject]?.label ?? 'event';
  return `${kind} ${s.slots[subject]}`;
}

export function assembleResult(agg: EnsembleAggregate): EnsembleResult {
  const p = prepare(agg.scenario, agg.dataDir, agg.parameterOptions);
  const c = p.compiled, s = c.setting, acc = agg.acc, l = layoutOfCore(p.core);
  const outcomes = outcomeShares(acc, OUTCOME_SCOPE.system, l.draws);
  // Each posterior draw's runs (the system's outcome counts of the draw), for the allies' total intervals.
  const runsPerDraw = Array.from({ length: l.draws }, (_, j) => {
    let nj = 0;
    for (let o = 0; o < OUTCOMES.length; o++) nj += acc.drawOutcomes[j * OUTCOME_SCOPES.length * OUTCOMES.length + o]!;
    return nj;
  });
  const theatres = ALLIANCE_THEATRES.map((theatre) => ({ theatre, outcomes: outcomeShares(acc, OUTCOME_SCOPE[theatre], l.draws) }));
  const metrics: EnsembleResult['metrics'] = {};
  METRICS.forEach((m, i) => { metrics[m.name] = { unit: m.unit, meaning: m.meaning, ...band(acc, l, i, runsPerDraw) }; });

  const allies: AllyResult[] = s.slots.map((iso3, i) => {
    const state = c.world.states.find((x) => x.iso3 === iso3)!;
    const stance: Record<string, (number | null)[]> = {};
    STANCES.forEach((name, k) => {
      stance[name] = Array.from({ length: l.horizon }, (_, t) => {
        const a = acc.allyActive[i * l.horizon + t]!;
        return a > 0 ? r6(acc.allyStance[(i * l.horizon + t) * STANCE_COUNT + k]! / a) : null;
      });
    });
    const ever: Record<string, number> = {};
    // Only the stances the ally's theatre offers (the others have probability 0 by construction).
    const everTotal: Record<string, [number, number]> = {};
    STANCES.forEach((name, k) => {
      if (k === 0 || s.stanceOffered[s.allianceTheatre[i]! * STANCE_COUNT + k] !== 1) return;
      ever[name] = r6(acc.allyEver[i * STANCE_COUNT + k]! / acc.runs)!;
      if (l.draws === 0) return;
      // The ally's runs that took the stance, per draw, out of each draw's runs.
      const x = runsPerDraw.map((_, j) => acc.drawEver[(j * s.n + i) * STANCE_COUNT + k]!);
      const t = totalIntervalOf(x, runsPerDraw);
      if (t) { const h = holdingMonteCarlo(t, wilson(acc.allyEver[i * STANCE_COUNT + k]!, acc.runs)); everTotal[name] = [r6(h[0])!, r6(h[1])!]; }
    });
    const nuclear: Record<string, number> = {};
    NUCLEAR_LEVELS.forEach((name, lv) => {
      if (lv < 2) return;
      let k = 0;
      for (let x = lv; x < LEVELS; x++) k += acc.allyNuclear[i * LEVELS + x]!;
      nuclear[name] = r6(k / acc.runs)!;
    });
    const spending = l.years.map((year, y) => {
      const idx = i * l.years.length + y, count = acc.spendActive[idx]!;
      const off = idx * BINS;
      const q = (x: number) => (count > 0 ? r6(histogramQuantile(acc.spendHist, off, BINS, count, x, 'unit', SPENDING_BIN)) : null);
      return { year, mean: count > 0 ? r6(acc.spendSum[idx]! / count) : null, q05: q(0.05), q50: q(0.5), q95: q(0.95) };
    });
    return {
      iso3, name: state.name, stance, ever, ...(Object.keys(everTotal).length > 0 ? { ever_total: everTotal } : {}), nuclear,
      credibility: Array.from({ length: l.horizon }, (_, t) => { const a = acc.allyActive[i * l.horizon + t]!; return a > 0 ? r6(acc.allyCredSum[i * l.horizon + t]! / a) : null; }),
      spending,
      drivers: { theatre: ALLIANCE_THEATRES[s.allianceTheatre[i]!]!, rival: THEATRE_RIVAL[ALLIANCE_THEATRES[s.allianceTheatre[i]!]!], ballast: r6(slotBallast(s, i, s.troops0[i]!, s.efp0[i]!))!, affinity: r6(s.affinity0[i]!)!, threat: r6(initialThreat(c, i))!, credibility_start: r6(initialCredibility(c, i))!, spending_start: r6(s.spending0[i]!)!, nuclear_start: NUCLEAR_LEVELS[s.nuclear0[i]!]! },
    };
  });

  const chains: EnsembleResult['chains'] = {};
  OUTCOMES.forEach((o, k) => {
    const total = acc.outcomes[k]!;
    chains[o] = [...acc.chains.entries()]
      .filter(([, counts]) => counts[k]! > 0)
      .sort((x, y) => y[1][k]! - x[1][k]! || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
      .slice(0, CHAINS_PER_OUTCOME)
      .map(([key, counts]) => ({ chain: key === '' ? [] : key.split(',').map((code) => chainLabel(c, Number(code))), count: counts[k]!, share: r6(counts[k]! / total)! }));
  });

  return {
    schema: RESULT_SCHEMA,
    scenario: { name: agg.scenario.name, description: agg.scenario.description ?? null, hash: scenarioHash(agg.scenario) },
    seed: agg.seed, runs: acc.runs, start: agg.scenario.start, horizon_months: c.horizon, months: [...c.months],
    data_version: c.world.dataVersion, model_version: MODEL_VERSION,
    parameters: c.draws ? { mode: 'posterior', draws: c.draws.count, drawn: [...c.draws.names] } : { mode: 'fixed', draws: 0, drawn: [] },
    outcomes, theatres, metrics, allies, chains,
    representative: representativeRuns(agg),
  };
}

/** The median run and the run at the worst decile of final cohesion, re-run with their event logs. */
export function representativeRuns(agg: EnsembleAggregate): EnsembleResult['representative'] {
  const acc = agg.acc;
  const pick = (q: number) => {
    const target = q * acc.runs;
    let cum = 0;
    for (let b = 0; b < BINS; b++) { cum += acc.finalHist[b]!; if (cum >= target && acc.finalRun[b]! >= 0) return acc.finalRun[b]!; }
    return 0;
  };
  const kinds: [string, number][] = [['median', pick(0.5)], ['worst_decile', pick(0.1)]];
  return kinds.map(([kind, run]) => {
    const { log, cohesion, outcome } = traceRun(agg, run, -1);
    return { kind, run, final_cohesion: r6(cohesion)!, outcome, events: log.events };
  });
}

/** Re-runs one run with a trace (deterministic: the same streams as in the ensemble). */
export function traceRun(agg: { scenario: EnsembleAggregate['scenario']; seed: number; dataDir: string; parameterOptions?: EnsembleAggregate['parameterOptions'] }, run: number, slot: number): { log: TraceLog; cohesion: number; outcome: string } {
  const p = prepare(agg.scenario, agg.dataDir, agg.parameterOptions ?? {});
  const log = new TraceLog(slot);
  const st = simulateRun(p.ctx, agg.seed, run, null, log);
  const s = p.compiled.setting;
  const cohesion = cohesionOf(s.n, st.active, st.stance, s.allianceTheatre, s.contribution, s.stanceWeight);
  return { log, cohesion, outcome: OUTCOMES[outcomeUnder(s.params, cohesion)]! };
}

function initialThreat(c: CompiledScenario, i: number): number {
  const s = c.setting, n = s.n, cw = s.params[P.threat_hostility_weight]!;
  let t = 0;
  for (let k = 0; k < s.rivals; k++) t += s.threatStatic[k * n + i]! * (1 + cw * s.hostility0[k * n + i]!);
  return t / s.threatRef;
}

function initialCredibility(c: CompiledScenario, i: number): number {
  const s = c.setting;
  return baselineCredibility(s.params[P.cred_base]!, s.params[P.cred_ballast_gain]!, slotBallast(s, i, s.troops0[i]!, s.efp0[i]!), s.params[P.cred_baseline_floor]!, s.params[P.cred_baseline_ceiling]!);
}
