/** Scenarios: the shipped set, an editor checked as you type, the common levers, and Run. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiRequestError, api, type RunInfo, type ValidateResponse } from '../api.js';
import { readLevers } from '../levers.js';
import { hrefOf } from '../route.js';
import { LeverForm } from '../ui/LeverForm.js';
import { RunProgress } from '../ui/RunProgress.js';
import { ScenarioList } from '../ui/ScenarioList.js';
import { ErrorNote, Loading } from '../ui/Status.js';
import { WhatIsThis } from '../ui/WhatIsThis.js';
import { YamlEditor } from '../ui/YamlEditor.js';
import { useRequest } from '../use-request.js';
import { useRun } from '../use-run.js';
import type { ScenarioIssue } from '../validation-notes.js';

const DEFAULT_SCENARIO = 'worst-case';
/** The largest scenario file the editor takes (the API's limit on a scenario text). */
const MAX_FILE_BYTES = 200_000;

/**
 * Upload a scenario file into the editor (it is checked like typed text; nothing is sent until
 * Run), and download the editor's text as a file to share or to run with `ballast run`.
 */
function ScenarioFiles({ text, name, edited, onText, onError }: { text: string; name: string | null; edited: boolean; onText: (t: string) => void; onError: (e: Error | null) => void }) {
  const href = useMemo(() => URL.createObjectURL(new Blob([text], { type: 'text/yaml;charset=utf-8' })), [text]);
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  const upload = (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) { onError(new Error(`${file.name} is ${file.size.toLocaleString('en-US')} bytes: a scenario file may be at most ${MAX_FILE_BYTES.toLocaleString('en-US')}`)); return; }
    file.text().then((t) => { onError(null); onText(t); }, (e: Error) => onError(new Error(`${file.name} could not be read: ${e.message}`)));
  };
  return (
    <>
      <label className="button secondary">
        Upload a scenario file
        <input type="file" accept=".yaml,.yml,.json" className="visually-hidden" data-testid="scenario-upload" onChange={(e) => { upload(e.target.files?.[0]); e.target.value = ''; }} />
      </label>
      <a className="button secondary" href={href} download={`${name ?? 'scenario'}${edited ? '-edited' : ''}.yaml`} data-testid="scenario-download">Download this text</a>
    </>
  );
}
const VALIDATE_DELAY_MS = 400;

export default function Scenarios({ name }: { name: string | null }) {
  const list = useRequest(() => api.scenarios(), []);
  const chosen = name ?? (list.data ? (list.data.find((s) => s.name === DEFAULT_SCENARIO) ?? list.data[0])?.name ?? null : null);
  const detail = useRequest(chosen === null ? null : () => api.scenario(chosen), [chosen]);
  const [text, setText] = useState<string | null>(null);
  const [check, setCheck] = useState<ValidateResponse | null>(null);
  const [issues, setIssues] = useState<ScenarioIssue[]>([]);
  const [startError, setStartError] = useState<Error | null>(null);
  const [run, setRun] = useState<RunInfo | null>(null);
  const [focusLine, setFocusLine] = useState<{ line: number; nonce: number } | null>(null);
  const followed = useRun(run);
  const latest = useRef(0);

  useEffect(() => { document.title = 'Scenarios — Ballast'; }, []);
  useEffect(() => { if (detail.data) { setText(detail.data.text); setRun(null); setStartError(null); } }, [detail.data]);

  // Validate a moment after the last keystroke; a newer edit makes an older answer stale (it is
  // ignored, not aborted: an aborted request shows in the browser's log as a failure).
  useEffect(() => {
    if (text === null) return;
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      api.validate(text).then((r) => {
        if (ticket !== latest.current) return;
        setCheck(r);
        setIssues(r.ok ? [] : r.issues);
      }, () => { if (ticket === latest.current) setCheck(null); });
    }, VALIDATE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    if (followed?.status === 'done') window.location.hash = hrefOf({ page: 'results', id: followed.id });
  }, [followed?.status, followed?.id]);

  const start = async () => {
    if (text === null) return;
    setStartError(null);
    const levers = readLevers(text);
    const runs = levers.runs !== undefined && /^\d+$/.test(levers.runs) ? Number(levers.runs) : undefined;
    const seed = levers.seed !== undefined && /^\d+$/.test(levers.seed) ? Number(levers.seed) : undefined;
    try {
      setRun(await api.startRun({ text, ...(chosen !== null ? { base: chosen } : {}), ...(runs !== undefined ? { runs } : {}), ...(seed !== undefined ? { seed } : {}) }));
    } catch (e) {
      const err = e as Error;
      if (err instanceof ApiRequestError && err.issues.length > 0) setIssues(err.issues);
      setStartError(err instanceof ApiRequestError && err.status === 429 && err.retryAfter !== null
        ? new Error(`The run queue is full: try again in ${err.retryAfter} s.`) : err);
    }
  };

  const running = followed !== null && (followed.status === 'queued' || followed.status === 'running');
  return (
    <>
      <h1>Scenarios</h1>
      <WhatIsThis>
        <p>
          A scenario is a YAML file: the world year, the start month and horizon, the patron's policy (guarantee, rhetoric,
          doctrine), dated events (withdrawals, accessions, probes, crises, treaty exits) and the number of runs and seed.
          The essay's scenarios ship with Ballast; open one, change it, and run it. The text is checked as you type: each
          problem appears beside its line with a fix. Running it simulates the alliance system month by month, once per run,
          and opens the results. The format is described in docs/SCENARIOS.md.
        </p>
      </WhatIsThis>
      {list.error && <ErrorNote error={list.error} />}
      {list.loading && <Loading what="the scenarios" />}
      {list.data && <ScenarioList scenarios={list.data} current={chosen} />}

      <h2 id="editor-title">Editor{detail.data ? `: ${detail.data.title}` : ''}</h2>
      {detail.error && <ErrorNote error={detail.error} />}
      {text === null ? (detail.loading && <Loading what="the scenario" />) : (
        <section aria-labelledby="editor-title">
          <LeverForm text={text} onText={setText} summary={check?.ok ? check.summary : null} onGoToLine={(line) => setFocusLine({ line, nonce: Date.now() })} />
          <p className="small" aria-live="polite" data-testid="validation-status">
            {check === null ? 'Checking…' : check.ok
              ? <>✓ Valid: {check.summary.title} — {check.summary.horizonMonths} months from {check.summary.start}, {check.summary.events} events, {check.summary.runs.toLocaleString('en-US')} runs, seed {check.summary.seed}.</>
              : <span className="error" style={{ display: 'inline-block' }}>{check.issues.length} problem{check.issues.length === 1 ? '' : 's'}: see beside the lines.</span>}
          </p>
          <YamlEditor text={text} onChange={setText} issues={issues} label="Scenario (YAML)" focusLine={focusLine} />
          <div className="row" style={{ marginTop: '0.6rem' }}>
            <button type="button" onClick={() => void start()} disabled={running || (check !== null && !check.ok)}>Run</button>
            {detail.data && text !== detail.data.text && <button type="button" className="secondary" onClick={() => setText(detail.data!.text)}>Revert to the shipped text</button>}
            <ScenarioFiles text={text} name={chosen} edited={detail.data !== null && text !== detail.data.text} onText={setText} onError={setStartError} />
          </div>
          {startError && <ErrorNote error={startError} />}
          {followed && <RunProgress info={followed} />}
        </section>
      )}
    </>
  );
}
