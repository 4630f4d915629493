/**
 * What the format expects at a field path, read from the zod schema itself (schema.ts), so
 * that messages and fixes say "a whole number from 1 to 240 (default 48)" without keeping a
 * second copy of the format.
 */
import { z } from 'zod';
import { scenarioSchema } from './schema.js';
import type { FieldPath } from './locate.js';

type Schema = z.ZodType;

export function valueAt(value: unknown, path: FieldPath): unknown {
  let v = value;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

export function unwrap(s: Schema): Schema {
  let t = s;
  while (t instanceof z.ZodDefault || t instanceof z.ZodOptional) t = t.unwrap() as Schema;
  return t;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The event variant a raw event selects by its `type`, if that type exists. */
function variantOf(s: z.ZodDiscriminatedUnion, raw: unknown): z.ZodObject | undefined {
  const type = isRecord(raw) ? raw.type : undefined;
  return (s.options as z.ZodObject[]).find((o) => (o.shape.type as z.ZodLiteral).value === type);
}

/** The schema of the value at `path` in `raw`, or undefined where the format has no such field. */
export function schemaAt(path: FieldPath, raw: unknown): Schema | undefined {
  let s: Schema = scenarioSchema;
  let v = raw;
  for (const seg of path) {
    let t = unwrap(s);
    if (t instanceof z.ZodDiscriminatedUnion) {
      const o = variantOf(t, v);
      if (!o) return undefined;
      t = o;
    }
    let next: Schema | undefined;
    if (t instanceof z.ZodObject) next = t.shape[String(seg)] as Schema | undefined;
    else if (t instanceof z.ZodArray) next = t.element as Schema;
    else if (t instanceof z.ZodTuple) next = (t.def.items as Schema[])[Number(seg)];
    else if (t instanceof z.ZodRecord) next = t.valueType as Schema;
    else if (t instanceof z.ZodUnion) {
      // gdp_shock and nuclear_guarantee `states`: a keyword or a list; an index means the list.
      const list = (t.options as Schema[]).map(unwrap).find((o): o is z.ZodArray => o instanceof z.ZodArray);
      next = typeof seg === 'number' && list ? (list.element as Schema) : undefined;
    }
    if (!next) return undefined;
    s = next;
    v = isRecord(v) || Array.isArray(v) ? (v as Record<string | number, unknown>)[seg] : undefined;
  }
  return s;
}

/** The field names allowed in the mapping at `path` (an event's depend on its type). */
export function fieldsAt(path: FieldPath, raw: unknown): string[] {
  let t = schemaAt(path, raw);
  if (!t) return [];
  t = unwrap(t);
  if (t instanceof z.ZodDiscriminatedUnion) t = variantOf(t, valueAt(raw, path));
  return t instanceof z.ZodObject ? Object.keys(t.shape) : [];
}

interface Bounds { min?: number; minInclusive: boolean; max?: number; maxInclusive: boolean }

/** Numeric bounds (or length bounds) declared by a schema's checks. */
export function boundsOf(s: Schema): Bounds {
  const b: Bounds = { minInclusive: true, maxInclusive: true };
  for (const c of (unwrap(s).def as { checks?: { _zod: { def: Record<string, unknown> } }[] }).checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'greater_than') { b.min = d.value as number; b.minInclusive = d.inclusive as boolean; }
    if (d.check === 'less_than') { b.max = d.value as number; b.maxInclusive = d.inclusive as boolean; }
    if (d.check === 'min_length') b.min = d.minimum as number;
  }
  return b;
}

function rangeText(b: Bounds): string {
  if (b.min !== undefined && b.max !== undefined) return ` from ${b.min} to ${b.max}`;
  if (b.min !== undefined) return b.minInclusive ? ` of at least ${b.min}` : ` above ${b.min}`;
  if (b.max !== undefined) return b.maxInclusive ? ` of at most ${b.max}` : ` below ${b.max}`;
  return '';
}

/** The allowed values of an enum or literal field, else undefined. */
export function allowedValues(s: Schema | undefined): string[] | undefined {
  const t = s && unwrap(s);
  if (t instanceof z.ZodEnum) return t.options.map(String);
  if (t instanceof z.ZodLiteral) return [...t.values].map(String);
  return undefined;
}

/** A phrase for what a field holds: "a whole number from 1 to 240 (default 48)". */
export function describeField(s: Schema | undefined): string {
  if (!s) return 'a value the format defines (docs/SCENARIOS.md)';
  const d: unknown = s instanceof z.ZodDefault ? s.def.defaultValue : undefined;
  // An empty list or mapping by default is "none", not worth a mention.
  const fallback = d === undefined || typeof d === 'object' ? '' : ` (default ${String(d)})`;
  const t = unwrap(s);
  const values = allowedValues(t);
  if (values) return values.length === 1 ? values[0]! : `one of ${values.join(', ')}${fallback}`;
  if (t instanceof z.ZodNumber) return `${t.isInt ? 'a whole number' : 'a number'}${rangeText(boundsOf(t))}${fallback}`;
  if (t instanceof z.ZodString) {
    // The schema's own words for a pattern ("a month written YYYY-MM, e.g. 2017-04").
    const r = t.safeParse('');
    const format = r.success ? undefined : r.error.issues.find((i) => i.code === 'invalid_format')?.message;
    return format ?? 'text';
  }
  if (t instanceof z.ZodTuple) return `a pair [from, to], each ${describeField((t.def.items as Schema[])[0])}`;
  if (t instanceof z.ZodArray) {
    const min = boundsOf(t).min;
    return `a list${min ? ` of at least ${min}` : ''}, each ${describeField(t.element as Schema)}${fallback}`;
  }
  if (t instanceof z.ZodDiscriminatedUnion) {
    const types = (t.options as z.ZodObject[]).map((o) => String((o.shape.type as z.ZodLiteral).value));
    return `an event: a mapping with a type (${types.join(', ')}), at or window, and the fields of its type`;
  }
  if (t instanceof z.ZodUnion) return (t.options as Schema[]).map((o) => describeField(o)).join(', or ') + fallback;
  if (t instanceof z.ZodRecord) return 'a mapping of name: number';
  if (t instanceof z.ZodObject) return `a mapping with the fields ${Object.keys(t.shape).join(', ')}`;
  return 'a value the format defines (docs/SCENARIOS.md)';
}
