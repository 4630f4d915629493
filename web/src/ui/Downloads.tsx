/** The result as files: JSON, each CSV table, and the scenario text that produced it. */
import { CSV_TABLES, downloads } from '../api.js';

export function Downloads({ id }: { id: string }) {
  return (
    <ul className="row" style={{ listStyle: 'none', padding: 0 }} data-testid="downloads">
      <li><a className="button" href={downloads.brief(id)} download={`ballast-brief-${id}.html`}>Briefing (HTML)</a></li>
      <li><a className="button secondary" href={downloads.results(id)} download={`ballast-${id}.json`}>Result (JSON)</a></li>
      {CSV_TABLES.map((t) => <li key={t}><a className="button secondary" href={downloads.csv(id, t)} download={`ballast-${id}-${t}.csv`}>{t} (CSV)</a></li>)}
      <li><a className="button secondary" href={downloads.scenario(id)} download={`ballast-${id}.yaml`}>Scenario (YAML)</a></li>
    </ul>
  );
}
