/**
 * The HTTP server: the API (fastify with zod schemas, OpenAPI at /docs) and the dashboard's
 * static files (web/dist). A thin layer: every route is one library call plus formatting.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { installErrorHandler } from './errors.js';
import { installTokenCheck } from './auth.js';
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
  readonly logger?: boolean;
}

export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: o.logger ?? false, bodyLimit: BODY_LIMIT }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
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
