/** The server's public API. */
export { buildApp, BODY_LIMIT, type AppOptions } from './app.js';
export { createServer, startServer, type ServeOptions, type RunningServer } from './serve.js';
export { JobManager, ensembleHash, QueueFullError } from './jobs.js';
export type * from './contract.js';
