/**
 * The scenario form's levers (guarantee, rhetoric, doctrine, spending threshold, runs, seed),
 * read from and written into the YAML text line by line, so the text stays the one truth and
 * its comments, order and event lines survive an edit. The value sets are the vocabulary's
 * (src/vocabulary.ts), which the scenario schema uses too.
 */

export { DOCTRINES, GUARANTEES, RHETORICS } from '../../src/vocabulary.js';

export type PatronLever = 'guarantee' | 'rhetoric' | 'doctrine' | 'spending_threshold';
export type TopLever = 'runs' | 'seed';
export type Lever = PatronLever | TopLever;
export type Levers = Partial<Record<Lever, string>>;

export const PATRON_LEVERS: readonly PatronLever[] = ['guarantee', 'spending_threshold', 'rhetoric', 'doctrine'];
const TOP_LEVERS: readonly TopLever[] = ['runs', 'seed'];

/** key: value  # comment — the value is group 3, the rest (comment included) group 4. */
const entry = (key: string, indent: string) => new RegExp(`^(${indent})(${key}):[ \\t]*([^\\s#][^#]*?)?([ \\t]*(#.*)?)$`);

/** True when the text is JSON (the form edits YAML only). */
export function isJsonText(text: string): boolean {
  return /^\s*[{[]/.test(text);
}

interface PatronBlock { header: number; first: number; end: number; indent: string }

/** The block-style `patron:` mapping: its header line, its child lines [first, end), their indent. */
function patronBlock(lines: readonly string[]): PatronBlock | null | 'flow' {
  const header = lines.findIndex((l) => /^patron:/.test(l));
  if (header < 0) return null;
  if (!/^patron:[ \t]*(#.*)?$/.test(lines[header]!)) return 'flow';
  let end = header + 1, indent = '';
  while (end < lines.length) {
    const l = lines[end]!;
    if (/^\S/.test(l) && !/^#/.test(l)) break;
    if (indent === '' && /^\s+[^\s#]/.test(l)) indent = /^(\s+)/.exec(l)![1]!;
    end++;
  }
  while (end > header + 1 && /^\s*(#.*)?$/.test(lines[end - 1]!)) end--;
  return { header, first: header + 1, end, indent: indent || '  ' };
}

/** The levers the text sets; a lever it leaves to the default is absent. */
export function readLevers(text: string): Levers {
  const lines = text.split('\n');
  const out: Levers = {};
  for (const key of TOP_LEVERS) {
    for (const l of lines) { const m = entry(key, '').exec(l); if (m?.[3] !== undefined) { out[key] = m[3].trim(); break; } }
  }
  const block = patronBlock(lines);
  if (block && block !== 'flow') {
    for (let i = block.first; i < block.end; i++) {
      for (const key of PATRON_LEVERS) { const m = entry(key, block.indent).exec(lines[i]!); if (m?.[3] !== undefined) out[key] = m[3].trim(); }
    }
  }
  return out;
}

export type LeverEdit = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Sets one lever in the text: replaces its value where it is written (keeping any comment),
 * or adds the line (runs and seed at the top level, the others in the patron block, which is
 * added at the end when missing). JSON text and a flow-style patron mapping are refused.
 */
export function setLever(text: string, key: Lever, value: string): LeverEdit {
  if (isJsonText(text)) return { ok: false, reason: 'the form edits YAML scenarios; edit JSON in the text' };
  if (!/^[A-Za-z0-9_.-]+$/.test(value)) return { ok: false, reason: `invalid ${key}: ${JSON.stringify(value)}` };
  const lines = text.split('\n');
  const replace = (i: number, indent: string): LeverEdit => {
    const m = entry(key, indent).exec(lines[i]!)!;
    lines[i] = `${m[1]}${key}: ${value}${m[4] ? (m[4].startsWith(' ') || m[4].startsWith('\t') ? m[4] : ` ${m[4]}`) : ''}`;
    return { ok: true, text: lines.join('\n') };
  };
  if (key === 'runs' || key === 'seed') {
    const i = lines.findIndex((l) => entry(key, '').test(l));
    if (i >= 0) return replace(i, '');
    const after = ['seed', 'runs', 'horizon_months', 'start', 'world', 'name'].map((k) => lines.findIndex((l) => entry(k, '').test(l))).find((j) => j >= 0);
    lines.splice(after === undefined ? 0 : after + 1, 0, `${key}: ${value}`);
    return { ok: true, text: lines.join('\n') };
  }
  const block = patronBlock(lines);
  if (block === 'flow') return { ok: false, reason: 'the patron mapping is written in flow style ({ … }); edit it in the text' };
  if (block === null) {
    const body = lines.length > 0 && lines[lines.length - 1] === '' ? lines.slice(0, -1) : lines;
    return { ok: true, text: [...body, 'patron:', `  ${key}: ${value}`, ''].join('\n') };
  }
  for (let i = block.first; i < block.end; i++) if (entry(key, block.indent).test(lines[i]!)) return replace(i, block.indent);
  lines.splice(block.end, 0, `${block.indent}${key}: ${value}`);
  return { ok: true, text: lines.join('\n') };
}

/** The patron levers that the scenario's events change from some month on (they override the form's starting values). */
export function leversChangedByEvents(text: string): PatronLever[] {
  const found = new Set<PatronLever>();
  for (const m of text.matchAll(/\btype:[ \t]*["']?(guarantee|rhetoric|doctrine)\b/g)) found.add(m[1] as PatronLever);
  return PATRON_LEVERS.filter((k) => found.has(k));
}
