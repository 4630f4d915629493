/** Each ally's chance of leaving alignment at some point, its drivers at the start, and an Explain button. */
import type { ResultsResponse } from '../api.js';
import { pct } from '../format.js';

export function AllyTable({ result, onExplain }: { result: ResultsResponse; onExplain: (iso3: string) => void }) {
  const last = result.months.length - 1;
  const rows = [...result.allies].sort((a, b) => (b.ever.hedging ?? 0) - (a.ever.hedging ?? 0) || a.name.localeCompare(b.name));
  return (
    <div className="table-scroll">
      <table className="data" data-testid="ally-table">
        <caption>Allies by the probability of hedging toward a rival at some point in a run ({result.runs.toLocaleString('en-US')} runs)</caption>
        <thead>
          <tr>
            <th scope="col">Ally</th><th scope="col" className="num">P(hedging)</th><th scope="col" className="num">P(bilateral)</th><th scope="col" className="num">P(regional)</th>
            <th scope="col" className="num">Credibility start → {result.months[last]}</th><th scope="col" className="num">Threat</th><th scope="col" className="num">Affinity to rival</th><th scope="col" className="num">Ballast</th><th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.iso3}>
              <th scope="row">{a.name} ({a.iso3})</th>
              <td className="num">{pct(a.ever.hedging)}</td><td className="num">{pct(a.ever.bilateral)}</td><td className="num">{pct(a.ever.regional)}</td>
              <td className="num">{a.drivers.credibility_start.toFixed(2)} → {a.credibility[last] === null || a.credibility[last] === undefined ? '–' : a.credibility[last]!.toFixed(2)}</td>
              <td className="num">{a.drivers.threat.toFixed(2)}</td><td className="num">{a.drivers.affinity >= 0 ? '+' : ''}{a.drivers.affinity.toFixed(2)}</td><td className="num">{a.drivers.ballast.toFixed(2)}</td>
              <td><button type="button" className="link" onClick={() => onExplain(a.iso3)} aria-label={`Explain ${a.name}'s stance`}>Explain</button></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
