/** Compare: two scenarios run by run with common random numbers, side by side, and their differences. */
import { useEffect, useRef, useState } from 'react';
import { api, type CompareResponse } from '../api.js';
import { CompareCohesion } from '../charts/CompareCohesion.js';
import { differenceGroups, differenceRows } from '../differences.js';
import { monthLabel } from '../format.js';
import { COHESION_SCOPES } from '../charts/CompareCohesion.js';
import { ChartFrame } from '../ui/ChartFrame.js';
import { OutcomeGroups } from '../ui/OutcomeGroups.js';
import { ErrorNote, Loading } from '../ui/Status.js';
import { WhatIsThis } from '../ui/WhatIsThis.js';
import { useRequest } from '../use-request.js';
import { recordRoute } from '../record-route.js';

/** The comparison shown when the address names none. */
const DEFAULT = { a: 'efp-countermanded', b: 'continuity', runs: 2000 } as const;

/** `a`, `b`, `runs`: the comparison the address names (#/compare?a=…&b=…&runs=…): it runs at once, from the server's store when it has it. */
export default function Compare(props: { a?: string | null; b?: string | null; runs?: number | null }) {
  const list = useRequest(() => api.scenarios(), []);
  const named = Boolean(props.a && props.b);
  const [a, setA] = useState<string>(props.a ?? DEFAULT.a);
  const [b, setB] = useState<string>(props.b ?? DEFAULT.b);
  const [runs, setRuns] = useState<number>(props.runs ?? DEFAULT.runs);
  const [cohesion, setCohesion] = useState<string>(COHESION_SCOPES[0]!.metric);
  const [state, setState] = useState<{ loading: boolean; error: Error | null; data: CompareResponse | null }>({ loading: false, error: null, data: null });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => { document.title = 'Compare — Ballast'; return () => controller.current?.abort(); }, []);
  // A shared link starts its comparison without a click (the list must be there to name the sides).
  useEffect(() => { if (named && list.data) compare(); }, [named, list.data]); // eslint-disable-line react-hooks/exhaustive-deps
  const titleOf = (name: string) => list.data?.find((s) => s.name === name)?.title ?? name;

  const compare = () => {
    // The address names the comparison, so the page's URL reopens it.
    recordRoute({ page: 'compare', a, b, runs });
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    setState({ loading: true, error: null, data: null });
    api.compare(a, b, runs, c.signal).then(
      (data) => setState({ loading: false, error: null, data }),
      (error: Error) => { if (error.name !== 'AbortError') setState({ loading: false, error, data: null }); },
    );
  };

  const d = state.data;
  const source = d ? <>Ballast; {d.runs.toLocaleString('en-US')} paired runs, seed {d.seed}</> : null;
  return (
    <>
      <h1>Compare two scenarios</h1>
      <WhatIsThis>
        <p>
          Both scenarios are run with the same random numbers, run by run (common random numbers), so the difference
          between them is what the scenarios change, not chance. Each column shows a scenario's outcome probabilities at the
          horizon with 95% intervals, for the whole system and for each theatre (Europe, the Asia-Pacific), each by its own
          cohesion; the table gives A − B for each outcome of the system and of each theatre, and for each metric, with a 95%
          interval from the paired runs. A difference whose interval excludes zero is marked ✱. Compare a trigger with <em>continuity</em> to isolate it.
        </p>
      </WhatIsThis>
      {list.error && <ErrorNote error={list.error} />}
      <form className="row panel" onSubmit={(e) => { e.preventDefault(); compare(); }}>
        {(['A', 'B'] as const).map((side) => (
          <label key={side}>
            Scenario {side}
            <select value={side === 'A' ? a : b} onChange={(e) => (side === 'A' ? setA : setB)(e.target.value)} disabled={!list.data}>
              {(list.data ?? []).map((s) => <option key={s.name} value={s.name}>{s.title}</option>)}
            </select>
          </label>
        ))}
        <label>
          Runs (paired)
          <input type="number" min={100} max={20000} step={100} value={runs} onChange={(e) => setRuns(Number(e.target.value))} />
        </label>
        <button type="submit" disabled={state.loading || !list.data || a === b || !(runs >= 100 && runs <= 20000)}>Compare</button>
        {a === b && <span className="small muted">Choose two different scenarios.</span>}
      </form>
      {state.loading && <Loading what={`${runs.toLocaleString('en-US')} paired runs of each scenario (a few seconds)`} />}
      {state.error && <ErrorNote error={state.error} />}
      {d && (
        <>
          <div className="grid2">
            {([['a', d.a], ['b', d.b]] as const).map(([side, r]) => (
              <section key={side} data-testid={`compare-${side}`}>
                <h2>{side.toUpperCase()}: {titleOf(r.name)}</h2>
                <ChartFrame title={`Outcome at the horizon (${monthLabel(d.months[d.months.length - 1] ?? '')})`} unit="probability, with 95% interval; the system and each theatre" source={source}>
                  <OutcomeGroups outcomes={r.outcomes} theatres={r.theatres} testid={`outcomes-${side}`} stack />
                </ChartFrame>
              </section>
            ))}
          </div>
          <ChartFrame title={`${COHESION_SCOPES.find((c) => c.metric === cohesion)?.title ?? 'Cohesion'}, A and B`} unit={`${d.a.metrics[cohesion]?.unit ?? 'share'}; median and 25–75% band`} source={source}>
            <fieldset className="toggle" style={{ border: 'none', padding: 0 }}>
              <legend className="small">Cohesion of</legend>
              {COHESION_SCOPES.filter((c) => d.a.metrics[c.metric]).map((c) => (
                <label key={c.metric} className="inline"><input type="radio" name="cohesion" value={c.metric} checked={c.metric === cohesion} onChange={() => setCohesion(c.metric)} />{c.label}</label>
              ))}
            </fieldset>
            <CompareCohesion compare={d} metric={cohesion} titleA={titleOf(d.a.name)} titleB={titleOf(d.b.name)} />
          </ChartFrame>
          <h2>Differences at the horizon: A − B</h2>
          <table className="data" data-testid="compare-differences">
            <caption>A = {titleOf(d.a.name)}; B = {titleOf(d.b.name)}. ✱ marks a difference whose 95% interval excludes 0.</caption>
            <thead><tr><th scope="col">Quantity</th><th scope="col" className="num">A − B</th><th scope="col" className="num">95% interval</th><th scope="col">Unit</th><th scope="col">Interval excludes 0</th></tr></thead>
            {differenceGroups(differenceRows(d)).map((g) => (
              <tbody key={g.scope} data-scope={g.scope}>
                <tr><th scope="colgroup" colSpan={5} className="group">{g.heading}</th></tr>
                {g.rows.map((r) => (
                  <tr key={r.field} data-field={r.field} data-significant={r.excludesZero}>
                    <th scope="row">{r.label}</th><td className="num">{r.mean}</td><td className="num">{r.interval}</td><td>{r.unit}</td>
                    <td>{r.excludesZero ? <span className="significant">✱ yes</span> : 'no'}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </>
      )}
    </>
  );
}
