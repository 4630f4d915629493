/**
 * zod's issues, restated for people who write scenario files: each gets a scenario error
 * code, the field path, a message naming the field, the bad value and what is allowed, and a
 * fix. Positions are added later (validate.ts), from the path.
 */
import type { z } from 'zod';
import { PARAMETER_BY_NAME } from '../model/parameters.js';
import type { IssueDraft } from './errors.js';
import { boundsOf, describeField, fieldsAt, schemaAt, unwrap, valueAt } from './field.js';
import { formatPath, type FieldPath } from './locate.js';
import { didYouMean, closest } from './suggest.js';

export interface SchemaIssueContext {
  /** The roster code for a name or lower-case code ("Poland", "pol" → "POL (Poland)"), if any. */
  readonly suggestState?: (text: string) => string | undefined;
}

type Issue = z.core.$ZodIssue;

/** A value as a message quotes it. */
export function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'nothing (an empty value)';
  if (Array.isArray(v)) return `a list (${v.length} item${v.length === 1 ? '' : 's'})`;
  if (typeof v === 'object') return 'a mapping';
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

const label = (path: FieldPath) => formatPath(path) || 'the scenario';

/** "events[2] (accession)" for an event, else the path. */
function owner(path: FieldPath, raw: unknown): string {
  const v = valueAt(raw, path);
  const type = v !== null && typeof v === 'object' ? (v as { type?: unknown }).type : undefined;
  return path[0] === 'events' && path.length === 2 && typeof type === 'string' ? `${label(path)} (${type})` : label(path);
}

const MONTH_LIKE = /^(\d{4})-(\d{1,2})(?:-\d{1,2})?$/;

function formatFix(path: FieldPath, v: unknown, expected: string, ctx: SchemaIssueContext): string {
  if (typeof v === 'string') {
    const m = MONTH_LIKE.exec(v.trim());
    if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `write ${m[1]}-${m[2]!.padStart(2, '0')}`;
    const state = ctx.suggestState?.(v);
    if (state) return `write ${state.split(' ')[0]} for ${state.slice(state.indexOf(' ') + 1).replace(/^\(|\)$/g, '')}`;
  }
  return `write ${label(path)} as ${expected}`;
}

function fromIssue(i: Issue, raw: unknown, ctx: SchemaIssueContext): IssueDraft[] {
  const path = i.path as (string | number)[];
  const p = label(path);
  const v = valueAt(raw, path);
  const field = schemaAt(path, raw);
  const last = path[path.length - 1];

  const missing = (): IssueDraft => {
    const parent = path.slice(0, -1);
    return {
      code: 'missing_field', path,
      message: `${owner(parent, raw)} is missing the required field ${String(last)}`,
      fix: `add ${String(last)}: ${describeField(field)}`,
    };
  };

  switch (i.code) {
    case 'invalid_type': {
      if (v === undefined && path.length > 0) return [missing()];
      if (path.length === 0) {
        const empty = v === null || v === undefined;
        return [{
          code: 'invalid_type', path,
          message: empty ? 'the scenario is empty' : `the scenario must be a mapping of fields (name, start, patron, events, …), not ${show(v)}`,
          fix: 'start from a shipped scenario (scenarios/continuity.yaml) or the example in docs/SCENARIOS.md',
        }];
      }
      const spec = path[0] === 'parameters' && path.length === 2 ? PARAMETER_BY_NAME.get(String(last)) : undefined;
      const expected = spec ? `a number from ${spec.min} to ${spec.max} (${spec.unit}; default ${spec.default})` : describeField(field);
      return [{ code: 'invalid_type', path, message: `${p} must be ${expected}, not ${show(v)}`, fix: formatFix(path, v, expected, ctx) }];
    }
    case 'invalid_union': {
      if ('discriminator' in i && i.discriminator !== undefined) {
        const types = (i as { options?: unknown[] }).options?.map(String) ?? [];
        if (v === undefined) return [{ ...missing(), fix: `add type: one of ${types.join(', ')}` }];
        const near = typeof v === 'string' ? closest(v, types, 1) : [];
        return [{
          code: 'unknown_event_type', path,
          message: `${p} ${show(v)} is not an event type; the types are ${types.join(', ')}${typeof v === 'string' ? didYouMean(v, types) : ''}`,
          fix: near.length > 0 ? `write type: ${near[0]}` : 'use one of the types listed (docs/SCENARIOS.md, Events, says what each does)',
        }];
      }
      const expected = describeField(field);
      return [{ code: typeof v === 'string' ? 'invalid_value' : 'invalid_type', path, message: `${p} must be ${expected}, not ${show(v)}`, fix: formatFix(path, v, expected, ctx) }];
    }
    case 'invalid_value': {
      const values = i.values.map(String);
      const near = typeof v === 'string' ? closest(v, values, 1) : [];
      const optional = field !== undefined && (field.def.type === 'default' || field.def.type === 'optional');
      return [{
        code: 'invalid_value', path,
        message: values.length === 1
          ? `${p} is ${show(v)}; the only value allowed is ${values[0]}`
          : `${p} is ${show(v)}; allowed values: ${values.join(', ')}${typeof v === 'string' ? didYouMean(v, values) : ''}`,
        fix: `${near.length > 0 ? `write ${near[0]}` : `write ${values.length === 1 ? values[0] : `one of ${values.join(', ')}`}`}${optional ? ', or leave the field out for its default' : ''}`,
      }];
    }
    case 'too_small':
    case 'too_big': {
      const bound = i.code === 'too_small' ? i.minimum : i.maximum;
      if (last === 'probability') {
        return [{
          code: 'probability_out_of_range', path,
          message: `${p} is ${show(v)}: a probability must be from 0 to 1`,
          fix: 'write the chance as a share (0.6 for 60%), or leave probability out for an event that surely happens',
        }];
      }
      if (i.origin === 'string') return [{ code: 'invalid_value', path, message: `${p} is empty`, fix: `write ${p}: ${field?.description ?? describeField(field)}` }];
      if (i.origin === 'array' && field !== undefined && unwrap(field).def.type === 'tuple') {
        return [{ code: 'invalid_type', path, message: `${p} must be a pair [from, to], not ${show(v)}`, fix: `write ${p}: [from, to] with two months, e.g. [2017-05, 2018-01]` }];
      }
      if (i.origin === 'array' && i.code === 'too_big' && formatPath(path) === 'events') {
        return [{
          code: 'too_many_events', path,
          message: `events lists ${Array.isArray(v) ? v.length.toLocaleString('en-US') : 'too many'} events: a scenario takes at most ${bound.toLocaleString('en-US')}`,
          fix: 'write a recurring or uncertain event once, with a window: [from, to] and a probability, or split the question into several scenarios',
        }];
      }
      if (i.origin === 'array') {
        const most = i.code === 'too_big' ? 'at most' : 'at least';
        return [{ code: 'out_of_range', path, message: `${p} must list ${most} ${String(bound)} item${bound === 1 ? '' : 's'}, not ${show(v)}`, fix: `write ${p} as ${describeField(field)}` }];
      }
      const b = field ? boundsOf(field) : undefined;
      const range = b?.min !== undefined && b.max !== undefined ? `from ${b.min} to ${b.max}` : `${i.code === 'too_small' ? (i.inclusive ? 'at least' : 'above') : (i.inclusive ? 'at most' : 'below')} ${String(bound)}`;
      return [{ code: 'out_of_range', path, message: `${p} is ${show(v)}, outside its bounds: it must be ${range}`, fix: `write ${p} as ${describeField(field)}` }];
    }
    case 'invalid_format': {
      const expected = i.message;
      return [{ code: 'invalid_format', path, message: `${p} is ${show(v)}: it must be ${expected}`, fix: formatFix(path, v, expected, ctx) }];
    }
    case 'unrecognized_keys': {
      const allowed = fieldsAt(path, raw);
      return i.keys.map((key) => {
        const near = closest(key, allowed, 1);
        return {
          code: 'unknown_field' as const, path: [...path, key], part: 'key' as const,
          message: `${owner(path, raw)} has no field ${JSON.stringify(key)}${didYouMean(key, allowed)}`,
          fix: `${near.length > 0 ? `rename it to ${near[0]}` : 'remove it'}; the fields of ${owner(path, raw)} are ${allowed.join(', ')}`,
        };
      });
    }
    default:
      return [{ code: 'invalid_value', path, message: `${p}: ${i.message}`, fix: `write ${p} as ${describeField(field)}` }];
  }
}

/** Every zod issue of a failed parse, as scenario issue drafts. */
export function schemaIssues(issues: readonly Issue[], raw: unknown, ctx: SchemaIssueContext = {}): IssueDraft[] {
  return issues.flatMap((i) => fromIssue(i, raw, ctx));
}
