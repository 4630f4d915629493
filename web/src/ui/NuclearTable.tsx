/** Per ally, the probability of ending the run at or above each rung of the nuclear ladder. */
import type { ResultsResponse } from '../api.js';
import { pct } from '../format.js';

const RUNGS = ['exploring', 'programme', 'armed'] as const;

function Bar({ p }: { p: number }) {
  return <span className="bar-cell"><span className="bar" style={{ width: `${Math.max(1, p * 300)}px` }} aria-hidden="true" />{pct(p, 2)}</span>;
}

export function NuclearTable({ result }: { result: ResultsResponse }) {
  const candidates = result.allies.filter((a) => a.drivers.nuclear_start !== 'armed');
  const rows = candidates.filter((a) => RUNGS.some((r) => (a.nuclear[r] ?? 0) > 0))
    .sort((a, b) => (b.nuclear.exploring ?? 0) - (a.nuclear.exploring ?? 0) || a.name.localeCompare(b.name));
  const armed = result.allies.filter((a) => a.drivers.nuclear_start === 'armed').map((a) => a.iso3);
  return (
    <div data-testid="nuclear">
      {rows.length === 0 ? <p>No ally without weapons reached exploration in any run.</p> : (
        <table className="data">
          <caption>Probability of ending the run at or above each rung (allies armed at the start left out: {armed.join(', ') || 'none'})</caption>
          <thead><tr><th scope="col">Ally</th><th scope="col">Start</th>{RUNGS.map((r) => <th key={r} scope="col">P({r} or further)</th>)}</tr></thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.iso3}><th scope="row">{a.name} ({a.iso3})</th><td>{a.drivers.nuclear_start}</td>{RUNGS.map((r) => <td key={r}><Bar p={a.nuclear[r] ?? 0} /></td>)}</tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="small muted">{candidates.length - rows.length} other allies never explored nuclear weapons in any run.</p>
    </div>
  );
}
