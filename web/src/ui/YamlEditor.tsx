/**
 * The scenario editor: line numbers, the text, and each validation issue beside its line
 * (message and fix), all in one scrolling frame so they stay level with the text.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { issuesByLine, placeNotes, type ScenarioIssue } from '../validation-notes.js';

/** Line height and top padding in px: must match .editor in styles.css. */
const LINE = 20, PAD = 6;

export interface YamlEditorProps {
  text: string;
  onChange: (text: string) => void;
  issues: readonly ScenarioIssue[];
  label: string;
  /** Select this line and focus the text (a new nonce asks again for the same line). */
  focusLine?: { line: number; nonce: number } | null;
}

export function YamlEditor({ text, onChange, issues, label, focusLine }: YamlEditorProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const noteRefs = useRef<(HTMLDivElement | null)[]>([]);
  const lines = text.split('\n');
  const grouped = issuesByLine(issues);
  const general = grouped.find(([line]) => line === 0)?.[1] ?? [];
  const located = grouped.filter(([line]) => line > 0);
  const wanted = located.map(([line]) => PAD + (Math.min(line, lines.length) - 1) * LINE);
  const [tops, setTops] = useState<number[]>(wanted);

  // Notes can be taller than a line: measure them and push each below the one before.
  useLayoutEffect(() => {
    const heights = located.map((_, i) => noteRefs.current[i]?.offsetHeight ?? LINE);
    const next = placeNotes(wanted, heights);
    if (next.length !== tops.length || next.some((t, i) => t !== tops[i])) setTops(next);
  });

  const goTo = (line: number) => {
    const el = area.current;
    if (!el) return;
    const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    el.focus();
    el.setSelectionRange(offset, offset + (lines[line - 1]?.length ?? 0));
  };

  // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new request moves the caret
  useEffect(() => { if (focusLine) goTo(focusLine.line); }, [focusLine?.nonce]);

  const issueLines = new Set(located.map(([line]) => line));
  const notesBottom = tops.length === 0 ? 0 : Math.max(...tops.map((t, i) => t + (noteRefs.current[i]?.offsetHeight ?? LINE)));
  const height = Math.max(lines.length * LINE + 2 * PAD + 16, notesBottom + PAD);

  return (
    <div>
      {general.length > 0 && (
        <ul className="error" aria-live="polite">
          {general.map((i, k) => <li key={k} data-testid="validation-error">{i.message}{i.fix ? <> — <em>{i.fix}</em></> : null}</li>)}
        </ul>
      )}
      <div className="editor" style={{ minHeight: Math.min(height, 200) }}>
        <pre className="gutter" aria-hidden="true" style={{ height }}>
          {lines.map((_, i) => <span key={i} className={issueLines.has(i + 1) ? 'has-issue' : undefined}>{i + 1}</span>)}
        </pre>
        <textarea
          ref={area}
          aria-label={label}
          aria-invalid={issues.length > 0}
          aria-describedby="editor-issues"
          value={text}
          onChange={(e) => onChange(e.target.value)}
          spellCheck={false}
          autoCapitalize="off"
          autoCorrect="off"
          wrap="off"
          style={{ height }}
          data-testid="scenario-editor"
        />
        <div className="notes" id="editor-issues" aria-live="polite" style={{ height }}>
          {located.map(([line, list], i) => (
            <div key={line} className="note" ref={(el) => { noteRefs.current[i] = el; }} style={{ top: tops[i] ?? wanted[i] }}
              data-testid="validation-error" data-line={line}>
              <button type="button" className="link" onClick={() => goTo(line)}>Line {line}</button>
              {list.map((issue, k) => (
                <span key={k} style={{ display: 'block' }}>
                  {issue.column !== undefined ? `col ${issue.column}: ` : ''}{issue.message}
                  {issue.fix && <span className="fix">Fix: {issue.fix}</span>}
                </span>
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
