/**
 * The hindcast as a target of the joint ABC (issue 12, item 1: "against every target the data
 * give … the 2012–2016 hindcast"). A calibration on the data up to year Y can score the model's
 * own dynamics on the last five of those years: run the hindcast scenario of [Y − 4, Y] (the
 * drivers as they happened, scenarios/hindcast-FROM-TO.yaml) from the World of Y − 5, read with
 * the data up to Y − 5 only, and compare each ally's simulated share of GDP in Y with the SIPRI
 * value of Y. For Y = 2016 that is the 2012–2016 hindcast (Crimea, Donbas, the rotations of 2014).
 *
 * The statistic is each ally's share in the window's last year, one observation per ally: the
 * path's drift from the start, where the uncovered-threat term c·T·(1 − C) (effort.ts) carries the
 * credibility baseline into spending. The years inside the window are left out on purpose: with
 * partial adjustment (κ ≈ 0.04 a year) one ally's shares in consecutive years are nearly the same
 * number, and scoring five of them as independent would count each ally five times. Given the
 * parameters, the allies' budget shocks are independent, so their end-year densities multiply.
 *
 * Likelihood: Gaussian synthetic likelihood (Wood 2010): each ally's simulated end-year share is
 * summarised by its ensemble mean μ_i and variance σ_i² (from the spending histogram, with
 * Sheppard's correction, floored at the histogram's resolution w²/12), and
 *   ℓ_hindcast(θ) = Σ_i [ −½·ln(2π·σ_i²) − (y_i − μ_i)² / (2·σ_i²) ].
 * Assumption: a Gaussian is close enough to the simulated share's distribution at a five-year
 * horizon (the shares are sums of many small yearly adjustments and shocks).
 *
 * Nothing here reads past Y: the World of Y − 5 comes from a training copy cut at Y − 5, and the
 * truths of Y from the calibration's own data folder, which is already cut at Y.
 */
import { existsSync } from 'node:fs';
import { InputError } from '../engine/errors.js';
import { runEnsemble } from '../engine/ensemble.js';
import { layoutOfCore } from '../engine/block.js';
import { prepare } from '../engine/prepare.js';
import { BINS, SPENDING_BIN } from '../engine/accumulator.js';
import type { Scenario } from '../scenario/index.js';
import { bundledTruth, hindcastScenarioFile, readHindcastScenario } from './hindcast-scenario.js';
import { trainingDataDir } from './training-data.js';

/** Years of the window the target scores: the last five of the training data. */
export const HINDCAST_TARGET_YEARS = 5;
export { DEFAULT_HINDCAST_TARGET_RUNS } from './shipped-defaults.js';

export interface HindcastTarget {
  /** The window [from, to]: to is the training year. */
  readonly from: number;
  readonly to: number;
  readonly file: string;
  /** The hindcast scenario, validated against the data up to from − 1. */
  readonly scenario: Scenario;
  /** The training copy cut at from − 1, which the hindcast's World is read from. */
  readonly dataDir: string;
  /** Each ally's SIPRI share of GDP in the last year, by ISO3. */
  readonly truth: ReadonlyMap<string, number>;
  /** The compiled scenario's slots and the position of the last year among its years: fixed by the scenario and the World, not by the parameters, so found once. */
  readonly slots: readonly string[];
  readonly yearIndex: number;
  readonly years: number;
}

export interface HindcastFit {
  readonly logLikelihood: number;
  /** Per ally: the truth, the simulated mean and standard deviation, and its log density. */
  readonly allies: readonly { readonly iso3: string; readonly truth: number; readonly mean: number; readonly sd: number; readonly logDensity: number }[];
}

/** ln N(y; μ, σ²). */
export function gaussianLogDensity(y: number, mu: number, sd: number): number {
  return -0.5 * Math.log(2 * Math.PI * sd * sd) - ((y - mu) * (y - mu)) / (2 * sd * sd);
}

/**
 * The target for a calibration on `dataDir` (already cut at `trainUntil`): null when the shipped
 * scenarios (or `scenariosDir`'s) hold no hindcast of the window's last five years (there is one for 2012–2016 only).
 */
export function hindcastTarget(dataDir: string, trainUntil: number, scenariosDir?: string): HindcastTarget | null {
  const from = trainUntil - HINDCAST_TARGET_YEARS + 1, to = trainUntil;
  const file = hindcastScenarioFile(from, to, scenariosDir);
  if (!existsSync(file)) return null;
  const start = trainingDataDir(from - 1, dataDir);
  const scenario = readHindcastScenario(file, from, to, start);
  const truth = new Map([...bundledTruth(to, to, dataDir)].map(([iso3, byYear]) => [iso3, byYear.get(to)!] as const));
  const core = prepare(scenario, start).core, layout = layoutOfCore(core), yearIndex = layout.years.indexOf(to);
  if (yearIndex < 0) throw new InputError(`${file} does not reach ${to}`);
  return { from, to, file, scenario, dataDir: start, truth, slots: core.setting.slots, yearIndex, years: layout.years.length };
}

/** The target's synthetic log-likelihood at `overrides` (the scenario's own parameters still win), with common random numbers (`seed`). */
export async function hindcastFit(t: HindcastTarget, overrides: Record<string, number>, runs: number, seed: number, workers: number): Promise<HindcastFit> {
  const scenario: Scenario = { ...t.scenario, parameters: { ...overrides, ...t.scenario.parameters } };
  const agg = await runEnsemble(scenario, { runs, seed, workers, dataDir: t.dataDir });
  const w = SPENDING_BIN, allies: HindcastFit['allies'][number][] = [];
  for (const [iso3, y] of t.truth) {
    const slot = t.slots.indexOf(iso3);
    if (slot < 0) continue;
    const idx = slot * t.years + t.yearIndex, n = agg.acc.spendActive[idx]!;
    if (n === 0) continue;
    const mean = agg.acc.spendSum[idx]! / n;
    let ss = 0;
    for (let b = 0; b < BINS; b++) { const c = agg.acc.spendHist[idx * BINS + b]!; if (c > 0) { const x = (b + 0.5) * w - mean; ss += c * x * x; } }
    const variance = Math.max(w * w / 12, ss / n - w * w / 12);
    const sd = Math.sqrt(variance);
    allies.push({ iso3, truth: y, mean, sd, logDensity: gaussianLogDensity(y, mean, sd) });
  }
  allies.sort((a, b) => a.iso3.localeCompare(b.iso3));
  return { logLikelihood: allies.reduce((s, a) => s + a.logDensity, 0), allies };
}
