/**
 * Scenario text to a value, keeping the way back from a field path to the line and column
 * it was written at. YAML 1.2 is parsed with the `yaml` package; JSON is read by the same
 * parser (JSON is YAML 1.2 flow syntax), so both get the same positions and messages.
 * Under YAML 1.2 a month such as 2017-04 stays text: no date conversion happens.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** A path into the scenario value: ["events", 3, "window", 1]. */
export type FieldPath = readonly (string | number)[];

export interface SourcePosition {
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

/** A problem found while parsing, before the value exists. */
export interface SyntaxProblem extends SourcePosition {
  readonly code: 'yaml_syntax' | 'duplicate_key';
  readonly message: string;
}

export interface ParsedSource {
  /** The parsed value; undefined when the text has syntax errors (see `syntax`). */
  readonly value: unknown;
  readonly syntax: readonly SyntaxProblem[];
  /**
   * Where a field was written: its value (or its key with part "key"). For a path that does
   * not exist (a missing field), the position of the nearest enclosing value that does.
   */
  locate(path: FieldPath, part?: 'value' | 'key'): SourcePosition;
}

/** "events[3].window[1]" for ["events", 3, "window", 1]; "" for the root. */
export function formatPath(path: FieldPath): string {
  return path.reduce<string>((s, seg) => (typeof seg === 'number' ? `${s}[${seg}]` : s ? `${s}.${seg}` : seg), '');
}

const START: SourcePosition = { line: 1, column: 1 };

/** The yaml package's messages end with " at line L, column C" when positions are known; the issue carries those. */
const bareMessage = (m: string) => m.replace(/ at line \d+, column \d+:?[\s\S]*$/, '').replace(/:$/, '');

export function parseSource(text: string): ParsedSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): SourcePosition => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const syntax: SyntaxProblem[] = doc.errors.map((e) => ({
    code: e.code === 'DUPLICATE_KEY' ? 'duplicate_key' : 'yaml_syntax',
    message: bareMessage(e.message),
    ...at(e.pos[0]),
  }));
  // A duplicated key leaves a well-formed document (the last value wins), so checking can go on.
  const usable = syntax.every((s) => s.code === 'duplicate_key');
  const value: unknown = usable ? doc.toJS({ maxAliasCount: 100 }) : undefined;
  return { value, syntax, locate: (path, part = 'value') => locateIn(doc, path, part, at) };
}

function locateIn(doc: Document, path: FieldPath, part: 'value' | 'key', at: (offset: number) => SourcePosition): SourcePosition {
  let node: unknown = doc.contents;
  let key: Node | null = null;
  let walked = 0;
  for (const seg of path) {
    if (isAlias(node)) node = node.resolve(doc);
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      key = pair.key as Node;
      // `field:` with nothing after it has no value node: point at the key.
      next = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof seg === 'number' && seg < node.items.length) {
      key = null;
      next = node.items[seg];
    } else break;
    node = next;
    walked++;
  }
  const target = part === 'key' && walked === path.length && key !== null ? key : (node as Node | null);
  const offset = target?.range?.[0];
  return offset === undefined ? START : at(offset);
}
