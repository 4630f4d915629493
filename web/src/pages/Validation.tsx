/**
 * Validation: how well the model forecasts what it did not see. A hindcast on the bundled data
 * (GET /api/validation), scored against what happened and against two baselines, with the
 * qualitative checks and the calibrated parameters.
 */
import { parameterLabel } from '../../../src/model/parameter-labels.js';
import { useEffect, useMemo, useState } from 'react';
import { api, type ValidationResponse } from '../api.js';
import { HindcastChart } from '../charts/HindcastChart.js';
import { num } from '../format.js';
import {
  alliesOf, allyYears, badness, calibratedRows, formatScore, inside, lossesToBaselines, lossSentences, methodMeaning, METHOD_LABELS, METHODS, SCORE_COLUMNS,
} from '../hindcast.js';
import { ChartFrame } from '../ui/ChartFrame.js';
import { ErrorNote, Loading } from '../ui/Status.js';
import { WhatIsThis } from '../ui/WhatIsThis.js';
import { useRequest } from '../use-request.js';

/** The only split the bundled data allow: train on data up to 2011, forecast 2012–2016 (the data end in 2016). */
const TRAIN_UNTIL = 2011, FROM = 2012, TO = 2016;
const MIN_RUNS = 100, MAX_RUNS = 20_000, DEFAULT_RUNS = 1000;
const DEFAULT_ALLY = 'POL';
const SOURCE = 'Ballast hindcast, training data up to 2011; truth: SIPRI share of GDP (2025 release)';

export default function Validation() {
  const [runsText, setRunsText] = useState(String(DEFAULT_RUNS));
  // A new object on each submit, so that the same number of runs can be asked for again after an error.
  const [asked, setAsked] = useState({ runs: DEFAULT_RUNS });
  const runs = asked.runs;
  const hindcast = useRequest(() => api.validation({ trainUntil: TRAIN_UNTIL, from: FROM, to: TO, runs }), [asked]);
  useEffect(() => { document.title = 'Validation — Ballast'; }, []);
  const wanted = Number(runsText);
  const runsValid = Number.isInteger(wanted) && wanted >= MIN_RUNS && wanted <= MAX_RUNS;

  return (
    <>
      <h1>Validation: forecasting what the model did not see</h1>
      <WhatIsThis>
        <p>
          A hindcast. Ballast is calibrated only on data up to {TRAIN_UNTIL} (the code cannot read later years), then
          simulates {FROM}–{TO} and its forecasts of each ally's defence spending (% of GDP) are compared with what
          happened. Two simple baselines are scored the same way: <em>persistence</em> ({TRAIN_UNTIL}'s value carried
          forward) and <em>trend</em> (each ally's recent linear trend extrapolated). A model that cannot beat them adds
          nothing to a forecast of spending, and the page says so where it happens.
        </p>
        <p>
          Scores: MAE and RMSE measure the error of the mean forecast; CRPS (continuous ranked probability score) scores
          the whole forecast distribution, rewarding forecasts that are both sharp and right; the coverages are the share of
          true values inside the central 50% and 90% intervals, which should be near 50% and 90%. Lower is better for
          errors; closer to nominal is better for coverage. The chart shows one ally at a time; the tables below give the
          count of allies at NATO's 2% guideline, the qualitative checks of the hindcast, and the parameters the
          calibration estimated with their 95% intervals.
        </p>
      </WhatIsThis>
      <form className="row panel" onSubmit={(e) => { e.preventDefault(); if (runsValid) setAsked({ runs: wanted }); }} aria-label="Hindcast settings">
        <p style={{ margin: 0 }}>
          <strong>Training data:</strong> up to {TRAIN_UNTIL} · <strong>forecast window:</strong> {FROM}–{TO}<br />
          <span className="small muted">The only split the bundled data allow (they end in {TO}); other splits need a truth file and <code>ballast hindcast</code>.</span>
        </p>
        <label>
          Runs
          <input type="number" min={MIN_RUNS} max={MAX_RUNS} step={100} value={runsText} onChange={(e) => setRunsText(e.target.value)}
            aria-invalid={!runsValid} aria-describedby="runs-help" />
        </label>
        <button type="submit" disabled={!runsValid || hindcast.loading || (wanted === runs && !hindcast.error)}>Run the hindcast</button>
        <span id="runs-help" className="small muted">{runsValid ? `whole number, ${num(MIN_RUNS)}–${num(MAX_RUNS)}` : `give a whole number of runs from ${num(MIN_RUNS)} to ${num(MAX_RUNS)}`}</span>
      </form>
      {hindcast.error && <ErrorNote error={hindcast.error} />}
      {hindcast.loading && <Loading what={`the hindcast with ${num(runs)} runs (a few seconds the first time: it runs an ensemble)`} />}
      {hindcast.data && !hindcast.loading && <HindcastView h={hindcast.data} />}
    </>
  );
}

function HindcastView({ h }: { h: ValidationResponse }) {
  const allies = useMemo(() => alliesOf(h.rows), [h.rows]);
  // The picker names each ally (the rows carry ISO3 codes, kept in the option's value).
  const world = useRequest(() => api.world(h.trainUntil), [h.trainUntil]);
  const nameOf = (iso3: string) => world.data?.states.find((s) => s.iso3 === iso3)?.name ?? iso3;
  const [ally, setAlly] = useState(DEFAULT_ALLY);
  const shown = allies.includes(ally) ? ally : (allies[0] ?? DEFAULT_ALLY);
  const years = useMemo(() => allyYears(h.rows, shown), [h.rows, shown]);
  const [from, to] = h.window;
  const run = `${num(h.runs)} runs, seed ${h.seed}`;
  return (
    <>
      <p className="small muted">Trained on data up to {h.trainUntil}; forecast {from}–{to}; {run}; scenario <code>{h.scenario.split('/').pop()}</code>.</p>

      <h2>Scores</h2>
      <ScoreTable h={h} />

      <h2>Hindcast against what happened</h2>
      <div className="row panel">
        <label>
          Ally
          <select value={shown} onChange={(e) => setAlly(e.target.value)} data-testid="validation-ally">
            {[...allies].sort((a, b) => nameOf(a).localeCompare(nameOf(b))).map((a) => <option key={a} value={a}>{nameOf(a)}</option>)}
          </select>
        </label>
        <p className="small muted" style={{ margin: 0 }}>Pick any of the {allies.length} allies in the hindcast; the table under the chart gives the same numbers with each method's CRPS.</p>
      </div>
      <ChartFrame title={`${nameOf(shown)}: defence spending, forecast against truth, ${from}–${to}`} unit="% of GDP" source={<>{SOURCE}; {run}</>} testid="validation-chart">
        <HindcastChart rows={years} ally={shown} />
        <div className="table-scroll" style={{ marginTop: '0.5rem' }}>
          <table className="data">
            <caption>{shown} by year (% of GDP; CRPS in percentage points, lower is better)</caption>
            <thead>
              <tr>
                <th scope="col">Year</th><th scope="col" className="num">Truth</th><th scope="col" className="num">Model median</th>
                <th scope="col" className="num">Model 25–75%</th><th scope="col" className="num">Model 5–95%</th>
                <th scope="col" className="num">Persistence</th><th scope="col" className="num">Trend</th>
                <th scope="col" className="num">CRPS model</th><th scope="col" className="num">CRPS persistence</th><th scope="col" className="num">CRPS trend</th>
              </tr>
            </thead>
            <tbody>
              {years.map((y) => (
                <tr key={y.year}>
                  <th scope="row">{y.year}</th>
                  <td className="num">{y.truth.toFixed(2)}</td><td className="num">{y.q50.toFixed(2)}</td>
                  <td className="num">{y.q25.toFixed(2)}–{y.q75.toFixed(2)}</td><td className="num">{y.q05.toFixed(2)}–{y.q95.toFixed(2)}</td>
                  <td className="num">{y.persistence.toFixed(2)}</td><td className="num">{y.trend.toFixed(2)}</td>
                  <td className="num">{y.crps.model.toFixed(3)}</td><td className="num">{y.crps.persistence.toFixed(3)}</td><td className="num">{y.crps.trend.toFixed(3)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ChartFrame>

      <h2>Allies at or above 2% of GDP</h2>
      <ChartFrame title={`Allies spending at least 2% of GDP on defence, ${from}–${to}`} unit="number of allies" source={<>{SOURCE}; {run}; baselines count allies whose mean forecast is ≥ 2%</>} testid="validation-two-percent">
        <div className="table-scroll">
          <table className="data">
            <caption>Truth against the model's median and 90% band and the two baselines</caption>
            <thead>
              <tr><th scope="col">Year</th><th scope="col" className="num">Truth</th><th scope="col" className="num">Model median</th><th scope="col" className="num">Model 5–95%</th><th scope="col">Truth inside the band</th><th scope="col" className="num">Persistence</th><th scope="col" className="num">Trend</th></tr>
            </thead>
            <tbody>
              {h.twoPercent.map((t) => {
                const ok = inside(t.truth, t.model.q05, t.model.q95);
                return (
                  <tr key={t.year}>
                    <th scope="row">{t.year}</th><td className="num">{t.truth}</td><td className="num">{t.model.q50}</td>
                    <td className="num">{t.model.q05}–{t.model.q95}</td><td><Mark passed={ok} yes="inside" no="outside" /></td>
                    <td className="num">{t.persistence}</td><td className="num">{t.trend}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </ChartFrame>

      <h2>Qualitative checks</h2>
      <ChartFrame title="What the hindcast should get right" unit="passed or failed, with the ensemble's probabilities" source={<>{SOURCE}; {run}</>} testid="validation-checks">
        <ul className="checks">
          {h.checks.map((c) => (
            <li key={c.name} data-passed={c.passed}>
              <Mark passed={c.passed} yes="passed" no="failed" /> <strong>{c.name}</strong>
              <br /><span className="small muted">{c.value}</span>
            </li>
          ))}
        </ul>
        <p className="small">{h.checks.filter((c) => c.passed).length} of {h.checks.length} checks pass.</p>
      </ChartFrame>

      <h2>Calibrated parameters</h2>
      <CalibrationTable h={h} />
    </>
  );
}

/** ✓ or ✗, with the word for screen readers. */
function Mark({ passed, yes, no }: { passed: boolean; yes: string; no: string }) {
  return <span className={passed ? 'pass' : 'fail'}><span aria-hidden="true">{passed ? '✓' : '✗'}</span> <span className="small">{passed ? yes : no}</span></span>;
}

function ScoreTable({ h }: { h: ValidationResponse }) {
  const losses = lossesToBaselines(h.scores);
  const lost = (method: string, key: string) => losses.some((l) => l.baseline === method && l.column.key === key);
  const best = (key: (typeof SCORE_COLUMNS)[number]) => Math.min(...METHODS.map((m) => badness(key, h.scores[m][key.key])));
  return (
    <ChartFrame title={`Scores of the ${h.window[0]}–${h.window[1]} hindcast over every ally-year`} unit="MAE, RMSE and CRPS in percentage points of GDP; coverage in % of true values" source={<>{SOURCE}; {num(h.runs)} runs, seed {h.seed}</>}>
      <div className="verdict" role="note" data-testid="validation-verdict">
        {lossSentences(h.scores).map((s) => <p key={s}>{s}</p>)}
      </div>
      <table className="data" data-testid="validation-scores">
        <caption>Each method scored on the same ally-years; the best value in each column is in bold, a baseline's value that beats the model is marked ▲</caption>
        <thead>
          <tr>
            <th scope="col">Method</th>
            {SCORE_COLUMNS.map((c) => <th key={c.key} scope="col" className="num" title={c.meaning}>{c.label}</th>)}
            <th scope="col" className="num" title="ally-years scored">n</th>
          </tr>
        </thead>
        <tbody>
          {METHODS.map((m) => (
            <tr key={m} data-method={m}>
              <th scope="row">{METHOD_LABELS[m]}<br /><span className="small muted" style={{ fontWeight: 'normal' }}>{methodMeaning(m, h.trainUntil)}</span></th>
              {SCORE_COLUMNS.map((c) => {
                const v = h.scores[m][c.key];
                const isBest = badness(c, v) === best(c);
                const beat = lost(m, c.key);
                return (
                  <td key={c.key} className={`num${beat ? ' beats-model' : ''}`} style={isBest ? { fontWeight: 700 } : undefined}>
                    {beat && <span aria-hidden="true">▲ </span>}{formatScore(c, v)}
                    {beat && <span className="visually-hidden"> (beats the model)</span>}
                  </td>
                );
              })}
              <td className="num">{num(h.scores[m].n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="small muted score-help">
        {SCORE_COLUMNS.map((c) => <div key={c.key}><dt>{c.label}</dt><dd>{c.meaning}</dd></div>)}
      </dl>
    </ChartFrame>
  );
}

function CalibrationTable({ h }: { h: ValidationResponse }) {
  const rows = calibratedRows(h.calibration);
  return (
    <ChartFrame title={`Parameters estimated from data up to ${h.trainUntil}`} unit="model units; 95% interval" source={<>Ballast calibration on the SIPRI panel up to {h.trainUntil} (defence-effort equation by least squares, intervals by the delta method); parameters the data cannot pin down keep the registry's values (docs/MODEL.md §7)</>} testid="validation-calibration">
      <table className="data">
        <caption>Estimates and 95% intervals</caption>
        <thead><tr><th scope="col">Parameter</th><th scope="col" className="num">Estimate</th><th scope="col" className="num">95% interval</th><th scope="col">Interval excludes 0</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <th scope="row">{parameterLabel(r.name)}<br /><code className="small muted" title="code name, as in scenario files and exports">{r.name}</code></th>
              <td className="num">{sig(r.value)}</td>
              <td className="num">{r.interval ? `${sig(r.interval[0])} to ${sig(r.interval[1])}` : <span className="muted">none reported</span>}</td>
              <td>{r.interval ? (r.interval[0] > 0 || r.interval[1] < 0 ? 'yes' : 'no') : <span className="muted">–</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">An interval that includes 0 means the data up to {h.trainUntil} cannot tell the sign of that effect; a parameter without an interval (such as the noise's spread) is reported as fitted.</p>
    </ChartFrame>
  );
}

/** Four significant figures, with a true minus sign. */
const sig = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(4)).toString().replace('-', '−') : '–');
