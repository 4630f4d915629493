/** The shipped and saved scenarios, each with its question, source and patron, and a link to open it. */
import type { ScenarioSummary } from '../api.js';
import { hrefOf } from '../route.js';

export function ScenarioList({ scenarios, current }: { scenarios: readonly ScenarioSummary[]; current: string | null }) {
  return (
    <ul className="scenario-list" data-testid="scenario-list">
      {scenarios.map((s) => (
        <li key={s.name} className={s.name === current ? 'current' : undefined}>
          <h3>{s.title}</h3>
          {s.description && <p className="small" style={{ margin: '0.2rem 0' }}>{s.description}</p>}
          <p className="small muted" style={{ margin: '0.2rem 0' }}>
            {s.horizonMonths} months from {s.start} · {s.events} event{s.events === 1 ? '' : 's'} · guarantee {s.patron.guarantee}, rhetoric {s.patron.rhetoric}, doctrine {s.patron.doctrine}
            {s.shipped ? '' : ' · saved'}
          </p>
          {s.source && <p className="source">Source: {s.source}</p>}
          <a href={hrefOf({ page: 'scenarios', name: s.name })} aria-current={s.name === current ? 'true' : undefined} aria-label={`Open ${s.title} in the editor`}>
            {s.name === current ? 'In the editor' : 'Open in the editor'}
          </a>
        </li>
      ))}
    </ul>
  );
}
