/**
 * "Which parameters matter?": a sensitivity analysis of a finished run on request (it takes
 * 10–30 s, so never on page load), drawn as a tornado. Each (method, outcome) is asked for once;
 * a late answer for a choice no longer shown is kept, not aborted (an aborted request is logged
 * by the browser as a failure).
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { api, ApiRequestError, type SensitivityResponse } from '../api.js';
import { Tornado } from '../charts/Tornado.js';
import { num } from '../format.js';
import { SENSITIVITY_METHODS, SENSITIVITY_OUTCOMES, sensitivityKey, tornadoUnit, type SensitivityMethod, type SensitivityOutcome } from '../tornado.js';
import { ChartFrame } from './ChartFrame.js';
import type { SensitivityView } from '../route.js';
import { ErrorNote } from './Status.js';
import { parameterLabel } from '../../../src/model/parameter-labels.js';

type SensitivitySpace = SensitivityResponse['space'];
type Entry = { loading: true } | { loading: false; data: SensitivityResponse } | { loading: false; error: Error };

const SPACES: readonly { value: SensitivitySpace; label: string; note: string }[] = [
  { value: 'ranges', label: 'over their ranges', note: 'parameters varied uniformly over their registry ranges' },
  { value: 'posterior', label: 'over the calibrated posterior', note: 'the calibrated parameters varied over their posterior marginals (independently)' },
];
const isMethod = (v: string): v is SensitivityMethod => SENSITIVITY_METHODS.some((m) => m.value === v);
const isOutcome = (v: string): v is SensitivityOutcome => SENSITIVITY_OUTCOMES.some((o) => o.value === v);
const isSpace = (v: string): v is SensitivitySpace => SPACES.some((x) => x.value === v);

/**
 * `initial`: the analysis the page's address names (it starts at once: a shared link reopens it);
 * `onView`: called with each analysis shown, so the address can name it.
 */
export function SensitivityPanel({ id, scenario, source, initial = null, onView }: { id: string; scenario: string | null; source: ReactNode; initial?: SensitivityView | null; onView?: (v: SensitivityView) => void }) {
  const [method, setMethod] = useState<SensitivityMethod>(initial && isMethod(initial.method) ? initial.method : 'morris');
  const [outcome, setOutcome] = useState<SensitivityOutcome>(initial && isOutcome(initial.outcome) ? initial.outcome : 'p_holds');
  const [space, setSpace] = useState<SensitivitySpace>(initial && isSpace(initial.space) ? initial.space : 'ranges');
  const [started, setStarted] = useState(initial !== null);
  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const live = useRef(true);
  const section = useRef<HTMLElement>(null);
  useEffect(() => { live.current = true; return () => { live.current = false; }; }, []);
  // A link that names the analysis opens the page at it.
  useEffect(() => { if (initial) section.current?.scrollIntoView(); }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const key = `${sensitivityKey(method, outcome)}:${space}`;
  const entry = entries[key];
  const ask = (m: SensitivityMethod, o: SensitivityOutcome, sp: SensitivitySpace) => {
    const k = `${sensitivityKey(m, o)}:${sp}`;
    setEntries((e) => ({ ...e, [k]: { loading: true } }));
    api.sensitivity(id, m, o, sp).then(
      (data) => { if (live.current) setEntries((e) => ({ ...e, [k]: { loading: false, data } })); },
      (error: Error) => { if (live.current) setEntries((e) => ({ ...e, [k]: { loading: false, error } })); },
    );
  };
  // Once asked, a new choice of method or outcome is computed without a second click.
  useEffect(() => {
    if (started && entries[key] === undefined) ask(method, outcome, space);
    if (started) onView?.({ method, outcome, space });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new choice starts a request
  }, [started, key]);

  const outcomeLabel = SENSITIVITY_OUTCOMES.find((o) => o.value === outcome)?.label ?? outcome;
  const retry = entry !== undefined && !entry.loading && 'error' in entry;
  return (
    <section ref={section} aria-labelledby="sensitivity-heading" data-testid="sensitivity">
      <h2 id="sensitivity-heading">Which parameters matter?</h2>
      <p className="small">
        The model's parameters are uncertain (docs/MODEL.md §7 gives each a range from the literature). A sensitivity
        analysis re-runs this scenario many times with small ensembles while the parameters move across their ranges, and
        ranks them by how much they move the chosen outcome. <em>Morris</em> screening is quick: μ* is the mean size of a
        parameter's effect, σ how much that effect depends on the others. <em>Sobol'</em> indices split the outcome's
        variance: ST is a parameter's whole share, S1 its share acting alone. It takes 10–30 seconds.
      </p>
      <form className="row panel" onSubmit={(e) => { e.preventDefault(); if (!started) setStarted(true); else if (retry) ask(method, outcome, space); }}>
        <label>
          Outcome
          <select value={outcome} onChange={(e) => setOutcome(e.target.value as SensitivityOutcome)}>
            {SENSITIVITY_OUTCOMES.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </label>
        <label>
          Method
          <select value={method} onChange={(e) => setMethod(e.target.value as SensitivityMethod)}>
            {SENSITIVITY_METHODS.map((m) => <option key={m.value} value={m.value}>{m.label}</option>)}
          </select>
        </label>
        <label>
          Parameters
          <select value={space} onChange={(e) => setSpace(e.target.value as SensitivitySpace)}>
            {SPACES.map((x) => <option key={x.value} value={x.value}>{x.label}</option>)}
          </select>
        </label>
        {(!started || retry) && <button type="submit">{retry ? 'Try again' : 'Which parameters matter?'}</button>}
      </form>
      {entry?.loading && <p className="loading" role="status"><span className="spinner" aria-hidden="true" /> Running the sensitivity analysis of {outcomeLabel} ({method === 'morris' ? 'Morris' : "Sobol'"}): 10–30 seconds…</p>}
      {entry && !entry.loading && 'error' in entry && <SensitivityError error={entry.error} command={`ballast sensitivity ${scenario ?? 'SCENARIO.yaml'} --method ${method} --outcome ${outcome} --space ${space}`} />}
      {entry && !entry.loading && 'data' in entry && (
        <ChartFrame
          title={`Which parameters move ${outcomeLabel}`}
          unit={tornadoUnit(entry.data.method, entry.data.outcome)}
          source={<>{source}; sensitivity by {entry.data.method === 'morris' ? 'Morris elementary effects (Campolongo et al. 2007)' : "Sobol' indices with Saltelli sampling"}, {num(entry.data.evaluations)} evaluations of {num(entry.data.runsPerEvaluation)} runs each</>}
          testid="tornado"
          note={`${SPACES.find((x) => x.value === entry.data.space)?.note ?? SPACES[0]!.note}; hover a bar for its numbers`}
        >
          <Tornado result={entry.data} outcomeLabel={outcomeLabel} />
          <SensitivityTable result={entry.data} />
        </ChartFrame>
      )}
    </section>
  );
}

function SensitivityError({ error, command }: { error: Error; command: string }) {
  if (error instanceof ApiRequestError && error.status === 404) {
    return (
      <div className="error" role="alert">
        <p>This server cannot run a sensitivity analysis from the dashboard yet (it answered 404: {error.message}).</p>
        <p>On the command line: <code>{command}</code></p>
      </div>
    );
  }
  return <ErrorNote error={error} />;
}

/** The numbers behind the bars, for keyboard and screen-reader users. */
function SensitivityTable({ result }: { result: SensitivityResponse }) {
  const f = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(3));
  const morris = result.method === 'morris';
  return (
    <details>
      <summary>The numbers</summary>
      <div className="table-scroll">
        <table className="data">
          <caption>Parameters, most influential first</caption>
          <thead>
            <tr>
              <th scope="col">Parameter</th><th scope="col" className="num">Range</th>
              {morris
                ? <><th scope="col" className="num">μ*</th><th scope="col" className="num">μ</th><th scope="col" className="num">σ</th></>
                : <><th scope="col" className="num">ST</th><th scope="col" className="num">ST 95%</th><th scope="col" className="num">S1</th><th scope="col" className="num">S1 95%</th></>}
            </tr>
          </thead>
          <tbody>
            {result.parameters.map((p) => (
              <tr key={p.name}>
                <th scope="row">{parameterLabel(p.name)}<br /><code className="small" title="code name, as in scenario files and exports">{p.name}</code></th>
                <td className="num">{p.min} to {p.max}</td>
                {morris
                  ? <><td className="num">{f(p.muStar)}</td><td className="num">{f(p.mu)}</td><td className="num">{f(p.sigma)}</td></>
                  : <><td className="num">{f(p.st)}</td><td className="num">{p.stInterval ? `${f(p.stInterval[0])}–${f(p.stInterval[1])}` : '–'}</td><td className="num">{f(p.s1)}</td><td className="num">{p.s1Interval ? `${f(p.s1Interval[0])}–${f(p.s1Interval[1])}` : '–'}</td></>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
