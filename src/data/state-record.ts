/**
 * The record of one state in one year: the schema every World snapshot is validated
 * against, and the type the model and the interfaces read. Missing values are null,
 * never zero; each group of fields names its source.
 */
import { z } from 'zod';
import { COMMITMENT_KINDS, GROUPS, THEATRES } from './facts.js';

const num = z.number().finite().nullable();
const nonNeg = z.number().finite().min(0).nullable();
const share = z.number().finite().min(0).max(1).nullable();

export const stateRecordSchema = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/),
  isoNumeric: z.number().int().positive().nullable(),
  cow: z.number().int().positive(),
  name: z.string().min(1),
  region: z.string().nullable(),
  theatre: z.enum(THEATRES),
  groups: z.array(z.enum(GROUPS)).min(1),
  roles: z.object({
    /** The United States. */
    patron: z.boolean(),
    /** Holds a U.S. defence commitment this year: a NATO member or a U.S. Asia-Pacific treaty ally. */
    ally: z.boolean(),
    natoMember: z.boolean(),
    asiaAlly: z.boolean(),
    rival: z.boolean(),
    grayZone: z.boolean(),
    partner: z.boolean(),
  }),
  economy: z.object({
    gdpUsdCurrentM: nonNeg,
    gdpSource: z.string().nullable(),
    populationK: nonNeg,
    populationSource: z.string().nullable(),
  }),
  defence: z.object({
    /** The headline figure: NATO's where the NATO table has the year, else SIPRI's. */
    pctGdp: nonNeg,
    usdCurrentM: nonNeg,
    source: z.enum(['nato', 'sipri']).nullable(),
    vintage: z.string().nullable(),
    estimate: z.boolean(),
    sipriPctGdp: nonNeg,
    sipriUsdCurrentM: nonNeg,
    sipriVintage: z.string().nullable(),
    natoPctGdp: nonNeg,
    natoVintage: z.string().nullable(),
  }),
  capabilities: z.object({
    cinc: share,
    milexKUsd: nonNeg,
    milperK: nonNeg,
    irstKt: nonNeg,
    pecKt: nonNeg,
    tpopK: nonNeg,
    upopK: nonNeg,
    cowCode: z.number().int().nullable(),
    source: z.string(),
  }),
  usTroops: z.object({
    activeDuty: nonNeg,
    army: nonNeg,
    navy: nonNeg,
    airForce: nonNeg,
    marines: nonNeg,
    vintage: z.string().nullable(),
    source: z.string(),
  }),
  usBases: z.object({ bases: nonNeg, lilypads: nonNeg, fundedSites: nonNeg, source: z.string() }),
  capital: z.object({ name: z.string().nullable(), lat: num, lng: num, source: z.string() }),
  un: z.object({
    session: z.number().int().nullable(),
    idealPoint: num,
    votes: nonNeg,
    agreeUsa: share,
    agreeRus: share,
    agreeChn: share,
    cowCode: z.number().int().nullable(),
    source: z.string(),
  }),
  alliances: z.object({
    /** A defence pact with the USA in either direction (ATOP), null past ATOP's coverage when no treaty fact decides it. */
    usDefencePact: z.boolean().nullable(),
    /** The USA is obliged to defend this state. */
    usDefendsState: z.boolean().nullable(),
    /** This state is obliged to defend the USA (false for Japan: ATOP codes that treaty one-sided). */
    stateDefendsUs: z.boolean().nullable(),
    usTreaties: z.array(z.string()),
    natoMember: z.boolean(),
    natoAccession: z.string().nullable(),
    natoAtopEntry: z.string().nullable(),
    otherPacts: z.array(z.object({
      atopid: z.number().int(),
      members: z.array(z.string()),
      bilateral: z.boolean(),
      types: z.array(z.enum(['defense', 'offense', 'neutral', 'nonagg', 'consul'])),
    })).nullable(),
    source: z.string(),
  }),
  nuclear: z.object({
    nptParty: z.boolean(),
    ownWeapons: z.boolean(),
    usWeaponsHosted: z.boolean(),
    latent: z.boolean(),
    latentNote: z.string().nullable(),
    history: z.array(z.object({ level: z.enum(['explore', 'pursue', 'acquire']), from: z.number().int(), until: z.number().int().nullable() })),
    /** Uranium-enrichment facilities operating (Fuhrmann & Tkach 2015, data/latency.csv); null past its coverage. */
    latencyEnrichment: nonNeg,
    /** Plutonium-reprocessing facilities operating. */
    latencyReprocessing: nonNeg,
    /** Enrichment + reprocessing facilities operating, any scale (laboratory, pilot, commercial). */
    latencyFacilities: nonNeg,
    /** Of those, the ones at pilot or commercial scale. */
    latencyPilotCommercial: nonNeg,
    /** The year of the Nuclear Latency data used: the year itself to 2012, then 2012 (carried forward to 2016); null when none. */
    latencyYear: z.number().int().nullable(),
    /** Binding commitments against nuclear weapons beyond the NPT in force on 31 December (data/facts/nuclear.json `commitments`): NWFZ treaties, laws, principles. */
    commitments: z.array(z.object({ kind: z.enum(COMMITMENT_KINDS), from: z.string(), description: z.string(), source: z.string() })),
    source: z.string(),
  }),
  politics: z.object({
    /** Seat-weighted CHES anti-Western score (0 pro, 1 anti: EU position and EU foreign policy) of the cabinet in office on 31 December (ParlGov). A proxy for Russia-friendliness, not a measure of it. */
    govAntiWest: share,
    /** Share of the cabinet's seats held by parties with a CHES score (govAntiWest is null below 0.5). */
    govSeatCoverage: share,
    /** ParlGov cabinet in office on 31 December, "name (start date)". */
    govCabinet: z.string().nullable(),
    /** CHES waves used and notes (backcast, parties linked by name). */
    govSource: z.string().nullable(),
    /** Seat-weighted V-Party populism index of the parties in government at the latest election by 31 December. */
    govPopulism: share,
    /** The same for V-Party's anti-pluralism index. */
    govAntiPlural: share,
    /** Date of the V-Party election used. */
    vpartyElection: z.string().nullable(),
    /** V-Dem liberal democracy index (v2x_libdem). */
    libdem: share,
    /** libdem minus libdem ten years earlier: negative is backsliding. */
    libdemChange10y: z.number().finite().min(-1).max(1).nullable(),
    /** Pew: favourable to Russia / (favourable to Russia + favourable to the U.S.), latest wave at most 6 years old. */
    publicRusShare: share,
    publicRusWave: z.number().int().nullable(),
    /** The same for China. */
    publicChnShare: share,
    publicChnWave: z.number().int().nullable(),
    /** Hand coding of the government's orientation toward each rival (0 against, 0.5 hedging, 1 with it) from data/facts/orientation.json, where the party data cannot speak; null where no coding applies. Not mixed into the data-based fields. */
    codedOrientation: z.object({ RUS: share, CHN: share, source: z.string().nullable() }),
    source: z.string(),
  }),
  euMember: z.boolean(),
  natoIntegratedCommand: z.boolean().nullable(),
  efpHost: z.object({ framework: z.string() }).nullable(),
  memberships: z.object({ source: z.string() }),
  surveys: z.array(z.object({ measure: z.string(), year: z.number().int(), pct: num, againstPct: num, survey: z.string(), sourceUrl: z.string() })),
}).strict();

export type StateRecord = z.infer<typeof stateRecordSchema>;
