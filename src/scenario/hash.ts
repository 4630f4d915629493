/**
 * The identity of a scenario for run manifests: a SHA-256 of its validated value written as
 * canonical JSON. Comments, key order, quoting, YAML-or-JSON and defaults written out or left
 * implicit do not change the hash; any change to a value does.
 */
import { createHash } from 'node:crypto';
import type { Scenario } from './schema.js';

/** JSON with object keys sorted at every level and no whitespace; undefined fields dropped. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** sha256 of canonicalJson(scenario), as 64 lower-case hex digits. Pass a validated scenario (defaults applied). */
export function scenarioHash(scenario: Scenario): string {
  return createHash('sha256').update(canonicalJson(scenario)).digest('hex');
}
