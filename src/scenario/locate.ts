/**
 * Scenario text to a value, keeping the way back from a field path to the line and column
 * it was written at. YAML 1.2 is parsed with the `yaml` package; JSON is read by the same
 * parser (JSON is YAML 1.2 flow syntax), so both get the same positions and messages.
 * Under YAML 1.2 a month such as 2017-04 stays text: no date conversion happens.
 */
import { Composer, CST, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Parser, visit, YAMLParseError, type Document, type Node } from 'yaml';
import { SCENARIO_LIMITS } from './limits.js';

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
  /** What to do, when it is more specific than "correct the text at this place". */
  readonly fix?: string;
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
  const at = (offset: number): SourcePosition => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  // The parser keeps its own stack, but the composer recurses once per level and only stops at
  // a stack overflow; near the stack's end V8 can abort the whole process (a regular
  // expression compiled there runs out of memory), so depth is checked on the parser's tokens first.
  const tokens = Array.from(new Parser(lines.addNewLine).parse(text));
  const deep = tooDeep(tokens, SCENARIO_LIMITS.depth);
  if (deep !== undefined) {
    const message = `the text nests lists and mappings more than ${SCENARIO_LIMITS.depth} levels deep: a scenario needs 4 (events, an event, its window)`;
    const fix = 'write the scenario as in docs/SCENARIOS.md: fields, a list of events, each a mapping';
    return { value: undefined, syntax: [{ code: 'yaml_syntax', message, fix, ...at(deep) }], locate: () => START };
  }
  const doc = firstDocument(tokens, text.length);
  const syntax: SyntaxProblem[] = doc.errors.map((e) => ({
    code: e.code === 'DUPLICATE_KEY' ? 'duplicate_key' : 'yaml_syntax',
    message: bareMessage(e.message),
    ...at(e.pos[0]),
  }));
  // A duplicated key leaves a well-formed document (the last value wins), so checking can go on.
  let value: unknown;
  if (syntax.every((s) => s.code === 'duplicate_key')) {
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch {
      // toJS throws on an alias bomb (a few lines that expand to billions of nodes).
      syntax.push(aliasProblem(doc, at));
    }
  }
  return { value, syntax, locate: (path, part = 'value') => locateIn(doc, path, part, at) };
}

/** The offset of the first collection nested deeper than max levels, walked without recursion. */
function tooDeep(tokens: readonly CST.Token[], max: number): number | undefined {
  const stack: [CST.Token, number][] = [];
  for (const t of tokens) if (t.type === 'document' && t.value) stack.push([t.value, 1]);
  while (stack.length > 0) {
    const [t, depth] = stack.pop()!;
    if (!CST.isCollection(t)) continue;
    if (depth > max) return t.offset;
    for (const item of t.items) {
      if (item.key) stack.push([item.key, depth + 1]);
      if (item.value) stack.push([item.value, depth + 1]);
    }
  }
  return undefined;
}

/** The first document, as the yaml package's parseDocument composes it (a second one is an error). */
function firstDocument(tokens: readonly CST.Token[], length: number): Document.Parsed {
  let doc: Document.Parsed | undefined;
  for (const d of new Composer({ prettyErrors: false, uniqueKeys: true }).compose(tokens, true, length)) {
    if (!doc) doc = d;
    else {
      doc.errors.push(new YAMLParseError(d.range.slice(0, 2) as [number, number], 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
      break;
    }
  }
  return doc!;
}

function aliasProblem(doc: Document, at: (offset: number) => SourcePosition): SyntaxProblem {
  let first: { source: string; offset: number | undefined } | undefined;
  visit(doc, { Alias: (_, node) => { first = { source: node.source, offset: node.range?.[0] }; return visit.BREAK; } });
  const fix = 'write each value out in full: a scenario needs no anchors (&name) or aliases (*name)';
  if (!first) return { code: 'yaml_syntax', message: 'the YAML cannot be read as a value', fix, ...START };
  const name = first.source.length > 40 ? `${first.source.slice(0, 40)}…` : first.source;
  return { code: 'yaml_syntax', message: `the YAML expands too many aliases (*${name}): a scenario needs none`, fix, ...(first.offset === undefined ? START : at(first.offset)) };
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
