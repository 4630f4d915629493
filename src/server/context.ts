/** What every route needs: the store, the jobs, the scenario catalog, the data and scenario folders, the open event streams. */
import type { ServerResponse } from 'node:http';
import type { Store } from '../store/index.js';
import type { ScenarioCatalog } from './catalog.js';
import type { JobManager } from './jobs.js';

export interface ServerContext {
  readonly store: Store;
  readonly jobs: JobManager;
  readonly catalog: ScenarioCatalog;
  readonly dataDir: string;
  readonly scenariosDir: string;
  readonly version: string;
  readonly workers: number;
  /** Server-sent event streams still open, each with the function that sends its run's last status and ends it (shutdown calls them). */
  readonly streams: Map<ServerResponse, () => Promise<void>>;
}
