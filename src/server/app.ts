/**
 * The HTTP server: the API (fastify with zod schemas, OpenAPI at /docs) and the dashboard's
 * static files (web/dist). A thin layer: every route is one library call plus formatting.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { installErrorHandler } from './errors.js';
import { installTokenCheck } from './auth.js';
import { installBrowserHardening } from './hardening.js';
import { worldRoutes } from './routes/world.js';
import { scenarioRoutes } from './routes/scenarios.js';
import { runRoutes } from './routes/runs.js';
import { compareRoutes } from './routes/compare.js';
import { validationRoutes } from './routes/validation.js';
import type { ServerContext } from './context.js';

/** Request bodies up to 256 kB: a scenario is a few kB; 200 kB is the schema's limit. */
export const BODY_LIMIT = 256 * 1024;

export interface AppOptions {
  readonly context: ServerContext;
  /** Required when the server listens on a non-loopback address. */
  readonly token?: string | undefined;
  /** The built dashboard (web/dist); absent: the API alone. */
  readonly webDir?: string | undefined;
  /** Logging (pino through fastify): off, on at `info` to stdout, or a level and a stream (tests). */
  readonly logger?: LogOptions;
  /**
   * Answer only requests whose Host is a loopback name (DNS-rebinding guard, for a server on
   * loopback); `port()` gives the bound port once listening (null: any port, e.g. app.inject).
   */
  readonly loopbackHosts?: { port(): number | null } | undefined;
}

export type LogOptions = boolean | { level?: string; stream?: Writable };

/** Never in a log line: credentials in headers, cookies, or the ?token= of a dashboard link. */
export const REDACTED_PATHS = ['req.headers.authorization', 'req.headers.cookie', 'req.headers["set-cookie"]', 'req.query.token', 'res.headers["set-cookie"]', 'token'];

/** A URL as it may be logged: the value of a `token` parameter replaced. */
export function redactUrl(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/gi, '$1[redacted]');
}

function loggerConfig(o: LogOptions | undefined): false | Record<string, unknown> {
  if (!o) return false;
  const { level = process.env.BALLAST_LOG_LEVEL ?? 'info', stream } = o === true ? {} : o;
  return {
    level,
    ...(stream ? { stream } : {}),
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      // Only these fields of a request are logged: never its headers or body.
      req: (r: FastifyRequest) => ({ method: r.method, url: redactUrl(r.url), remoteAddress: r.ip }),
    },
  };
}

export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerConfig(o.logger),
    bodyLimit: BODY_LIMIT,
    // Every request has an id: in the log, in the x-request-id header, and in a 500's body.
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    // One line per request (below) instead of fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
  }).withTypeProvider<ZodTypeProvider>();
  app.addHook('onResponse', async (request, reply) => {
    request.log.info({ req: request, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request completed');
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installBrowserHardening(app, o.loopbackHosts);
  if (o.token !== undefined) installTokenCheck(app, o.token);
  await app.register(fastifySwagger, {
    openapi: { info: { title: 'Ballast API', version: o.context.version, description: 'The U.S. alliance system as data, and ensembles of the essay\'s scenarios. See docs/API.md.' } },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  await app.register(worldRoutes(o.context));
  await app.register(scenarioRoutes(o.context));
  await app.register(runRoutes(o.context));
  await app.register(compareRoutes(o.context));
  await app.register(validationRoutes(o.context));
  if (o.webDir && existsSync(o.webDir)) {
    // @fastify/static resolves paths inside root and refuses to leave it (../ gives 404).
    await app.register(fastifyStatic, { root: resolve(o.webDir), prefix: '/', index: ['index.html'], wildcard: true });
  }
  return app;
}
