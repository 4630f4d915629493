/**
 * The hand-maintained facts under data/facts/: the roster of states, dated memberships and
 * nuclear status. They are inputs a maintainer edits (with a source for every entry), read
 * through these schemas so a typo names its file and field path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DataError } from './errors.js';

const iso3 = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166 alpha-3 code such as POL');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

export const GROUPS = ['patron', 'nato', 'asia_ally', 'partner', 'rival', 'gray_zone'] as const;
export type Group = (typeof GROUPS)[number];
import { THEATRES } from '../vocabulary.js';

export { THEATRES, type Theatre } from '../vocabulary.js';

const rosterSchema = z.object({
  _about: z.string(),
  states: z.array(z.object({
    iso3,
    cow: z.number().int().positive(),
    cowAliases: z.array(z.number().int().positive()).optional(),
    from: z.number().int().optional(),
    until: z.number().int().optional(),
    name: z.string().optional(),
    sipriName: z.string().optional(),
    aliases: z.array(z.string()).optional(),
    theatre: z.enum(THEATRES),
    groups: z.array(z.enum(GROUPS)).min(1),
    note: z.string().optional(),
  }).strict()),
}).strict();

const span = z.object({
  iso3,
  from: isoDate,
  until: isoDate.nullable().optional(),
  note: z.string().optional(),
});

const membershipsSchema = z.object({
  _about: z.string(),
  sources: z.object({ nato: z.string(), nato_command: z.string(), eu: z.string(), efp: z.string(), us_treaties: z.string() }).strict(),
  nato: z.array(span.strict()),
  nato_command_exceptions: z.array(span.strict()),
  eu: z.array(span.strict()),
  efp: z.array(span.extend({ framework: iso3 }).strict()),
  us_treaties: z.array(z.object({
    treaty: z.string(),
    atopid: z.number().int(),
    partners: z.union([z.literal('nato'), z.array(iso3)]),
    from: isoDate,
    until: isoDate.nullable().optional(),
    symmetric: z.boolean(),
    note: z.string().optional(),
  }).strict()),
}).strict();

/** The kinds of binding commitment against nuclear weapons beyond the NPT (data/facts/nuclear.json `commitments`). */
export const COMMITMENT_KINDS = ['nwfz_treaty', 'law', 'constitution', 'principles', 'renunciation_treaty'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

const nuclearSchema = z.object({
  _about: z.string(),
  sources: z.object({ npt: z.string(), weapons: z.string(), sharing: z.string(), latent: z.string(), history: z.string(), commitments: z.string() }).strict(),
  npt: z.array(span.strict()),
  weapons: z.array(span.strict()),
  sharing: z.array(span.strict()),
  latent: z.array(span.strict()),
  /** Domestic or legal commitments against acquiring nuclear weapons (NWFZ treaties, laws, principles), each with its instrument as source. */
  commitments: z.array(z.object({
    iso3,
    kind: z.enum(COMMITMENT_KINDS),
    from: z.lazy(() => cutDate), // cutDate is declared below with LAST_FACT_DATE
    until: z.lazy(() => cutDate).nullable().optional(),
    description: z.string().min(10, 'say what the commitment forbids'),
    source: z.string().min(10, 'name the instrument (treaty, act, resolution) and its date'),
  }).strict().refine((e) => e.until === undefined || e.until === null || e.from <= e.until, { message: '`from` is after `until`', path: ['until'] })),
  history: z.array(z.object({
    iso3,
    level: z.enum(['explore', 'pursue', 'acquire']),
    from: z.number().int(),
    until: z.number().int().nullable(),
    note: z.string().optional(),
  }).strict()),
}).strict();

/** The last day a fact may describe: the data are cut at 2016 (see docs/DATA.md). */
export const LAST_FACT_DATE = '2016-12-31';
const notAfterCut = (d: string) => d <= LAST_FACT_DATE;
const cutDate = isoDate.refine(notAfterCut, `a date no later than ${LAST_FACT_DATE}: the data stop at 2016`);

const citation = z.object({
  author: z.string().min(1),
  year: z.number().int().min(1900).max(2016, 'a source published no later than 2016'),
  title: z.string().min(1),
  venue: z.string().min(1),
  url: z.string().url().optional(),
}).strict();

const codingBase = { iso3, from: cutDate, until: cutDate, reason: z.string().min(10), sources: z.array(citation).min(1) };
const fromBeforeUntil = { message: '`from` is after `until`', path: ['until'] };

export const ORIENTATION_RIVALS = ['RUS', 'CHN'] as const;
export type OrientationRival = (typeof ORIENTATION_RIVALS)[number];

const orientationSchema = z.object({
  _about: z.string(),
  scale: z.string(),
  entries: z.array(z.object({ ...codingBase, rival: z.enum(ORIENTATION_RIVALS), value: z.number().min(0).max(1) }).strict()
    .refine((e) => e.from <= e.until, fromBeforeUntil)),
  no_party_government: z.array(z.object(codingBase).strict().refine((e) => e.from <= e.until, fromBeforeUntil)),
}).strict();

/** data/facts/alignment.json: dated episodes of allies distancing from ("away") or returning to ("back") the U.S. */
export const ALIGNMENT_DIRECTIONS = ['away', 'back'] as const;
const alignmentSchema = z.object({
  _about: z.string(),
  entries: z.array(z.object({
    iso3, rival: z.enum(ORIENTATION_RIVALS), from: cutDate, until: cutDate.nullable(),
    direction: z.enum(ALIGNMENT_DIRECTIONS), description: z.string().min(10), sources: z.array(citation).min(1),
  }).strict()
    .refine((e) => e.until === null || e.from <= e.until, fromBeforeUntil)
    .refine((e) => e.direction === 'away' || e.until === null, { message: 'a "back" episode marks a return: its `until` is null', path: ['until'] })),
}).strict();

export type Roster = z.infer<typeof rosterSchema>;
export type RosterState = Roster['states'][number];
export type Memberships = z.infer<typeof membershipsSchema>;
export type Nuclear = z.infer<typeof nuclearSchema>;
export type Span = z.infer<typeof span>;
export type Orientation = z.infer<typeof orientationSchema>;
export type OrientationEntry = Orientation['entries'][number];
export type Citation = z.infer<typeof citation>;
export type Alignment = z.infer<typeof alignmentSchema>;
export type AlignmentEpisode = Alignment['entries'][number];

export interface Facts {
  readonly roster: Roster;
  readonly memberships: Memberships;
  readonly nuclear: Nuclear;
  readonly orientation: Orientation;
  readonly alignment: Alignment;
}

export { FACTS_FILES } from './panel-sources.js';

/** A zod path as a field path: `alignment.entries[3].from`. */
const bracketPath = (root: string, path: readonly PropertyKey[]) =>
  root + path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('');

type TextObserver = (file: string, text: string) => void;

function readJson<T>(dir: string, name: string, onText: TextObserver | undefined, schema: z.ZodType<T>, fieldOf?: (path: readonly PropertyKey[]) => string, fix?: string): T {
  const file = join(dir, name);
  let raw: unknown;
  try {
    const text = readFileSync(file, 'utf8');
    onText?.(file, text);
    raw = JSON.parse(text);
  } catch (err) {
    throw new DataError([{ code: 'facts_unreadable', file, message: `cannot read ${file}: ${(err as Error).message}`, fix: 'restore the file from git' }]);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new DataError(parsed.error.issues.map((i) => ({
      code: 'facts_invalid', file, field: fieldOf ? fieldOf(i.path) : i.path.join('.'), message: i.message,
      fix: fix ?? 'correct the entry; every fact needs the fields shown in data/facts/*.json',
    })));
  }
  return parsed.data;
}

/** Reads and validates the facts files from `<dataDir>/facts`; `onText` hears each file's text as it is parsed. */
export function loadFacts(dataDir: string, onText?: TextObserver): Facts {
  const dir = join(dataDir, 'facts');
  const facts = {
    roster: readJson(dir, 'roster.json', onText, rosterSchema),
    memberships: readJson(dir, 'memberships.json', onText, membershipsSchema),
    nuclear: readJson(dir, 'nuclear.json', onText, nuclearSchema, undefined,
      `correct the entry; every fact needs the fields shown in data/facts/nuclear.json (a commitment: iso3, kind ${COMMITMENT_KINDS.join('|')}, from and optional until as ISO dates no later than ${LAST_FACT_DATE}, a description of what it forbids and its instrument as source)`),
    orientation: readJson(dir, 'orientation.json', onText, orientationSchema),
    alignment: readJson(dir, 'alignment.json', onText, alignmentSchema, (p) => bracketPath('alignment', p),
      'correct the episode: iso3, rival (RUS or CHN), from and until (ISO dates no later than 2016-12-31; until null if still running, always null for "back"), direction (away or back), a one-line description and sources published no later than 2016'),
  };
  const known = new Set(facts.roster.states.map((s) => s.iso3));
  const unknown: string[] = [];
  const check = (where: string, list: readonly { iso3: string }[]) => {
    for (const [i, e] of list.entries()) if (!known.has(e.iso3)) unknown.push(`${where}[${i}].iso3 = ${e.iso3}`);
  };
  check('memberships.json nato', facts.memberships.nato);
  check('memberships.json eu', facts.memberships.eu);
  check('memberships.json efp', facts.memberships.efp);
  check('nuclear.json npt', facts.nuclear.npt);
  check('nuclear.json sharing', facts.nuclear.sharing);
  check('nuclear.json commitments', facts.nuclear.commitments);
  check('orientation.json entries', facts.orientation.entries);
  check('orientation.json no_party_government', facts.orientation.no_party_government);
  check('alignment.json entries', facts.alignment.entries);
  if (unknown.length > 0) {
    throw new DataError(unknown.map((u) => ({
      code: 'unknown_state', file: join(dir, u.split(' ')[0]!), field: u.split(' ').slice(1).join(' '),
      message: `${u} is not in roster.json`, fix: 'add the state to data/facts/roster.json or correct the code',
    })));
  }
  return facts;
}

/** A short citation: "Author (year), Title, venue". */
export function formatCitation(c: Citation): string {
  return `${c.author} (${c.year}), "${c.title}", ${c.venue}${c.url ? `, ${c.url}` : ''}`;
}

/** True when the span covers 31 December of `year`: the convention for every yearly fact. */
export function inForceAtYearEnd(s: { from: string; until?: string | null | undefined }, year: number): boolean {
  const end = `${year}-12-31`;
  return s.from <= end && (s.until === undefined || s.until === null || s.until >= end);
}
