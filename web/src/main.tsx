/** The dashboard's shell: navigation, hash routing, and one page at a time. */
import { StrictMode, Suspense, lazy, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { parseRoute, type Route } from './route.js';
import { Loading } from './ui/Status.js';
import './styles.css';

const Home = lazy(() => import('./pages/Home.js'));
const World = lazy(() => import('./pages/World.js'));
const Scenarios = lazy(() => import('./pages/Scenarios.js'));
const Results = lazy(() => import('./pages/Results.js'));
const Compare = lazy(() => import('./pages/Compare.js'));
const Runs = lazy(() => import('./pages/Runs.js'));
const Network = lazy(() => import('./pages/Network.js'));
const Analytics = lazy(() => import('./pages/Analytics.js'));
const Validation = lazy(() => import('./pages/Validation.js'));

const NAV: { href: string; label: string; page: Route['page'] }[] = [
  { href: '#/', label: 'Home', page: 'home' },
  { href: '#/world', label: 'World', page: 'world' },
  { href: '#/scenarios', label: 'Scenarios', page: 'scenarios' },
  { href: '#/compare', label: 'Compare', page: 'compare' },
  { href: '#/runs', label: 'Runs', page: 'runs' },
  { href: '#/network', label: 'Network', page: 'network' },
  { href: '#/analytics', label: 'Analytics', page: 'analytics' },
  { href: '#/validation', label: 'Validation', page: 'validation' },
];

function page(route: Route) {
  switch (route.page) {
    case 'home': return <Home />;
    case 'world': return <World />;
    case 'scenarios': return <Scenarios name={route.name} />;
    case 'results': return <Results key={route.id} id={route.id} sensitivity={route.sensitivity} />;
    case 'compare': return <Compare a={route.a} b={route.b} runs={route.runs} />;
    case 'runs': return <Runs q={route.q} />;
    case 'network': return <Network />;
    case 'analytics': return <Analytics />;
    case 'validation': return <Validation />;
    case 'not-found': return <p>No page at <code>#/{route.path}</code>. <a href="#/">Go home</a>.</p>;
  }
}

function App() {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onHash = () => { setRoute(parseRoute(window.location.hash)); window.scrollTo(0, 0); };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const current = route.page === 'results' ? 'runs' : route.page;
  return (
    <>
      <a className="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>Skip to content</a>
      <header className="top">
        <a className="brand" href="#/">Ballast</a>
        <nav aria-label="Pages">
          <ul>{NAV.map((n) => <li key={n.href}><a href={n.href} aria-current={n.page === current ? 'page' : undefined}>{n.label}</a></li>)}</ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading what="the page" />}>{page(route)}</Suspense>
      </main>
      <footer className="bottom">
        Ballast models the U.S. alliance system from public data (SIPRI, NATO, Correlates of War, ATOP, troopdata, UN votes). Framing: F. Heisbourg, “The Future of the U.S. Alliance System”, <i>Foreign Affairs</i>, December 2016. API reference: <a href="/docs">/docs</a>.
      </footer>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
