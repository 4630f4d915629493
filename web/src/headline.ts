/**
 * The Results page's headline: one sentence with the chance that the alliance holds in each
 * theatre and in the system as a whole, each with its 95% interval, built from the result.
 */
import type { EnsembleResult, OutcomeShare } from '../../src/results/assemble.js';
import { OUTCOME, OUTCOMES } from '../../src/vocabulary.js';
import { isTheatre, THEATRE_IN_TEXT } from './labels.js';

const HOLDS = OUTCOMES[OUTCOME.holds];

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

/**
 * The first clause spells it out, "48% of runs (95% interval 46–50%)"; later ones are short,
 * "41% (39–43%)". With parameter uncertainty the total interval leads and the Monte Carlo one
 * follows: "42% of runs (95% interval 23–62% given the calibration's uncertainty; Monte Carlo
 * 41–43%)", later "7% (2–17%; Monte Carlo 6–7%)".
 */
function holdsText(o: OutcomeShare, first: boolean): string {
  const mc = `${percentNumber(o.lo)}–${percentNumber(o.hi)}%`;
  if (o.total_lo != null && o.total_hi != null) {
    const total = `${percentNumber(o.total_lo)}–${percentNumber(o.total_hi)}%`;
    return first ? `${percentNumber(o.probability)}% of runs (95% interval ${total} given the calibration's uncertainty; Monte Carlo ${mc})` : `${percentNumber(o.probability)}% (${total}; Monte Carlo ${mc})`;
  }
  return first ? `${percentNumber(o.probability)}% of runs (95% interval ${mc})` : `${percentNumber(o.probability)}% (${mc})`;
}

/** The line under the headline that says what the two intervals mean, or null when there is one. */
export function intervalNote(r: Pick<EnsembleResult, 'outcomes'> & { parameters?: EnsembleResult['parameters'] | undefined }): string | null {
  const draws = r.parameters?.mode === 'posterior' ? r.parameters.draws : 0;
  if (r.outcomes.some((o) => o.total_lo != null)) {
    return `Each run drew the model's calibrated parameters from their posterior (${draws} draws): the first interval is where the probability lies given what the data leave uncertain about them; the Monte Carlo interval is only how precisely these runs estimate it.`;
  }
  if (draws > 0) return `Each run drew the model's calibrated parameters from their posterior (${draws} draws), but the interval shown is Monte Carlo only: the interval that allows for the parameters' uncertainty needs at least ${2 * draws} runs (two per draw).`;
  return null;
}

/**
 * "In Europe the alliance holds in 48% of runs (95% interval 46–50%); in the Asia-Pacific 41%
 * (39–43%); the system as a whole 45% (43–47%)." A result without theatres (stored before
 * ballast.result/2) gives the system's sentence alone. Null when no share of "holds" is there.
 */
export function headline(r: Pick<EnsembleResult, 'outcomes'> & { theatres?: EnsembleResult['theatres'] | undefined }): string | null {
  const holds = (outcomes: readonly OutcomeShare[]) => outcomes.find((o) => o.outcome === HOLDS);
  const system = holds(r.outcomes);
  const theatres = (r.theatres ?? []).flatMap((h) => {
    const o = holds(h.outcomes);
    return o ? [{ name: isTheatre(h.theatre) ? THEATRE_IN_TEXT[h.theatre] : h.theatre.replace(/_/g, ' '), o }] : [];
  });
  const [first, ...rest] = theatres;
  if (!first) return system ? `The alliance system holds in ${holdsText(system, true)}.` : null;
  const parts = [
    `In ${first.name} the alliance holds in ${holdsText(first.o, true)}`,
    ...rest.map((t) => `in ${t.name} ${holdsText(t.o, false)}`),
    ...(system ? [`the system as a whole ${holdsText(system, false)}`] : []),
  ];
  return `${parts.join('; ')}.`;
}
