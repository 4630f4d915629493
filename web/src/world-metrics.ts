/**
 * The World page's metrics: what each reads from a StateRecord, its unit, its source and
 * vintage, and its colour scale. The map, its legend, the table and the detail panel all read
 * these definitions, so a unit or a source is written once.
 */
import { scaleDiverging, scaleSequential, scaleSequentialLog } from 'd3-scale';
import { interpolateBlues, interpolateBrBG, interpolateGreens, interpolateOranges, interpolatePurples, interpolateReds } from 'd3-scale-chromatic';
import type { StateRecord } from '../../src/data/state-record.js';
import { NATO_GUIDELINE_PCT_GDP } from '../../src/vocabulary.js';
import { ROLE_COLOURS, ROLES, roleFrom, type Role } from './roles.js';

export type MetricId = 'role' | 'defence' | 'troops' | 'unUsa' | 'unRus' | 'unChn' | 'cinc';

export interface WorldMetric {
  id: MetricId;
  label: string;
  unit: string;
  /** The numeric value, or null where the data have none (a gap, never a zero). */
  value: (s: StateRecord) => number | null;
  /** The value as text, for tables and tooltips. */
  text: (s: StateRecord) => string;
  /** The source and vintage behind the value. */
  source: (s: StateRecord) => string;
  /** Fill colour of a value; null for a missing value. */
  colour: (s: StateRecord) => string | null;
  /** Legend: 'continuous' with a domain and ticks, or 'categories'. */
  legend: { kind: 'continuous'; domain: [number, number]; ticks: number[]; log: boolean; colourAt: (v: number) => string; extra?: { label: string; colour: string } } | { kind: 'categories'; items: { label: string; colour: string }[] };
}

/** What a map and its legend need of a measure: a World metric, or a result's stance probabilities (StanceMap). */
export type MapMeasure = Omit<WorldMetric, 'id' | 'value'> & { id: string };

const fixed = (x: number | null, d: number, suffix = '') => (x === null ? '–' : `${x.toFixed(d)}${suffix}`);

/** A state's role in the alliance system, most specific first (web/src/roles.ts). */
export function roleOf(s: StateRecord): Role {
  return roleFrom(s.roles);
}

const PATRON_COLOUR = ROLE_COLOURS['United States']!;
const roleScale = (r: Role) => ROLE_COLOURS[r];

/**
 * Defence spending diverges around NATO's 2% guideline: brown below, blue-green above. Not red and
 * blue, which mean a rival and the U.S. side on every other page (web/src/roles.ts): Russia's 5% is
 * not drawn in NATO's colour.
 */
const defenceScale = scaleDiverging<string>((t) => interpolateBrBG(t)).domain([0.5, NATO_GUIDELINE_PCT_GDP, 4]).clamp(true);
const troopScale = scaleSequentialLog<string>(interpolateOranges).domain([100, 50_000]).clamp(true);
const cincScale = scaleSequentialLog<string>(interpolatePurples).domain([1e-4, 0.25]).clamp(true);
const agreeScale = (interpolate: (t: number) => string) => scaleSequential<string>(interpolate).domain([0.1, 0.9]).clamp(true);
const unScales = { unUsa: agreeScale(interpolateBlues), unRus: agreeScale(interpolateReds), unChn: agreeScale(interpolateGreens) };

/**
 * U.S. troops that are a deployment: in an ally or partner, and more than an embassy's Marine
 * guard (troopdata counts those too: Russia and China host a few dozen, which are not a presence).
 * The map's circles and the troops measure's shading both follow it.
 */
export const DEPLOYMENT_MIN_TROOPS = 100;
export function isDeployment(s: StateRecord): boolean {
  return !s.roles.patron && !s.roles.rival && (s.usTroops.activeDuty ?? 0) >= DEPLOYMENT_MIN_TROOPS;
}

/** U.S. troops: a log scale from 100 (a deployment); states hosting fewer (0–99, embassy guards) get the palest colour. */
export function troopColour(troops: number | null): string | null {
  return troops === null ? null : troopScale(Math.max(troops, DEPLOYMENT_MIN_TROOPS));
}

function unMetric(id: 'unUsa' | 'unRus' | 'unChn', who: string, field: 'agreeUsa' | 'agreeRus' | 'agreeChn'): WorldMetric {
  const scale = unScales[id];
  return {
    id, label: `UN-vote agreement with ${who}`, unit: 'share of UN General Assembly votes cast alike (0–1)',
    value: (s) => s.un[field], text: (s) => fixed(s.un[field], 2),
    source: (s) => `${s.un.source}${s.un.session === null ? '' : `, session ${s.un.session}`}`,
    colour: (s) => (s.un[field] === null ? null : scale(s.un[field]!)),
    legend: { kind: 'continuous', domain: [0.1, 0.9], ticks: [0.1, 0.3, 0.5, 0.7, 0.9], log: false, colourAt: (v) => scale(v) },
  };
}

export const WORLD_METRICS: readonly WorldMetric[] = [
  {
    id: 'role', label: 'Role in the alliance system', unit: 'category',
    value: () => null, text: roleOf, source: (s) => s.alliances.source,
    colour: (s) => roleScale(roleOf(s)),
    legend: { kind: 'categories', items: ROLES.map((label) => ({ label, colour: ROLE_COLOURS[label] })) },
  },
  {
    id: 'defence', label: 'Defence spending', unit: '% of GDP',
    value: (s) => s.defence.pctGdp, text: (s) => fixed(s.defence.pctGdp, 2, '%'),
    source: (s) => (s.defence.source === null ? 'no figure' : `${s.defence.source === 'nato' ? 'NATO' : 'SIPRI'}, ${s.defence.vintage ?? 'vintage unknown'}${s.defence.estimate ? ' (estimate)' : ''}`),
    colour: (s) => (s.defence.pctGdp === null ? null : defenceScale(s.defence.pctGdp)),
    legend: { kind: 'continuous', domain: [0.5, 4], ticks: [0.5, 1, 1.5, 2, 3, 4], log: false, colourAt: (v) => defenceScale(v) },
  },
  {
    id: 'troops', label: 'U.S. troops hosted', unit: 'active-duty personnel (log scale)',
    value: (s) => s.usTroops.activeDuty, text: (s) => (s.usTroops.activeDuty === null ? '–' : s.usTroops.activeDuty.toLocaleString('en-US')),
    source: (s) => `${s.usTroops.source}${s.usTroops.vintage ? `, ${s.usTroops.vintage}` : ''}`,
    // The patron hosts no U.S. troops abroad: not applicable, which is not the same as missing.
    // A rival's embassy guard is not a deployment: the palest colour, as for fewer than 100.
    colour: (s) => (s.roles.patron ? PATRON_COLOUR : s.roles.rival && s.usTroops.activeDuty !== null ? troopColour(0) : troopColour(s.usTroops.activeDuty)),
    legend: { kind: 'continuous', domain: [100, 50_000], ticks: [100, 1_000, 10_000, 50_000], log: true, colourAt: (v) => troopScale(v), extra: { label: 'United States (not applicable); the palest: under 100 troops or a rival\'s embassy guard, not a deployment', colour: PATRON_COLOUR } },
  },
  unMetric('unUsa', 'the USA', 'agreeUsa'),
  unMetric('unRus', 'Russia', 'agreeRus'),
  unMetric('unChn', 'China', 'agreeChn'),
  {
    id: 'cinc', label: 'Composite Index of National Capability (CINC)', unit: 'share of world capabilities (log scale)',
    value: (s) => s.capabilities.cinc, text: (s) => fixed(s.capabilities.cinc, 4),
    source: (s) => s.capabilities.source,
    colour: (s) => (s.capabilities.cinc === null || s.capabilities.cinc <= 0 ? null : cincScale(s.capabilities.cinc)),
    legend: { kind: 'continuous', domain: [1e-4, 0.25], ticks: [1e-4, 1e-3, 1e-2, 0.1], log: true, colourAt: (v) => cincScale(v) },
  },
];

export function metricById(id: string): WorldMetric {
  return WORLD_METRICS.find((m) => m.id === id) ?? WORLD_METRICS[0]!;
}

/**
 * States sorted by a metric (missing values last, whatever the direction), ties by name, so
 * the table's order is the same on every render.
 */
export function sortStates(states: readonly StateRecord[], metric: WorldMetric, descending: boolean): StateRecord[] {
  return [...states].sort((a, b) => {
    const va = metric.id === 'role' ? null : metric.value(a), vb = metric.id === 'role' ? null : metric.value(b);
    if (metric.id === 'role') { const c = roleOf(a).localeCompare(roleOf(b)); if (c !== 0) return descending ? -c : c; }
    else if (va === null || vb === null) { if (va !== vb) return va === null ? 1 : -1; }
    else if (va !== vb) return descending ? vb - va : va - vb;
    return a.name.localeCompare(b.name);
  });
}
