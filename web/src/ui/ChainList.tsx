/** The most frequent first events of the runs that ended in each outcome. */
import type { ResultsResponse } from '../api.js';
import { pct } from '../format.js';
import { outcomeColour } from '../../../src/results/palette.js';
import { chainInWords } from '../../../src/results/words.js';

/** `names`: a state's name by ISO3 (the World's); the chain's code names stay in each line's tooltip. */
export function ChainList({ result, names }: { result: ResultsResponse; names: Readonly<Record<string, string>> }) {
  const name = (iso3: string) => names[iso3] ?? result.allies.find((a) => a.iso3 === iso3)?.name ?? iso3;
  return (
    <div className="chains grid2" data-testid="chains">
      {result.outcomes.map((o) => {
        const chains = result.chains[o.outcome] ?? [];
        return (
          <section key={o.outcome}>
            <h3><span className="swatch" style={{ background: outcomeColour(o.outcome) }} />{o.outcome} <span className="muted small">({o.count.toLocaleString('en-US')} runs)</span></h3>
            {chains.length === 0 ? <p className="small muted">No run ended here.</p> : (
              <ol>
                {chains.map((c, i) => (
                  <li key={i}>
                    <span className="chain" title={c.chain.length === 0 ? undefined : c.chain.join(' → ')}>{chainInWords(c.chain, name)}</span>{' '}
                    <span className="small muted">{pct(c.share)} of these runs ({c.count})</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
