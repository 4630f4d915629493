/**
 * The library calls behind `ballast run`, `compare` and `explain`: each one call a user can
 * make from TypeScript.
 */
import { runEnsemble, runPaired, type EnsembleOptions } from '../engine/ensemble.js';
import { prepare } from '../engine/prepare.js';
import { PAIRED_FIELDS } from '../engine/paired.js';
import type { Scenario } from '../scenario/schema.js';
import { assembleResult, traceRun, type EnsembleResult } from './assemble.js';
import { meanInterval } from './intervals.js';
import type { LoggedReview } from './trace-log.js';
import { defaultDataDir } from '../data/index.js';
import { InputError } from '../engine/errors.js';

/** Runs an ensemble of the scenario and assembles its result. */
export async function runScenario(scenario: Scenario, options: EnsembleOptions = {}): Promise<EnsembleResult> {
  return assembleResult(await runEnsemble(scenario, options));
}

export interface Comparison {
  a: EnsembleResult;
  b: EnsembleResult;
  runs: number;
  seed: number;
  /** A − B at the horizon, from paired runs (common random numbers): mean and 95% interval. */
  differences: { field: string; mean: number; lo: number; hi: number }[];
}

/** Compares two scenarios run by run with common random numbers. */
export async function compareScenarios(a: Scenario, b: Scenario, options: EnsembleOptions = {}): Promise<Comparison> {
  const agg = await runPaired(a, b, options);
  const n = agg.paired.runs;
  const differences = PAIRED_FIELDS.map((field, f) => ({ field, ...meanInterval(agg.paired.sum[f]!, agg.paired.sumSq[f]!, n) }));
  return { a: assembleResult(agg.a), b: assembleResult(agg.b), runs: n, seed: agg.a.seed, differences };
}

export interface Explanation {
  iso3: string;
  name: string;
  run: number;
  month: string;
  /** The ensemble's stance probabilities for the ally that month. */
  ensemble: Record<string, number | null>;
  /** The ally's last stance review at or before the month in the traced run, with its utility terms. */
  review: (LoggedReview & { monthLabel: string }) | null;
  /** Credibility in the traced run at the month and at the start. */
  credibility: { start: number; at: number };
  /** Evidence up to the month, summed by source: weight for and against. */
  signals: { source: string; count: number; honouredWeight: number; brokenWeight: number }[];
}

/**
 * Explains an ally's stance at a month: the utility terms of its last review in a representative
 * run (the median run unless `run` is given) and the signals that moved its credibility.
 */
export async function explainAlly(scenario: Scenario, iso3: string, options: EnsembleOptions & { month?: string; run?: number; result?: EnsembleResult } = {}): Promise<Explanation> {
  const dataDir = options.dataDir ?? defaultDataDir();
  // A stored result saves re-running the ensemble: it holds the median run and the ensemble's probabilities.
  const result = options.result ?? await runScenario(scenario, options);
  const parameterOptions = { ...(options.parameters ? { parameters: options.parameters } : {}), ...(options.posterior ? { posterior: options.posterior } : {}) };
  const p = prepare(scenario, dataDir, parameterOptions);
  const slot = p.compiled.setting.slots.indexOf(iso3);
  if (slot < 0) throw new InputError(`${iso3} is not an ally in this scenario: choose one of ${p.compiled.setting.slots.join(' ')}`);
  const months = p.compiled.months;
  const month = options.month ?? months[months.length - 1]!;
  const t = months.indexOf(month);
  if (t < 0) throw new InputError(`${month} is outside the scenario's months ${months[0]} to ${months[months.length - 1]}`);
  const run = options.run ?? result.representative[0]!.run;
  const { log } = traceRun({ scenario, seed: result.seed, dataDir, parameterOptions }, run, slot);
  const review = [...log.reviews].reverse().find((r) => r.month <= t) ?? null;
  const bySource = new Map<string, { count: number; honouredWeight: number; brokenWeight: number }>();
  for (const e of log.evidenceLog) {
    if (e.month > t) break;
    const key = e.source.replace(/: spending .*/, '');
    const s = bySource.get(key) ?? { count: 0, honouredWeight: 0, brokenWeight: 0 };
    s.count++; s.honouredWeight += e.weight * e.honoured; s.brokenWeight += e.weight * (1 - e.honoured);
    bySource.set(key, s);
  }
  const ally = result.allies[slot]!;
  const ensemble: Record<string, number | null> = {};
  for (const [k, series] of Object.entries(ally.stance)) ensemble[k] = series[t] ?? null;
  return {
    iso3, name: ally.name, run, month, ensemble,
    review: review ? { ...review, monthLabel: months[review.month]! } : null,
    credibility: { start: ally.drivers.credibility_start, at: log.credibilityByMonth[t] ?? Number.NaN },
    signals: [...bySource.entries()].map(([source, s]) => ({ source, ...s })).sort((x, y) => (y.honouredWeight + y.brokenWeight) - (x.honouredWeight + x.brokenWeight) || x.source.localeCompare(y.source)),
  };
}

