/**
 * When things happen: the world year against the data's coverage, the start against the
 * world year, and every event's `at` or `window` against the horizon (docs/SCENARIOS.md,
 * Timing).
 */
import type { IssueDraft } from './errors.js';
import { formatPath } from './locate.js';
import { isMonth, monthIndex, monthText } from './month.js';
import { scenarioSchema } from './schema.js';

/** The format's defaults (world, start, horizon), read from the schema rather than copied. */
export const DEFAULTS = scenarioSchema.parse({ name: 'defaults' });

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The scenario's world year: its own, the default when absent, undefined when malformed. */
export function worldYearOf(raw: unknown): number | undefined {
  const w = isRecord(raw) ? raw.world : undefined;
  if (w === undefined) return DEFAULTS.world;
  return Number.isInteger(w) ? (w as number) : undefined;
}

/** First and last simulated month (as month indices), when start and horizon are usable. */
export function horizonOf(raw: unknown): { first: number; last: number } | undefined {
  if (!isRecord(raw)) return undefined;
  const start = raw.start === undefined ? DEFAULTS.start : raw.start;
  const months = raw.horizon_months === undefined ? DEFAULTS.horizon_months : raw.horizon_months;
  if (!isMonth(start) || !Number.isInteger(months) || (months as number) < 1 || (months as number) > 240) return undefined;
  return { first: monthIndex(start), last: monthIndex(start) + (months as number) - 1 };
}

function worldIssues(raw: Record<string, unknown>, years: readonly [number, number]): IssueDraft[] {
  const year = worldYearOf(raw);
  if (year === undefined) return [];
  const issues: IssueDraft[] = [];
  if (year < years[0] || year > years[1]) {
    issues.push({
      code: 'world_year_out_of_coverage', path: ['world'],
      message: `world is ${year}: the data cover ${years[0]}-${years[1]}`,
      fix: `choose a world year from ${years[0]} to ${years[1]}, or import a newer release (ballast data import sipri|nato|troops FILE)`,
    });
  }
  const start = raw.start === undefined ? DEFAULTS.start : raw.start;
  if (isMonth(start) && Number(start.slice(0, 4)) <= year) {
    issues.push({
      code: 'start_before_world', path: raw.start === undefined ? ['world'] : ['start'],
      message: `start is ${start}${raw.start === undefined ? ' (the default)' : ''}, not after the world year ${year}: the world is the alliance system at 31 December ${year}`,
      fix: `start in ${year + 1}-01 or later, or choose world: ${Number(start.slice(0, 4)) - 1} or earlier`,
    });
  }
  return issues;
}

function eventTiming(e: Record<string, unknown>, i: number, horizon: { first: number; last: number } | undefined): IssueDraft[] {
  const where = `events[${i}]${typeof e.type === 'string' ? ` (${e.type})` : ''}`;
  const hasAt = e.at !== undefined, hasWindow = e.window !== undefined;
  const issues: IssueDraft[] = [];
  if (!hasAt && !hasWindow) {
    issues.push({
      code: 'timing', path: ['events', i],
      message: `${where} has neither at nor window: an event needs one of them`,
      fix: 'add at: YYYY-MM for a fixed month, or window: [from, to] for a month drawn uniformly from a range',
    });
  }
  if (hasAt && hasWindow) {
    issues.push({
      code: 'timing', path: ['events', i, 'window'],
      message: `${where} has both at and window: an event takes one of them`,
      fix: 'keep at for a fixed month or window for a month drawn from a range, and remove the other',
    });
  }
  // A battlegroup's month sets the host's ballast for every run (src/scenario/compile.ts): fixed, and certain.
  if (e.type === 'efp' && hasWindow && !hasAt) {
    issues.push({
      code: 'timing', path: ['events', i, 'window'],
      message: `${where} has a window: an efp battlegroup takes a fixed month`,
      fix: 'write at: YYYY-MM (the month the battlegroup is in place) instead of window',
    });
  }
  if (e.type === 'efp' && e.probability !== undefined && e.probability !== 1) {
    issues.push({
      code: 'timing', path: ['events', i, 'probability'],
      message: `${where} has probability ${String(e.probability)}: an efp battlegroup is part of the scenario for certain`,
      fix: 'remove probability; to study a battlegroup called off, add a withdrawal from the host (efp-countermanded.yaml)',
    });
  }
  const dated: [(string | number)[], string][] = [];
  if (isMonth(e.at)) dated.push([['events', i, 'at'], e.at]);
  const w = e.window;
  if (Array.isArray(w) && w.length === 2) {
    w.forEach((m, k) => { if (isMonth(m)) dated.push([['events', i, 'window', k], m]); });
    if (isMonth(w[0]) && isMonth(w[1]) && monthIndex(w[1]) < monthIndex(w[0])) {
      issues.push({
        code: 'window_reversed', path: ['events', i, 'window'],
        message: `events[${i}].window [${w[0]}, ${w[1]}] ends before it starts`,
        fix: `write window: [${w[1]}, ${w[0]}]`,
      });
    }
  }
  if (horizon === undefined) return issues;
  const span = `${monthText(horizon.first)} to ${monthText(horizon.last)}`;
  for (const [path, m] of dated) {
    const k = monthIndex(m);
    if (k >= horizon.first && k <= horizon.last) continue;
    const after = k > horizon.last;
    issues.push({
      code: 'date_outside_horizon', path,
      message: `${formatPath(path)} is ${m}, outside the horizon ${span}`,
      fix: after
        ? `move it to ${monthText(horizon.last)} or earlier, or set horizon_months to at least ${k - horizon.first + 1}`
        : `move it to ${monthText(horizon.first)} or later, or set start to ${m} or earlier`,
    });
  }
  return issues;
}

export function timingIssues(raw: unknown, years: readonly [number, number]): IssueDraft[] {
  if (!isRecord(raw)) return [];
  const issues = worldIssues(raw, years);
  const horizon = horizonOf(raw);
  if (Array.isArray(raw.events)) {
    raw.events.forEach((e, i) => { if (isRecord(e)) for (const issue of eventTiming(e, i, horizon)) issues.push(issue); });
  }
  return issues;
}
