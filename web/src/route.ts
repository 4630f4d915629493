/** Hash routes (#/world, #/results/<id>): static serving needs no rewrites. */

export type Route =
  | { page: 'home' }
  | { page: 'world' }
  | { page: 'scenarios'; name: string | null }
  | { page: 'results'; id: string }
  | { page: 'compare' }
  | { page: 'network' }
  | { page: 'analytics' }
  | { page: 'validation' }
  | { page: 'not-found'; path: string };

/** Parses location.hash ("#/results/abc") into a route; unknown paths are 'not-found'. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '') || '/';
  const parts = path.split('/').filter((p) => p !== '').map(decodeURIComponent);
  const [head, arg] = parts;
  if (head === undefined) return { page: 'home' };
  if (parts.length === 1 && (head === 'world' || head === 'compare' || head === 'network' || head === 'analytics' || head === 'validation')) return { page: head };
  if (head === 'scenarios' && parts.length <= 2) return { page: 'scenarios', name: arg ?? null };
  if (head === 'results' && arg !== undefined && parts.length === 2) return { page: 'results', id: arg };
  return { page: 'not-found', path };
}

/** The hash of a route, the inverse of parseRoute. */
export function hrefOf(route: Route): string {
  switch (route.page) {
    case 'home': return '#/';
    case 'scenarios': return route.name ? `#/scenarios/${encodeURIComponent(route.name)}` : '#/scenarios';
    case 'results': return `#/results/${encodeURIComponent(route.id)}`;
    case 'not-found': return `#/${route.path}`;
    default: return `#/${route.page}`;
  }
}
