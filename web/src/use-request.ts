/** Loads data for a component: the latest request wins, an unmounted component ignores late answers. */
import { useEffect, useState } from 'react';

export interface RequestState<T> { data: T | null; error: Error | null; loading: boolean }

export function useRequest<T>(load: (() => Promise<T>) | null, deps: readonly unknown[]): RequestState<T> {
  const [state, setState] = useState<RequestState<T>>({ data: null, error: null, loading: load !== null });
  useEffect(() => {
    if (load === null) { setState({ data: null, error: null, loading: false }); return; }
    let live = true;
    setState((s) => ({ data: s.data, error: null, loading: true }));
    load().then(
      (data) => { if (live) setState({ data, error: null, loading: false }); },
      (error: Error) => { if (live) setState({ data: null, error, loading: false }); },
    );
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names the inputs
  }, deps);
  return state;
}
