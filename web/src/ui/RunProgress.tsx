/** A run's progress (runs done of the total) with a Cancel button while it runs. */
import { useState } from 'react';
import { api, type RunInfo } from '../api.js';

export function RunProgress({ info }: { info: RunInfo }) {
  const [cancelling, setCancelling] = useState(false);
  const { done, total } = info.progress;
  const running = info.status === 'queued' || info.status === 'running';
  const share = total > 0 ? done / total : 0;
  return (
    <div className="panel" aria-live="polite">
      <div className="row" style={{ alignItems: 'center' }}>
        <span id={`run-label-${info.id}`}>{info.title}: {statusText(info)}</span>
        <div className="progress" role="progressbar" aria-labelledby={`run-label-${info.id}`} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}
          aria-valuetext={`${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} runs`} data-testid="run-progress">
          <div style={{ width: `${(share * 100).toFixed(1)}%` }} />
        </div>
        <span className="small">{done.toLocaleString('en-US')} / {total.toLocaleString('en-US')} runs</span>
        {running && (
          <button type="button" className="secondary" disabled={cancelling} onClick={() => { setCancelling(true); api.cancelRun(info.id).catch(() => setCancelling(false)); }}>
            {cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        )}
      </div>
      {info.error && <p className="error" role="alert">{info.error}</p>}
    </div>
  );
}

function statusText(info: RunInfo): string {
  switch (info.status) {
    case 'queued': return 'waiting in the queue';
    case 'running': return `running (seed ${info.seed})`;
    case 'done': return info.cached ? 'stored result found' : 'done';
    case 'failed': return 'failed';
    case 'cancelled': return 'cancelled';
    case 'interrupted': return 'interrupted (the server stopped)';
  }
}
