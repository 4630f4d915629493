/**
 * The scenario format (docs/DESIGN.md §4 Scenario format; docs/SCENARIOS.md for users): a zod schema that is the single source of the format.
 * `ballast scenario schema` prints it as JSON Schema; docs/SCENARIOS.md documents it.
 * Semantic checks that need the world or the registry (known states, parameter names and
 * ranges, dates inside the horizon) are in validate.ts.
 */
import { z } from 'zod';
import { SCENARIO_LIMITS } from './limits.js';

import { DOCTRINES, GUARANTEES, RHETORICS, RIVALS, TREATIES } from '../vocabulary.js';

export { DOCTRINES, GUARANTEES, RHETORICS, RIVALS, TREATIES } from '../vocabulary.js';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM, e.g. 2017-04');
const iso3 = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166 alpha-3 code in capitals, e.g. POL (Kosovo: XKX)');

/** When an event happens: a fixed month, or a window [from, to] in which it falls uniformly. */
const timing = {
  at: month.optional().describe('the month the event happens'),
  window: z.tuple([month, month]).optional().describe('a window [from, to]: the event happens in a month drawn uniformly from it'),
  probability: z.number().min(0).max(1).default(1).describe('chance that the event happens at all in a run'),
  note: z.string().optional().describe('what the event stands for, with its source'),
};

const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S, description: string) =>
  z.object({ type: z.literal(type), ...timing, ...shape }).strict().describe(description);

export const eventSchema = z.discriminatedUnion('type', [
  event('deployment', { actor: z.literal('USA').default('USA'), location: iso3, troops: z.number().int().positive() }, 'U.S. troops arrive in an ally: a costly signal of commitment and added ballast'),
  event('withdrawal', { actor: z.literal('USA').default('USA'), location: iso3, troops: z.number().int().positive() }, 'U.S. troops leave, or a planned deployment is countermanded: a costly negative signal'),
  event('exercise', { locations: z.array(iso3).min(1), scale: z.number().positive().default(1) }, 'a large exercise with allies: a costly positive signal to the allies named'),
  event('reassurance', { states: z.array(iso3).min(1), strength: z.number().positive().default(1) }, 'a summit declaration or institutional commitment (e.g. a nuclear consultative group) to the allies named'),
  event('rhetoric', { value: z.enum(RHETORICS) }, 'the patron\'s rhetoric from this month on (cheap talk)'),
  event('guarantee', { value: z.enum(GUARANTEES), spending_threshold: z.number().min(0).max(0.1).optional() }, 'the patron\'s guarantee from this month on'),
  event('doctrine', { value: z.enum(DOCTRINES) }, 'how the patron answers probes from this month on'),
  event('treaty_exit', { actor: z.literal('USA').default('USA'), treaty: z.enum(TREATIES) }, 'the patron leaves a treaty: JCPOA (co-signatories FRA, GBR, DEU and the EU), INF (European allies) or NATO (the guarantee to NATO allies ends)'),
  event('accession', { state: iso3, alliance: z.literal('NATO').default('NATO') }, 'a state joins NATO and becomes an ally'),
  event('exit', { state: iso3, alliance: z.literal('NATO').default('NATO') }, 'an ally leaves NATO'),
  event('election', { state: iso3, shift: z.number().min(-1).max(1) }, 'an election whose result moves the government\'s inclination toward its theatre\'s rival (Russia in Europe, China in Asia) by shift, within [0, 1]: shift > 0 a rival-friendly result; its probability is the chance of that result'),
  event('crisis', { location: iso3, rival: z.enum(RIVALS), months: z.number().int().positive().default(6), severity: z.number().positive().default(1) }, 'a crisis in a gray zone (Transnistria, Belarus): probes there become likelier for some months'),
  event('probe', { location: iso3, rival: z.enum(RIVALS) }, 'a rival probe that happens for certain: a commitment test for the patron'),
  event('gdp_shock', { states: z.union([z.literal('all'), z.array(iso3).min(1)]).default('all'), pct: z.number().min(-50).max(50) }, 'GDP changes by pct % for the states named: spending as a share of GDP moves mechanically'),
  event('nuclear_guarantee', {
    providers: z.array(z.enum(['FRA', 'GBR'])).min(1),
    states: z.union([z.literal('eu'), z.literal('nato_europe'), z.array(iso3).min(1)]),
    strength: z.number().positive().max(1).default(1),
    acceptance: z.record(iso3, z.number().min(0).max(1)).optional().describe('per covered state, its public\'s acceptance of relying on French and British weapons (0-1); the others take the parameter cover_acceptance'),
  }, 'a Franco-British nuclear guarantee: European cover becomes credible for the states named (never the providers), standing in for part of the U.S. guarantee there, as far as each public accepts it'),
  event('bilateral_pact', { state: iso3 }, 'a bespoke bilateral pact with the USA (e.g. AUKUS): credibility rises for that ally and a bilateral stance becomes available at no cost'),
  event('efp', { state: iso3, framework: iso3 }, 'a NATO Enhanced Forward Presence battlegroup is in place in an ally from this month (give `at`), led by a framework nation: ballast for the host; a U.S.-led one is called off by a withdrawal from the host'),
]);

export const scenarioSchema = z.object({
  name: z.string().min(1).describe('a short title'),
  description: z.string().optional().describe('what the scenario asks, in a sentence or two'),
  source: z.string().optional().describe('the passage of the essay (or the record) the scenario encodes'),
  world: z.number().int().min(1990).max(2100).default(2016).describe('the data snapshot the run starts from'),
  start: month.default('2017-01').describe('the first simulated month'),
  horizon_months: z.number().int().min(1).max(240).default(48).describe('how many months to simulate'),
  runs: z.number().int().min(1).max(1_000_000).default(10000).describe('runs in the ensemble'),
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(42).describe('the seed: same seed, same numbers'),
  patron: z.object({
    guarantee: z.enum(GUARANTEES).default('unconditional'),
    spending_threshold: z.number().min(0).max(0.1).default(0.02).describe('share of GDP (0.02 = 2%) under which a conditional guarantee is withheld'),
    rhetoric: z.enum(RHETORICS).default('supportive'),
    doctrine: z.enum(DOCTRINES).default('measured'),
  }).strict().default({ guarantee: 'unconditional', spending_threshold: 0.02, rhetoric: 'supportive', doctrine: 'measured' }),
  events: z.array(eventSchema).max(SCENARIO_LIMITS.events).default([]),
  parameter_file: z.string().min(1).optional().describe('a parameter file written by `ballast calibrate` (JSON), relative to the scenario file; its values apply unless `parameters` sets them'),
  parameters: z.record(z.string(), z.number()).default({}).describe('overrides of the parameter registry, by name'),
}).strict();

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioEvent = z.infer<typeof eventSchema>;
export type EventType = ScenarioEvent['type'];
export const EVENT_TYPES = eventSchema.options.map((o) => o.shape.type.value) as EventType[];

/** The scenario format as JSON Schema (draft 2020-12), for editors and other tools. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    title: 'Ballast scenario',
    ...z.toJSONSchema(scenarioSchema, { io: 'input' }),
  };
}
