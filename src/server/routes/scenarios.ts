/** Scenario routes: the shipped and saved set, one scenario with its text, validation with line and column. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { parseSource, scenarioJsonSchema, validateScenario, type Scenario } from '../../scenario/index.js';
import { policyTimeline, type PolicyLever } from '../../scenario/policy.js';
import { HTTP_VALIDATION } from '../catalog.js';
import { scenarioParams, validateBody, type ScenarioDetail, type ScenarioSummary, type ValidateResponse } from '../contract.js';
import { HttpError } from '../errors.js';
import type { ServerContext } from '../context.js';

/** A scenario's card: its question, timing and policy; with its text, the line of each policy event. */
export function summaryOf(s: Scenario, text?: string): Omit<ScenarioSummary, 'name' | 'shipped'> {
  const timeline = policyTimeline(s);
  const source = text === undefined ? null : parseSource(text);
  const lineOf = (event: number) => (source ? source.locate(['events', event]).line : null);
  const after = Object.fromEntries(timeline.map((t) => [t.lever, t.afterStart])) as Record<PolicyLever, string | number>;
  return {
    title: s.name, description: s.description ?? null, source: s.source ?? null, start: s.start, horizonMonths: s.horizon_months,
    runs: s.runs, seed: s.seed, events: s.events.length, patron: { ...s.patron },
    policy: { guarantee: String(after.guarantee), rhetoric: String(after.rhetoric), doctrine: String(after.doctrine), spending_threshold: Number(after.spending_threshold) },
    levers: timeline.map((t) => ({ ...t, changes: t.changes.map((c) => ({ ...c, line: lineOf(c.event) })) })),
  };
}

export const scenarioRoutes = (ctx: ServerContext): FastifyPluginAsyncZod => async (app) => {
  app.get('/api/scenarios', { schema: { tags: ['scenarios'], summary: 'the shipped and saved scenarios' } }, async (): Promise<ScenarioSummary[]> => {
    const out: ScenarioSummary[] = [];
    for (const s of await ctx.catalog.list()) if (s.result.ok) out.push({ name: s.name, shipped: s.shipped, ...summaryOf(s.result.value, s.text) });
    return out;
  });

  app.get('/api/scenario-schema', { schema: { tags: ['scenarios'], summary: 'the scenario format as JSON Schema' } }, async () => scenarioJsonSchema());

  app.get('/api/scenarios/:name', { schema: { tags: ['scenarios'], summary: 'one scenario with its text', params: scenarioParams } }, async (req): Promise<ScenarioDetail> => {
    const s = await ctx.catalog.get(req.params.name);
    if (!s) throw new HttpError(404, 'unknown_scenario', `no scenario "${req.params.name}": GET /api/scenarios lists them`);
    if (!s.result.ok) throw new HttpError(500, 'invalid_stored_scenario', `the stored scenario "${s.name}" no longer validates`, s.result.issues);
    return { name: s.name, shipped: s.shipped, text: s.text, ...summaryOf(s.result.value, s.text) };
  });

  // The check itself succeeds even when the scenario does not: 200 with ok: false and the issues
  // (a 400 here would be an error of the request, and browsers log it as one).
  app.post('/api/scenarios/validate', { schema: { tags: ['scenarios'], summary: 'validate a scenario text (YAML or JSON): ok, or its issues with line and column', body: validateBody } }, async (req): Promise<ValidateResponse> => {
    // Request text is never cached: it is validated as it comes, and never reads a file.
    const v = validateScenario(req.body.text, { file: 'scenario.yaml', dataDir: ctx.dataDir, ...HTTP_VALIDATION });
    if (v.ok) return { ok: true, summary: summaryOf(v.value, req.body.text) };
    return { ok: false, issues: v.issues.map((i) => ({ code: i.code, path: i.path, line: i.line, column: i.column, message: i.message, fix: i.fix })) };
  });
};
