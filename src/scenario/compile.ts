/**
 * Compiling a validated scenario into what the model runs: the Setting (from the World of the
 * scenario's year and the parameters), the patron's starting policy, and the events in numeric
 * form with month offsets. Pure and deterministic: the same scenario and data give the same
 * compiled form in every worker.
 */
import { defaultDataDir, loadWorld, type World } from '../data/index.js';
import type { Setting } from '../model/setting.js';
import { RIVALS, THEATRE, TREATIES } from '../vocabulary.js';
import { compileSetting } from '../model/compile-setting.js';
import { createHash } from 'node:crypto';
import { scenarioHash } from './hash.js';
import { parameterDraws, type ParameterDraws, type ParameterMode, type Posterior } from '../model/parameter-draws.js';
import { EVENT_KINDS, type CompiledEvent } from '../model/events.js';
import { P, parameterValues } from '../model/parameters.js';
import { DOCTRINE, GUARANTEE, RHETORIC, type PatronPolicy } from '../model/state.js';
import type { Scenario, ScenarioEvent } from './schema.js';
import { monthIndex, monthText } from './month.js';

/**
 * What a worker needs to run a scenario: plain data (typed arrays, numbers, strings) that
 * crosses to worker threads by structured clone, so workers never read the data files.
 */
export interface ScenarioCore {
  /** The scenario's hash: workers cache their run buffers by it. */
  readonly id: string;
  readonly setting: Setting;
  readonly patron: PatronPolicy;
  readonly events: readonly CompiledEvent[];
  readonly startCalendarMonth: number;
  readonly horizon: number;
  /** "YYYY-MM" of each month offset. */
  readonly months: readonly string[];
  readonly startYear: number;
  /** Each run's calibrated parameters from the posterior (run r takes draw r mod K); null: fixed. */
  readonly draws: ParameterDraws | null;
}

export interface CompiledScenario extends ScenarioCore {
  readonly scenario: Scenario;
  readonly world: World;
}

/** The worker-safe part of a compiled scenario. */
export function coreOf(c: CompiledScenario): ScenarioCore {
  return { id: c.id, setting: c.setting, patron: c.patron, events: c.events, startCalendarMonth: c.startCalendarMonth, horizon: c.horizon, months: c.months, startYear: c.startYear, draws: c.draws };
}

function eventStates(e: ScenarioEvent): string[] {
  switch (e.type) {
    case 'deployment': case 'withdrawal': return [e.location];
    case 'exercise': return e.locations;
    case 'reassurance': return e.states;
    case 'accession': case 'exit': case 'election': case 'bilateral_pact': return [e.state];
    case 'gdp_shock': return e.states === 'all' ? [] : e.states;
    case 'nuclear_guarantee': return Array.isArray(e.states) ? e.states : [];
    default: return [];
  }
}

/** Twelve hex digits of the SHA-256 of the draws' names and values: workers cache run buffers by the core's id. */
export function drawsHash(d: ParameterDraws): string {
  return createHash('sha256').update(d.names.join(',')).update(new Uint8Array(d.values.buffer, d.values.byteOffset, d.values.byteLength)).digest('hex').slice(0, 12);
}

export interface CompileOptions {
  readonly dataDir?: string;
  /** 'posterior': each run draws the calibrated parameters the scenario does not fix (parameter-draws.ts); 'fixed' (default): the point values. */
  readonly parameters?: ParameterMode;
  /** The posterior to draw from (default: the one shipped with the defaults; a hindcast passes its own calibration's). */
  readonly posterior?: Posterior;
}

export function compileScenario(scenario: Scenario, options: CompileOptions = {}): CompiledScenario {
  const dataDir = options.dataDir ?? defaultDataDir();
  const world = loadWorld(scenario.world, { dataDir });
  const start = monthIndex(scenario.start);
  const horizon = scenario.horizon_months;
  const joining = scenario.events.filter((e) => e.type === 'accession').map((e) => (e as { state: string }).state);
  // EFP battlegroups are scenario events (the data stop at 2016): the setting holds each host's month.
  const efp = scenario.events.flatMap((e) => (e.type === 'efp' && e.at !== undefined ? [{ iso3: e.state, month: monthIndex(e.at) - start, framework: e.framework }] : []))
    .filter((e) => e.month >= 0 && e.month < horizon);
  const setting = compileSetting({ world, params: parameterValues(scenario.parameters), joining, efp });
  const slotOf = (c: string) => setting.slots.indexOf(c);
  const targetOf = (c: string) => setting.targets.indexOf(c);

  const events: CompiledEvent[] = scenario.events.filter((e) => e.type !== 'efp').map((e) => {
    const from = monthIndex(e.at ?? e.window![0]) - start;
    const to = monthIndex(e.at ?? e.window![1]) - start;
    let slots = eventStates(e).map(slotOf).filter((i) => i >= 0);
    if (e.type === 'gdp_shock' && e.states === 'all') slots = setting.slots.map((_, i) => i);
    if (e.type === 'nuclear_guarantee' && e.states === 'eu') slots = setting.slots.map((_, i) => i).filter((i) => setting.euMember[i] === 1);
    if (e.type === 'nuclear_guarantee' && e.states === 'nato_europe') slots = setting.slots.map((_, i) => i).filter((i) => setting.natoSlot[i] === 1 && setting.slotTheatre[i] === THEATRE.europe);
    // A guarantor does not take cover from itself: France and the UK are never among the covered.
    if (e.type === 'nuclear_guarantee') slots = slots.filter((i) => !(e.providers as readonly string[]).includes(setting.slots[i]!));
    let target = -1, rival = -1, value = 0, value2 = 0, label: string = e.type, slotValues = new Float64Array(0);
    switch (e.type) {
      case 'deployment': case 'withdrawal': value = e.troops; target = targetOf(e.location); label = `${e.location} ${e.troops}`; break;
      case 'exercise': value = e.scale; label = e.locations.join(' '); break;
      case 'reassurance': value = e.strength; label = e.states.join(' '); break;
      case 'rhetoric': value = RHETORIC[e.value]; label = e.value; break;
      case 'doctrine': value = DOCTRINE[e.value]; label = e.value; break;
      case 'guarantee': value = GUARANTEE[e.value]; value2 = e.spending_threshold !== undefined ? e.spending_threshold * 100 : 0; label = e.value; break;
      case 'treaty_exit': value = TREATIES.indexOf(e.treaty); label = e.treaty; break;
      case 'accession': case 'exit': case 'bilateral_pact': label = e.state; break;
      case 'election': value = e.shift; label = `${e.state} ${e.shift > 0 ? '+' : ''}${e.shift}`; break;
      case 'crisis': target = targetOf(e.location); rival = RIVALS.indexOf(e.rival); value = e.months; value2 = e.severity; label = `${e.rival} in ${e.location}`; break;
      case 'probe': target = targetOf(e.location); rival = RIVALS.indexOf(e.rival); label = `${e.rival} in ${e.location}`; break;
      case 'gdp_shock': value = e.pct; label = `${e.pct}%`; break;
      case 'nuclear_guarantee':
        value = e.strength;
        slotValues = Float64Array.from(slots, (i) => e.strength * (e.acceptance?.[setting.slots[i]!] ?? setting.params[P.cover_acceptance]!));
        label = `${e.providers.join('+')} → ${Array.isArray(e.states) ? e.states.join(' ') : e.states}`; break;
    }
    return {
      kind: EVENT_KINDS.indexOf(e.type), from, to, probability: e.probability, slots: Int32Array.from(slots), target, rival, value, value2, slotValues,
      label: `${e.type} ${label}`.trim(), stochastic: e.probability < 1 || from !== to,
    };
  });

  const draws = options.parameters === 'posterior' ? parameterDraws(Object.keys(scenario.parameters), options.posterior) : null;
  return {
    id: `${scenarioHash(scenario)}:${world.dataVersion}${draws ? `:posterior:${drawsHash(draws)}` : ''}`, startYear: Math.floor(start / 12),
    scenario, world, setting, events, horizon, draws,
    patron: { guarantee: GUARANTEE[scenario.patron.guarantee], rhetoric: RHETORIC[scenario.patron.rhetoric], doctrine: DOCTRINE[scenario.patron.doctrine], threshold: scenario.patron.spending_threshold * 100 },
    startCalendarMonth: start % 12,
    months: Array.from({ length: horizon }, (_, t) => monthText(start + t)),
  };
}
