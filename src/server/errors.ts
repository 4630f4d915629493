/**
 * Errors as JSON a person can act on: validation failures list every issue with its field,
 * data and scenario errors keep their locations, and nothing leaks a stack trace.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DataError } from '../data/index.js';
import { ScenarioError } from '../scenario/index.js';
import { AnalysisError } from '../analysis/index.js';
import { InputError } from '../engine/index.js';
import { storeFailureOf } from '../store/index.js';
import { QueueFullError, StoppingError, storeMessage } from './jobs.js';
import type { ApiError } from './contract.js';

export class HttpError extends Error {
  constructor(readonly statusCode: number, readonly code: string, message: string, readonly issues?: ApiError['issues'], readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => ({ code: 'invalid_request', path: `${err.validationContext ?? 'request'}${v.instancePath.replace(/\//g, '.')}`, message: v.message ?? 'invalid' }));
      return reply.code(400).send({ error: 'invalid_request', message: `the request is invalid: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues } satisfies ApiError);
    }
    if (err instanceof HttpError) {
      return reply.code(err.statusCode).headers(err.headers).send({ error: err.code, message: err.message, ...(err.issues ? { issues: err.issues } : {}) } satisfies ApiError);
    }
    if (err instanceof ScenarioError) {
      return reply.code(400).send({ error: 'invalid_scenario', message: err.message, issues: err.issues.map((i) => ({ code: i.code, path: i.path, line: i.line, column: i.column, message: i.message, fix: i.fix })) } satisfies ApiError);
    }
    if (err instanceof DataError) {
      return reply.code(400).send({ error: 'invalid_data', message: err.message, issues: err.issues.map((i) => ({ code: i.code, ...(i.field ? { path: i.field } : {}), message: i.message, fix: i.fix })) } satisfies ApiError);
    }
    if (err instanceof AnalysisError) {
      return reply.code(400).send({ error: 'invalid_analysis', message: err.message, issues: err.issues.map((i) => ({ code: i.code, path: i.path, message: i.message, fix: i.fix })) } satisfies ApiError);
    }
    if (err instanceof InputError) return reply.code(400).send({ error: 'invalid_input', message: err.message } satisfies ApiError);
    if (err instanceof QueueFullError) return reply.code(429).header('retry-after', String(err.retryAfterSeconds)).send({ error: 'queue_full', message: err.message } satisfies ApiError);
    if (err instanceof StoppingError) return reply.code(503).header('retry-after', '10').send({ error: 'stopping', message: err.message } satisfies ApiError);
    // The client went away while its computation waited or ran; nobody reads this answer.
    if ((err as Error).name === 'AbortError') return reply.code(503).send({ error: 'aborted', message: 'the request was abandoned before its work finished' } satisfies ApiError);
    // The store's state, not the request: full (507), read-only or unreachable (503).
    const failure = storeFailureOf(err);
    if (failure) {
      request.log.error({ err, store: failure }, 'store failure');
      return reply.code(failure === 'full' ? 507 : 503).send({ error: failure === 'full' ? 'store_full' : failure === 'read_only' ? 'store_read_only' : 'store_unavailable', message: storeMessage(err, 'the request could not be carried out') } satisfies ApiError);
    }
    // A path that tries to leave the static folder is simply not there (no hint that it exists).
    if (err.statusCode === 403 && request.method === 'GET') return reply.code(404).send({ error: 'not_found', message: `no such route or file: GET ${request.url.split('?')[0]}` } satisfies ApiError);
    if (err.statusCode === 413) return reply.code(413).send({ error: 'too_large', message: 'the request body is too large: scenarios up to 200 kB' } satisfies ApiError);
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return reply.code(err.statusCode).send({ error: 'bad_request', message: err.message } satisfies ApiError);
    request.log.error({ err }, 'internal error');
    return reply.code(500).send({ error: 'internal', message: `an internal error occurred; the server log has the details under request id ${request.id}`, requestId: request.id } satisfies ApiError);
  });
  app.setNotFoundHandler((request, reply) => reply.code(404).send({ error: 'not_found', message: `no such route or file: ${request.method} ${request.url.split('?')[0]}` } satisfies ApiError));
}
