/**
 * Hash routes (#/world, #/results/<id>): static serving needs no rewrites. A view's state that
 * makes it what it is travels in the hash's query (#/compare?a=…&b=…&runs=…,
 * #/results/<id>?sensitivity=morris&outcome=p_holds&space=posterior, #/runs?q=…), so its URL
 * reopens it: the server answers the same request from its store.
 */

/** A sensitivity analysis shown on a result (the panel's choices). */
export interface SensitivityView { method: string; outcome: string; space: string }

export type Route =
  | { page: 'home' }
  | { page: 'world' }
  | { page: 'scenarios'; name: string | null }
  | { page: 'results'; id: string; sensitivity?: SensitivityView | null }
  | { page: 'compare'; a?: string | null; b?: string | null; runs?: number | null }
  | { page: 'runs'; q?: string | null }
  | { page: 'network' }
  | { page: 'analytics' }
  | { page: 'validation' }
  | { page: 'not-found'; path: string };

const NAME = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Parses location.hash ("#/results/abc") into a route; unknown paths are 'not-found'. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const path = (q < 0 ? raw : raw.slice(0, q)).replace(/\/+$/, '') || '/';
  const query = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const parts = path.split('/').filter((p) => p !== '').map(decodeURIComponent);
  const [head, arg] = parts;
  if (head === undefined) return { page: 'home' };
  if (parts.length === 1 && (head === 'world' || head === 'network' || head === 'analytics' || head === 'validation')) return { page: head };
  if (parts.length === 1 && head === 'compare') {
    const name = (k: string) => { const v = query.get(k); return v !== null && NAME.test(v) ? v : null; };
    const runs = Number(query.get('runs'));
    return { page: 'compare', a: name('a'), b: name('b'), runs: Number.isInteger(runs) && runs > 0 ? runs : null };
  }
  if (parts.length === 1 && head === 'runs') return { page: 'runs', q: query.get('q') || null };
  if (head === 'scenarios' && parts.length <= 2) return { page: 'scenarios', name: arg ?? null };
  if (head === 'results' && arg !== undefined && parts.length === 2) {
    const method = query.get('sensitivity');
    return { page: 'results', id: arg, sensitivity: method ? { method, outcome: query.get('outcome') ?? 'p_holds', space: query.get('space') ?? 'ranges' } : null };
  }
  return { page: 'not-found', path };
}

const withQuery = (path: string, params: Record<string, string | number | null>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `${path}?${s}` : path;
};

/** The hash of a route, the inverse of parseRoute. */
export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'home': return '#/';
    case 'scenarios': return route.name ? `#/scenarios/${encodeURIComponent(route.name)}` : '#/scenarios';
    case 'results': return withQuery(`#/results/${encodeURIComponent(route.id)}`, route.sensitivity ? { sensitivity: route.sensitivity.method, outcome: route.sensitivity.outcome, space: route.sensitivity.space } : {});
    case 'compare': return withQuery('#/compare', { a: route.a ?? null, b: route.b ?? null, runs: route.runs ?? null });
    case 'runs': return withQuery('#/runs', { q: route.q ?? null });
    case 'not-found': return `#/${route.path}`;
    default: return `#/${route.page}`;
  }
}

