/** World data routes: health, the World of a year, one state, the alliance network, the registry. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { findState, loadWorld, readWorld, worldYears, TIE_BITS, type World } from '../../data/index.js';
import { MODEL_VERSION, PARAMETERS } from '../../model/index.js';
import { stateParams, yearQuery, type Health, type NetworkResponse, type WorldResponse } from '../contract.js';
import { HttpError } from '../errors.js';
import type { ServerContext } from '../context.js';
import { BoundedMap } from '../bounded-map.js';

function worldOf(ctx: ServerContext, year: number | undefined): World {
  const [first, last] = worldYears({ dataDir: ctx.dataDir });
  const y = year ?? Math.min(2016, last);
  const r = readWorld(y, { dataDir: ctx.dataDir });
  if (!r.ok) throw new HttpError(400, 'year_out_of_coverage', `no world for ${y}: the data cover ${first}-${last}; choose a year in that range`);
  return r.value;
}

export function networkOf(world: World): NetworkResponse {
  const n = world.states.length, ties = world.pairs.ties;
  const edges: NetworkResponse['edges'] = [];
  if (ties) {
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) {
      if (((ties[a * n + b]! | ties[b * n + a]!) & TIE_BITS.defense) === 0) continue;
      const A = world.states[a]!, B = world.states[b]!;
      const kind = A.roles.natoMember && B.roles.natoMember ? 'nato' : A.roles.patron || B.roles.patron ? 'us_bilateral' : 'other_defence';
      edges.push({ a: A.iso3, b: B.iso3, kind });
    }
  }
  return {
    year: world.year,
    nodes: world.states.map((s) => ({ iso3: s.iso3, name: s.name, cinc: s.capabilities.cinc, ally: s.roles.ally, nato: s.roles.natoMember, patron: s.roles.patron, rival: s.roles.rival, grayZone: s.roles.grayZone, theatre: s.theatre })),
    edges,
  };
}

export const worldRoutes = (ctx: ServerContext): FastifyPluginAsyncZod => async (app) => {
  app.get('/api/health', { schema: { tags: ['world'], summary: 'versions and coverage' } }, async (): Promise<Health> => {
    const w = loadWorld(worldYears({ dataDir: ctx.dataDir })[0], { dataDir: ctx.dataDir });
    return { ok: true, version: ctx.version, dataVersion: w.dataVersion, modelVersion: MODEL_VERSION, store: ctx.store.kind, years: worldYears({ dataDir: ctx.dataDir }) };
  });

  // Worlds are immutable: their JSON is built once per year and data version.
  const worldJson = new BoundedMap<string, string>(64);
  app.get('/api/world', { schema: { tags: ['world'], summary: 'every state of a year', querystring: yearQuery } }, async (req, reply) => {
    const w = worldOf(ctx, req.query.year);
    const key = `${w.year}:${w.dataVersion}`;
    let json = worldJson.get(key);
    if (json === undefined) {
      const body: WorldResponse = { year: w.year, dataVersion: w.dataVersion, years: worldYears({ dataDir: ctx.dataDir }), coverage: { ...w.coverage } as WorldResponse['coverage'], states: [...w.states] };
      json = JSON.stringify(body);
      worldJson.set(key, json);
    }
    return reply.header('content-type', 'application/json; charset=utf-8').send(json);
  });

  app.get('/api/states/:code', { schema: { tags: ['world'], summary: 'one state of a year', params: stateParams, querystring: yearQuery } }, async (req) => {
    const w = worldOf(ctx, req.query.year);
    const s = findState(w, req.params.code);
    if (!s) throw new HttpError(404, 'unknown_state', `no state "${req.params.code}" in the ${w.year} world: use an ISO3 code (POL), a COW number (290), iso:616 or a name; states: ${w.pairs.codes.join(' ')}`);
    return s;
  });

  app.get('/api/network', { schema: { tags: ['world'], summary: 'the alliance network of a year', querystring: yearQuery } }, async (req) => networkOf(worldOf(ctx, req.query.year)));

  app.get('/api/parameters', { schema: { tags: ['model'], summary: 'the parameter registry' } }, async () => PARAMETERS);
};
