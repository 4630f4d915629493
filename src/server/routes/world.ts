/** World data routes: health, the World of a year, one state, the alliance network, the registry. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { findState, loadWorld, readWorld, worldYears, TIE_BITS, type World } from '../../data/index.js';
import { MODEL_VERSION, PARAMETERS } from '../../model/index.js';
import { stateParams, yearQuery, type Health, type NetworkBloc, type NetworkEdgeKind, type NetworkResponse, type WorldResponse } from '../contract.js';
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

/**
 * Names of the multilateral defence pacts the network can draw as blocs, by ATOP alliance id
 * (ATOP v4.01 codebook, Leeds et al. 2002: the alliance-level file gives dates and members, not names).
 */
const BLOC_NAMES: Readonly<Record<number, string>> = {
  3180: 'NATO (North Atlantic Treaty, 1949)',
  4175: 'European Union (Treaty on European Union, 1992; mutual assistance, Art. 42(7))',
  4220: 'Collective Security Treaty (Tashkent, 1992)',
  4400: 'CIS Charter (1993)',
};
/** A multilateral pact is drawn as a bloc when at least this many of the roster's states belong to it. */
const BLOC_MIN_MEMBERS = 3;

/** The alliance network of a year: states, defence ties by kind, and the multilateral pacts as blocs. */
export function networkOf(world: World): NetworkResponse {
  const n = world.states.length, ties = world.pairs.ties;
  const yearEnd = `${world.year}-12-31`;
  // Signed into NATO by ATOP but not yet a member by the dated memberships (Montenegro in 2016).
  const pending = (s: World['states'][number]) => !s.roles.natoMember && s.alliances.natoAtopEntry !== null && s.alliances.natoAtopEntry <= yearEnd;
  const edges: NetworkResponse['edges'] = [];
  if (ties) {
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) {
      if (((ties[a * n + b]! | ties[b * n + a]!) & TIE_BITS.defense) === 0) continue;
      const A = world.states[a]!, B = world.states[b]!;
      const kind: NetworkEdgeKind = A.roles.natoMember && B.roles.natoMember ? 'nato'
        : (A.roles.natoMember && pending(B)) || (B.roles.natoMember && pending(A)) ? 'nato_accession'
          : A.roles.patron || B.roles.patron ? 'us_bilateral' : 'other_defence';
      edges.push({ a: A.iso3, b: B.iso3, kind });
    }
  }
  const roster = new Set(world.states.map((s) => s.iso3));
  const blocs: NetworkBloc[] = [{
    atopid: 3180, name: BLOC_NAMES[3180]!,
    members: world.states.filter((s) => s.roles.natoMember).map((s) => s.iso3).sort(),
    pending: world.states.filter(pending).map((s) => s.iso3).sort(),
    memberCount: world.states.filter((s) => s.roles.natoMember).length,
  }];
  const seen = new Set<number>([3180]);
  for (const s of world.states) for (const pact of s.alliances.otherPacts ?? []) {
    if (seen.has(pact.atopid) || pact.bilateral || !pact.types.includes('defense')) continue;
    const members = pact.members.filter((m) => roster.has(m));
    if (members.length < BLOC_MIN_MEMBERS) continue;
    seen.add(pact.atopid);
    blocs.push({ atopid: pact.atopid, name: BLOC_NAMES[pact.atopid] ?? `ATOP alliance ${pact.atopid}`, members, pending: [], memberCount: pact.members.length });
  }
  return {
    year: world.year,
    nodes: world.states.map((s) => ({ iso3: s.iso3, name: s.name, cinc: s.capabilities.cinc, ally: s.roles.ally, nato: s.roles.natoMember, patron: s.roles.patron, rival: s.roles.rival, grayZone: s.roles.grayZone, theatre: s.theatre })),
    edges,
    blocs: blocs.sort((x, y) => x.atopid - y.atopid),
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
