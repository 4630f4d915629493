/** Comparison and analytics routes. */
import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { canonicalJson, scenarioHash } from '../../scenario/index.js';
import { compareScenarios } from '../../results/simulate.js';
import { RESULT_SCHEMA } from '../../results/assemble.js';
import { MODEL_VERSION } from '../../model/index.js';
import { SERVER_PARAMETERS } from '../jobs.js';
import { loadWorld, worldYears } from '../../data/index.js';
import { natoBurdenSharing, allianceNetwork, signedNetworkOfWorld, structuralBalance, regionalLandscape, searchLandscape, AnalysisError } from '../../analysis/index.js';
import { analyzeParams, analyzeQuery, compareQuery, type CompareResponse } from '../contract.js';
import { HttpError } from '../errors.js';
import { clientSignal } from '../client.js';
import { ensembleCost } from '../jobs.js';
import { BoundedMap } from '../bounded-map.js';
import type { ServerContext } from '../context.js';

/**
 * What an analysis costs in the queue's unit (run-months of the engine): the exhaustive landscape
 * search of Europe takes about as long as a 10,000-run ensemble of 48 months; the others are quick.
 */
const ANALYSIS_COST = { landscape: 500_000, other: 1_000 } as const;

/** Paired runs per comparison unless asked: enough for intervals of about ±2 points. */
const COMPARE_RUNS = 2000;

export const compareRoutes = (ctx: ServerContext): FastifyPluginAsyncZod => async (app) => {
  const scenarioOf = async (name: string) => {
    const s = await ctx.catalog.get(name);
    if (!s) throw new HttpError(404, 'unknown_scenario', `no scenario "${name}": GET /api/scenarios lists them`);
    if (!s.result.ok) throw new HttpError(500, 'invalid_stored_scenario', `the stored scenario "${name}" no longer validates`, s.result.issues);
    return s.result.value;
  };

  app.get('/api/compare', { schema: { tags: ['runs'], summary: 'two scenarios compared run by run (common random numbers)', querystring: compareQuery } }, async (req, reply): Promise<CompareResponse> => {
    const [a, b] = [await scenarioOf(req.query.a), await scenarioOf(req.query.b)];
    const runs = req.query.runs ?? COMPARE_RUNS, seed = req.query.seed ?? a.seed;
    // The result schema is part of the key: a stored comparison of another shape (before `theatres`) is never served.
    const hash = createHash('sha256').update(canonicalJson({ a: scenarioHash(a), b: scenarioHash(b), runs, seed, model: MODEL_VERSION, schema: RESULT_SCHEMA, data: loadWorld(a.world, { dataDir: ctx.dataDir }).dataVersion, parameters: SERVER_PARAMETERS })).digest('hex');
    const stored = await ctx.store.getCompare(hash);
    if (stored) { reply.header('x-ballast-cached', '1'); return JSON.parse(stored) as CompareResponse; }
    // In the one queue, shared by identical requests, stopped when every client asking for it has gone.
    return ctx.jobs.compute({ key: `compare:${hash}`, label: `compare ${req.query.a} with ${req.query.b}`, cost: 2 * ensembleCost(runs, Math.max(a.horizon_months, b.horizon_months)), signal: clientSignal(reply) }, async (signal, onProgress) => {
      const c = await compareScenarios(a, b, { runs, seed, workers: ctx.workers, dataDir: ctx.dataDir, signal, onProgress, parameters: SERVER_PARAMETERS });
      const out: CompareResponse = {
        a: { name: req.query.a, outcomes: c.a.outcomes, theatres: c.a.theatres, metrics: c.a.metrics },
        b: { name: req.query.b, outcomes: c.b.outcomes, theatres: c.b.theatres, metrics: c.b.metrics },
        months: c.a.months, runs: c.runs, seed: c.seed, differences: c.differences,
      };
      // A comparison that cannot be stored is still answered; the next request computes it again.
      try {
        await ctx.store.putCompare(hash, JSON.stringify(out));
        await ctx.store.prune(ctx.jobs.retention);
      } catch (err) {
        req.log.error({ err }, 'the store could not keep a comparison');
      }
      return out;
    });
  });

  // Analytics are pure functions of (model, year, region, data): answered from a bounded cache, and
  // computed in the queue (the exhaustive landscape search of Europe takes seconds of CPU).
  const analyses = new BoundedMap<string, unknown>(128);
  app.get('/api/analyze/:model', { schema: { tags: ['analysis'], summary: 'the field\'s analytic models for a year', params: analyzeParams, querystring: analyzeQuery } }, async (req, reply) => {
    const [first, last] = worldYears({ dataDir: ctx.dataDir });
    const year = req.query.year ?? Math.min(2016, last);
    if (year < first || year > last) throw new HttpError(400, 'year_out_of_coverage', `no world for ${year}: the data cover ${first}-${last}`);
    const w = loadWorld(year, { dataDir: ctx.dataDir });
    const model = req.params.model, region = req.query.region ?? 'europe';
    const key = `${model}:${year}:${model === 'landscape' ? region : ''}:${w.dataVersion}`;
    if (analyses.has(key)) return analyses.get(key);
    const unwrap = <T>(r: { ok: true; value: T } | { ok: false; issues: AnalysisError['issues'] }): T => { if (!r.ok) throw new AnalysisError(r.issues); return r.value; };
    const analyse = (): unknown => {
      switch (model) {
        case 'burden': return unwrap(natoBurdenSharing(w));
        case 'network': return unwrap(allianceNetwork(w));
        case 'balance': return structuralBalance(unwrap(signedNetworkOfWorld(w)));
        case 'landscape': {
          const problem = unwrap(regionalLandscape(w, region));
          return { region, year, actors: problem.problem.ids, excluded: problem.excluded, result: unwrap(searchLandscape(problem.problem)) };
        }
      }
    };
    const out = await ctx.jobs.compute({ key: `analyze:${key}`, label: `analyze ${model} ${year}`, cost: model === 'landscape' ? ANALYSIS_COST.landscape : ANALYSIS_COST.other, signal: clientSignal(reply) }, async () => analyse());
    analyses.set(key, out);
    return out;
  });
};
