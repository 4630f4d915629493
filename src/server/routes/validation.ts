/** Validation routes: a hindcast on the bundled data (cached per window and runs). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { hindcast, hindcastScenarioFile } from '../../validation/hindcast.js';
import { validationQuery, type ValidationResponse } from '../contract.js';
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
};
