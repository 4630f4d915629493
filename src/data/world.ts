/**
 * The World: a validated snapshot of the alliance system in one year. Built from the
 * curated data/ (see docs/DATA.md); each state's record follows stateRecordSchema, and
 * pairwise data sit in flat typed arrays indexed [a * n + b] for the model to read.
 */
import { DataError, type DataIssue } from './errors.js';
import { formatCitation, inForceAtYearEnd, ORIENTATION_RIVALS, type Group, type Span } from './facts.js';
import { defaultDataDir } from './curated.js';
import { deepFreeze } from './deep-freeze.js';
import { panelOf, TIE_BITS, type Panel, type StateRow, type TieType } from './panel.js';
import { stateRecordSchema, type StateRecord } from './state-record.js';

/** Snapshots start here: the end of the Cold War, where the roster and facts begin. */
export const FIRST_WORLD_YEAR = 1990;

export interface WorldPairs {
  /** ISO3 codes in matrix order (the order of World.states). */
  readonly codes: readonly string[];
  /** Capital-to-capital km; NaN where unknown; 0 on the diagonal. */
  readonly distanceKm: Float64Array;
  /** Directed ATOP obligations of a toward b as TIE_BITS flags; null past ATOP's coverage. */
  readonly ties: Uint8Array | null;
  /** |ideal point a − ideal point b| (Bailey, Strezhnev & Voeten 2017); NaN where either is missing. */
  readonly idealPointDistance: Float64Array;
  /**
   * Minimum distance between the two territories in km (cshapes 2.0; 0 = a land border);
   * NaN where unknown; 0 on the diagonal. Borders at the end of the year: cshapes' value on
   * 1 January of the next year, or of the year itself in the last year cshapes covers (2016).
   */
  readonly minDistanceKm: Float64Array;
}

export interface World {
  readonly year: number;
  readonly dataVersion: string;
  /** Years each yearly dataset covers, so a reader can tell "missing" from "past coverage". */
  readonly coverage: Readonly<Record<'sipri' | 'nato' | 'capabilities' | 'troops' | 'unga' | 'atopDyads' | 'politics' | 'latency' | 'mindist', readonly [number, number] | null>>;
  readonly states: readonly StateRecord[];
  readonly pairs: WorldPairs;
}

export interface WorldOptions {
  readonly dataDir?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: DataIssue[] };

/** The years a World can be built for: 1990 through the latest year any dataset covers. */
export function worldYears(options: WorldOptions = {}): [number, number] {
  const p = panelOf(options.dataDir ?? defaultDataDir());
  const last = Math.max(...[p.sipri, p.nato, p.capabilities, p.troops, p.unga, p.atopDyads].map((t) => t.years?.[1] ?? FIRST_WORLD_YEAR));
  return [FIRST_WORLD_YEAR, last];
}

const spanHolds = (list: readonly Span[], iso3: string, year: number) => list.some((s) => s.iso3 === iso3 && inForceAtYearEnd(s, year));
const spanOf = (list: readonly Span[], iso3: string, year: number) => list.find((s) => s.iso3 === iso3 && inForceAtYearEnd(s, year));
const covers = (years: readonly [number, number] | null, year: number) => years !== null && year >= years[0] && year <= years[1];

function tieTypes(flags: number): TieType[] {
  return (Object.keys(TIE_BITS) as TieType[]).filter((k) => (flags & TIE_BITS[k]) !== 0);
}

function stateRecord(p: Panel, s: StateRow, year: number): StateRecord {
  const { memberships: m, nuclear: nu } = p.facts;
  const key = `${s.iso3}:${year}`;
  const groups = s.groups as Group[];
  const natoSpan = m.nato.find((x) => x.iso3 === s.iso3);
  const natoMember = natoSpan !== undefined && inForceAtYearEnd(natoSpan, year);
  const treaties = m.us_treaties.filter((t) => inForceAtYearEnd(t, year) && (t.partners === 'nato' ? natoMember : t.partners.includes(s.iso3)));
  const patron = groups.includes('patron');
  const asiaAlly = !patron && treaties.some((t) => t.partners !== 'nato');
  const usTreaties = patron ? [] : treaties.map((t) => t.treaty);

  // Defence spending: NATO's figure where its table has the year, else SIPRI's (issue #2).
  const sipri = p.sipri.byKey.get(key);
  const nato = p.nato.byKey.get(key);
  const useNato = nato !== undefined && nato.pctGdp !== null;
  const useSipri = !useNato && sipri !== undefined && (sipri.pctGdp !== null || sipri.usdCurrentM !== null);
  // GDP implied by SIPRI: current-US$ spending ÷ its share of GDP (both SIPRI; assumption documented in DATA.md).
  const gdp = sipri && sipri.usdCurrentM !== null && sipri.pctGdp !== null && sipri.pctGdp > 0 ? sipri.usdCurrentM / (sipri.pctGdp / 100) : null;

  const cap = p.capabilities.byKey.get(key);
  const troops = p.troops.byKey.get(key);
  const un = p.unga.byKey.get(key);
  const base = p.bases.get(s.iso3);

  // Alliance ties with the USA: ATOP's directed dyads within its coverage, else the treaty facts.
  let usDefendsState: boolean | null = null, stateDefendsUs: boolean | null = null, allianceSource: string;
  if (covers(p.atopDyads.years, year)) {
    usDefendsState = ((p.atopDyads.byKey.get(`USA:${s.iso3}:${year}`) ?? 0) & TIE_BITS.defense) !== 0;
    stateDefendsUs = ((p.atopDyads.byKey.get(`${s.iso3}:USA:${year}`) ?? 0) & TIE_BITS.defense) !== 0;
    allianceSource = 'ATOP v5.1 dyad-years (peacesciencer); other pacts ATOP v4.01; NATO dates: data/facts/memberships.json';
  } else {
    usDefendsState = treaties.length > 0;
    stateDefendsUs = treaties.some((t) => t.symmetric);
    allianceSource = `past ATOP coverage (${p.atopDyads.years?.[1] ?? '?'}): U.S. treaties from data/facts/memberships.json; other pacts unknown`;
  }
  if (patron) { usDefendsState = null; stateDefendsUs = null; }
  let otherPacts: StateRecord['alliances']['otherPacts'] = null;
  if (covers(p.atopDyads.years, year)) {
    // An ATOP membership counts in every year it is in force for any part of (ATOP's own dyad-year rule).
    const live = p.atopMembers.filter((r) => r.entry !== null && Number(r.entry.slice(0, 4)) <= year && (r.exit === null || Number(r.exit.slice(0, 4)) >= year));
    const mine = new Map<number, { flags: number; bilateral: boolean }>();
    for (const r of live) if (r.iso3 === s.iso3) mine.set(r.atopid, { flags: (mine.get(r.atopid)?.flags ?? 0) | r.flags, bilateral: r.bilateral });
    otherPacts = [];
    for (const [atopid, own] of [...mine].sort((a, b) => a[0] - b[0])) {
      const members = [...new Set(live.filter((r) => r.atopid === atopid).map((r) => r.iso3 ?? `cow:${r.cow}`))].sort();
      if (members.includes('USA')) continue;
      otherPacts.push({ atopid, members, bilateral: own.bilateral, types: tieTypes(own.flags) });
    }
  }

  const command = natoMember
    ? !spanHolds(m.nato_command_exceptions, s.iso3, year)
    : null;
  const efp = spanOf(m.efp, s.iso3, year) as (Span & { framework?: string }) | undefined;
  const latent = spanOf(nu.latent, s.iso3, year);
  const lat = p.latency.byKey.get(key);
  const pol = p.politics.byKey.get(key);
  const coded = { RUS: null as number | null, CHN: null as number | null };
  const codedNotes: string[] = [];
  for (const rival of ORIENTATION_RIVALS) {
    const e = p.facts.orientation.entries.find((x) => x.iso3 === s.iso3 && x.rival === rival && inForceAtYearEnd(x, year));
    if (!e) continue;
    coded[rival] = e.value;
    codedNotes.push(`${rival} ${e.value} (${e.from} to ${e.until}): ${e.reason} Sources: ${e.sources.map(formatCitation).join('; ')}`);
  }

  return {
    iso3: s.iso3, isoNumeric: s.isoNumeric, cow: s.cow, name: s.name, region: s.region,
    theatre: s.theatre as StateRecord['theatre'], groups,
    roles: {
      patron, ally: !patron && (natoMember || asiaAlly), natoMember, asiaAlly,
      rival: groups.includes('rival'), grayZone: groups.includes('gray_zone') && !natoMember, partner: groups.includes('partner') && !natoMember,
    },
    economy: {
      gdpUsdCurrentM: gdp, gdpSource: gdp === null ? null : `SIPRI implied: current-US$ military spending ÷ share of GDP (${sipri!.vintage})`,
      populationK: cap?.tpopK ?? null, populationSource: cap?.tpopK != null ? 'COW NMC v7.0 tpop' : null,
    },
    defence: {
      pctGdp: useNato ? nato.pctGdp : useSipri ? sipri.pctGdp : null,
      usdCurrentM: useNato ? nato.usdCurrentM : useSipri ? sipri.usdCurrentM : null,
      source: useNato ? 'nato' : useSipri ? 'sipri' : null,
      vintage: useNato ? `NATO ${nato.vintage}` : useSipri ? `SIPRI ${sipri.vintage}` : null,
      estimate: useNato ? nato.estimate : useSipri ? sipri.flag !== null : false,
      sipriPctGdp: sipri?.pctGdp ?? null, sipriUsdCurrentM: sipri?.usdCurrentM ?? null, sipriVintage: sipri ? `SIPRI ${sipri.vintage}` : null,
      natoPctGdp: nato?.pctGdp ?? null, natoVintage: nato ? `NATO ${nato.vintage}` : null,
    },
    capabilities: {
      cinc: cap?.cinc ?? null, milexKUsd: cap?.milexKUsd ?? null, milperK: cap?.milperK ?? null, irstKt: cap?.irstKt ?? null,
      pecKt: cap?.pecKt ?? null, tpopK: cap?.tpopK ?? null, upopK: cap?.upopK ?? null, cowCode: cap?.cow ?? null,
      source: 'COW National Material Capabilities v7.0',
    },
    usTroops: {
      activeDuty: patron ? null : troops?.activeDuty ?? null, army: patron ? null : troops?.army ?? null, navy: patron ? null : troops?.navy ?? null,
      airForce: patron ? null : troops?.airForce ?? null, marines: patron ? null : troops?.marines ?? null,
      vintage: troops ? `troopdata ${troops.vintage}` : null,
      source: 'Allen, Flynn & Martinez Machain (2022) troopdata, DMDC active duty (treat as ±10%)',
    },
    usBases: { bases: patron ? null : base?.bases ?? 0, lilypads: patron ? null : base?.lilypads ?? 0, fundedSites: patron ? null : base?.fundedSites ?? 0, source: 'Vine, Lists of U.S. Military Bases Abroad (a snapshot, no year)' },
    capital: { name: s.capital, lat: s.lat, lng: s.lng, source: 'peacesciencer cow_capitals (capital in use at the end of 2016)' },
    un: {
      session: un?.session ?? null, idealPoint: un?.idealPoint ?? null, votes: un?.votes ?? null,
      agreeUsa: un?.agreeUsa ?? null, agreeRus: un?.agreeRus ?? null, agreeChn: un?.agreeChn ?? null, cowCode: un?.cow ?? null,
      source: `Bailey, Strezhnev & Voeten (2017), June 2024 estimates; session ${year - 1945} (Sep ${year} - Sep ${year + 1})`,
    },
    alliances: {
      usDefencePact: patron ? null : usDefendsState === null ? null : usDefendsState || stateDefendsUs === true,
      usDefendsState, stateDefendsUs, usTreaties, natoMember,
      natoAccession: natoSpan?.from ?? null,
      natoAtopEntry: p.atopMembers.filter((r) => r.atopid === 3180 && r.iso3 === s.iso3).map((r) => r.entry).sort()[0] ?? null,
      otherPacts, source: allianceSource,
    },
    nuclear: {
      nptParty: spanHolds(nu.npt, s.iso3, year),
      ownWeapons: spanHolds(nu.weapons, s.iso3, year),
      usWeaponsHosted: spanHolds(nu.sharing, s.iso3, year),
      latent: latent !== undefined,
      latentNote: latent?.note ?? null,
      history: nu.history.filter((h) => h.iso3 === s.iso3 && h.from <= year).map((h) => ({ level: h.level, from: h.from, until: h.until })),
      latencyEnrichment: lat?.enrichment ?? null, latencyReprocessing: lat?.reprocessing ?? null,
      latencyFacilities: lat && lat.enrichment !== null && lat.reprocessing !== null ? lat.enrichment + lat.reprocessing : null,
      latencyPilotCommercial: lat?.pilotCommercial ?? null,
      latencyYear: lat ? lat.carriedFrom ?? year : null,
      commitments: nu.commitments.filter((c) => c.iso3 === s.iso3 && inForceAtYearEnd(c, year)).map((c) => ({ kind: c.kind, from: c.from, description: c.description, source: c.source })),
      source: 'data/facts/nuclear.json: NPT (UNODA), weapons (FAS), sharing (Kristensen 2005), latent (hand-coded from Fuhrmann & Tkach 2015), history (Bleek 2017), commitments (each entry\'s instrument); latency* fields: Nuclear Latency dataset v1.2 facility list (Fuhrmann & Tkach 2015), data/latency.csv, 2013-2016 carried from 2012',
    },
    politics: {
      govAntiWest: pol?.govAntiWest ?? null, govSeatCoverage: pol?.govSeatCoverage ?? null, govCabinet: pol?.govCabinet ?? null, govSource: pol?.govSource ?? null,
      govPopulism: pol?.govPopulism ?? null, govAntiPlural: pol?.govAntiPlural ?? null, vpartyElection: pol?.vpartyElection ?? null,
      libdem: pol?.libdem ?? null, libdemChange10y: pol?.libdemChange10y ?? null,
      publicRusShare: pol?.publicRusShare ?? null, publicRusWave: pol?.publicRusWave ?? null,
      publicChnShare: pol?.publicChnShare ?? null, publicChnWave: pol?.publicChnWave ?? null,
      codedOrientation: { RUS: coded.RUS, CHN: coded.CHN, source: codedNotes.length > 0 ? codedNotes.join(' | ') : null },
      source: 'data/politics.csv: ParlGov cabinets + CHES trend file (govAntiWest, a proxy), V-Party V2 (govPopulism, govAntiPlural), V-Dem v15 (libdem), Pew Global Attitudes (public shares); codedOrientation: data/facts/orientation.json (codings with sources)',
    },
    euMember: spanHolds(m.eu, s.iso3, year),
    natoIntegratedCommand: command,
    efpHost: efp ? { framework: efp.framework ?? '' } : null,
    memberships: { source: 'data/facts/memberships.json: NATO, EU and EFP dates (nato.int, europa.eu); a status holds if it holds on 31 December' },
    surveys: p.surveys.filter((x) => x.iso3 === s.iso3 && x.year === year).map((x) => ({ measure: x.measure, year: x.year, pct: x.pct, againstPct: x.againstPct, survey: x.survey, sourceUrl: x.sourceUrl })),
  };
}

function pairsOf(p: Panel, states: readonly StateRecord[], year: number): WorldPairs {
  const n = states.length;
  const distanceKm = new Float64Array(n * n).fill(Number.NaN);
  const idealPointDistance = new Float64Array(n * n).fill(Number.NaN);
  const ties = covers(p.atopDyads.years, year) ? new Uint8Array(n * n) : null;
  const minDistanceKm = new Float64Array(n * n).fill(Number.NaN);
  // Borders at the end of `year` are cshapes' 1 January of year + 1; in cshapes' last year, its own 1 January.
  const mdYear = covers(p.mindist.years, year + 1) ? year + 1 : p.mindist.years?.[1] === year ? year : null;
  for (let a = 0; a < n; a++) {
    const A = states[a]!;
    for (let b = 0; b < n; b++) {
      const B = states[b]!;
      const i = a * n + b;
      distanceKm[i] = a === b ? 0 : p.distances.get(`${A.iso3}:${B.iso3}`)?.km ?? Number.NaN;
      if (A.un.idealPoint !== null && B.un.idealPoint !== null) idealPointDistance[i] = Math.abs(A.un.idealPoint - B.un.idealPoint);
      if (ties && a !== b) ties[i] = p.atopDyads.byKey.get(`${A.iso3}:${B.iso3}:${year}`) ?? 0;
      minDistanceKm[i] = a === b ? 0 : mdYear === null ? Number.NaN : p.mindist.byKey.get(`${A.iso3}:${B.iso3}:${mdYear}`) ?? Number.NaN;
    }
  }
  return { codes: states.map((s) => s.iso3), distanceKm, ties, idealPointDistance, minDistanceKm };
}

/** Worlds already built, per panel (a re-read panel, e.g. after an import, starts afresh). */
const built = new WeakMap<Panel, Map<number, World>>();

/** Builds the World of `year`, or the issues that prevent it (errors as values). Worlds are immutable and cached. */
export function readWorld(year: number, options: WorldOptions = {}): Result<World> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const p = panelOf(dataDir);
  const cached = built.get(p)?.get(year);
  if (cached) return { ok: true, value: cached };
  const [first, last] = worldYears({ dataDir });
  if (!Number.isInteger(year) || year < first || year > last) {
    return { ok: false, issues: [{ code: 'year_out_of_coverage', field: 'year', message: `no world for ${year}: the data cover ${first}-${last}`, fix: `choose a year from ${first} to ${last}, or import a newer release (ballast data import sipri|nato|troops FILE)` }] };
  }
  const issues: DataIssue[] = [];
  const states: StateRecord[] = [];
  for (const s of p.states) {
    if ((s.from !== null && year < s.from) || (s.until !== null && year > s.until)) continue;
    const record = stateRecord(p, s, year);
    const checked = stateRecordSchema.safeParse(record);
    if (!checked.success) {
      for (const i of checked.error.issues) issues.push({ code: 'bad_value', field: `${s.iso3}.${i.path.join('.')}`, message: `${year}: ${i.message}`, fix: 'rebuild data/ with `ballast data build`, or correct the imported file' });
      continue;
    }
    states.push(checked.data);
  }
  if (issues.length > 0) return { ok: false, issues };
  const coverage = {
    sipri: p.sipri.years, nato: p.nato.years, capabilities: p.capabilities.years, troops: p.troops.years, unga: p.unga.years, atopDyads: p.atopDyads.years,
    politics: p.politics.years, latency: p.latency.years, mindist: p.mindist.years,
  };
  const world: World = deepFreeze({ year, dataVersion: p.dataVersion, coverage, states, pairs: pairsOf(p, states, year) });
  if (!built.has(p)) built.set(p, new Map());
  built.get(p)!.set(year, world);
  return { ok: true, value: world };
}

/** The World of `year` (1990 through the last year the data cover); throws DataError otherwise. */
export function loadWorld(year: number, options: WorldOptions = {}): World {
  const r = readWorld(year, options);
  if (!r.ok) throw new DataError(r.issues);
  return r.value;
}
