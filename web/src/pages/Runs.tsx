/** Runs: the ensembles the server keeps, newest first, searchable by title or scenario; each opens its result. */
import { useEffect, useState } from 'react';
import { api, type RunInfo } from '../api.js';
import { recordRoute } from '../record-route.js';
import { hrefOf } from '../route.js';
import { ErrorNote, Loading } from '../ui/Status.js';
import { useRequest } from '../use-request.js';

const SEARCH_DELAY_MS = 250;

/** "3 Dec 2026, 06:41" in the reader's time zone. */
const when = (iso: string | null) => (iso === null ? '–' : new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }));

export default function Runs({ q = null }: { q?: string | null }) {
  const [text, setText] = useState(q ?? '');
  const [query, setQuery] = useState(q ?? '');
  useEffect(() => { document.title = 'Runs — Ballast'; }, []);
  useEffect(() => {
    const t = setTimeout(() => { setQuery(text.trim()); recordRoute({ page: 'runs', q: text.trim() || null }); }, SEARCH_DELAY_MS);
    return () => clearTimeout(t);
  }, [text]);
  const runs = useRequest(() => api.runs(query || undefined), [query]);
  return (
    <>
      <h1>Runs</h1>
      <p className="small">
        Every ensemble the server has run or is running, newest first (it keeps the latest 1,000). Each result keeps its
        address: open one, and share the link to reopen it. An edited scenario is titled by what changed.
      </p>
      <form className="row panel" role="search" onSubmit={(e) => { e.preventDefault(); setQuery(text.trim()); }}>
        <label>
          Search by title or scenario
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="e.g. worst case, edited, continuity" data-testid="runs-search" />
        </label>
      </form>
      {runs.error && <ErrorNote error={runs.error} />}
      {runs.loading && !runs.data && <Loading what="the runs" />}
      {runs.loading && runs.data && <p className="small muted" role="status">Searching…</p>}
      {runs.data && (runs.data.length === 0
        ? <p className="small muted" data-testid="runs-empty">{query ? `No run matches “${query}”.` : 'No run yet: open a scenario and press Run.'}</p>
        : <RunTable runs={runs.data} />)}
    </>
  );
}

function RunTable({ runs }: { runs: readonly RunInfo[] }) {
  return (
    <div className="table-scroll">
      <table className="data" data-testid="runs-table">
        <caption>{runs.length} run{runs.length === 1 ? '' : 's'}, newest first</caption>
        <thead>
          <tr><th scope="col">Title</th><th scope="col">Scenario</th><th scope="col">Status</th><th scope="col" className="num">Runs</th><th scope="col" className="num">Seed</th><th scope="col">Started</th></tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr key={r.id} data-run={r.id}>
              <th scope="row"><a href={hrefOf({ page: 'results', id: r.id })}>{r.title}</a></th>
              <td>{r.scenarioName ?? 'edited text'}</td>
              <td>{r.status}{r.status === 'running' ? ` (${Math.round((100 * r.progress.done) / Math.max(1, r.progress.total))}%)` : ''}</td>
              <td className="num">{r.runs.toLocaleString('en-US')}</td>
              <td className="num">{r.seed}</td>
              <td>{when(r.startedAt ?? r.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
