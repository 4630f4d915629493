/**
 * The record of one state in one year: the schema every World snapshot is validated
 * against, and the type the model and the interfaces read. Missing values are null,
 * never zero; each group of fields names its source.
 */
import { z } from 'zod';
import { GROUPS, THEATRES } from './facts.js';

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
    source: z.string(),
  }),
  euMember: z.boolean(),
  natoIntegratedCommand: z.boolean().nullable(),
  efpHost: z.object({ framework: z.string() }).nullable(),
  memberships: z.object({ source: z.string() }),
  surveys: z.array(z.object({ measure: z.string(), year: z.number().int(), pct: num, againstPct: num, survey: z.string(), sourceUrl: z.string() })),
}).strict();

export type StateRecord = z.infer<typeof stateRecordSchema>;
