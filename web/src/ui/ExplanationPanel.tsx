/** Why an ally stood where it did: the utility terms of its last review and the signals that moved its credibility. */
import { useEffect, useRef } from 'react';
import { api } from '../api.js';
import { monthLabel, pct, words } from '../format.js';
import { isStance, offers, STANCE_LABEL } from '../labels.js';
import { useRequest } from '../use-request.js';
import { evidenceInWords } from '../../../src/results/words.js';
import { ErrorNote, Loading } from './Status.js';

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;
const stanceName = (s: string) => (isStance(s) ? STANCE_LABEL[s] : s);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `theatre`: the ally's theatre, so that the ensemble's line names only the stances it offers. */
/** `names`: states by ISO3, so the evidence reads "Romania is probed", not "probe ROU" (the code stays in the tooltip). */
export function ExplanationPanel({ id, ally, theatre, month, months, names = {}, onMonth, onClose }: { id: string; ally: string; theatre?: string | undefined; month: string; months: readonly string[]; names?: Readonly<Record<string, string>>; onMonth: (m: string) => void; onClose: () => void }) {
  const name = (iso3: string) => names[iso3] ?? iso3;
  const x = useRequest(() => api.explain(id, ally, month), [id, ally, month]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => { heading.current?.focus(); }, [ally]);
  const e = x.data;
  const terms = e?.review ? Object.keys(e.review.stances[0]?.terms ?? {}) : [];
  return (
    <section className="panel" aria-labelledby="explain-title" data-testid="explanation">
      <div className="row" style={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <h3 id="explain-title" ref={heading} tabIndex={-1} style={{ margin: 0 }}>Why {e?.name ?? ally} stood where it did</h3>
        <label className="inline">Month
          <select value={month} onChange={(ev) => onMonth(ev.target.value)}>{months.map((m) => <option key={m} value={m}>{monthLabel(m)}</option>)}</select>
        </label>
        <button type="button" className="secondary" onClick={onClose}>Close</button>
      </div>
      {x.error && <ErrorNote error={x.error} />}
      {x.loading && <Loading what="the explanation (the run is traced again)" />}
      {e && (
        <>
          <p>
            Across the ensemble in {monthLabel(e.month)}: {Object.entries(e.ensemble).filter(([s]) => offers(theatre, s)).map(([s, p]) => `${stanceName(s)} ${pct(p)}`).join(', ')}.
            In the representative run (run {e.run}), credibility went from {e.credibility.start.toFixed(2)} at the start to {Number.isFinite(e.credibility.at) ? e.credibility.at.toFixed(2) : '–'}.
          </p>
          {e.review ? (
            <table className="data">
              <caption>Last stance review at or before the month: {monthLabel(e.review.monthLabel)} (credibility {e.review.credibility.toFixed(2)}, threat {e.review.threat.toFixed(2)}); chose <strong>{stanceName(e.review.chosen)}</strong>. Utility terms, summed into the utility; the logit turns utilities into probabilities.</caption>
              <thead><tr><th scope="col">Stance</th>{terms.map((t) => <th key={t} scope="col" className="num">{words(t)}</th>)}<th scope="col" className="num">utility</th><th scope="col" className="num">probability</th></tr></thead>
              <tbody>
                {e.review.stances.map((s) => (
                  <tr key={s.stance} className={s.stance === e.review!.chosen ? 'selected' : undefined}>
                    <th scope="row">{stanceName(s.stance)}</th>{terms.map((t) => <td key={t} className="num">{signed(s.terms[t] ?? 0)}</td>)}
                    <td className="num">{signed(s.utility)}</td><td className="num">{pct(s.probability)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : <p>No stance review happened by this month in the representative run.</p>}
          {e.signals.length > 0 && (
            <table className="data" style={{ marginTop: '0.6rem' }}>
              <caption>Evidence that moved its credibility up to the month, by source (weight for: commitments honoured; against: broken)</caption>
              <thead><tr><th scope="col">Source</th><th scope="col" className="num">signals</th><th scope="col" className="num">weight for</th><th scope="col" className="num">weight against</th></tr></thead>
              <tbody>{e.signals.map((s) => <tr key={s.source}><th scope="row" title={s.source}>{capital(evidenceInWords(s.source, name))}</th><td className="num">{s.count}</td><td className="num">{s.honouredWeight.toFixed(2)}</td><td className="num">{s.brokenWeight.toFixed(2)}</td></tr>)}</tbody>
            </table>
          )}
          <p className="source">Source: Ballast model {`(docs/MODEL.md §6.4 credibility, §6.6 stance choice)`}; the representative run is the ensemble's median run, re-run with a trace.</p>
        </>
      )}
    </section>
  );
}
