/** The common levers as a form; each change rewrites its line in the scenario text. */
import { useEffect, useState } from 'react';
import { DOCTRINES, GUARANTEES, RHETORICS, isJsonText, leversChangedByEvents, readLevers, setLever, type Lever } from '../levers.js';
import type { ScenarioSummary } from '../api.js';
import { monthLabel } from '../format.js';

const LEVER_LABEL: Readonly<Record<string, string>> = { guarantee: 'Guarantee', spending_threshold: 'Spending threshold', rhetoric: 'Rhetoric', doctrine: 'Doctrine' };

/**
 * What the scenario's events do to a lever, in words, with a button to the event's line: an event
 * in the start month overrides the form from the first month (the form then does nothing); a later
 * one overrides it from its month on.
 */
function LeverEvents({ levers, onGoToLine }: { levers: ScenarioSummary['levers']; onGoToLine: (line: number) => void }) {
  const notes = levers.flatMap((l) => l.changes.map((c) => ({ l, c })));
  if (notes.length === 0) return null;
  return (
    <ul className="lever-events" data-testid="lever-events">
      {notes.map(({ l, c }, i) => {
        const when = c.at ? monthLabel(c.at) : c.window ? `a month from ${monthLabel(c.window[0])} to ${monthLabel(c.window[1])}` : 'some month';
        const value = l.lever === 'spending_threshold' ? `${Number(c.value) * 100}% of GDP` : String(c.value);
        const first = c.atStart;
        return (
          <li key={i} className={first ? 'warning' : undefined} data-lever={l.lever} data-overrides={first ? 'start' : 'later'}>
            {first
              ? <><strong>{LEVER_LABEL[l.lever]}</strong>: an event sets it to <strong>{value}</strong> in {when}, the first month, so the form's choice has no effect. </>
              : <><strong>{LEVER_LABEL[l.lever]}</strong>: {c.probability < 1 ? `with probability ${Math.round(c.probability * 100)}%, ` : ''}an event sets it to <strong>{value}</strong> from {when} on; the form sets it before then. </>}
            {c.line !== null && <button type="button" className="link" onClick={() => onGoToLine(c.line!)}>Edit the event (line {c.line})</button>}
          </li>
        );
      })}
    </ul>
  );
}

const DEFAULTS = { guarantee: 'unconditional', spending_threshold: '0.02', rhetoric: 'supportive', doctrine: 'measured' } as const;

function Choice({ lever, label, options, value, onEdit, disabled }: { lever: Lever; label: string; options: readonly string[]; value: string; onEdit: (k: Lever, v: string) => void; disabled: boolean }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onEdit(lever, e.target.value)} disabled={disabled}>
        {options.map((o) => <option key={o} value={o}>{o}</option>)}
      </select>
    </label>
  );
}

/** A number field that keeps what is typed and writes the text only when the value is valid. */
function NumberField({ lever, label, value, onEdit, disabled, pattern, ...input }: { lever: Lever; label: string; value: string; onEdit: (k: Lever, v: string) => void; disabled: boolean; pattern: RegExp; min: number; max: number; step: number }) {
  const [draft, setDraft] = useState(value);
  useEffect(() => { setDraft(value); }, [value]);
  return (
    <label>
      {label}
      <input type="number" value={draft} disabled={disabled} {...input}
        onChange={(e) => { setDraft(e.target.value); if (pattern.test(e.target.value)) onEdit(lever, e.target.value); }} />
    </label>
  );
}

export function LeverForm({ text, onText, summary, onGoToLine }: { text: string; onText: (text: string) => void; summary?: ScenarioSummary | Omit<ScenarioSummary, 'name' | 'shipped'> | null; onGoToLine?: (line: number) => void }) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const json = isJsonText(text);
  const levers = readLevers(text);
  const changed = leversChangedByEvents(text);
  const edit = (key: Lever, value: string) => {
    const r = setLever(text, key, value);
    if (r.ok) { setRefusal(null); onText(r.text); } else setRefusal(r.reason);
  };
  return (
    <fieldset>
      <legend>Common levers</legend>
      <div className="row">
        <Choice lever="guarantee" label="Guarantee" options={GUARANTEES} value={levers.guarantee ?? DEFAULTS.guarantee} onEdit={edit} disabled={json} />
        <NumberField lever="spending_threshold" label="Spending threshold (share of GDP)" value={levers.spending_threshold ?? DEFAULTS.spending_threshold} onEdit={edit} disabled={json} pattern={/^(0(\.\d+)?|0?\.\d+)$/} min={0} max={0.1} step={0.005} />
        <Choice lever="rhetoric" label="Rhetoric" options={RHETORICS} value={levers.rhetoric ?? DEFAULTS.rhetoric} onEdit={edit} disabled={json} />
        <Choice lever="doctrine" label="Doctrine" options={DOCTRINES} value={levers.doctrine ?? DEFAULTS.doctrine} onEdit={edit} disabled={json} />
        <NumberField lever="runs" label="Runs" value={levers.runs ?? ''} onEdit={edit} disabled={json} pattern={/^[1-9]\d*$/} min={1} max={200000} step={100} />
        <NumberField lever="seed" label="Seed" value={levers.seed ?? ''} onEdit={edit} disabled={json} pattern={/^\d+$/} min={0} max={4294967295} step={1} />
      </div>
      <p className="small muted" style={{ marginBottom: 0 }}>
        The form writes the <code>patron</code> block, <code>runs</code> and <code>seed</code> of the text: the patron's policy at the start.
        {changed.length > 0 && !summary && <> This scenario's events change the {changed.join(', ')} from some month on, so they override the form from then.</>}
        {json && <> The form edits YAML; this text is JSON, so edit it directly.</>}
      </p>
      {summary && <LeverEvents levers={summary.levers} onGoToLine={onGoToLine ?? (() => undefined)} />}
      {refusal && <p className="error" role="alert">{refusal}</p>}
    </fieldset>
  );
}
