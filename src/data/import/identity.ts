/**
 * Who a row in a release is about. Three answers: a roster state (kept), a country the code
 * list knows but Ballast does not follow (skipped silently), or nobody Ballast can name: an
 * unknown_code issue when the row gives an ISO3 code, a skipped name when it gives only a
 * name (SIPRI's region headers, troopdata's territories).
 */
import { datasetRows } from '../curated.js';
import { loadFacts, type RosterState } from '../facts.js';
import { Roster } from '../roster.js';
import type { TableReader } from '../table.js';

export interface Identities {
  readonly roster: Roster;
  readonly iso3: ReadonlySet<string>;
  readonly cow: ReadonlySet<number>;
  readonly names: ReadonlySet<string>;
}

export type Match = { readonly kind: 'state'; readonly state: RosterState } | { readonly kind: 'outside' } | { readonly kind: 'unknown' };

// The same folding as Roster's name lookup, so both agree on what counts as one name.
function fold(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The roster (roster.json aliases plus the names in states.csv and codes.csv) and the code list. */
export function loadIdentities(dataDir: string): Identities {
  const facts = loadFacts(dataDir);
  const names = new Map<string, string>();
  for (const r of [...datasetRows(dataDir, 'states'), ...datasetRows(dataDir, 'codes')]) {
    if (r.iso3 !== null && r.name !== null) names.set(String(r.name), String(r.iso3));
  }
  const codes = datasetRows(dataDir, 'codes');
  return {
    roster: new Roster(facts.roster.states, names),
    iso3: new Set(codes.filter((r) => r.iso3 !== null).map((r) => String(r.iso3))),
    cow: new Set(codes.filter((r) => r.cow !== null).map((r) => Number(r.cow))),
    names: new Set(codes.map((r) => fold(String(r.name)))),
  };
}

/** OWID's own codes (OWID_WRL, OWID_KOS) are not ISO codes: such rows are matched by name. */
function isoLike(code: string): boolean {
  return code !== '' && !/^OWID_/i.test(code);
}

/** By ISO3 code when there is one, else by COW code, else by name. */
export function identify(ids: Identities, code: string, name: string, cow: number | null = null): Match {
  if (isoLike(code)) {
    const s = ids.roster.byIso3(code);
    if (s) return { kind: 'state', state: s };
    return ids.iso3.has(code.toUpperCase()) ? { kind: 'outside' } : { kind: 'unknown' };
  }
  if (cow !== null) {
    const s = ids.roster.byCowWithAliases(cow);
    if (s) return { kind: 'state', state: s };
    if (ids.cow.has(cow)) return { kind: 'outside' };
  }
  const s = ids.roster.byName(name);
  if (s) return { kind: 'state', state: s };
  return ids.names.has(fold(name)) ? { kind: 'outside' } : { kind: 'unknown' };
}

/**
 * Checks the identity of every row of a long table before an importer reads it: an ISO3
 * code in no code list is an unknown_code issue (with its line and column); a row with no
 * code and a name nobody knows is skipped. Returns the skipped names, each once, in order.
 */
export function screenRows(t: TableReader, ids: Identities, cols: { code: string; name: string; cow?: string }): string[] {
  const skipped = new Set<string>();
  const codeColumn = t.table.header.indexOf(cols.code) + 1;
  for (let r = 0; r < t.length; r++) {
    const code = t.text(r, cols.code) === 'NA' ? '' : t.text(r, cols.code);
    const cow = cols.cow === undefined ? null : t.num(r, cols.cow, ['NA']);
    const name = t.text(r, cols.name);
    if (identify(ids, code, name, cow).kind !== 'unknown') continue;
    if (isoLike(code)) {
      t.push({ code: 'unknown_code', row: r, column: codeColumn, field: cols.code, message: `"${code}"${name ? ` (${name})` : ''} is in no code list (data/facts/roster.json, data/codes.csv)`, fix: 'correct the ISO 3166 alpha-3 code (e.g. POL), or delete the row if it is not a country' });
    } else if (name !== '') skipped.add(name);
  }
  return [...skipped];
}
