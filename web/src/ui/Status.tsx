/** Loading and error states, announced to screen readers. */
import { ApiRequestError } from '../api.js';

export function Loading({ what }: { what: string }) {
  return <p className="loading" role="status"><span className="spinner" aria-hidden="true" /> Loading {what}…</p>;
}

export function ErrorNote({ error }: { error: Error }) {
  const issues = error instanceof ApiRequestError ? error.issues : [];
  return (
    <div className="error" role="alert">
      <p>{error.message}</p>
      {issues.length > 0 && (
        <ul>{issues.map((i, k) => <li key={k}>{i.line !== undefined ? `line ${i.line}: ` : ''}{i.message}{i.fix ? ` — ${i.fix}` : ''}</li>)}</ul>
      )}
    </div>
  );
}
