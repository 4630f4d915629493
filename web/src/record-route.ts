/** Writes a view's state into the address (route.ts defines the routes; this is the browser's half). */
import { hrefOf, type Route } from './route.js';

/**
 * Records a view's state in the address without a new history entry or a page reload (the
 * hashchange that would scroll to the top is not fired by replaceState), so the URL reopens it.
 */
export function recordRoute(route: Route): void {
  const href = hrefOf(route);
  if (window.location.hash !== href) window.history.replaceState(null, '', href);
}
