/**
 * The HTTP API's contract: request schemas (zod, validated by fastify) and response types.
 * The dashboard imports these types (web/src/api.ts), so the two cannot drift apart.
 * docs/API.md describes each route; /docs serves the OpenAPI document generated from the schemas.
 */
import { z } from 'zod';
import { SUMMARY_OUTCOMES, type SummaryOutcome } from '../vocabulary.js';
import type { StateRecord } from '../data/state-record.js';
import type { EnsembleResult } from '../results/assemble.js';
import type { Explanation } from '../results/simulate.js';
import type { Headline } from '../results/headline.js';

export const yearQuery = z.object({ year: z.coerce.number().int().min(1900).max(2100).optional() }).strict();
export const stateParams = z.object({ code: z.string().min(1).max(64) });
export const scenarioParams = z.object({ name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a scenario name: lower-case letters, digits and dashes') });
export const runParams = z.object({ id: z.string().regex(/^[0-9a-f-]{36}$/, 'a run id (a UUID)') });
export const validateBody = z.object({ text: z.string().max(200_000) }).strict();
export const runBody = z.object({
  /** A shipped or saved scenario by name … */
  scenario: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/).optional(),
  /** … or the text of a scenario (YAML or JSON). */
  text: z.string().max(200_000).optional(),
  /** With `text`: the catalog scenario the text was opened from, so the run is titled by what changed ("… — edited: doctrine passive"). */
  base: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/).optional(),
  runs: z.number().int().min(1).max(200_000).optional(),
  seed: z.number().int().min(0).max(2 ** 32 - 1).optional(),
}).strict().refine((b) => (b.scenario === undefined) !== (b.text === undefined), { message: 'give either "scenario" (a name) or "text" (a scenario), not both' });
/** GET /api/runs: the most recent runs, or those whose title or scenario name contains `q` (case-insensitive). */
export const runsQuery = z.object({
  q: z.string().max(200).optional(),
  /** A guarded server's token may come in the query (auth.ts reads it before the route). */
  token: z.string().max(1000).optional(),
}).strict();
export const compareQuery = z.object({
  a: z.string().min(1).max(64),
  b: z.string().min(1).max(64),
  runs: z.coerce.number().int().min(100).max(20_000).optional(),
  seed: z.coerce.number().int().min(0).max(2 ** 32 - 1).optional(),
}).strict();
export const explainQuery = z.object({ ally: z.string().regex(/^[A-Za-z]{3}$/), month: z.string().regex(/^\d{4}-\d{2}$/).optional() }).strict();
export const csvQuery = z.object({ table: z.enum(['outcomes', 'metrics', 'allies', 'spending', 'nuclear', 'chains', 'runs']).default('outcomes') }).strict();
export const analyzeParams = z.object({ model: z.enum(['burden', 'network', 'balance', 'landscape']) });
export const analyzeQuery = z.object({ year: z.coerce.number().int().min(1900).max(2100).optional(), region: z.enum(['europe', 'asia']).optional() }).strict();

/** Every error the API returns: a message a person can act on, and the issues behind it. */
export interface ApiError {
  error: string;
  message: string;
  /** On a 500: the id under which the server log has the details (also the x-request-id header). */
  requestId?: string;
  issues?: { code: string; path?: string; line?: number; column?: number; message: string; fix?: string }[];
}

export interface Health { ok: true; version: string; dataVersion: string; modelVersion: string; store: 'sqlite' | 'postgres'; years: [number, number] }

export interface WorldResponse {
  year: number;
  dataVersion: string;
  years: [number, number];
  coverage: Record<string, [number, number] | null>;
  states: StateRecord[];
}

export interface NetworkResponse {
  year: number;
  nodes: { iso3: string; name: string; cinc: number | null; ally: boolean; nato: boolean; patron: boolean; rival: boolean; grayZone: boolean; theatre: string }[];
  /**
   * Undirected ties among the states (a defence obligation either way, ATOP v5.1 dyad-years), with
   * the treaty kind: `nato` between members; `nato_accession` between a member and a state that has
   * signed its accession protocol but is not yet a member (ATOP codes the obligation from signature:
   * Montenegro from 19 May 2016, a member only from 2017); `us_bilateral` with the United States
   * otherwise; `other_defence` for any other defence pact.
   */
  edges: { a: string; b: string; kind: NetworkEdgeKind }[];
  /**
   * The multilateral defence pacts with at least three of the roster's states (ATOP v4.01 members),
   * each drawn as one bloc rather than every pair: NATO (its members by the dated memberships,
   * `pending` the states whose accession is signed but not in force) and, for instance, the EU's
   * mutual-assistance clause.
   */
  blocs: NetworkBloc[];
}

export const NETWORK_EDGE_KINDS = ['nato', 'nato_accession', 'us_bilateral', 'other_defence'] as const;
export type NetworkEdgeKind = (typeof NETWORK_EDGE_KINDS)[number];
export interface NetworkBloc {
  /** ATOP alliance id (3180 is NATO). */
  atopid: number;
  name: string;
  /** The roster's members in the year (iso3, sorted). */
  members: string[];
  /** States whose accession is signed but not in force at the year's end. */
  pending: string[];
  /** Members in all (ATOP counts states outside the roster too). */
  memberCount: number;
}

export interface ScenarioSummary {
  name: string;
  title: string;
  description: string | null;
  source: string | null;
  start: string;
  horizonMonths: number;
  runs: number;
  seed: number;
  events: number;
  /** The policy `patron:` writes: the policy before any event. */
  patron: { guarantee: string; rhetoric: string; doctrine: string; spending_threshold: number };
  /** The policy that applies after the start month (the start month's certain events applied: what the scenario really starts with). */
  policy: { guarantee: string; rhetoric: string; doctrine: string; spending_threshold: number };
  /** Each lever's events (src/scenario/policy.ts), with the line of each event in the text (null when no text was given). */
  levers: { lever: string; start: string | number; afterStart: string | number; overriddenAtStart: boolean; changes: { value: string | number; at: string | null; window: [string, string] | null; probability: number; event: number; atStart: boolean; line: number | null }[] }[];
  shipped: boolean;
}

export interface ScenarioDetail extends ScenarioSummary { text: string }

export type ValidateResponse = { ok: true; summary: Omit<ScenarioSummary, 'name' | 'shipped'> } | { ok: false; issues: NonNullable<ApiError['issues']> };

export type { RunStatus } from '../store/status.js';
import type { RunStatus } from '../store/status.js';
import { SENSITIVITY_SPACES, type SensitivitySpace } from '../validation/sensitivity/parameter-set.js';

export interface RunInfo {
  id: string;
  /** Content hash of (scenario, seed, runs, data version, model version). */
  hash: string;
  status: RunStatus;
  scenarioName: string | null;
  title: string;
  runs: number;
  seed: number;
  progress: { done: number; total: number };
  /** True when the result came from the store without running. */
  cached: boolean;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export type ResultsResponse = EnsembleResult;

/**
 * GET /api/runs/:id/headline: the answer in one sentence against continuity (src/results/headline.ts).
 * `baseline_run` is continuity's ensemble (same runs, seed, horizon and parameters) while it is
 * queued or running: the headline then has no baseline yet; ask again when that run is done.
 */
export interface HeadlineResponse { headline: Headline | null; baseline_run: RunInfo | null }
export type ExplainResponse = Explanation;

/** One side of a comparison: the system's outcomes, each theatre's (as in a result), and the metrics' bands. */
export type CompareSide = { name: string } & Pick<EnsembleResult, 'outcomes' | 'theatres' | 'metrics'>;

export interface CompareResponse {
  a: CompareSide;
  b: CompareSide;
  months: string[];
  runs: number;
  seed: number;
  /** A − B at the horizon for each field of PAIRED_FIELDS (src/engine/paired.ts): the system's p_holds … p_unravelled, each theatre's <theatre>_p_holds …, then each metric. */
  differences: { field: string; mean: number; lo: number; hi: number }[];
}

/** Server-sent events on /api/runs/:id/events: `progress` {done, total}, `status` RunInfo; the stream ends after done, failed or cancelled. */
export type RunEvent = { event: 'progress'; data: { done: number; total: number } } | { event: 'status'; data: RunInfo };

export const validationQuery = z.object({
  train_until: z.coerce.number().int().min(1996).max(2100).default(2011),
  from: z.coerce.number().int().min(1997).max(2100).default(2012),
  to: z.coerce.number().int().min(1997).max(2100).default(2016),
  runs: z.coerce.number().int().min(100).max(20_000).default(1000),
}).strict();

/** GET /api/validation: a hindcast on the bundled data (the truth must be inside the data). */
export interface ValidationResponse {
  trainUntil: number;
  window: [number, number];
  scenario: string;
  runs: number;
  seed: number;
  scores: Record<'model' | 'persistence' | 'trend', { n: number; mae: number; rmse: number; crps: number; coverage50: number; coverage90: number }>;
  rows: { iso3: string; year: number; truth: number; model: { mean: number; q05: number; q25: number; q50: number; q75: number; q95: number; crps: number }; persistence: { mean: number; sd: number; crps: number }; trend: { mean: number; sd: number; crps: number } }[];
  twoPercent: { year: number; truth: number; model: { q05: number; q50: number; q95: number }; persistence: number; trend: number }[];
  checks: { name: string; value: string; passed: boolean }[];
  calibration: { parameters: Record<string, number>; intervals: Record<string, [number, number]> };
}

export const sensitivityQuery = z.object({
  method: z.enum(['morris', 'sobol']).default('morris'),
  outcome: z.enum(SUMMARY_OUTCOMES).default('p_holds'),
  /** ranges: each parameter over its registry range; posterior: the calibrated parameters over their posterior marginals. */
  space: z.enum(SENSITIVITY_SPACES).default('ranges'),
}).strict();

/** GET /api/runs/:id/sensitivity: which parameters move the run's outcome most (a tornado chart). */
export interface SensitivityResponse {
  method: 'morris' | 'sobol';
  outcome: SummaryOutcome;
  space: SensitivitySpace;
  runsPerEvaluation: number;
  evaluations: number;
  /** Ranked, most influential first. Morris: muStar, mu, sigma; Sobol: s1, st (with intervals). */
  parameters: { name: string; min: number; max: number; over: 'range' | 'posterior'; muStar?: number; mu?: number; sigma?: number; s1?: number; s1Interval?: [number, number]; st?: number; stInterval?: [number, number] }[];
}
