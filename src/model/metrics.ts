/**
 * Metrics of the system each month (Mesa's DataCollector reporters), defined once: the names
 * and meanings in METRICS, the formulas in reportAll, which is what the engine runs every month
 * of every run (src/engine/accumulator.ts) and what summaries, paired comparisons and tests
 * read. Cohesion is outcome.ts's cohesionByScope, the one definition the outcomes use too: the
 * system's and each theatre's, each beside the plain count of allies in each stance. Each
 * reporter reads the run state and never changes it.
 */
import { ALLIANCE_THEATRES, NATO_GUIDELINE_PCT_GDP, OUTCOME_SCOPES, THEATRE_IN_TEXT, positions, STANCES, STANCE_COUNT, THEATRE_STANCES, type AllianceTheatre, type Stance } from '../vocabulary.js';
import { ARMED, EXPLORING, PROGRAMME } from './nuclear.js';
import { cohesionByScope } from './outcome.js';
import type { Setting } from './setting.js';
import type { RunState } from './state.js';

/** The cohesion metric of each outcome scope: 'cohesion' for the system, 'cohesion_<theatre>' for each theatre. */
export const COHESION_METRICS = ['cohesion', ...ALLIANCE_THEATRES.map((h) => `cohesion_${h}` as const)] as const;
/** The count of a theatre's allies in one of its stances: '<theatre>_<stance>'. */
export type TheatreStanceMetric = { [H in AllianceTheatre]: `${H}_${(typeof THEATRE_STANCES)[H][number]}` }[AllianceTheatre];
export const THEATRE_STANCE_METRICS = ALLIANCE_THEATRES.flatMap((h) => THEATRE_STANCES[h].map((k) => `${h}_${k}` as TheatreStanceMetric));
export const METRIC_NAMES = [...COHESION_METRICS, 'mean_credibility', 'allies_at_2pct', ...STANCES, ...THEATRE_STANCE_METRICS, 'allies', 'probes', 'probes_unanswered', 'nuclear_exploring', 'nuclear_programmes'] as const;
export type MetricName = (typeof COHESION_METRICS)[number] | 'mean_credibility' | 'allies_at_2pct' | Stance | TheatreStanceMetric | 'allies' | 'probes' | 'probes_unanswered' | 'nuclear_exploring' | 'nuclear_programmes';
/** A metric's position in a row of reportAll. */
export const METRIC = positions(METRIC_NAMES) as { readonly [K in MetricName]: number };
/** The positions of the cohesion metrics in a row, in OUTCOME_SCOPES order (system, then each theatre). */
export const SCOPE_COHESION: readonly number[] = COHESION_METRICS.map((m) => METRIC[m]);

export interface MetricSpec {
  readonly name: MetricName;
  /** 'unit': a value in [0, 1]; 'count': a whole number from 0 to the number of slots (or more for cumulative counts). */
  readonly kind: 'unit' | 'count';
  readonly unit: string;
  readonly meaning: string;
}

const STANCE_MEANING: Readonly<Record<Stance, string>> = {
  aligned: 'allies aligned within the alliance (NATO; in Asia the bilateral treaty)',
  accommodation: 'allies accommodating their theatre\'s rival (Russia in Europe, China in Asia)',
  bilateral: 'allies in a bespoke bilateral pact with the USA (Europe)',
  cover: 'allies under European cover (Franco-British or EU defence)',
  networking: 'allies networking regionally among themselves (Asia-Pacific)',
};
const COHESION_UNIT = 'share of military contribution';

const ABOUT: Readonly<Record<MetricName, Omit<MetricSpec, 'name'>>> = {
  cohesion: { kind: 'unit', unit: COHESION_UNIT, meaning: 'share of the allies\' military expenditure the alliance can count on, each ally weighted by how much its stance counts' },
  ...Object.fromEntries(ALLIANCE_THEATRES.map((h) => [`cohesion_${h}`, { kind: 'unit', unit: COHESION_UNIT, meaning: `cohesion of the allies in ${THEATRE_IN_TEXT[h]}` }])) as Record<`cohesion_${AllianceTheatre}`, Omit<MetricSpec, 'name'>>,
  mean_credibility: { kind: 'unit', unit: 'probability', meaning: 'mean credibility of the patron across allies' },
  allies_at_2pct: { kind: 'count', unit: 'allies', meaning: 'allies spending at least 2% of GDP on defence' },
  ...Object.fromEntries(STANCES.map((s) => [s, { kind: 'count', unit: 'allies', meaning: STANCE_MEANING[s] }])) as Record<Stance, Omit<MetricSpec, 'name'>>,
  ...Object.fromEntries(ALLIANCE_THEATRES.flatMap((h) => THEATRE_STANCES[h].map((k) => [`${h}_${k}`, { kind: 'count', unit: 'allies', meaning: `${STANCE_MEANING[k]}, in ${THEATRE_IN_TEXT[h]}` }]))) as Record<TheatreStanceMetric, Omit<MetricSpec, 'name'>>,
  allies: { kind: 'count', unit: 'allies', meaning: 'allies (accessions and exits change it)' },
  probes: { kind: 'count', unit: 'probes', meaning: 'rival probes so far (cumulative)' },
  probes_unanswered: { kind: 'count', unit: 'probes', meaning: 'probes the patron did not answer (cumulative)' },
  nuclear_exploring: { kind: 'count', unit: 'allies', meaning: 'allies exploring nuclear weapons or further (without weapons at the start)' },
  nuclear_programmes: { kind: 'count', unit: 'allies', meaning: 'allies with a weapons programme or weapons (without weapons at the start)' },
};

export const METRICS: readonly MetricSpec[] = METRIC_NAMES.map((name) => ({ name, ...ABOUT[name as MetricName] }));

const STANCE_METRIC = Int32Array.from(STANCES, (s) => METRIC[s]);
/** The metric of (theatre h, stance k), −1 where the theatre does not offer the stance. */
const THEATRE_STANCE_METRIC = Int32Array.from({ length: ALLIANCE_THEATRES.length * STANCE_COUNT }, (_, x) => {
  const name = `${ALLIANCE_THEATRES[Math.floor(x / STANCE_COUNT)]}_${STANCES[x % STANCE_COUNT]}`;
  return (METRIC as Record<string, number>)[name] ?? -1;
});
const stanceCount = new Int32Array(ALLIANCE_THEATRES.length * STANCE_COUNT);
const cohesion = new Float64Array(OUTCOME_SCOPES.length);

/**
 * Every metric of the month, into out (length METRICS.length, in METRICS order), in one pass over the
 * allies. Besides the credibilities it reads only each ally's membership, stance, nuclear level and
 * spending and the probe counts (copied as they are): the engine's recorder (engine/recorder.ts)
 * calls it only in months when one of those changed, and test/engine/recorder.test.ts checks the
 * result against calling it every month. A metric that reads anything else must be added there too.
 */
export function reportAll(s: Setting, st: RunState, out: Float64Array): void {
  let cred = 0, active = 0, at2 = 0, exploring = 0, programmes = 0;
  stanceCount.fill(0);
  for (let i = 0; i < s.n; i++) {
    if (st.active[i] === 0) continue;
    active++;
    cred += st.credibility[i]!; // alpha / (alpha + beta), refreshed by the month's credibility update (state.ts)
    stanceCount[s.allianceTheatre[i]! * STANCE_COUNT + st.stance[i]!]!++;
    if (s.budgets[i] === 1 && st.spending[i]! >= NATO_GUIDELINE_PCT_GDP) at2++;
    // Proliferation counts states that had no weapons at the start.
    if (s.nuclear0[i]! < ARMED) {
      if (st.nuclear[i]! >= EXPLORING) exploring++;
      if (st.nuclear[i]! >= PROGRAMME) programmes++;
    }
  }
  cohesionByScope(s.n, st.active, st.stance, s.allianceTheatre, s.contribution, s.stanceWeight, cohesion);
  for (let k = 0; k < SCOPE_COHESION.length; k++) out[SCOPE_COHESION[k]!] = cohesion[k]!;
  out[METRIC.mean_credibility] = active > 0 ? cred / active : 0;
  out[METRIC.allies_at_2pct] = at2;
  for (let k = 0; k < STANCE_COUNT; k++) {
    let total = 0;
    for (let h = 0; h < ALLIANCE_THEATRES.length; h++) {
      const c = stanceCount[h * STANCE_COUNT + k]!, m = THEATRE_STANCE_METRIC[h * STANCE_COUNT + k]!;
      total += c;
      if (m >= 0) out[m] = c;
    }
    out[STANCE_METRIC[k]!] = total;
  }
  out[METRIC.allies] = active;
  out[METRIC.probes] = st.probes;
  out[METRIC.probes_unanswered] = st.probesFailed;
  out[METRIC.nuclear_exploring] = exploring;
  out[METRIC.nuclear_programmes] = programmes;
}

/** One metric of the month by name (explanations and tests; the engine uses reportAll). */
export function metricOf(name: MetricName, s: Setting, st: RunState): number {
  const row = new Float64Array(METRICS.length);
  reportAll(s, st, row);
  return row[METRIC[name]]!;
}
