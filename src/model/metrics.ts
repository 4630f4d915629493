/**
 * Metrics of the system each month (Mesa's DataCollector reporters), defined once: the names
 * and meanings in METRICS, the formulas in reportAll, which is what the engine runs every month
 * of every run (src/engine/accumulator.ts) and what summaries, paired comparisons and tests
 * read. Cohesion is outcome.ts's cohesionOf, the one definition the outcomes use too. Each
 * reporter reads the run state and never changes it.
 */
import { positions, STANCES, STANCE_COUNT } from '../vocabulary.js';
import { credibilityOf } from './credibility.js';
import { ARMED, EXPLORING, PROGRAMME } from './nuclear.js';
import { cohesionOf } from './outcome.js';
import type { Setting } from './setting.js';
import type { RunState } from './state.js';

/** The 2% guideline of NATO's 2006 Riga and 2014 Wales summits, in % of GDP. */
export const SPENDING_GUIDELINE = 2;

export const METRIC_NAMES = ['cohesion', 'mean_credibility', 'allies_at_2pct', ...STANCES, 'allies', 'probes', 'probes_unanswered', 'nuclear_exploring', 'nuclear_programmes'] as const;
export type MetricName = (typeof METRIC_NAMES)[number];
/** A metric's position in a row of reportAll. */
export const METRIC = positions(METRIC_NAMES);

export interface MetricSpec {
  readonly name: MetricName;
  /** 'unit': a value in [0, 1]; 'count': a whole number from 0 to the number of slots (or more for cumulative counts). */
  readonly kind: 'unit' | 'count';
  readonly unit: string;
  readonly meaning: string;
}

const STANCE_MEANING: Readonly<Record<(typeof STANCES)[number], string>> = {
  aligned: 'allies aligned with the patron',
  hedging: 'allies hedging toward a rival',
  bilateral: 'allies in a bespoke bilateral deal',
  regional: 'allies under regional cover',
};

const ABOUT: Readonly<Record<MetricName, Omit<MetricSpec, 'name'>>> = {
  cohesion: { kind: 'unit', unit: 'share of allied capability (CINC)', meaning: 'capability-weighted share of allies aligned with the patron' },
  mean_credibility: { kind: 'unit', unit: 'probability', meaning: 'mean credibility of the patron across allies' },
  allies_at_2pct: { kind: 'count', unit: 'allies', meaning: 'allies spending at least 2% of GDP on defence' },
  ...Object.fromEntries(STANCES.map((s) => [s, { kind: 'count', unit: 'allies', meaning: STANCE_MEANING[s] }])) as Record<(typeof STANCES)[number], Omit<MetricSpec, 'name'>>,
  allies: { kind: 'count', unit: 'allies', meaning: 'allies (accessions and exits change it)' },
  probes: { kind: 'count', unit: 'probes', meaning: 'rival probes so far (cumulative)' },
  probes_unanswered: { kind: 'count', unit: 'probes', meaning: 'probes the patron did not answer (cumulative)' },
  nuclear_exploring: { kind: 'count', unit: 'allies', meaning: 'allies exploring nuclear weapons or further (without weapons at the start)' },
  nuclear_programmes: { kind: 'count', unit: 'allies', meaning: 'allies with a weapons programme or weapons (without weapons at the start)' },
};

export const METRICS: readonly MetricSpec[] = METRIC_NAMES.map((name) => ({ name, ...ABOUT[name] }));

const STANCE_METRIC = Int32Array.from(STANCES, (s) => METRIC[s]);
const stanceCount = new Int32Array(STANCE_COUNT);

/** Every metric of the month, into out (length METRICS.length, in METRICS order), in one pass over the allies. */
export function reportAll(s: Setting, st: RunState, out: Float64Array): void {
  let cred = 0, active = 0, at2 = 0, exploring = 0, programmes = 0;
  stanceCount.fill(0);
  for (let i = 0; i < s.n; i++) {
    if (st.active[i] === 0) continue;
    active++;
    cred += credibilityOf(st.alpha[i]!, st.beta[i]!);
    stanceCount[st.stance[i]!]!++;
    if (s.budgets[i] === 1 && st.spending[i]! >= SPENDING_GUIDELINE) at2++;
    // Proliferation counts states that had no weapons at the start.
    if (s.nuclear0[i]! < ARMED) {
      if (st.nuclear[i]! >= EXPLORING) exploring++;
      if (st.nuclear[i]! >= PROGRAMME) programmes++;
    }
  }
  out[METRIC.cohesion] = cohesionOf(s.n, st.active, st.stance, s.capability);
  out[METRIC.mean_credibility] = active > 0 ? cred / active : 0;
  out[METRIC.allies_at_2pct] = at2;
  for (let k = 0; k < STANCE_COUNT; k++) out[STANCE_METRIC[k]!] = stanceCount[k]!;
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
