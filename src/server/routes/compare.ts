/** Comparison and analytics routes. */
import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { validateScenario, canonicalJson, scenarioHash } from '../../scenario/index.js';
import { compareScenarios } from '../../results/simulate.js';
import { MODEL_VERSION } from '../../model/index.js';
import { loadWorld, worldYears } from '../../data/index.js';
import { natoBurdenSharing, allianceNetwork, signedNetworkOfWorld, structuralBalance, regionalLandscape, searchLandscape, AnalysisError } from '../../analysis/index.js';
import { analyzeParams, analyzeQuery, compareQuery, type CompareResponse } from '../contract.js';
import { HttpError } from '../errors.js';
import type { ServerContext } from '../context.js';

/** Paired runs per comparison unless asked: enough for intervals of about ±2 points. */
const COMPARE_RUNS = 2000;

export const compareRoutes = (ctx: ServerContext): FastifyPluginAsyncZod => async (app) => {
  const scenarioOf = async (name: string) => {
    const s = await ctx.store.getScenario(name);
    if (!s) throw new HttpError(404, 'unknown_scenario', `no scenario "${name}": GET /api/scenarios lists them`);
    const v = validateScenario(s.text, { file: `${name}.yaml`, dataDir: ctx.dataDir });
    if (!v.ok) throw new HttpError(500, 'invalid_stored_scenario', `the stored scenario "${name}" no longer validates`, v.issues);
    return v.value;
  };

  app.get('/api/compare', { schema: { tags: ['runs'], summary: 'two scenarios compared run by run (common random numbers)', querystring: compareQuery } }, async (req, reply): Promise<CompareResponse> => {
    const [a, b] = [await scenarioOf(req.query.a), await scenarioOf(req.query.b)];
    const runs = req.query.runs ?? COMPARE_RUNS, seed = req.query.seed ?? a.seed;
    const hash = createHash('sha256').update(canonicalJson({ a: scenarioHash(a), b: scenarioHash(b), runs, seed, model: MODEL_VERSION, data: loadWorld(a.world, { dataDir: ctx.dataDir }).dataVersion })).digest('hex');
    const stored = await ctx.store.getCompare(hash);
    if (stored) { reply.header('x-ballast-cached', '1'); return JSON.parse(stored) as CompareResponse; }
    const c = await compareScenarios(a, b, { runs, seed, workers: ctx.workers, dataDir: ctx.dataDir });
    const out: CompareResponse = {
      a: { name: req.query.a, outcomes: c.a.outcomes, metrics: c.a.metrics },
      b: { name: req.query.b, outcomes: c.b.outcomes, metrics: c.b.metrics },
      months: c.a.months, runs: c.runs, seed: c.seed, differences: c.differences,
    };
    await ctx.store.putCompare(hash, JSON.stringify(out));
    return out;
  });

  app.get('/api/analyze/:model', { schema: { tags: ['analysis'], summary: 'the field\'s analytic models for a year', params: analyzeParams, querystring: analyzeQuery } }, async (req) => {
    const [first, last] = worldYears({ dataDir: ctx.dataDir });
    const year = req.query.year ?? Math.min(2016, last);
    if (year < first || year > last) throw new HttpError(400, 'year_out_of_coverage', `no world for ${year}: the data cover ${first}-${last}`);
    const w = loadWorld(year, { dataDir: ctx.dataDir });
    const unwrap = <T>(r: { ok: true; value: T } | { ok: false; issues: AnalysisError['issues'] }): T => { if (!r.ok) throw new AnalysisError(r.issues); return r.value; };
    switch (req.params.model) {
      case 'burden': return unwrap(natoBurdenSharing(w));
      case 'network': return unwrap(allianceNetwork(w));
      case 'balance': return structuralBalance(unwrap(signedNetworkOfWorld(w)));
      case 'landscape': {
        const problem = unwrap(regionalLandscape(w, req.query.region ?? 'europe'));
        return { region: req.query.region ?? 'europe', year, actors: problem.problem.ids, excluded: problem.excluded, result: unwrap(searchLandscape(problem.problem)) };
      }
    }
  });
};
