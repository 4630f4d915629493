/** The shipped and saved scenarios, each with its question, source and patron, and a link to open it. */
import type { ScenarioSummary } from '../api.js';
import { hrefOf } from '../route.js';
import { monthLabel } from '../format.js';

/** "; later: guarantee conditional (Mar 2018, 50%)": the events that change the policy after the start month. */
function laterChanges(s: ScenarioSummary): string {
  const later = s.levers.flatMap((l) => l.changes.filter((c) => !c.atStart)
    .map((c) => `${l.lever.replace('_', ' ')} ${l.lever === 'spending_threshold' ? `${Number(c.value) * 100}% of GDP` : c.value} (${c.at ? monthLabel(c.at) : c.window ? `${monthLabel(c.window[0])}–${monthLabel(c.window[1])}` : ''}${c.probability < 1 ? `, ${Math.round(c.probability * 100)}%` : ''})`));
  return later.length > 0 ? `; later: ${later.join(', ')}` : '';
}

export function ScenarioList({ scenarios, current }: { scenarios: readonly ScenarioSummary[]; current: string | null }) {
  return (
    <ul className="scenario-list" data-testid="scenario-list">
      {scenarios.map((s) => (
        <li key={s.name} className={s.name === current ? 'current' : undefined}>
          <h3>{s.title}</h3>
          {s.description && <p className="small" style={{ margin: '0.2rem 0' }}>{s.description}</p>}
          <p className="small muted" style={{ margin: '0.2rem 0' }}>
            {s.horizonMonths} months from {monthLabel(s.start)} · {s.events} event{s.events === 1 ? '' : 's'}{s.shipped ? '' : ' · saved'}
          </p>
          <p className="small" style={{ margin: '0.2rem 0' }} data-testid="scenario-policy">
            Policy from {monthLabel(s.start)}: guarantee {s.policy.guarantee}, rhetoric {s.policy.rhetoric}, doctrine {s.policy.doctrine}
            {laterChanges(s)}
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
