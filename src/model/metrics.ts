/**
 * Metrics of the system each month, declared by name (Mesa's DataCollector reporters): the
 * engine aggregates them across runs. Each reporter reads the run state and never changes it.
 */
import { credibilityOf } from './credibility.js';
import { EXPLORING, PROGRAMME } from './nuclear.js';
import { cohesionOf } from './outcome.js';
import type { Setting } from './setting.js';
import type { RunState } from './state.js';

export interface MetricSpec {
  readonly name: string;
  /** 'unit': a value in [0, 1]; 'count': a whole number from 0 to the number of slots (or more for cumulative counts). */
  readonly kind: 'unit' | 'count';
  readonly unit: string;
  readonly meaning: string;
  readonly report: (s: Setting, st: RunState) => number;
}

function count(s: Setting, st: RunState, pred: (i: number) => boolean): number {
  let c = 0;
  for (let i = 0; i < s.n; i++) if (st.active[i] === 1 && pred(i)) c++;
  return c;
}

/** The 2% guideline of NATO's 2006 Riga and 2014 Wales summits, in % of GDP. */
export const SPENDING_GUIDELINE = 2;

export const METRICS: readonly MetricSpec[] = [
  { name: 'cohesion', kind: 'unit', unit: 'share of allied capability (CINC)', meaning: 'capability-weighted share of allies aligned with the patron', report: (s, st) => cohesionOf(s.n, st.active, st.stance, s.capability) },
  {
    name: 'mean_credibility', kind: 'unit', unit: 'probability', meaning: 'mean credibility of the patron across allies', report: (s, st) => {
      let sum = 0, c = 0;
      for (let i = 0; i < s.n; i++) if (st.active[i] === 1) { sum += credibilityOf(st.alpha[i]!, st.beta[i]!); c++; }
      return c > 0 ? sum / c : 0;
    },
  },
  { name: 'allies_at_2pct', kind: 'count', unit: 'allies', meaning: 'allies spending at least 2% of GDP on defence', report: (s, st) => count(s, st, (i) => s.budgets[i] === 1 && st.spending[i]! >= SPENDING_GUIDELINE) },
  { name: 'aligned', kind: 'count', unit: 'allies', meaning: 'allies aligned with the patron', report: (s, st) => count(s, st, (i) => st.stance[i] === 0) },
  { name: 'hedging', kind: 'count', unit: 'allies', meaning: 'allies hedging toward a rival', report: (s, st) => count(s, st, (i) => st.stance[i] === 1) },
  { name: 'bilateral', kind: 'count', unit: 'allies', meaning: 'allies in a bespoke bilateral deal', report: (s, st) => count(s, st, (i) => st.stance[i] === 2) },
  { name: 'regional', kind: 'count', unit: 'allies', meaning: 'allies under regional cover', report: (s, st) => count(s, st, (i) => st.stance[i] === 3) },
  { name: 'allies', kind: 'count', unit: 'allies', meaning: 'allies (accessions and exits change it)', report: (s, st) => count(s, st, () => true) },
  { name: 'probes', kind: 'count', unit: 'probes', meaning: 'rival probes so far (cumulative)', report: (_s, st) => st.probes },
  { name: 'probes_unanswered', kind: 'count', unit: 'probes', meaning: 'probes the patron did not answer (cumulative)', report: (_s, st) => st.probesFailed },
  { name: 'nuclear_exploring', kind: 'count', unit: 'allies', meaning: 'allies exploring nuclear weapons or further (without weapons at the start)', report: (s, st) => count(s, st, (i) => st.nuclear[i]! >= EXPLORING && s.nuclear0[i]! < 4) },
  { name: 'nuclear_programmes', kind: 'count', unit: 'allies', meaning: 'allies with a weapons programme or weapons (without weapons at the start)', report: (s, st) => count(s, st, (i) => st.nuclear[i]! >= PROGRAMME && s.nuclear0[i]! < 4) },
];

export const METRIC_INDEX = Object.fromEntries(METRICS.map((m, i) => [m.name, i])) as Record<string, number>;

/**
 * All metrics in one pass over the allies, into out (length METRICS.length), in METRICS order.
 * The engine calls this every month; a test checks it equals the reporters above one by one.
 */
export function reportAll(s: Setting, st: RunState, out: Float64Array): void {
  let capAll = 0, capAligned = 0, cred = 0, active = 0, at2 = 0, expl = 0, prog = 0;
  let aligned = 0, hedging = 0, bilateral = 0, regional = 0;
  for (let i = 0; i < s.n; i++) {
    if (st.active[i] === 0) continue;
    active++;
    capAll += s.capability[i]!;
    cred += st.alpha[i]! / (st.alpha[i]! + st.beta[i]!);
    const stance = st.stance[i]!;
    if (stance === 0) { aligned++; capAligned += s.capability[i]!; } else if (stance === 1) hedging++; else if (stance === 2) bilateral++; else regional++;
    if (s.budgets[i] === 1 && st.spending[i]! >= SPENDING_GUIDELINE) at2++;
    if (s.nuclear0[i]! < 4) {
      if (st.nuclear[i]! >= EXPLORING) expl++;
      if (st.nuclear[i]! >= PROGRAMME) prog++;
    }
  }
  out[0] = capAll > 0 ? capAligned / capAll : 0;
  out[1] = active > 0 ? cred / active : 0;
  out[2] = at2; out[3] = aligned; out[4] = hedging; out[5] = bilateral; out[6] = regional; out[7] = active;
  out[8] = st.probes; out[9] = st.probesFailed; out[10] = expl; out[11] = prog;
}
