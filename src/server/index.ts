/** The server's public API. */
export { buildApp, BODY_LIMIT, type AppOptions } from './app.js';
export { createServer, startServer, retentionFromEnv, type ServeOptions, type RunningServer } from './serve.js';
export { JobManager, ensembleHash, ensembleCost, QueueFullError, StoppingError } from './jobs.js';
export { MAX_RUNS, HTTP_VALIDATION, ScenarioCatalog } from './catalog.js';
export { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './hardening.js';
export type * from './contract.js';
