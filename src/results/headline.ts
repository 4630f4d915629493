/**
 * The answer in one sentence (issue 13, item 1): how likely the alliance is to hold, in the system
 * and in each theatre, with its 95% intervals, against the same question under continuity; which
 * theatre unravels how often; the outcome classes defined in a line; and what the two intervals
 * mean. One definition: the CLI prints it, the API serves it (`GET /api/runs/:id/headline`), the
 * dashboard shows it and the briefing quotes it.
 *
 * Continuity is the baseline because the essay's question is a comparison: the trigger scenarios
 * are continuity plus their trigger (scenarios/continuity.yaml). The baseline runs with the
 * scenario's runs, seed, horizon and parameter overrides, so its runs pair with the scenario's
 * (common random numbers) and its numbers answer the same question; it exists only for scenarios
 * that start where continuity starts (the same World and first month), since continuity's events
 * are dated.
 */
import type { Scenario } from '../scenario/schema.js';
import { scenarioHash } from '../scenario/hash.js';
import { PARAMETER_BY_NAME } from '../model/parameters.js';
import { OUTCOME, OUTCOMES, OUTCOME_SCOPES, THEATRE_IN_TEXT } from '../vocabulary.js';
import type { EnsembleResult, OutcomeShare } from './assemble.js';

const HOLDS = OUTCOMES[OUTCOME.holds]!;
const UNRAVELLED = OUTCOMES[OUTCOME.unravelled]!;

/**
 * A probability as a whole percentage for prose, without the sign: 0.4812 → "48". Near 0 and 1
 * one decimal, so that a rare outcome never reads as impossible or certain: 0.004 → "0.4",
 * 0.9971 → "99.7"; exactly 0 and 1 stay "0" and "100".
 */
export function percentNumber(p: number): string {
  const x = Number((p * 100).toPrecision(12));
  if (x > 0 && x < 1) return (Math.round(x * 10) / 10).toFixed(1);
  if (x > 99 && x < 100) return Math.min(99.9, Math.round(x * 10) / 10).toFixed(1);
  return String(Math.round(x));
}

/** The cohesion thresholds of the outcome classes (docs/MODEL.md §6.9). */
export interface OutcomeThresholds { holds: number; strained: number; fragmenting: number }

/** The thresholds a scenario runs with: the registry's defaults unless its `parameters` set them. */
export function outcomeThresholds(parameters: Readonly<Record<string, number>> = {}): OutcomeThresholds {
  const value = (name: string) => parameters[name] ?? PARAMETER_BY_NAME.get(name)!.default;
  return { holds: value('outcome_holds'), strained: value('outcome_strained'), fragmenting: value('outcome_fragmenting') };
}

/** The outcome classes in one line, with the thresholds the run used. */
export function outcomeDefinitions(t: OutcomeThresholds, horizon: string): string {
  const f = (x: number) => x.toFixed(2);
  return `Outcomes at the horizon (${horizon}) by cohesion, the share of the allies' military spending the alliance can count on (an aligned ally counts fully, one accommodating the rival not at all): holds at ${f(t.holds)} or above, strained from ${f(t.strained)}, fragmenting from ${f(t.fragmenting)}, unravelled below ${f(t.fragmenting)}; each theatre by its own cohesion.`;
}

/** What the two intervals mean, or null when there is one (fixed parameters). */
export function intervalNote(r: Pick<EnsembleResult, 'outcomes'> & { parameters?: EnsembleResult['parameters'] | undefined }): string | null {
  const draws = r.parameters?.mode === 'posterior' ? r.parameters.draws : 0;
  if (r.outcomes.some((o) => o.total_lo != null)) {
    return `Each run drew the model's calibrated parameters from their posterior (${draws} draws): the first interval is where the probability lies given what the data leave uncertain about them; the Monte Carlo interval is only how precisely these runs estimate it.`;
  }
  if (draws > 0) return `Each run drew the model's calibrated parameters from their posterior (${draws} draws), but the interval shown is Monte Carlo only: the interval that allows for the parameters' uncertainty needs at least ${2 * draws} runs (two per draw).`;
  return null;
}

/** The baseline a scenario is read against: continuity's runs, continuity itself, or none (and why). */
export type Baseline =
  | { kind: 'continuity'; scenario: Scenario }
  | { kind: 'self' }
  | { kind: 'none'; reason: string };

/**
 * Continuity as the baseline of `scenario`: the shipped continuity scenario with the scenario's
 * horizon and parameter overrides (its runs and seed are the caller's: those of the scenario's
 * ensemble); `self` when that is the scenario; `none` when the scenario starts from another World
 * or month (continuity's events would fall elsewhere). The `runs` and `seed` fields of the two
 * files do not enter the comparison: an ensemble's runs and seed are given beside the scenario.
 */
export function continuityBaseline(scenario: Scenario, continuity: Scenario): Baseline {
  if (scenario.world !== continuity.world || scenario.start !== continuity.start) {
    return { kind: 'none', reason: `no continuity baseline: the scenario starts from the ${scenario.world} World in ${scenario.start}, continuity from the ${continuity.world} World in ${continuity.start}` };
  }
  const { parameter_file: _file, ...rest } = continuity;
  const base: Scenario = { ...rest, horizon_months: scenario.horizon_months, parameters: { ...scenario.parameters } };
  const content = (s: Scenario) => scenarioHash({ ...s, runs: 1, seed: 0 });
  return content(base) === content(scenario) ? { kind: 'self' } : { kind: 'continuity', scenario: base };
}

/** One scope of the headline: the share of runs that hold, and continuity's, and the share that unravel. */
export interface HeadlineScope {
  scope: (typeof OUTCOME_SCOPES)[number];
  /** "the system", "Europe", "the Asia-Pacific". */
  label: string;
  holds: OutcomeShare;
  unravelled: OutcomeShare | null;
  /** Continuity's share that holds (null without a baseline; the scenario's own with `self`). */
  baseline_holds: OutcomeShare | null;
}

export interface Headline {
  /** The answer in words, with numbers. */
  sentence: string;
  /** The outcome classes in one line. */
  definitions: string;
  /** What the two intervals mean (null with one interval). */
  intervals: string | null;
  /** What the scenario was read against: continuity (with its ensemble's identity), itself, or nothing (and why). */
  baseline: { kind: 'continuity'; name: string; hash: string; runs: number; seed: number } | { kind: 'self' } | { kind: 'none'; reason: string };
  scopes: HeadlineScope[];
}

/**
 * "42% of runs (95% interval 23–62% given the calibration's uncertainty; Monte Carlo 41–43%)" for
 * the first clause; later ones short, "7% (2–17%; Monte Carlo 6–7%)". Fixed parameters: the Monte
 * Carlo interval alone, "48% of runs (95% interval 46–50%)", later "41% (39–43%)".
 */
function holdsText(o: OutcomeShare, first: boolean): string {
  const mc = `${percentNumber(o.lo)}–${percentNumber(o.hi)}%`;
  if (o.total_lo != null && o.total_hi != null) {
    const total = `${percentNumber(o.total_lo)}–${percentNumber(o.total_hi)}%`;
    return first ? `${percentNumber(o.probability)}% of runs (95% interval ${total} given the calibration's uncertainty; Monte Carlo ${mc})` : `${percentNumber(o.probability)}% (${total}; Monte Carlo ${mc})`;
  }
  return first ? `${percentNumber(o.probability)}% of runs (95% interval ${mc})` : `${percentNumber(o.probability)}% (${mc})`;
}

const SCOPE_LABEL: Readonly<Record<(typeof OUTCOME_SCOPES)[number], string>> = { system: 'the system', ...THEATRE_IN_TEXT };

const find = (outcomes: readonly OutcomeShare[], name: string) => outcomes.find((o) => o.outcome === name) ?? null;
const scopeOutcomes = (r: Pick<EnsembleResult, 'outcomes'> & { theatres?: EnsembleResult['theatres'] | undefined }, scope: string): readonly OutcomeShare[] | null =>
  scope === 'system' ? r.outcomes : r.theatres?.find((h) => h.theatre === scope)?.outcomes ?? null;

type HeadlineInput = Pick<EnsembleResult, 'outcomes' | 'months' | 'start'> & { theatres?: EnsembleResult['theatres'] | undefined; parameters?: EnsembleResult['parameters'] | undefined };

/**
 * The headline of a result read against its baseline: "The alliance holds in 41% of runs (95%
 * interval 27–52% given the calibration's uncertainty; Monte Carlo 40–41%), against 99% under
 * continuity; in Europe 51% (37–62%; Monte Carlo 50–52%) against 99.6%; in the Asia-Pacific 6%
 * (5–7%; Monte Carlo 6–7%) against 77%. Europe unravels in 0.7% of runs, the Asia-Pacific in
 * 0.4%." With `self` (the scenario is continuity) it begins "Under continuity"; without a baseline
 * the "against" clauses are left out. A result stored before theatres gives the system alone.
 */
export function headline(result: HeadlineInput, o: { thresholds: OutcomeThresholds; baseline: EnsembleResult | 'self' | { none: string } }): Headline | null {
  const base = o.baseline === 'self' ? result : 'none' in o.baseline ? null : o.baseline;
  const scopes: HeadlineScope[] = OUTCOME_SCOPES.flatMap((scope) => {
    const outcomes = scopeOutcomes(result, scope);
    const holds = outcomes && find(outcomes, HOLDS);
    if (!holds) return [];
    const b = base && scopeOutcomes(base, scope);
    return [{ scope, label: SCOPE_LABEL[scope], holds, unravelled: find(outcomes, UNRAVELLED), baseline_holds: b ? find(b, HOLDS) : null }];
  });
  const [system, ...theatres] = scopes;
  if (!system || system.scope !== 'system') return null;
  const against = (s: HeadlineScope) => (base && o.baseline !== 'self' && s.baseline_holds ? ` against ${percentNumber(s.baseline_holds.probability)}%${s === system ? ' under continuity' : ''}` : '');
  const lead = o.baseline === 'self' ? 'Under continuity the alliance holds in' : 'The alliance holds in';
  const clauses = [`${lead} ${holdsText(system.holds, true)}${against(system)}`, ...theatres.map((t) => `in ${t.label} ${holdsText(t.holds, false)}${against(t)}`)];
  const unravels = theatres.filter((t) => t.unravelled !== null && t.unravelled.probability > 0);
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const unravelText = theatres.length === 0 || theatres.some((t) => t.unravelled === null) ? ''
    : unravels.length === 0 ? ' No theatre unravels in any run.'
    : ` ${unravels.map((t, i) => (i === 0 ? `${capital(t.label)} unravels in ${percentNumber(t.unravelled!.probability)}% of runs` : `${t.label} in ${percentNumber(t.unravelled!.probability)}%`)).join(', ')}.`;
  const horizon = result.months[result.months.length - 1] ?? result.start;
  return {
    sentence: `${clauses.join('; ')}.${unravelText}`,
    definitions: outcomeDefinitions(o.thresholds, horizon),
    intervals: intervalNote(result),
    baseline: o.baseline === 'self' ? { kind: 'self' } : 'none' in o.baseline ? { kind: 'none', reason: o.baseline.none } : { kind: 'continuity', name: o.baseline.scenario.name, hash: o.baseline.scenario.hash, runs: o.baseline.runs, seed: o.baseline.seed },
    scopes,
  };
}

/**
 * The headline of a scenario's result read against continuity: the one branching the CLI's run
 * and report and the server share. `baselineOf` gives continuity's ensemble for the derived
 * baseline scenario — runs it (the CLI), or finds or queues it (the server), answering
 * `{ none: why }` while it is not there — and is called only when there is a baseline to run.
 */
export async function headlineAgainstContinuity(
  scenario: Scenario, result: EnsembleResult, continuity: Scenario | { none: string },
  baselineOf: (baseline: Scenario) => Promise<EnsembleResult | { none: string }>,
): Promise<{ headline: Headline | null; baseline: EnsembleResult | null }> {
  const thresholds = outcomeThresholds(scenario.parameters);
  const b: Baseline = 'none' in continuity ? { kind: 'none', reason: continuity.none } : continuityBaseline(scenario, continuity);
  if (b.kind === 'self') return { headline: headline(result, { thresholds, baseline: 'self' }), baseline: null };
  if (b.kind === 'none') return { headline: headline(result, { thresholds, baseline: { none: b.reason } }), baseline: null };
  const base = await baselineOf(b.scenario);
  return { headline: headline(result, { thresholds, baseline: base }), baseline: 'none' in base ? null : base };
}
