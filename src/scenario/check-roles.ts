/**
 * States named by events, against the World of the scenario's year: each must exist in that
 * world and be able to play its part (docs/SCENARIOS.md, Events, says which part each field
 * asks for). States that join NATO in the scenario count as allies from their accession on.
 */
import type { StateRecord, World } from '../data/index.js';
import type { IssueDraft } from './errors.js';
import { formatPath, type FieldPath } from './locate.js';
import { isMonth, monthIndex, monthText } from './month.js';
import { didYouMean } from './suggest.js';

/** ally: an ally of the year (or a state joining in the scenario); candidate: may join NATO; member: may leave; target: may be probed; nato: a NATO member or the patron (an EFP framework nation). */
type Role = 'ally' | 'candidate' | 'member' | 'target' | 'nato';

/** Which fields of which events name states, and the part they ask of them. */
const STATE_FIELDS: Readonly<Record<string, readonly (readonly [string, Role])[]>> = {
  deployment: [['location', 'ally']],
  withdrawal: [['location', 'ally']],
  exercise: [['locations', 'ally']],
  reassurance: [['states', 'ally']],
  election: [['state', 'ally']],
  bilateral_pact: [['state', 'ally']],
  efp: [['state', 'ally'], ['framework', 'nato']],
  gdp_shock: [['states', 'ally']],
  nuclear_guarantee: [['states', 'ally'], ['acceptance', 'ally']],
  accession: [['state', 'candidate']],
  exit: [['state', 'member']],
  crisis: [['location', 'target']],
  probe: [['location', 'target']],
};

/** North Korea's reach in the roster: its probes are against South Korea and Japan (an assumption the model shares). */
const PRK_TARGETS = ['KOR', 'JPN'];

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isIso3 = (v: unknown): v is string => typeof v === 'string' && /^[A-Z]{3}$/.test(v);

function roleName(s: StateRecord): string {
  if (s.roles.patron) return 'the patron';
  if (s.roles.rival) return 'a rival';
  if (s.roles.ally) return 'an ally';
  if (s.roles.grayZone) return 'a gray zone';
  return 'a partner';
}

/** First and last month an event can fall in, when its timing is readable. */
function monthsOf(e: Record<string, unknown>): [number, number] | undefined {
  if (isMonth(e.at)) return [monthIndex(e.at), monthIndex(e.at)];
  const w = e.window;
  if (Array.isArray(w) && isMonth(w[0]) && isMonth(w[1])) {
    const a = monthIndex(w[0]), b = monthIndex(w[1]);
    return [Math.min(a, b), Math.max(a, b)];
  }
  return undefined;
}

interface Context {
  readonly world: World;
  /** States joining NATO in the scenario, with the earliest month they can join (NaN if unreadable). */
  readonly joining: ReadonlyMap<string, number>;
}

function probeTargets(ctx: Context, rival: string): StateRecord[] {
  const theatre = ctx.world.states.find((s) => s.iso3 === rival)?.theatre;
  return ctx.world.states.filter((s) => !s.roles.patron && !s.roles.rival && s.theatre === theatre
    && (s.roles.grayZone || s.roles.ally || ctx.joining.has(s.iso3)) && (rival !== 'PRK' || PRK_TARGETS.includes(s.iso3)));
}

function roleIssue(ctx: Context, e: Record<string, unknown>, path: FieldPath, s: StateRecord, role: Role): IssueDraft | undefined {
  const { world, joining } = ctx;
  const p = formatPath(path);
  const who = `${s.iso3} (${s.name})`;
  const wrong = (message: string, fix: string): IssueDraft => ({ code: 'wrong_role', path, message: `${p} ${who} ${message}`, fix });
  const beforeJoining = (): IssueDraft | undefined => {
    const joins = joining.get(s.iso3)!;
    const when = monthsOf(e);
    if (when === undefined || Number.isNaN(joins) || when[1] >= joins) return undefined;
    return wrong(`joins NATO at ${monthText(joins)} at the earliest, after this ${String(e.type)} (${monthText(when[1])})`, `date this event at or after the accession, or the accession earlier`);
  };
  switch (role) {
    case 'ally':
      if (s.roles.ally) return undefined;
      if (joining.has(s.iso3)) return beforeJoining();
      if (s.roles.patron) return wrong(`is the patron: ${String(e.type)} events are about its allies`, 'name the ally the event touches; the patron\'s own policy changes by guarantee, rhetoric and doctrine events');
      return wrong(`is ${roleName(s)}, not a U.S. ally, in the ${world.year} world: ${String(e.type)} events touch allies only`,
        `name an ally (NATO members, AUS, JPN, KOR, PHL, THA), or add an accession of ${s.iso3} before this event`);
    case 'candidate':
      if (s.roles.natoMember || s.roles.patron) return wrong(`is already a NATO member in the ${world.year} world (since ${s.alliances.natoAccession ?? 'its founding'})`, `remove the accession, or choose a world year before ${s.iso3} joined`);
      if (s.roles.rival) return wrong('is a rival: it cannot join NATO', 'name a gray zone or partner that could join (e.g. MNE, MKD, FIN, SWE)');
      if (s.theatre !== 'europe') return wrong(`is in the ${s.theatre} theatre: NATO admits European states (North Atlantic Treaty, Article 10)`, `for a bespoke pact with ${s.iso3} use a bilateral_pact event`);
      return undefined;
    case 'member':
      if (s.roles.patron) return wrong('is the patron: the USA leaves NATO by a treaty_exit', 'write { type: treaty_exit, treaty: NATO } instead');
      if (s.roles.natoMember) return undefined;
      if (joining.has(s.iso3)) return beforeJoining();
      return wrong(`is not a NATO member in the ${world.year} world: only a member can leave`, `name a member, or add an accession of ${s.iso3} before its exit`);
    case 'nato':
      if (s.roles.natoMember || s.roles.patron || joining.has(s.iso3)) return undefined;
      return wrong(`is not a NATO member in the ${world.year} world: a battlegroup's framework nation is a member`, 'name a NATO member (the 2017 framework nations were GBR, CAN, DEU and USA)');
    case 'target': {
      const rival = typeof e.rival === 'string' ? e.rival : undefined;
      if (rival === undefined) return undefined;
      const targets = probeTargets(ctx, rival);
      if (targets.some((t) => t.iso3 === s.iso3)) return undefined;
      const theatre = world.states.find((x) => x.iso3 === rival)?.theatre ?? 'its';
      const grey = targets.filter((t) => t.roles.grayZone).map((t) => t.iso3);
      return wrong(`is no gray zone or ally in the theatre of ${rival} (${theatre})`,
        targets.length === 0 ? `${rival} has no gray zone or ally in its theatre among the states Ballast follows; express its pressure through other events`
          : rival === 'PRK' ? `name ${PRK_TARGETS.join(' or ')}` : `name a gray zone (${grey.join(', ')}) or an ally in the ${theatre} theatre`);
    }
  }
}

function eventIssues(ctx: Context, e: Record<string, unknown>, i: number): IssueDraft[] {
  const issues: IssueDraft[] = [];
  const codes = ctx.world.states.map((s) => s.iso3);
  for (const [field, role] of STATE_FIELDS[String(e.type)] ?? []) {
    const v = e[field];
    // A field names states as one code, a list of codes, or the keys of a map (nuclear_guarantee.acceptance).
    const named: [FieldPath, string][] = isIso3(v) ? [[['events', i, field], v]]
      : Array.isArray(v) ? v.flatMap((c, k): [FieldPath, string][] => (isIso3(c) ? [[['events', i, field, k], c]] : []))
        : isRecord(v) ? Object.keys(v).filter(isIso3).map((c): [FieldPath, string] => [['events', i, field, c], c]) : [];
    for (const [path, code] of named) {
      const s = ctx.world.states.find((x) => x.iso3 === code);
      if (!s) {
        issues.push({
          code: 'unknown_state', path,
          message: `${formatPath(path)} ${code} is not a state in the ${ctx.world.year} world${didYouMean(code, codes)}`,
          fix: `use the ISO3 code of one of the ${codes.length} states Ballast follows (ballast world --year ${ctx.world.year} --all lists them)`,
        });
        continue;
      }
      const wrong = roleIssue(ctx, e, path, s, role);
      if (wrong) issues.push(wrong);
    }
  }
  return issues;
}

export function roleIssues(raw: unknown, world: World): IssueDraft[] {
  const events = isRecord(raw) && Array.isArray(raw.events) ? raw.events.map((e) => (isRecord(e) ? e : undefined)) : [];
  const joining = new Map<string, number>();
  for (const e of events) {
    if (e?.type !== 'accession' || !isIso3(e.state)) continue;
    const s = world.states.find((x) => x.iso3 === e.state);
    if (!s || s.roles.natoMember || s.roles.patron) continue;
    const from = monthsOf(e)?.[0] ?? Number.NaN;
    const known = joining.get(e.state);
    joining.set(e.state, known === undefined || Number.isNaN(known) ? from : Math.min(known, from));
  }
  const ctx: Context = { world, joining };
  return events.flatMap((e, i) => (e ? eventIssues(ctx, e, i) : []));
}
