/** Validation routes: a hindcast on the bundled data (cached per window and runs). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { hindcast, hindcastScenarioFile } from '../../validation/hindcast.js';
import { runParams, sensitivityQuery, validationQuery, type SensitivityResponse, type ValidationResponse } from '../contract.js';
import { sensitivity } from '../../validation/sensitivity/index.js';
import { HttpError } from '../errors.js';
import type { Scenario } from '../../scenario/index.js';

/** Screening sizes for the dashboard: Morris 10 trajectories, Sobol' 64 base samples, 100 runs per evaluation (seconds, not minutes). */
const DASHBOARD_SENSITIVITY = { morris: 10, sobol: 64, runs: 100 } as const;
import type { ServerContext } from '../context.js';

export const validationRoutes = (ctx: ServerContext): FastifyPluginAsyncZod => async (app) => {
  const cache = new Map<string, Promise<ValidationResponse>>();
  app.get('/api/validation', { schema: { tags: ['validation'], summary: 'a hindcast on the bundled data: forecasts against what happened, with scores and baselines', querystring: validationQuery } }, async (req) => {
    const { train_until: trainUntil, from, to, runs } = req.query;
    const key = `${trainUntil}:${from}:${to}:${runs}`;
    let p = cache.get(key);
    if (!p) {
      p = hindcast({ trainUntil, from, to, runs, workers: ctx.workers, dataDir: ctx.dataDir, abcSamples: 0, scenarioFile: hindcastScenarioFile(from, to, ctx.scenariosDir) }).then((h) => ({
        trainUntil: h.trainUntil, window: h.window, scenario: h.scenario, runs: h.runs, seed: h.seed, scores: h.scores, rows: h.rows,
        twoPercent: h.twoPercent, checks: h.checks, calibration: { parameters: h.calibration.parameters, intervals: h.calibration.intervals },
      }));
      p.catch(() => cache.delete(key));
      cache.set(key, p);
    }
    return p;
  });

  const screened = new Map<string, Promise<SensitivityResponse>>();
  app.get('/api/runs/:id/sensitivity', { schema: { tags: ['validation'], summary: 'which parameters move the run\'s outcome most (Morris or Sobol\', over the registry ranges)', params: runParams, querystring: sensitivityQuery } }, async (req) => {
    const run = await ctx.store.getRun(req.params.id);
    if (!run) throw new HttpError(404, 'unknown_run', `no run ${req.params.id}: GET /api/runs lists the recent ones`);
    const { method, outcome } = req.query;
    const key = `${run.hash}:${method}:${outcome}`;
    let p = screened.get(key);
    if (!p) {
      const scenario = JSON.parse(run.scenarioJson) as Scenario;
      p = sensitivity(scenario, { method, outcome, samples: DASHBOARD_SENSITIVITY[method], runs: DASHBOARD_SENSITIVITY.runs, seed: run.seed, workers: ctx.workers, dataDir: ctx.dataDir }).then((r) => ({
        method: r.method, outcome: r.outcome, runsPerEvaluation: r.runsPerEvaluation, evaluations: r.evaluations,
        parameters: r.method === 'morris'
          ? r.ranking.map((x) => { const spec = r.parameters.find((q) => q.name === x.name)!; return { name: x.name, min: spec.min, max: spec.max, muStar: x.muStar, mu: x.mu, sigma: x.sigma }; })
          : r.ranking.map((x) => { const spec = r.parameters.find((q) => q.name === x.name)!; return { name: x.name, min: spec.min, max: spec.max, s1: x.s1, s1Interval: [x.s1Lo, x.s1Hi] as [number, number], st: x.st, stInterval: [x.stLo, x.stHi] as [number, number] }; }),
      }));
      p.catch(() => screened.delete(key));
      screened.set(key, p);
    }
    return p;
  });
};
