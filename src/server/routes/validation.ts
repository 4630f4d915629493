/** Validation routes: a hindcast on the bundled data (cached per window and runs). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { hindcast, hindcastScenarioFile } from '../../validation/hindcast.js';
import { runParams, sensitivityQuery, validationQuery, type SensitivityResponse, type ValidationResponse } from '../contract.js';
import { DEFAULT_SENSITIVITY_PARAMETERS, posteriorParameters, sensitivity } from '../../validation/sensitivity/index.js';
import { HttpError } from '../errors.js';
import type { Scenario } from '../../scenario/index.js';
import type { ServerContext } from '../context.js';
import { BoundedMap } from '../bounded-map.js';
import { clientSignal } from '../client.js';
import { ensembleCost } from '../jobs.js';

/** Screening sizes for the dashboard: Morris 10 trajectories, Sobol' 64 base samples, 100 runs per evaluation (seconds, not minutes). */
const DASHBOARD_SENSITIVITY = { morris: 10, sobol: 64, runs: 100 } as const;

export const validationRoutes = (ctx: ServerContext): FastifyPluginAsyncZod => async (app) => {
  // Finished answers, kept in bounded caches; work in progress is shared through the queue.
  const hindcasts = new BoundedMap<string, ValidationResponse>(16);
  app.get('/api/validation', { schema: { tags: ['validation'], summary: 'a hindcast on the bundled data: forecasts against what happened, with scores and baselines', querystring: validationQuery } }, async (req, reply) => {
    const { train_until: trainUntil, from, to, runs } = req.query;
    const key = `${trainUntil}:${from}:${to}:${runs}`;
    const done = hindcasts.get(key);
    if (done) return done;
    const months = Math.max(12, (to - from + 1) * 12);
    const out = await ctx.jobs.compute({ key: `validation:${key}`, label: `hindcast ${from}-${to}`, cost: ensembleCost(runs, months), signal: clientSignal(reply) }, async (signal, onProgress) => {
      const h = await hindcast({ trainUntil, from, to, runs, workers: ctx.workers, dataDir: ctx.dataDir, abcSamples: 0, posterior: false, scenarioFile: hindcastScenarioFile(from, to, ctx.scenariosDir), signal, onProgress });
      return {
        trainUntil: h.trainUntil, window: h.window, scenario: h.scenario, runs: h.runs, seed: h.seed, scores: h.scores, rows: h.rows,
        twoPercent: h.twoPercent, checks: h.checks, calibration: { parameters: h.calibration.parameters, intervals: h.calibration.intervals },
      } satisfies ValidationResponse;
    });
    hindcasts.set(key, out);
    return out;
  });

  const screens = new BoundedMap<string, SensitivityResponse>(64);
  app.get('/api/runs/:id/sensitivity', { schema: { tags: ['validation'], summary: 'which parameters move the run\'s outcome most (Morris or Sobol\', over the registry ranges or the posterior)', params: runParams, querystring: sensitivityQuery } }, async (req, reply) => {
    const run = await ctx.store.getRun(req.params.id);
    if (!run) throw new HttpError(404, 'unknown_run', `no run ${req.params.id}: GET /api/runs lists the recent ones`);
    const { method, outcome, space } = req.query;
    const key = `${run.hash}:${method}:${outcome}:${space}`;
    const done = screens.get(key);
    if (done) return done;
    const scenario = JSON.parse(run.scenarioJson) as Scenario;
    const samples = DASHBOARD_SENSITIVITY[method];
    // Morris: r trajectories of k + 1 points; Sobol' (Saltelli): N (k + 2) evaluations.
    const k = space === 'posterior' ? posteriorParameters().length : DEFAULT_SENSITIVITY_PARAMETERS.length;
    const evaluations = method === 'morris' ? samples * (k + 1) : samples * (k + 2);
    const out = await ctx.jobs.compute({ key: `sensitivity:${key}`, label: `sensitivity of ${run.id}`, cost: evaluations * ensembleCost(DASHBOARD_SENSITIVITY.runs, scenario.horizon_months), signal: clientSignal(reply) }, async (signal, onProgress) => {
      const r = await sensitivity(scenario, { method, outcome, space, samples, runs: DASHBOARD_SENSITIVITY.runs, seed: run.seed, workers: ctx.workers, dataDir: ctx.dataDir, signal, onProgress });
      return {
        method: r.method, outcome: r.outcome, space: r.space, runsPerEvaluation: r.runsPerEvaluation, evaluations: r.evaluations,
        parameters: r.method === 'morris'
          ? r.ranking.map((x) => { const spec = r.parameters.find((q) => q.name === x.name)!; return { name: x.name, min: spec.min, max: spec.max, over: spec.over, muStar: x.muStar, mu: x.mu, sigma: x.sigma }; })
          : r.ranking.map((x) => { const spec = r.parameters.find((q) => q.name === x.name)!; return { name: x.name, min: spec.min, max: spec.max, over: spec.over, s1: x.s1, s1Interval: [x.s1Lo, x.s1Hi] as [number, number], st: x.st, stInterval: [x.stLo, x.stHi] as [number, number] }; }),
      } satisfies SensitivityResponse;
    });
    screens.set(key, out);
    return out;
  });
};
