/** The store's public API: scenarios, runs and results in SQLite or PostgreSQL. */
export { Store, type StoreOptions, type StoreKind, type RunRow, type RunStatus, type NewRun } from './store.js';
export { MIGRATIONS } from './migrations.js';
