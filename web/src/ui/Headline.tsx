/**
 * The result's headline (src/results/headline.ts, served by GET /api/runs/:id/headline): one
 * sentence against continuity, the outcome classes defined, and what the two intervals mean.
 * While continuity's ensemble is still running the sentence comes without the baseline, then is
 * fetched again when that run is done.
 */
import { useEffect, useState } from 'react';
import { api, FINISHED, type HeadlineResponse } from '../api.js';
import { useRun } from '../use-run.js';
import { ErrorNote } from './Status.js';

export function Headline({ id }: { id: string }) {
  const [data, setData] = useState<HeadlineResponse | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    api.headline(id).then((h) => { if (live) setData(h); }, (e: Error) => { if (live) setError(e); });
    return () => { live = false; };
  }, [id, attempt]);
  const baseline = useRun(data?.baseline_run ?? null);
  const baselineDone = baseline !== null && FINISHED.includes(baseline.status);
  // At most three tries: a baseline that keeps failing leaves the sentence without it.
  useEffect(() => { if (baselineDone) setAttempt((a) => Math.min(a + 1, 3)); }, [baselineDone]);
  if (error) return <ErrorNote error={error} />;
  const h = data?.headline;
  if (!h) return null;
  return (
    <div className="headline-block">
      <p className="headline" data-testid="headline">{h.sentence}</p>
      {baseline && !baselineDone && (
        <p className="small muted" data-testid="baseline-progress" role="status">
          Continuity, for comparison: {baseline.progress.done.toLocaleString('en-US')} of {baseline.progress.total.toLocaleString('en-US')} runs…
        </p>
      )}
      {h.baseline.kind === 'none' && !data?.baseline_run && <p className="small muted" data-testid="baseline-note">{capitalised(h.baseline.reason)}.</p>}
      <p className="small" data-testid="outcome-definitions">{h.definitions}</p>
      {h.intervals && <p className="small" data-testid="interval-note">{h.intervals}</p>}
    </div>
  );
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
