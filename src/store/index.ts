/** The store's public API: scenarios, runs and results in SQLite or PostgreSQL. */
export { Store, RUN_STATUSES, FINISHED_STATUSES, DEFAULT_RETENTION, isFinished, storeFailureOf, type StoreOptions, type StoreKind, type RunRow, type RunStatus, type NewRun, type Retention, type StoreFailure } from './store.js';
export { MIGRATIONS } from './migrations.js';
