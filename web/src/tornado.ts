/**
 * The sensitivity tornado's bars (GET /api/runs/:id/sensitivity): one per parameter, most
 * influential first. Morris: μ* with σ beside it; Sobol': the total index ST with the first-order
 * index S1 inside it and ST's interval. Each bar carries the registry's plain-English label
 * (src/model/parameter-labels.ts, imported here rather than sent by the server) beside the code name.
 * Pure: tested in node (test/web/tornado.test.ts).
 */
import type { SensitivityResponse } from './api.js';
import { SUMMARY_OUTCOMES, SUMMARY_OUTCOME_META, type SummaryOutcome } from '../../src/vocabulary.js';
import { parameterLabel } from '../../src/model/parameter-labels.js';

export type SensitivityMethod = SensitivityResponse['method'];
export type SensitivityOutcome = SummaryOutcome;

/** The outcomes a screen can explain, with their labels and units: the vocabulary's (src/vocabulary.ts). */
export const SENSITIVITY_OUTCOMES: readonly { value: SensitivityOutcome; label: string; unit: string }[] = SUMMARY_OUTCOMES.map((value) => ({ value, label: SUMMARY_OUTCOME_META[value].label, unit: SUMMARY_OUTCOME_META[value].unit }));

export const SENSITIVITY_METHODS: readonly { value: SensitivityMethod; label: string }[] = [
  { value: 'morris', label: 'Morris screening (μ*, σ)' },
  { value: 'sobol', label: "Sobol' indices (ST, S1)" },
];

export interface TornadoBar {
  /** The code name (tooltips, the table's <code>, the address of exports). */
  name: string;
  /** The registry's plain-English label, what the chart shows; the code name for a parameter it does not know. */
  label: string;
  /** The parameter's range, varied uniformly. */
  min: number;
  max: number;
  /** The bar's length: Morris μ*, Sobol' ST; null when the server gave none. */
  value: number | null;
  /** Drawn inside or beside the bar: Morris σ, Sobol' S1. */
  inner: number | null;
  /** Morris μ (signed: the direction of the effect); null for Sobol'. */
  signed: number | null;
  /** Sobol' ST's interval; null for Morris. */
  interval: [number, number] | null;
}

const finite = (v: number | undefined): number | null => (v === undefined || !Number.isFinite(v) ? null : v);

/** The bars, largest first (ties keep the server's order); parameters without a value go last. */
export function tornadoBars(r: SensitivityResponse): TornadoBar[] {
  const bars = r.parameters.map((p): TornadoBar => r.method === 'morris'
    ? { name: p.name, label: parameterLabel(p.name), min: p.min, max: p.max, value: finite(p.muStar), inner: finite(p.sigma), signed: finite(p.mu), interval: null }
    : { name: p.name, label: parameterLabel(p.name), min: p.min, max: p.max, value: finite(p.st), inner: finite(p.s1), signed: null, interval: p.stInterval && p.stInterval.every(Number.isFinite) ? [p.stInterval[0], p.stInterval[1]] : null });
  return bars
    .map((b, i) => ({ b, i }))
    .sort((x, y) => (x.b.value === null ? (y.b.value === null ? x.i - y.i : 1) : y.b.value === null ? -1 : y.b.value - x.b.value || x.i - y.i))
    .map(({ b }) => b);
}

/** The x-axis's upper end: every bar, σ line and interval fits; Sobol' indices at least 0 to 0.1. */
export function tornadoExtent(bars: readonly TornadoBar[], method: SensitivityMethod): number {
  let hi = 0;
  for (const b of bars) hi = Math.max(hi, b.value ?? 0, b.inner ?? 0, b.interval?.[1] ?? 0);
  if (method === 'sobol') hi = Math.max(hi, 0.1);
  return hi > 0 ? hi : 1;
}

/** The unit of the bars for an outcome. */
export function tornadoUnit(method: SensitivityMethod, outcome: string): string {
  if (method === 'sobol') return "share of the outcome's variance";
  const o = SENSITIVITY_OUTCOMES.find((x) => x.value === outcome);
  return `change in ${o?.label ?? outcome} across each parameter's range${o ? ` (${o.unit})` : ''}`;
}

/** The cache key of one analysis of a run. */
export const sensitivityKey = (method: SensitivityMethod, outcome: string) => `${method}:${outcome}`;
