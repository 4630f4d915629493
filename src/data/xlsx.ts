/**
 * A small .xlsx reader: enough of ZIP (ECMA-376 Part 2; PKWARE APPNOTE 6.3.10 §4.3) and
 * SpreadsheetML (ECMA-376 Part 1 §18.2-18.4) to read SIPRI's and NATO's published
 * workbooks as grids of values. No dependency: entries are inflated with node:zlib.
 *
 * Read: the sheets in workbook order, shared strings (plain and rich-text runs, without
 * phonetic runs), and each cell's stored value: t="s" shared string, "str" formula string,
 * "inlineStr", "n" number (also the default), "b" boolean as "TRUE"/"FALSE", "e" error as its
 * text (e.g. "#N/A"), "d" ISO date as text. Not read: styles (a number formatted as a
 * percentage or a date stays the stored number; font colours are lost), merged cells,
 * formulas without a cached value (read as empty), ZIP64 and encrypted workbooks.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import type { DataIssue } from './errors.js';

export type XlsxCell = string | number | null;

export interface XlsxSheet {
  readonly name: string;
  /** rows[r][c] is the cell at row r + 1, column c + 1 (A = 0); every row has the same length. */
  readonly rows: readonly (readonly XlsxCell[])[];
}

export type XlsxResult = { ok: true; value: readonly XlsxSheet[] } | { ok: false; issues: DataIssue[] };

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;

interface Entry { readonly name: string; readonly method: number; readonly flags: number; readonly crc: number; readonly packed: number; readonly size: number; readonly offset: number }

/** True when the bytes start like a ZIP archive (every .xlsx does). */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && Buffer.from(bytes.buffer, bytes.byteOffset, 4).readUInt32LE(0) === SIG_LOCAL;
}

class Invalid extends Error {}

function centralDirectory(buf: Buffer): Map<string, Entry> {
  let end = -1;
  for (let i = buf.length - END_RECORD_BYTES; i >= Math.max(0, buf.length - END_RECORD_BYTES - MAX_COMMENT_BYTES); i--) {
    if (buf.readUInt32LE(i) === SIG_END) { end = i; break; }
  }
  if (end < 0) throw new Invalid('not a ZIP archive (no end-of-central-directory record): the file is truncated or not an .xlsx');
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  if (p === 0xffffffff) throw new Invalid('a ZIP64 archive, which this reader does not support');
  const entries = new Map<string, Entry>();
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== SIG_CENTRAL) throw new Invalid(`central directory entry ${k + 1} of ${count} is damaged`);
    const nameLen = buf.readUInt16LE(p + 28), extraLen = buf.readUInt16LE(p + 30), commentLen = buf.readUInt16LE(p + 32);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    entries.set(name, {
      name, flags: buf.readUInt16LE(p + 8), method: buf.readUInt16LE(p + 10), crc: buf.readUInt32LE(p + 16),
      packed: buf.readUInt32LE(p + 20), size: buf.readUInt32LE(p + 24), offset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function entryBytes(buf: Buffer, e: Entry): Buffer {
  if (e.flags & 1) throw new Invalid(`${e.name} is encrypted`);
  if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== SIG_LOCAL) throw new Invalid(`${e.name}: local header is missing or damaged`);
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  if (start + e.packed > buf.length) throw new Invalid(`${e.name} runs past the end of the file: the file is truncated`);
  const packed = buf.subarray(start, start + e.packed);
  let data: Buffer;
  if (e.method === METHOD_STORED) data = packed;
  else if (e.method === METHOD_DEFLATE) {
    try { data = inflateRawSync(packed); } catch (err) { throw new Invalid(`${e.name} cannot be inflated (${(err as Error).message})`); }
  } else throw new Invalid(`${e.name} uses ZIP compression method ${e.method}; only stored (0) and deflate (8) are read`);
  if (data.length !== e.size || crc32(data) !== e.crc) throw new Invalid(`${e.name} fails its size or CRC-32 check: the file is damaged`);
  return data;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML character references, then OOXML's _xHHHH_ escapes (ECMA-376 Part 1 §22.9.2.19). */
function decode(text: string): string {
  return text
    .replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITY[e] ?? m))
    .replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1]!, decode(m[2] ?? m[3] ?? ''));
  return out;
}

/** Every element named `name` (any namespace prefix): its attribute text and inner XML. */
function elements(xml: string, name: string): { attrs: string; inner: string }[] {
  const re = new RegExp(`<(?:\\w+:)?${name}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${name}>)`, 'g');
  return [...xml.matchAll(re)].map((m) => ({ attrs: m[1] ?? '', inner: m[2] ?? '' }));
}

/** The text of a string item: its <t> elements in order, phonetic runs (<rPh>) left out. */
function textOf(inner: string): string {
  return elements(inner.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, ''), 't').map((t) => decode(t.inner)).join('');
}

/** "AB12" → [11, 27]: 0-based row and column. */
function cellRef(ref: string): [number, number] | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}

function cellValue(type: string | undefined, inner: string, shared: readonly string[], where: string): XlsxCell {
  if (type === 'inlineStr') return textOf(elements(inner, 'is')[0]?.inner ?? '');
  const v = elements(inner, 'v')[0];
  if (v === undefined) return null;
  const raw = decode(v.inner);
  if (type === 's') {
    const s = shared[Number(raw)];
    if (s === undefined) throw new Invalid(`${where} refers to shared string ${raw}, but there are only ${shared.length}`);
    return s;
  }
  if (type === 'str' || type === 'e' || type === 'd') return raw;
  if (type === 'b') return raw === '1' ? 'TRUE' : 'FALSE';
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) throw new Invalid(`${where} holds "${raw}", which is not a number`);
  return n;
}

function sheetRows(xml: string, shared: readonly string[], sheetName: string): XlsxCell[][] {
  const grid: XlsxCell[][] = [];
  let r = -1, width = 0;
  for (const row of elements(xml, 'row')) {
    const rr = attributes(row.attrs).get('r');
    r = rr !== undefined ? Number(rr) - 1 : r + 1;
    let c = -1;
    for (const cell of elements(row.inner, 'c')) {
      const a = attributes(cell.attrs);
      const ref = a.get('r') !== undefined ? cellRef(a.get('r')!) : null;
      c = ref ? ref[1] : c + 1;
      const value = cellValue(a.get('t'), cell.inner, shared, `sheet "${sheetName}" cell ${a.get('r') ?? `row ${r + 1} column ${c + 1}`}`);
      if (value === null) continue;
      while (grid.length <= r) grid.push([]);
      grid[r]![c] = value;
      width = Math.max(width, c + 1);
    }
  }
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null));
}

/** A part's path inside the archive from a relationship target relative to xl/. */
function partPath(target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) { if (p === '..') out.pop(); else if (p !== '.') out.push(p); }
  return out.join('/');
}

/** Reads every sheet of a workbook (errors as values: xlsx_invalid naming the file). */
export function readXlsx(file: string, bytes: Uint8Array): XlsxResult {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const issue = (message: string): DataIssue => ({ code: 'xlsx_invalid', file, message, fix: 'download the workbook again and pass the .xlsx file as published (not re-saved in another format)' });
  try {
    const entries = centralDirectory(buf);
    const part = (name: string, required: boolean): string | null => {
      const e = entries.get(name);
      if (!e) { if (required) throw new Invalid(`the archive has no ${name}: it is not an Excel workbook`); return null; }
      return entryBytes(buf, e).toString('utf8');
    };
    const workbook = part('xl/workbook.xml', true)!;
    const rels = new Map(elements(part('xl/_rels/workbook.xml.rels', true)!, 'Relationship').map((r) => {
      const a = attributes(r.attrs);
      return [a.get('Id') ?? '', a.get('Target') ?? ''] as const;
    }));
    const sst = part('xl/sharedStrings.xml', false);
    const shared = sst === null ? [] : elements(sst, 'si').map((si) => textOf(si.inner));
    const sheets: XlsxSheet[] = [];
    const problems: DataIssue[] = [];
    for (const s of elements(workbook, 'sheet')) {
      const a = attributes(s.attrs);
      const name = a.get('name') ?? '';
      const id = [...a].find(([k]) => /^\w+:id$/.test(k))?.[1];
      const target = id !== undefined ? rels.get(id) : undefined;
      try {
        if (target === undefined) throw new Invalid(`sheet "${name}" has no relationship in xl/_rels/workbook.xml.rels`);
        sheets.push({ name, rows: sheetRows(part(partPath(target), true)!, shared, name) });
      } catch (err) {
        if (!(err instanceof Invalid)) throw err;
        problems.push(issue(err.message));
      }
    }
    if (problems.length > 0) return { ok: false, issues: problems };
    if (sheets.length === 0) return { ok: false, issues: [issue('the workbook lists no sheets')] };
    return { ok: true, value: sheets };
  } catch (err) {
    if (err instanceof Invalid) return { ok: false, issues: [issue(err.message)] };
    throw err;
  }
}
