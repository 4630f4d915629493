/** Run routes: submit (queued, or the stored result of the same ensemble), status, progress events, cancel, results and exports. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { validateScenario } from '../../scenario/index.js';
import { isFinished } from '../../store/index.js';
import { HTTP_VALIDATION } from '../catalog.js';
import { explainAlly } from '../../results/simulate.js';
import { resultFiles } from '../../results/export.js';
import type { EnsembleResult } from '../../results/assemble.js';
import type { RunRow } from '../../store/index.js';
import { csvQuery, explainQuery, runBody, runParams, runsQuery, type HeadlineResponse, type RunInfo } from '../contract.js';
import { headlineAgainstContinuity } from '../../results/headline.js';
import { briefingHtml } from '../../results/briefing.js';
import { loadWorld } from '../../data/index.js';
import { QueueFullError } from '../jobs.js';
import { CONTINUITY, type Scenario } from '../../scenario/index.js';
import { editedTitle } from '../../scenario/edits.js';
import { HttpError } from '../errors.js';
import type { ServerContext } from '../context.js';

/** Runs a list answers with, and the newest runs a search looks through (the store keeps 1,000 by default). */
const RUNS_LISTED = 50, RUNS_SEARCHED = 5000;

/** Server-sent event streams open at once, at most (each holds a connection for a run's length). */
export const MAX_EVENT_STREAMS = 256;

export function runInfo(r: RunRow): RunInfo {
  return {
    id: r.id, hash: r.hash, status: r.status, scenarioName: r.scenarioName, title: r.title, runs: r.runs, seed: r.seed,
    progress: { done: r.progressDone, total: r.progressTotal }, cached: r.cached, error: r.error,
    createdAt: r.createdAt, startedAt: r.startedAt, finishedAt: r.finishedAt,
  };
}

/** The shipped scenario every result is read against (src/results/headline.ts). */
const BASELINE_SCENARIO = CONTINUITY;

/**
 * Queues continuity's ensemble of the run's runs and seed (or joins it, or finds it stored): its run
 * row. With the scenario's horizon and parameters equal to continuity's it is the very ensemble a
 * client gets by running the "continuity" scenario with those runs and seed.
 */
function submitBaseline(ctx: ServerContext, baseline: Scenario, runs: number, seed: number) {
  return ctx.jobs.submit({ scenario: baseline, scenarioName: BASELINE_SCENARIO, text: `${JSON.stringify(baseline, null, 2)}\n`, runs, seed });
}

export const runRoutes = (ctx: ServerContext): FastifyPluginAsyncZod => async (app) => {
  const runOf = async (id: string) => {
    const r = await ctx.store.getRun(id);
    if (!r) throw new HttpError(404, 'unknown_run', `no run ${id}: GET /api/runs lists the recent ones (the oldest are deleted past the server's retention limit)`);
    return ctx.jobs.view(r);
  };
  const resultOf = async (id: string): Promise<{ run: RunRow; json: string }> => {
    const run = await runOf(id);
    if (run.status !== 'done') throw new HttpError(409, 'not_done', `run ${id} is ${run.status}${run.error ? ` (${run.error})` : ''}: results exist only for finished runs`);
    const json = await ctx.store.getResult(run.hash);
    if (!json) throw new HttpError(500, 'missing_result', `run ${id} is done but its result is missing`);
    return { run, json };
  };

  app.post('/api/runs', { schema: { tags: ['runs'], summary: 'run an ensemble of a scenario (by name or text)', body: runBody } }, async (req, reply) => {
    let text: string, name: string | null = null, v;
    if (req.body.scenario !== undefined) {
      const s = await ctx.catalog.get(req.body.scenario);
      if (!s) throw new HttpError(404, 'unknown_scenario', `no scenario "${req.body.scenario}": GET /api/scenarios lists them, or send its text as "text"`);
      text = s.text; name = s.name; v = s.result;
    } else {
      text = req.body.text!;
      v = validateScenario(text, { file: 'scenario.yaml', dataDir: ctx.dataDir, ...HTTP_VALIDATION });
    }
    let title: string | undefined;
    if (req.body.text !== undefined && v.ok) {
      // Titled by what changed against the scenario it was opened from (named, or the catalog's one of the same name).
      const named = req.body.base !== undefined ? await ctx.catalog.get(req.body.base) : null;
      if (req.body.base !== undefined && !named) throw new HttpError(404, 'unknown_scenario', `no scenario "${req.body.base}" to compare the edited text with: GET /api/scenarios lists them, or leave out "base"`);
      const edited = v.value;
      const base = named ?? (await ctx.catalog.list()).find((c) => c.result.ok && c.result.value.name === edited.name) ?? null;
      if (base?.result.ok) title = editedTitle(base.result.value, edited);
    }
    if (!v.ok) throw new HttpError(400, 'invalid_scenario', `the scenario has ${v.issues.length} error(s): ${v.issues.slice(0, 5).map((i) => `line ${i.line}:${i.column} ${i.message}`).join('; ')}${v.issues.length > 5 ? '; …' : ''}`, v.issues.map((i) => ({ code: i.code, path: i.path, line: i.line, column: i.column, message: i.message, fix: i.fix })));
    const row = await ctx.jobs.submit({ scenario: v.value, scenarioName: name, text, runs: req.body.runs ?? v.value.runs, seed: req.body.seed ?? v.value.seed, ...(title !== undefined ? { title } : {}) });
    reply.code(row.status === 'done' ? 200 : 202);
    return runInfo(row.status === 'done' ? { ...row, cached: true } : row);
  });

  app.get('/api/runs', { schema: { tags: ['runs'], summary: 'recent runs, or those whose title or scenario name contains q', querystring: runsQuery } }, async (req) => {
    const q = req.query.q?.trim().toLowerCase() ?? '';
    // The search reads the runs the store keeps (its retention bounds them), newest first, and answers the first 50 that match.
    const rows = q === '' ? await ctx.store.listRuns(RUNS_LISTED) : (await ctx.store.listRuns(RUNS_SEARCHED)).filter((r) => r.title.toLowerCase().includes(q) || (r.scenarioName ?? '').toLowerCase().includes(q)).slice(0, RUNS_LISTED);
    return rows.map((r) => runInfo(ctx.jobs.view(r)));
  });

  app.get('/api/runs/:id', { schema: { tags: ['runs'], summary: 'status and progress of a run', params: runParams } }, async (req) => runInfo(await runOf(req.params.id)));

  app.delete('/api/runs/:id', { schema: { tags: ['runs'], summary: 'cancel a run', params: runParams } }, async (req) => {
    const run = await runOf(req.params.id);
    if (!(await ctx.jobs.cancel(run.id))) throw new HttpError(409, 'not_running', `run ${run.id} is ${run.status}: only queued or running runs can be cancelled`);
    await ctx.jobs.settled(run.id);
    return runInfo(await runOf(run.id));
  });

  app.get('/api/runs/:id/events', { schema: { tags: ['runs'], summary: 'server-sent events: progress and status', params: runParams } }, async (req, reply) => {
    const run = await runOf(req.params.id);
    // Each stream holds a connection open for the length of a run: their number is bounded.
    if (!isFinished(run.status) && ctx.streams.size >= MAX_EVENT_STREAMS) {
      throw new HttpError(503, 'too_many_streams', `${MAX_EVENT_STREAMS} event streams are open; follow the run with GET /api/runs/${run.id} instead, or try again later`, undefined, { 'retry-after': '5' });
    }
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, { ...(reply.getHeaders() as Record<string, string>), 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' });
    const send = (event: string, data: unknown) => { if (!raw.writableEnded) raw.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`); };
    send('status', runInfo(run));
    if (isFinished(run.status)) { raw.end(); return; }
    const end = () => { off(); ctx.streams.delete(raw); if (!raw.writableEnded) raw.end(); };
    /** Sends the run's status as stored; ends the stream once the run has finished (or the store cannot say). */
    const report = async (last: boolean) => {
      try {
        const r = await ctx.store.getRun(run.id);
        if (r) send('status', runInfo(ctx.jobs.view(r)));
        if (!r || last || isFinished(ctx.jobs.view(r).status)) end();
      } catch (err) {
        // The store cannot be read: say so on the stream and end it; the run's state is logged by the queue.
        req.log.error({ err, run: run.id }, 'the event stream could not read the run');
        send('error', { error: 'store_unavailable', message: 'the store cannot be read; reload the run later' });
        end();
      }
    };
    ctx.streams.set(raw, () => report(true));
    const off = ctx.jobs.on(run.id, (kind, data) => {
      if (kind === 'progress') send('progress', data);
      else void report(false);
    });
    raw.on('close', () => { off(); ctx.streams.delete(raw); });
  });

  app.get('/api/runs/:id/results', { schema: { tags: ['runs'], summary: 'the result of a finished run (JSON)', params: runParams } }, async (req, reply) => {
    const { run, json } = await resultOf(req.params.id);
    reply.header('content-type', 'application/json; charset=utf-8');
    reply.header('content-disposition', `inline; filename="ballast-${run.id}.json"`);
    return reply.send(json);
  });

  /** A finished run's headline against continuity, and continuity's result when it is stored. */
  const headlineOf = async (run: RunRow, result: EnsembleResult): Promise<HeadlineResponse & { baseline: EnsembleResult | null }> => {
    const scenario = JSON.parse(run.scenarioJson) as Scenario;
    const c = await ctx.catalog.get(BASELINE_SCENARIO);
    const continuity = c?.result.ok ? c.result.value : { none: `no continuity baseline: the catalog has no valid "${BASELINE_SCENARIO}" scenario` };
    let baselineRun: RunInfo | null = null;
    // Continuity's ensemble is queued when the headline is first asked for (a submission alone never
    // takes two places in the queue); a full queue, or a run not done yet, leaves the sentence without it for now.
    const { headline: h, baseline } = await headlineAgainstContinuity(scenario, result, continuity, async (base) => {
      let row;
      try {
        row = await submitBaseline(ctx, base, run.runs, run.seed);
      } catch (err) {
        if (!(err instanceof QueueFullError)) throw err;
        return { none: `continuity's ensemble waits for room in the queue: ask again in about ${err.retryAfterSeconds} s` };
      }
      const json = row.status === 'done' ? await ctx.store.getResult(row.hash) : null;
      if (json) return JSON.parse(json) as EnsembleResult;
      baselineRun = runInfo(ctx.jobs.view(row));
      return { none: `continuity's ensemble (run ${row.id}) is not done yet (${row.status}): ask again when it is` };
    });
    return { headline: h, baseline_run: baselineRun, baseline };
  };

  app.get('/api/runs/:id/headline', { schema: { tags: ['runs'], summary: 'the answer in one sentence, against continuity, with the outcome classes defined', params: runParams } }, async (req): Promise<HeadlineResponse> => {
    const { run, json } = await resultOf(req.params.id);
    const { headline: h, baseline_run } = await headlineOf(run, JSON.parse(json) as EnsembleResult);
    return { headline: h, baseline_run };
  });

  app.get('/api/runs/:id/brief.html', { schema: { tags: ['runs'], summary: 'a briefing to send: one self-contained HTML file (docs/API.md, The briefing)', params: runParams } }, async (req, reply) => {
    const { run, json } = await resultOf(req.params.id);
    const result = JSON.parse(json) as EnsembleResult;
    const scenario = JSON.parse(run.scenarioJson) as Scenario;
    const { headline: h, baseline } = await headlineOf(run, result);
    const names = Object.fromEntries(loadWorld(scenario.world, { dataDir: ctx.dataDir }).states.map((s) => [s.iso3, s.name]));
    const file = run.scenarioName ? `scenarios/${run.scenarioName}.yaml` : 'scenario.yaml';
    const command = `ballast report ${file} --runs ${run.runs} --seed ${run.seed} --out brief.html`;
    const html = briefingHtml({
      scenario, result, headline: h, baseline, names, command,
      omitted: `The sensitivity ranking and the validation scores take a minute or more to compute, so the dashboard's briefing leaves them out. The command above writes the full briefing${run.scenarioName ? '' : ` (the scenario's text: GET /api/runs/${run.id}/scenario)`}.`,
    });
    reply.header('content-type', 'text/html; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="ballast-brief-${run.id}.html"`);
    return reply.send(html);
  });

  app.get('/api/runs/:id/results.csv', { schema: { tags: ['runs'], summary: 'a table of the result as CSV', params: runParams, querystring: csvQuery } }, async (req, reply) => {
    const { run, json } = await resultOf(req.params.id);
    const files = resultFiles(JSON.parse(json) as EnsembleResult);
    reply.header('content-type', 'text/csv; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="ballast-${run.id}-${req.query.table}.csv"`);
    return reply.send(files[`${req.query.table}.csv`]);
  });

  app.get('/api/runs/:id/scenario', { schema: { tags: ['runs'], summary: 'the scenario text of a run', params: runParams } }, async (req, reply) => {
    const run = await runOf(req.params.id);
    reply.header('content-type', 'text/yaml; charset=utf-8');
    reply.header('content-disposition', `attachment; filename="${run.scenarioName ?? 'scenario'}.yaml"`);
    return reply.send(run.scenarioText);
  });

  app.get('/api/runs/:id/explain', { schema: { tags: ['runs'], summary: 'why an ally takes its stance, in the run\'s median run', params: runParams, querystring: explainQuery } }, async (req) => {
    const { run, json } = await resultOf(req.params.id);
    const scenario = JSON.parse(run.scenarioJson);
    // The stored result says how its runs treated the parameters; its representative run is re-simulated the same way.
    const stored = JSON.parse(json) as EnsembleResult;
    return explainAlly(scenario, req.query.ally.toUpperCase(), { runs: run.runs, seed: run.seed, dataDir: ctx.dataDir, result: stored, parameters: stored.parameters?.mode ?? 'fixed', ...(req.query.month ? { month: req.query.month } : {}) });
  });
};
