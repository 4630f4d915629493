/**
 * Ballast as a library: everything the CLI, the API and the dashboard do is one call here.
 * Layers (docs/DESIGN.md §5 Architecture): data → model → scenario → engine → results → validation; analytics beside them.
 */
export * from './vocabulary.js';
export * from './data/index.js';
export * from './model/index.js';
export * from './engine/index.js';
export * from './scenario/index.js';
export * from './results/index.js';
export * from './analysis/index.js';
export { importRelease, IMPORT_KINDS, type ImportOptions, type ImportSummary } from './data/import/index.js';
export * from './validation/sensitivity/index.js';
