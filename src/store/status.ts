/**
 * A run's status, defined once: the store, the API contract and the dashboard derive from it (this
 * module imports nothing, so the dashboard's bundle can use it). `interrupted`: the server stopped
 * (SIGTERM, or a crash found at the next start) before the run finished; submitting it again runs it.
 */
export const RUN_STATUSES = ['queued', 'running', 'done', 'failed', 'cancelled', 'interrupted'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
/** The statuses a run never leaves. */
export const FINISHED_STATUSES: readonly RunStatus[] = ['done', 'failed', 'cancelled', 'interrupted'];
export const isFinished = (s: RunStatus): boolean => FINISHED_STATUSES.includes(s);
