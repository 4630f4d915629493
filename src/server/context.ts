/** What every route needs: the store, the jobs, the data folder, the scenario folder. */
import type { Store } from '../store/index.js';
import type { JobManager } from './jobs.js';

export interface ServerContext {
  readonly store: Store;
  readonly jobs: JobManager;
  readonly dataDir: string;
  readonly scenariosDir: string;
  readonly version: string;
  readonly workers: number;
}
