/**
 * The accommodation constant from the record of alignment shifts (issue 11, item 2: "fit the
 * stance model's parameters to them"). What the coded episodes pin down is the base rate of
 * onsets: 14 "away" onsets in 1,384 ally-years at risk, 1956-2016 (data/facts/alignment.json,
 * alignment-panel.ts); the signals' slopes are not pinned down (alignment-fit.ts, docs/VALIDATION.md).
 * So the stance model's intercept of accommodating the theatre's rival, const_accommodation, is set
 * so that a continuity run from the training year's World reproduces that base rate:
 *
 *   mean over allies of  h_i = −ln(1 − P_i(accommodates at some point in T years)) / T  =  onsets / ally-years,
 *
 * h_i the constant annual hazard that gives the ally's simulated probability (T = 4 years, the
 * continuity scenario's horizon). Solved by the Illinois variant of regula falsi (Dowell & Jarratt
 * 1971) on ln(simulated rate) − ln(target) over the registry's range, with common random numbers
 * (one seed for every evaluation), so the function solved is deterministic. The interval maps the
 * 95% Wilson interval of the base rate through the same solve.
 * Assumptions: an "away" episode of the record is the model's accommodation stance (the record
 * codes distancing toward a rival: France 1966 to the Philippines 2016); the hazard of the years
 * after the training year equals the record's average; the other stance constants are the
 * registry's.
 */
import { scenarioSchema } from '../scenario/schema.js';
import { runScenario } from '../results/simulate.js';
import { wilson } from '../results/intervals.js';
import { PARAMETER_BY_NAME } from '../model/index.js';
import { alignmentPanel, ALIGNMENT_FIRST_YEAR, type AlignmentRow } from '../model/calibration/alignment-panel.js';

/** Years simulated per evaluation (the continuity scenario's 48 months). */
export const ACCOMMODATION_YEARS = 4;

export interface AccommodationCalibration {
  readonly value: number;
  readonly interval: readonly [number, number];
  /** The record: onsets, ally-years at risk, the base rate and its 95% Wilson interval. */
  readonly record: { readonly onsets: number; readonly allyYears: number; readonly rate: number; readonly lo: number; readonly hi: number; readonly years: readonly [number, number] };
  /** The simulated rate at the solution. */
  readonly simulatedRate: number;
  readonly evaluations: number;
  readonly runs: number;
  readonly method: string;
}

export interface AccommodationOptions {
  runs?: number; seed?: number; workers?: number; overrides?: Record<string, number>; onProgress?: (done: number, total: number) => void;
  /** The alignment panel of `dataDir` up to the training year, when the caller has built it already. */
  rows?: readonly AlignmentRow[];
}

/** The simulated annual onset rate of accommodation (mean over allies of the constant hazard) under continuity from `world`. */
export async function simulatedAccommodationRate(dataDir: string, world: number, constant: number, o: AccommodationOptions = {}): Promise<number> {
  const runs = o.runs ?? 1000, seed = o.seed ?? 1;
  const scenario = scenarioSchema.parse({ name: `Calibration: accommodation under ${world} policy`, world, start: `${world + 1}-01`, horizon_months: 12 * ACCOMMODATION_YEARS, runs, seed, parameters: { ...o.overrides, const_accommodation: constant } });
  const r = await runScenario(scenario, { dataDir, runs, seed, workers: o.workers ?? 1 });
  // a probability of 1 has no finite hazard: cap it at the ensemble's resolution
  const cap = 1 - 1 / (2 * runs);
  const hazards = r.allies.map((a) => -Math.log(1 - Math.min(cap, a.ever.accommodation ?? 0)) / ACCOMMODATION_YEARS);
  return hazards.reduce((s, h) => s + h, 0) / hazards.length;
}

/** Illinois regula falsi for an increasing f on [a, b]; returns the root (or the nearer end if f does not change sign). */
async function solveIncreasing(f: (x: number) => Promise<number>, a: number, b: number, tolerance: number, maxEvaluations: number): Promise<{ x: number; evaluations: number }> {
  let fa = await f(a), fb = await f(b), n = 2, side = 0;
  if (fa >= 0) return { x: a, evaluations: n };
  if (fb <= 0) return { x: b, evaluations: n };
  let x = a;
  while (n < maxEvaluations) {
    x = (a * fb - b * fa) / (fb - fa);
    const fx = await f(x);
    n++;
    if (Math.abs(fx) < tolerance) break;
    if (fx < 0) { a = x; fa = fx; if (side === -1) fb /= 2; side = -1; } else { b = x; fb = fx; if (side === 1) fa /= 2; side = 1; }
  }
  return { x, evaluations: n };
}

/**
 * const_accommodation such that continuity from the World of `trainUntil` reproduces the record's
 * onset rate up to `trainUntil`; `dataDir` must already be the training copy.
 */
export async function calibrateAccommodation(dataDir: string, trainUntil: number, o: AccommodationOptions = {}): Promise<AccommodationCalibration> {
  const rows = o.rows ?? alignmentPanel({ dataDir, from: ALIGNMENT_FIRST_YEAR, to: trainUntil });
  const onsets = rows.reduce((s, r) => s + r.onset, 0), allyYears = rows.length;
  const w = wilson(onsets, allyYears);
  const spec = PARAMETER_BY_NAME.get('const_accommodation')!;
  const memo = new Map<number, number>();
  const rate = async (c: number) => {
    const hit = memo.get(c);
    if (hit !== undefined) return hit;
    const v = await simulatedAccommodationRate(dataDir, trainUntil, c, o);
    memo.set(c, v);
    return v;
  };
  const solve = (target: number) => solveIncreasing(async (c) => Math.log(Math.max(1e-12, await rate(c))) - Math.log(target), spec.min, spec.max, 0.01, 12);
  const targets = [w.p, w.lo, w.hi];
  const solved: number[] = [];
  for (const [k, t] of targets.entries()) {
    solved.push((await solve(t)).x);
    o.onProgress?.(k + 1, targets.length);
  }
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  const value = round(solved[0]!);
  const years = [Math.min(...rows.map((r) => r.year)), Math.max(...rows.map((r) => r.year))] as const;
  return {
    value, interval: [solved[1]!, solved[2]!],
    record: { onsets, allyYears, rate: w.p, lo: w.lo, hi: w.hi, years },
    simulatedRate: await rate(solved[0]!), evaluations: memo.size, runs: o.runs ?? 1000,
    method: `continuity from the ${trainUntil} World reproduces the record's onset rate of "away" episodes, ${onsets} onsets in ${allyYears} ally-years ${years[0]}-${years[1]} (${(100 * w.p).toFixed(2)}% a year, 95% Wilson [${(100 * w.lo).toFixed(2)}%, ${(100 * w.hi).toFixed(2)}%]); regula falsi on ${o.runs ?? 1000} runs an evaluation, common random numbers`,
  };
}
