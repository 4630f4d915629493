/**
 * Typed calls to the Ballast HTTP API (docs/API.md). The types come from the server's
 * contract (type-only imports: no server code reaches the browser).
 */
import type {
  ApiError, CompareResponse, ExplainResponse, HeadlineResponse, Health, NetworkResponse, ResultsResponse, RunInfo, RunStatus,
  ScenarioDetail, ScenarioSummary, SensitivityResponse, ValidateResponse, ValidationResponse, WorldResponse,
} from '../../src/server/contract.js';
import { FINISHED_STATUSES } from '../../src/store/status.js';

export type { ApiError, CompareResponse, ExplainResponse, HeadlineResponse, Health, NetworkResponse, ResultsResponse, RunInfo, RunStatus, ScenarioDetail, ScenarioSummary, SensitivityResponse, ValidateResponse, ValidationResponse, WorldResponse };

/** A failed request: the server's message and issues, and Retry-After (seconds) on 429. */
export class ApiRequestError extends Error {
  constructor(readonly status: number, message: string, readonly issues: NonNullable<ApiError['issues']> = [], readonly retryAfter: number | null = null) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

async function request<T>(path: string, init: RequestInit = {}, accept: (status: number) => boolean = (s) => s < 300): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}), ...init.headers } });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiRequestError(0, `the Ballast server did not answer (${(e as Error).message}); is it running? (npm start)`);
  }
  const body: unknown = (res.headers.get('content-type') ?? '').includes('json') ? await res.json() : await res.text();
  if (accept(res.status)) return body as T;
  const err = (typeof body === 'object' && body !== null ? body : {}) as Partial<ApiError>;
  const retry = res.headers.get('retry-after');
  throw new ApiRequestError(res.status, err.message ?? `${res.status} ${res.statusText} from ${path}`, err.issues ?? [], retry === null ? null : Number(retry));
}

const q = (params: Record<string, string | number | undefined>) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) s.set(k, String(v));
  const t = s.toString();
  return t === '' ? '' : `?${t}`;
};

export const api = {
  health: () => request<Health>('/api/health'),
  world: (year?: number) => request<WorldResponse>(`/api/world${q({ year })}`),
  network: (year?: number) => request<NetworkResponse>(`/api/network${q({ year })}`),
  scenarios: () => request<ScenarioSummary[]>('/api/scenarios'),
  scenario: (name: string) => request<ScenarioDetail>(`/api/scenarios/${encodeURIComponent(name)}`),
  /** Validation answers 400 with the issues: that is a result here, not a failure. */
  validate: (text: string) => request<ValidateResponse>('/api/scenarios/validate', { method: 'POST', body: JSON.stringify({ text }) }, (s) => s < 300 || s === 400),
  startRun: (body: { scenario?: string; text?: string; base?: string; runs?: number; seed?: number }) => request<RunInfo>('/api/runs', { method: 'POST', body: JSON.stringify(body) }),
  runs: (q?: string) => request<RunInfo[]>(`/api/runs${q ? `?q=${encodeURIComponent(q)}` : ''}`),
  run: (id: string) => request<RunInfo>(`/api/runs/${encodeURIComponent(id)}`),
  cancelRun: (id: string) => request<RunInfo>(`/api/runs/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  results: (id: string) => request<ResultsResponse>(`/api/runs/${encodeURIComponent(id)}/results`),
  headline: (id: string) => request<HeadlineResponse>(`/api/runs/${encodeURIComponent(id)}/headline`),
  explain: (id: string, ally: string, month?: string) => request<ExplainResponse>(`/api/runs/${encodeURIComponent(id)}/explain${q({ ally, month })}`),
  compare: (a: string, b: string, runs?: number, signal?: AbortSignal) => request<CompareResponse>(`/api/compare${q({ a, b, runs })}`, signal ? { signal } : {}),
  /** A hindcast on the bundled data: a few seconds the first time (it runs an ensemble), then cached by the server. */
  validation: (params: { trainUntil?: number; from?: number; to?: number; runs?: number } = {}) =>
    request<ValidationResponse>(`/api/validation${q({ train_until: params.trainUntil, from: params.from, to: params.to, runs: params.runs })}`),
  /** Which parameters move a finished run's outcome: 10–30 s (many small ensembles). */
  sensitivity: (id: string, method: SensitivityResponse['method'], outcome: SensitivityResponse['outcome'], space: SensitivityResponse['space'] = 'ranges') =>
    request<SensitivityResponse>(`/api/runs/${encodeURIComponent(id)}/sensitivity${q({ method, outcome, space })}`),
  analyze: <T>(model: 'burden' | 'network' | 'balance' | 'landscape', params: { year?: number; region?: 'europe' | 'asia' }) => request<T>(`/api/analyze/${model}${q(params)}`),
};

/** Download links: the browser fetches these itself. */
export const downloads = {
  results: (id: string) => `/api/runs/${encodeURIComponent(id)}/results`,
  brief: (id: string) => `/api/runs/${encodeURIComponent(id)}/brief.html`,
  csv: (id: string, table: string) => `/api/runs/${encodeURIComponent(id)}/results.csv${q({ table })}`,
  scenario: (id: string) => `/api/runs/${encodeURIComponent(id)}/scenario`,
};

export const CSV_TABLES = ['outcomes', 'metrics', 'allies', 'spending', 'nuclear', 'chains', 'runs'] as const;

export const FINISHED: readonly RunStatus[] = FINISHED_STATUSES;

/** How long to wait for the server to end the event stream after the last status (ms). */
const STREAM_END_GRACE_MS = 2000;

/**
 * Follows a run's server-sent events: `progress` {done, total} and `status` RunInfo. Returns
 * a function that closes the stream. The final status (done, failed, cancelled) is reported
 * once the server has ended the stream, so that closing it never aborts a live request (which
 * the browser would log as a failed request).
 */
export function followRun(id: string, handlers: { progress: (done: number, total: number) => void; status: (info: RunInfo) => void; lost: () => void }): () => void {
  const source = new EventSource(`/api/runs/${encodeURIComponent(id)}/events`);
  let final: RunInfo | null = null;
  let grace: ReturnType<typeof setTimeout> | null = null;
  let over = false;
  const finish = () => {
    if (over) return;
    over = true;
    if (grace !== null) clearTimeout(grace);
    source.close();
    if (final) handlers.status(final);
  };
  source.addEventListener('progress', (e) => {
    const d = JSON.parse(String((e as MessageEvent).data)) as { done: number; total: number };
    handlers.progress(d.done, d.total);
  });
  source.addEventListener('status', (e) => {
    const info = JSON.parse(String((e as MessageEvent).data)) as RunInfo;
    if (!FINISHED.includes(info.status)) { handlers.status(info); return; }
    final = info;
    grace = setTimeout(finish, STREAM_END_GRACE_MS);
  });
  // The stream's end arrives as an error (EventSource would reconnect): stop there.
  source.onerror = () => {
    if (final) { finish(); return; }
    source.close();
    if (!over) { over = true; handlers.lost(); }
  };
  return () => { over = true; if (grace !== null) clearTimeout(grace); source.close(); };
}
