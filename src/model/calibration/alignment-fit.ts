/**
 * The onset of an "away" episode as a discrete-time hazard (issue 11, item 2): for an ally-year
 * at risk (alignment-panel.ts),
 *   Pr(onset_it = 1) = Λ(β₀ + Σ_k β_k z_k,it),  Λ(u) = 1 / (1 + e^−u),
 * a logit on the ally-year (Beck, Katz & Tucker 1998). Assumption: a constant baseline hazard
 * (no duration terms: 13 onsets cannot carry splines of peace-years). Estimated by Newton/IRLS
 * (logit.ts) on the standardised signals z = (x − mean)/sd of the training rows, with a ridge
 * λ = ALIGNMENT_RIDGE on the slopes (not the constant): with a dozen onsets and missing-data
 * indicators, quasi-separation is the rule, and the unpenalised MLE of an indicator can run to
 * ±∞. Coefficients are reported per unit of the raw signal (β_k / sd_k), intervals ±1.96 SE from
 * the inverse penalised information.
 * Training data: trainingDataDir(trainUntil) and the panel cut at trainUntil, so no row, signal
 * or onset after the training year enters the fit.
 */
import { defaultDataDir } from '../../data/index.js';
import { trainingDataDir } from '../../validation/training-data.js';
import { alignmentPanel, ALIGNMENT_FIRST_YEAR, type AlignmentRow, type AlignmentSignal } from './alignment-panel.js';
import { fitLogit, logistic, quadraticForm } from './logit.js';

/** The signals of the fitted equation (publicLean is too sparse: kept out). */
export const ALIGNMENT_TERMS: readonly AlignmentSignal[] = ['ipDistance', 'ipMissing', 'weakness', 'logKm', 'libdem', 'libdemMissing', 'govAntiWest', 'govMissing', 'rivalArms'];
/**
 * The equation with defence cooperation agreements with a rival (DCAD, 1980–2010), a tested
 * extension reported beside the main fit (docs/VALIDATION.md, "Alignment, time split"): with data
 * to 2000 no onset had such an agreement, so the fit cannot learn the signal before the test years,
 * and adding it turns the log-score skill negative. Kept out of ALIGNMENT_TERMS for that reason.
 */
export const ALIGNMENT_TERMS_WITH_DCA: readonly AlignmentSignal[] = [...ALIGNMENT_TERMS, 'rivalDca', 'dcaMissing'];
/** Ridge λ on the standardised slopes: a N(0, 1/λ) prior, i.e. sd 1.41 per sd of a signal (assumption). */
export const ALIGNMENT_RIDGE = 0.5;

export interface AlignmentCoefficient {
  readonly term: 'constant' | AlignmentSignal;
  /** Per unit of the raw signal (the constant at the raw signals' zero). */
  readonly estimate: number;
  readonly se: number;
  readonly lower: number;
  readonly upper: number;
}

export interface AlignmentEstimate {
  readonly coefficients: AlignmentCoefficient[];
  /** Onsets per ally-year at risk in the training rows. */
  readonly baseRate: number;
  readonly n: number;
  readonly onsets: number;
  readonly years: readonly [number, number];
  readonly method: string;
  readonly converged: boolean;
  readonly logLik: number;
  /** Predicted onset probability for a row (any year: the lead may score later rows). */
  readonly predict: (row: AlignmentRow) => number;
}

export interface AlignmentFitOptions { readonly terms?: readonly AlignmentSignal[]; readonly ridge?: number }

/** Fits the onset logit to given rows (the rows must already be the training rows). */
export function fitAlignment(rows: readonly AlignmentRow[], options: AlignmentFitOptions = {}): AlignmentEstimate {
  const terms = options.terms ?? ALIGNMENT_TERMS, ridge = options.ridge ?? ALIGNMENT_RIDGE;
  const n = rows.length;
  if (n === 0) throw new Error('no ally-years at risk to fit');
  const mean = terms.map((t) => rows.reduce((s, r) => s + r.x[t], 0) / n);
  const sd = terms.map((t, j) => Math.sqrt(rows.reduce((s, r) => s + (r.x[t] - mean[j]!) ** 2, 0) / n));
  // a signal constant in the training rows cannot be estimated: left at zero (sd set to 1, penalised to 0)
  const used = terms.map((_, j) => sd[j]! > 1e-12);
  const z = (r: AlignmentRow) => [1, ...terms.map((t, j) => (used[j] ? (r.x[t] - mean[j]!) / sd[j]! : 0))];
  const y = rows.map((r) => r.onset);
  const onsets = y.reduce<number>((s, v) => s + v, 0);
  const effectiveRidge = used.every(Boolean) ? ridge : Math.max(ridge, 1e-6);
  const fit = fitLogit(rows.map(z), y, { ridge: effectiveRidge });
  if (!fit) throw new Error('the onset logit information matrix is singular');
  const b = fit.coefficients, V = fit.covariance;
  // back to raw units: β_k = γ_k / sd_k; β₀ = γ₀ − Σ γ_k mean_k / sd_k, with the delta-method variance
  const gradConst = [1, ...terms.map((_, j) => (used[j] ? -mean[j]! / sd[j]! : 0))];
  const varConst = quadraticForm(gradConst, V);
  const ci = (term: AlignmentCoefficient['term'], estimate: number, se: number): AlignmentCoefficient => ({ term, estimate, se, lower: estimate - 1.96 * se, upper: estimate + 1.96 * se });
  const constant = b.reduce((s, g, a) => s + g * gradConst[a]!, 0);
  const coefficients = [
    ci('constant', constant, Math.sqrt(varConst)),
    ...terms.map((t, j) => (used[j] ? ci(t, b[j + 1]! / sd[j]!, fit.standardErrors[j + 1]! / sd[j]!) : ci(t, 0, NaN))),
  ];
  const years = [Math.min(...rows.map((r) => r.year)), Math.max(...rows.map((r) => r.year))] as const;
  return {
    coefficients, baseRate: onsets / n, n, onsets, years, converged: fit.converged, logLik: fit.logLik,
    method: `discrete-time logit of onset on ${terms.length} standardised signals, Newton/IRLS maximum likelihood with ridge λ = ${effectiveRidge} on the slopes (not the constant); 95% intervals ±1.96 SE from the inverse penalised information; ${n} ally-years at risk ${years[0]}–${years[1]}, ${onsets} onsets`,
    predict: (row) => {
      const zr = z(row);
      let u = 0;
      for (let a = 0; a < zr.length; a++) u += zr[a]! * b[a]!;
      return logistic(u);
    },
  };
}

/** Estimates the onset equation on data up to `trainUntil` (a training copy of dataDir). */
export function estimateAlignment(dataDir = defaultDataDir(), trainUntil = 2016, options: AlignmentFitOptions = {}): AlignmentEstimate {
  const rows = alignmentPanel({ dataDir: trainingDataDir(trainUntil, dataDir), from: ALIGNMENT_FIRST_YEAR, to: trainUntil });
  return fitAlignment(rows, options);
}
