/**
 * Each ally's chance of taking each stance other than aligned at some point (sorted by the
 * chance of accommodating its theatre's rival), its drivers at the start, and an Explain button.
 * A stance the ally's theatre does not offer reads '–', never 0%.
 */
import type { ResultsResponse } from '../api.js';
import { pct } from '../format.js';
import { isTheatre, NON_ALIGNED_STANCES, offers, RIVAL_NAME, STANCE_LABEL, STANCE_SHORT, THEATRE_LABEL, THEATRES_OF_STANCE } from '../labels.js';

type Ally = ResultsResponse['allies'][number];

const theatreOf = (a: Ally) => (isTheatre(a.drivers.theatre) ? THEATRE_LABEL[a.drivers.theatre] : a.drivers.theatre ?? '–');
const rivalOf = (a: Ally) => RIVAL_NAME[a.drivers.rival as keyof typeof RIVAL_NAME] ?? a.drivers.rival ?? 'rival';

export function AllyTable({ result, onExplain }: { result: ResultsResponse; onExplain: (iso3: string) => void }) {
  const last = result.months.length - 1;
  const rows = [...result.allies].sort((a, b) => (b.ever.accommodation ?? 0) - (a.ever.accommodation ?? 0) || a.name.localeCompare(b.name));
  return (
    <div className="table-scroll">
      <table className="data" data-testid="ally-table">
        <caption>Allies by the probability of accommodating their theatre's rival (Russia in Europe, China in the Asia-Pacific) at some point in a run ({result.runs.toLocaleString('en-US')} runs); – where the ally's theatre does not offer the stance</caption>
        <thead>
          <tr>
            <th scope="col">Ally</th><th scope="col">Theatre</th>
            {NON_ALIGNED_STANCES.map((s) => <th key={s} scope="col" className="num" title={STANCE_LABEL[s]}>P({STANCE_SHORT[s]})</th>)}
            <th scope="col" className="num" title="credibility">Credibility start → {result.months[last]}<span className="col-meaning">0–1: how far the ally believes the U.S. would defend it (mean over runs)</span></th>
            <th scope="col" className="num" title="threat">Threat<span className="col-meaning">the rivals' power near the ally, against the allies' average (1 = average)</span></th>
            <th scope="col" className="num" title="affinity">Affinity to rival<span className="col-meaning">UN-vote agreement with the rival minus with the U.S. (−1 to 1)</span></th>
            <th scope="col" className="num" title="ballast">Ballast<span className="col-meaning">0–1: U.S. troops, bases and integrated command holding the ally in</span></th>
            <th scope="col">Why<span className="col-meaning">the terms behind its choices, in one run</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.iso3} data-iso3={a.iso3}>
              <th scope="row">{a.name} ({a.iso3})</th>
              <td>{theatreOf(a)}</td>
              {NON_ALIGNED_STANCES.map((s) => (s in a.ever && offers(a.drivers.theatre, s)
                ? <td key={s} className="num" data-stance={s}>{pct(a.ever[s])}</td>
                : <td key={s} className="num muted" data-stance={s} title={`not offered in ${theatreOf(a)} (${THEATRES_OF_STANCE[s].map((h) => THEATRE_LABEL[h]).join(', ')} only)`}>–</td>))}
              <td className="num">{a.drivers.credibility_start.toFixed(2)} → {a.credibility[last] === null || a.credibility[last] === undefined ? '–' : a.credibility[last]!.toFixed(2)}</td>
              <td className="num">{a.drivers.threat.toFixed(2)}</td><td className="num">{a.drivers.affinity >= 0 ? '+' : ''}{a.drivers.affinity.toFixed(2)} ({rivalOf(a)})</td><td className="num">{a.drivers.ballast.toFixed(2)}</td>
              <td><button type="button" className="link" onClick={() => onExplain(a.iso3)} aria-label={`Explain ${a.name}'s stance`}>Explain</button></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
