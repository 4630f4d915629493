/** Allies in each stance at the horizon, for the system and each theatre, beside the weighted cohesion. */
import type { ResultsResponse } from '../api.js';
import { STANCES } from '../../../src/vocabulary.js';
import { STANCE_LABEL, STANCE_SHORT, THEATRES_OF_STANCE, THEATRE_LABEL } from '../labels.js';
import { bandText, stanceCountRows } from '../stance-counts.js';

export function StanceCounts({ result }: { result: ResultsResponse }) {
  const rows = stanceCountRows(result);
  if (rows.length === 0) return <p>This result has no stance counts.</p>;
  return (
    <div className="table-scroll">
      <table className="data" data-testid="stance-counts">
        <caption>Allies in each stance at the horizon: the plain count (median [90% band] across runs), beside cohesion, which weights each ally by its military expenditure and by how much its stance counts</caption>
        <thead>
          <tr>
            <th scope="col">Scope</th><th scope="col" className="num">Allies</th><th scope="col" className="num">Cohesion</th>
            {STANCES.map((s) => <th key={s} scope="col" className="num" title={STANCE_LABEL[s]}>{STANCE_SHORT[s]}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.scope} data-scope={r.scope}>
              <th scope="row">{r.label}</th>
              <td className="num">{r.allies === null ? '–' : r.allies.toFixed(0)}</td>
              <td className="num">{bandText(r.cohesion, 2)}</td>
              {STANCES.map((s) => {
                const c = r.counts[s];
                return c === null
                  ? <td key={s} className="num muted" title={`${r.label} does not offer this stance (${THEATRES_OF_STANCE[s].map((h) => THEATRE_LABEL[h]).join(', ')} only)`}>–</td>
                  : <td key={s} className="num">{bandText(c, 0)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
