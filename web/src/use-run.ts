/**
 * Follows a run until it finishes: server-sent events first; if the stream drops, the run's
 * status once a second instead.
 */
import { useEffect, useState } from 'react';
import { FINISHED, api, followRun, type RunInfo } from './api.js';

const POLL_MS = 1000;

export function useRun(initial: RunInfo | null): RunInfo | null {
  const [info, setInfo] = useState<RunInfo | null>(initial);
  const id = initial?.id ?? null;
  useEffect(() => { setInfo(initial); }, [initial]);
  useEffect(() => {
    if (id === null || (initial && FINISHED.includes(initial.status))) return;
    let timer: ReturnType<typeof setInterval> | null = null;
    const poll = () => {
      api.run(id).then((r) => {
        setInfo(r);
        if (FINISHED.includes(r.status) && timer !== null) { clearInterval(timer); timer = null; }
      }, () => undefined);
    };
    const close = followRun(id, {
      progress: (done, total) => setInfo((i) => (i ? { ...i, status: i.status === 'queued' ? 'running' : i.status, progress: { done, total } } : i)),
      // A status can carry an older count than the last progress event: never let the bar run backwards.
      status: (r) => setInfo((i) => (i && i.id === r.id && i.progress.done > r.progress.done ? { ...r, progress: i.progress } : r)),
      lost: () => { if (timer === null) timer = setInterval(poll, POLL_MS); poll(); },
    });
    return () => { close(); if (timer !== null) clearInterval(timer); };
  }, [id, initial]);
  return info;
}
