/**
 * Proliferation as a discrete-time hazard (issue 11, item 3): the annual probability that a state
 * at risk starts a programme (exploration onset, Bleek 2017's "explore") given its covariates.
 *
 *   h_it = P(onset in year t | at risk in t, x_it) = logistic(β₀ + x_itᵀβ + g(d_it)),
 *   x_it = (latent, nuclear-armed rival, nuclear-armed defender (the umbrella), ln CINC,
 *           liberal democracy (V-Dem v2x_libdem), ln energy use per head, NPT era),
 *
 * the NPT era being 1 from 1970 (the treaty entered into force on 5 March 1970): the shift in
 * every state's hazard once the treaty, the supply controls that followed it (the Nuclear
 * Suppliers Group from 1975) and the superpowers' nonproliferation policy were in place. Without
 * it the regime term is confounded with the era: before 1970 democracies explored (Norway, Italy,
 * Australia, West Germany, Japan), after it none did.
 *
 * estimated by maximum likelihood on the state-years at risk: a state enters the risk set when it
 * appears in the panel, leaves it in its onset year (after contributing that year as y = 1) and
 * re-enters after an episode ends (Beck, Katz & Tucker 1998: a binary time-series-cross-section
 * logit is a grouped-duration hazard model; the duration since entry or the last episode must be
 * modelled). g(d) is the cubic polynomial in the years at risk d of Carter & Signorino (2010),
 * d, d²/100, d³/1000 (scaled so the information matrix stays well conditioned).
 *
 * Standard errors are from the inverse information at the MLE (src/model/calibration/logit.ts);
 * the 95% intervals are β ± 1.96·SE (Wald). With about 30 onsets in 1945–2012 most terms are
 * not pinned down: say so rather than read the point estimates.
 *
 * The ladder works in months; an annual hazard h converts to the monthly hazard of a constant
 * within-year hazard, 1 − (1 − h)^(1/12) (assumption: the hazard does not vary within a year).
 */
import { datasetRows } from '../../data/curated.js';
import { fitLogit, logistic, quadraticForm, type LogitFit } from './logit.js';
import { quantileSorted } from '../../analysis/stats/quantile.js';

/** One state-year of the hazard panel. `x` holds the covariates named by the panel's `terms`, in order. */
export interface HazardRow {
  readonly iso3: string;
  readonly year: number;
  /** 1 in the year a programme starts (the state leaves the risk set after it), else 0. */
  readonly onset: 0 | 1;
  /** Years at risk up to and including this one (1 in the first year at risk). */
  readonly atRisk: number;
  readonly x: readonly number[];
}

export interface HazardPanel {
  readonly terms: readonly string[];
  readonly rows: readonly HazardRow[];
}

/** Carter & Signorino (2010) cubic in the years at risk, scaled: d, d²/100, d³/1000. */
export const DURATION_TERMS = ['years_at_risk', 'years_at_risk_sq_100', 'years_at_risk_cu_1000'] as const;
export const durationTerms = (d: number): [number, number, number] => [d, (d * d) / 100, (d * d * d) / 1000];

export interface HazardEstimate {
  /** Names of the coefficients: intercept, the panel's terms, then the duration terms (if used). */
  readonly names: readonly string[];
  readonly coefficients: readonly number[];
  readonly standardErrors: readonly number[];
  /** The inverse information at the MLE (the coefficients' covariance). */
  readonly covariance: readonly (readonly number[])[];
  /** Wald 95% intervals β ± 1.96·SE. */
  readonly intervals: readonly (readonly [number, number])[];
  readonly logLik: number;
  readonly converged: boolean;
  /** State-years at risk and onsets among them. */
  readonly n: number;
  readonly onsets: number;
  readonly duration: boolean;
}

/** The design row of a state-year: 1, its covariates, and (optionally) the duration cubic. */
export function designRow(r: HazardRow, duration: boolean): number[] {
  return duration ? [1, ...r.x, ...durationTerms(r.atRisk)] : [1, ...r.x];
}

/**
 * Fits the hazard logit on `rows` (the panel's, or a training subset). Null when the information
 * matrix is singular (no onsets, or a covariate constant in the training rows).
 */
export function fitProliferationHazard(panel: HazardPanel, rows: readonly HazardRow[] = panel.rows, options: { duration?: boolean; ridge?: number } = {}): HazardEstimate | null {
  const duration = options.duration ?? true;
  const X = rows.map((r) => designRow(r, duration));
  const y = rows.map((r) => r.onset);
  const fit: LogitFit | null = fitLogit(X, y, options.ridge === undefined ? {} : { ridge: options.ridge });
  if (fit === null) return null;
  const names = ['intercept', ...panel.terms, ...(duration ? DURATION_TERMS : [])];
  return {
    names,
    coefficients: fit.coefficients,
    standardErrors: fit.standardErrors,
    covariance: fit.covariance,
    intervals: fit.coefficients.map((b, j) => [b - 1.96 * fit.standardErrors[j]!, b + 1.96 * fit.standardErrors[j]!] as const),
    logLik: fit.logLik,
    converged: fit.converged,
    n: rows.length,
    onsets: y.reduce<number>((s, v) => s + v, 0),
    duration,
  };
}

/** The fitted annual hazard of a state-year. */
export function annualHazard(est: HazardEstimate, r: HazardRow): number {
  const x = designRow(r, est.duration);
  let z = 0;
  for (let j = 0; j < x.length; j++) z += x[j]! * est.coefficients[j]!;
  return logistic(z);
}

/** Monthly hazard of a constant within-year hazard whose annual probability is `annual`: 1 − (1 − h)^(1/12). */
export function monthlyFromAnnual(annual: number): number {
  return 1 - Math.pow(1 - annual, 1 / 12);
}

/** The covariates of the fitted hazard, in order (data/proliferation_panel.csv; docs/MODEL.md, proliferation hazard). */
export const HAZARD_TERMS = ['latent', 'rival_nuclear', 'umbrella', 'ln_cinc', 'libdem', 'ln_energy_pc', 'npt_era'] as const;
/** The NPT's entry into force (5 March 1970): the first year of the NPT era. */
export const NPT_ERA_FIRST_YEAR = 1970;

/** A row of data/proliferation_panel.csv as read (strings or numbers, null for empty cells). */
export type PanelRecord = Readonly<Record<string, string | number | boolean | null | undefined>>;

/**
 * The risk set of exploration onset from the panel's state-years, up to `lastYear`: a state is at
 * risk in year t when its status in t − 1 was 0 (not considering, pursuing or possessing); the
 * onset is status ≥ 1 in t. A state that enters the panel already at status ≥ 1 is left-censored
 * (its onset year is before the panel) and waits until an episode ends. Years at risk count from
 * entry or from the end of the last episode (Beck, Katz & Tucker 1998). Rows with no CINC, or a
 * CINC of 0, are dropped (ln CINC undefined), and so are rows without a V-Dem score or a positive
 * energy use per head (complete cases: 637 of 8,466 state-years, none an onset; they still count
 * as years at risk).
 */
export function explorationRiskSet(records: readonly PanelRecord[], lastYear: number): HazardPanel {
  const byState = new Map<string, PanelRecord[]>();
  for (const r of records) {
    const c = String(r.ccode);
    if (!byState.has(c)) byState.set(c, []);
    byState.get(c)!.push(r);
  }
  const rows: HazardRow[] = [];
  for (const list of byState.values()) {
    list.sort((a, b) => Number(a.year) - Number(b.year));
    let prev: number | null = null, prevYear: number | null = null, d = 0;
    for (const r of list) {
      const year = Number(r.year), status = Number(r.status);
      if (year > lastYear) break;
      // a gap in system membership restarts the state's history (its status before the gap is unknown to the risk set)
      if (prevYear !== null && year !== prevYear + 1) { prev = null; d = 0; }
      const clearBefore = prev === null ? status === 0 : prev === 0;
      prev = status; prevYear = year;
      if (!clearBefore) { d = 0; continue; } // in an episode (or left-censored): not at risk
      d++;
      const num = (v: PanelRecord[string]) => (v === null || v === undefined || v === '' ? null : Number(v));
      const cinc = num(r.cinc), libdem = num(r.libdem), energy = num(r.energy_pc);
      if (cinc === null || !(cinc > 0) || libdem === null || energy === null || !(energy > 0)) continue;
      rows.push({ iso3: String(r.iso3), year, onset: status >= 1 ? 1 : 0, atRisk: d, x: [Number(r.latent), Number(r.rival_nuclear), Number(r.umbrella), Math.log(cinc), libdem, Math.log(energy), year >= NPT_ERA_FIRST_YEAR ? 1 : 0] });
    }
  }
  return { terms: HAZARD_TERMS, rows };
}

export interface ProliferationEstimate {
  /** Coefficients by name (log-odds per unit; ln_cinc per log point). */
  readonly parameters: Readonly<Record<string, number>>;
  /** Wald 95% intervals by name. */
  readonly intervals: Readonly<Record<string, readonly [number, number]>>;
  readonly method: string;
  readonly report: string;
  readonly estimate: HazardEstimate;
}

/**
 * Fits the exploration-onset hazard on data/proliferation_panel.csv up to `trainUntil` (the
 * panel ends in 2010). Null when the fit fails. The ladder's exploration rate is set from it by
 * ladderExploreRate (below). `panel`: the risk set already built from the same data and year.
 */
export function estimateProliferation(dataDir: string, trainUntil: number, panel = explorationRiskSet(datasetRows(dataDir, 'proliferationPanel'), trainUntil)): ProliferationEstimate | null {
  const est = fitProliferationHazard(panel);
  if (est === null) return null;
  const parameters = Object.fromEntries(est.names.map((n, j) => [n, est.coefficients[j]!]));
  const intervals = Object.fromEntries(est.names.map((n, j) => [n, est.intervals[j]!]));
  const years = panel.rows.map((r) => r.year);
  const method = `discrete-time logit of exploration onset (Bleek status >= 1) with a cubic in years at risk (Beck, Katz & Tucker 1998; Carter & Signorino 2010), ML, Wald 95% intervals; ${est.n} state-years at risk ${Math.min(...years)}-${Math.max(...years)}, ${est.onsets} onsets`;
  const report = est.names.map((n, j) => `${n.padEnd(22)} ${est.coefficients[j]!.toFixed(3).padStart(8)}  [${est.intervals[j]![0].toFixed(3)}, ${est.intervals[j]![1].toFixed(3)}]  se ${est.standardErrors[j]!.toFixed(3)}`).join('\n');
  return { parameters, intervals, method, report, estimate: est };
}

/** What ladderExploreRate sets, with the reference state it rests on. */
export interface LadderRateEstimate {
  /** nuclear_explore_rate: the ladder's monthly hazard of exploring at W·O = 1. */
  readonly value: number;
  /** From the delta-method 95% interval of the reference state's linear predictor. */
  readonly interval: readonly [number, number];
  /** The reference state's annual hazard, its 95% interval, ln CINC, liberal democracy and ln energy per head. */
  readonly referenceAnnual: number;
  readonly referenceInterval: readonly [number, number];
  readonly referenceLnCinc: number;
  readonly referenceLibdem: number;
  readonly referenceLnEnergy: number;
  /** nuclear_regime_effect: the same fit's liberal-democracy coefficient (log-odds per unit) and its Wald interval. */
  readonly regimeEffect: number;
  readonly regimeInterval: readonly [number, number];
  /** nuclear_npt_restraint: exp of the same fit's NPT-era coefficient (a hazard ratio) and its interval. */
  readonly nptRestraint: number;
  readonly nptInterval: readonly [number, number];
  /** The ladder's W·O for the reference state: gain·(1 − threshold)·latent opportunity. */
  readonly referenceWillingnessOpportunity: number;
  /** The reference state's design row (intercept, then HAZARD_TERMS): a draw β of the fit gives its hazard Λ(rowᵀβ). */
  readonly referenceRow: readonly number[];
  readonly method: string;
  readonly estimate: HazardEstimate;
}

/**
 * The ladder's exploration rate from the hazard (issue 11, item 3: "which the model's nuclear
 * ladder then uses"). The ladder explores with the monthly hazard rate·W·O (nuclear.ts); the hazard
 * says how often a state that has a nuclear-armed rival and no umbrella starts to explore. The
 * two meet at a reference state:
 *
 *   rate = [1 − (1 − h_ref)^(1/12)] / (gain·(1 − threshold)·O_latent),
 *   h_ref = Λ(β₀ + β_latent + β_rival + β_cinc·ln CINC_ref + β_libdem·libdem_ref + β_energy·ln energy_ref),
 *
 * with the NPT era at 0: the ladder applies the treaty's restraint to its parties on top of the
 * rate (nuclear.ts opportunity), and that restraint is the same fit's exp(β_NPT era), so a party at
 * the reference state explores with the fit's NPT-era hazard (assumption: the era shift is what
 * the treaty does to a party; no ally of the model stands outside it).
 *
 * the fitted annual hazard (without the duration cubic: an ally of 2017 has been at risk for
 * decades, beyond the cubic's support) of a latent state facing a nuclear-armed rival without an
 * umbrella, at the medians (capability, liberal democracy, energy use per head) of the state-years
 * that faced one. The regime's coefficient goes to the ladder too (nuclear_regime_effect, with
 * libdem_ref as nuclear_regime_reference): an ally's opportunity is multiplied by
 * exp(β_libdem·(libdem_i − libdem_ref)) (nuclear.ts), so a democracy explores less than the
 * reference state in the same position, as in the record. In the ladder the reference state
 * has the allies' mean nuclear threat (NT = 1 by construction, compile-setting.ts) and no protection
 * (Π = 0), so W = gain·(1 − threshold), and a latent state's opportunity.
 * Assumptions: "a nuclear-armed rival" of the panel stands for the allies' mean nuclear threat;
 * the willingness gain and threshold are the registry's (not estimated). The umbrella's own
 * effect is NOT taken from the fit: its coefficient is not pinned down and has the wrong sign for a
 * causal reading (guarantees go to the threatened: Bleek & Lorber 2014 on the selection), so the
 * ladder keeps protection in willingness, an assumption (Debs & Monteiro 2017).
 */
/** nuclear_explore_rate from the reference state's annual hazard h and the ladder's W·O there: the monthly hazard over W·O. */
export function exploreRateFromAnnual(h: number, willingnessOpportunity: number): number {
  return monthlyFromAnnual(h) / willingnessOpportunity;
}

export function ladderExploreRate(dataDir: string, trainUntil: number, ladder: { gain: number; threshold: number; latentOpportunity: number }, panel = explorationRiskSet(datasetRows(dataDir, 'proliferationPanel'), trainUntil)): LadderRateEstimate | null {
  const est = fitProliferationHazard(panel, panel.rows, { duration: false });
  if (est === null) return null;
  const rival = HAZARD_TERMS.indexOf('rival_nuclear'), cinc = HAZARD_TERMS.indexOf('ln_cinc'), regime = HAZARD_TERMS.indexOf('libdem'), energy = HAZARD_TERMS.indexOf('ln_energy_pc'), era = HAZARD_TERMS.indexOf('npt_era');
  const exposed = panel.rows.filter((r) => r.x[rival] === 1);
  if (exposed.length === 0) return null;
  const median = (j: number) => quantileSorted(exposed.map((r) => r.x[j]!).sort((a, b) => a - b), 0.5);
  const lnCinc = median(cinc), libdem = median(regime), lnEnergy = median(energy);
  // the reference design row: 1, latent, rival_nuclear, umbrella = 0, ln CINC, libdem, ln energy per head, NPT era = 0
  const x = [1, 1, 1, 0, lnCinc, libdem, lnEnergy, 0];
  const eta = x.reduce((s, xa, a) => s + xa * est.coefficients[a]!, 0);
  const se = Math.sqrt(quadraticForm(x, est.covariance));
  const wo = ladder.gain * (1 - ladder.threshold) * ladder.latentOpportunity;
  if (!(wo > 0)) return null;
  const rate = (h: number) => exploreRateFromAnnual(h, wo);
  const h = logistic(eta), hLo = logistic(eta - 1.96 * se), hHi = logistic(eta + 1.96 * se);
  return {
    value: rate(h), interval: [rate(hLo), rate(hHi)],
    referenceAnnual: h, referenceInterval: [hLo, hHi], referenceLnCinc: lnCinc, referenceLibdem: libdem, referenceLnEnergy: lnEnergy, referenceWillingnessOpportunity: wo, referenceRow: x,
    regimeEffect: est.coefficients[regime + 1]!, regimeInterval: est.intervals[regime + 1]!,
    nptRestraint: Math.exp(est.coefficients[era + 1]!), nptInterval: [Math.exp(est.intervals[era + 1]![0]), Math.exp(est.intervals[era + 1]![1])],
    method: `exploration-onset logit without the duration cubic (${est.n} state-years at risk, ${est.onsets} onsets, to ${trainUntil}): a latent state with a nuclear-armed rival and no umbrella at the medians of the ${exposed.length} exposed state-years (ln CINC ${lnCinc.toFixed(2)}, liberal democracy ${libdem.toFixed(3)}, ln energy per head ${lnEnergy.toFixed(3)}) has an annual hazard ${h.toFixed(4)} [${hLo.toFixed(4)}, ${hHi.toFixed(4)}] before the NPT era; divided, as a monthly hazard, by the ladder's W·O = ${wo.toFixed(2)} for that state; liberal democracy ${est.coefficients[regime + 1]!.toFixed(2)} [${est.intervals[regime + 1]![0].toFixed(2)}, ${est.intervals[regime + 1]![1].toFixed(2)}] log-odds per unit; the NPT era multiplies the hazard by ${Math.exp(est.coefficients[era + 1]!).toFixed(3)} [${Math.exp(est.intervals[era + 1]![0]).toFixed(3)}, ${Math.exp(est.intervals[era + 1]![1]).toFixed(3)}]`,
    estimate: est,
  };
}
