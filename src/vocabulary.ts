/**
 * The model's vocabulary, each word list defined once. The data layer, the model, the scenario
 * format (its zod schema and JSON Schema), the engine's accumulators, the API contract and the
 * dashboard all derive from these lists; this module imports nothing, so the dashboard's bundle
 * can use it. Positions matter: the model stores a stance, a nuclear level or a theatre as its
 * index in these lists, and the named indices below (STANCE.accommodation, THEATRE.europe, …) are the
 * only way code refers to one. docs/MODEL.md (State variables) gives each word's meaning.
 */

/** { a: 0, b: 1, … } for ['a', 'b', …]: named positions, derived, never written by hand. */
export function positions<const T extends readonly string[]>(list: T): { readonly [K in T[number]]: number } {
  return Object.freeze(Object.fromEntries(list.map((name, i) => [name, i]))) as { readonly [K in T[number]]: number };
}

/** Regions of the world a state belongs to (the roster, data/facts/roster.json). */
export const THEATRES = ['europe', 'asia_pacific', 'middle_east', 'north_america'] as const;
export type Theatre = (typeof THEATRES)[number];
export const THEATRE = positions(THEATRES);

/** The rivals the model follows. */
export const RIVALS = ['RUS', 'CHN', 'IRN', 'PRK'] as const;
export type Rival = (typeof RIVALS)[number];
export const RIVAL = positions(RIVALS);
/** Each rival by name, as every sentence, label and briefing writes it. */
export const RIVAL_NAMES: Readonly<Record<Rival, string>> = Object.freeze({ RUS: 'Russia', CHN: 'China', IRN: 'Iran', PRK: 'North Korea' });

/**
 * NATO's defence-spending guideline, in % of GDP (the 2006 Riga summit's 2%, the 2014 Wales
 * pledge to move toward it within a decade): the model's "allies at 2%" metric, the effort
 * panel's pledge pulls, the hindcast's counts and the analytics' compliance all read this one.
 */
export const NATO_GUIDELINE_PCT_GDP = 2;

/** Treaties the patron can leave (a scenario's treaty_exit). */
export const TREATIES = ['JCPOA', 'INF', 'NATO'] as const;
export type Treaty = (typeof TREATIES)[number];
export const TREATY = positions(TREATIES);

/**
 * An ally's stance (docs/MODEL.md §6.6; docs/DESIGN.md §3.6). One list for both theatres; each
 * theatre offers some of them (THEATRE_STANCES):
 * - aligned: inside the alliance as it is (NATO; in Asia the bilateral treaty, the status quo);
 * - accommodation: accommodating the theatre's rival (the essay's "pro-Russian policies"; the
 *   Philippines' 2016 turn to China): the defection;
 * - bilateral: a bespoke bilateral pact with the United States (Europe only: still allied to it,
 *   hollowing NATO; in Asia every treaty is bilateral already);
 * - cover: European cover, a Franco-British or EU defence (Europe only: autonomy inside the West);
 * - networking: regional networking among the allies (Asia only: Japan–Australia, the "federated"
 *   spokes).
 * Self-help (defence effort and the nuclear ladder) is not a stance: both are continuous tracks.
 */
export const STANCES = ['aligned', 'accommodation', 'bilateral', 'cover', 'networking'] as const;
export type Stance = (typeof STANCES)[number];
export const STANCE = positions(STANCES);
export const STANCE_COUNT = STANCES.length;

/**
 * The two theatres of the U.S. alliance system. Every ally belongs to one: NATO's members
 * (Canada and Turkey included) to Europe, the five Asia-Pacific treaty allies to the Asia-Pacific.
 */
export const ALLIANCE_THEATRES = ['europe', 'asia_pacific'] as const;
export type AllianceTheatre = (typeof ALLIANCE_THEATRES)[number];
export const ALLIANCE_THEATRE = positions(ALLIANCE_THEATRES);
/** The stances each theatre offers its allies, aligned first. */
export const THEATRE_STANCES: Readonly<Record<AllianceTheatre, readonly Stance[]>> = Object.freeze({
  europe: ['aligned', 'accommodation', 'bilateral', 'cover'],
  asia_pacific: ['aligned', 'accommodation', 'networking'],
});
/** A theatre as a heading or a column (the CLI's tables, the dashboard). */
export const THEATRE_LABEL: Readonly<Record<AllianceTheatre, string>> = Object.freeze({ europe: 'Europe', asia_pacific: 'Asia-Pacific' });
/** A theatre inside a sentence ("in the Asia-Pacific"). */
export const THEATRE_IN_TEXT: Readonly<Record<AllianceTheatre, string>> = Object.freeze({ europe: 'Europe', asia_pacific: 'the Asia-Pacific' });
/** The rival an ally of each theatre would accommodate (the essay: Russia in Europe, China in Asia). */
export const THEATRE_RIVAL: Readonly<Record<AllianceTheatre, 'RUS' | 'CHN'>> = Object.freeze({ europe: 'RUS', asia_pacific: 'CHN' });
/** What a theatre's outcomes are reported for: the whole system, then each theatre. */
export const OUTCOME_SCOPES = ['system', ...ALLIANCE_THEATRES] as const;
export type OutcomeScope = (typeof OUTCOME_SCOPES)[number];
export const OUTCOME_SCOPE = positions(OUTCOME_SCOPES);

/** The nuclear ladder (Debs & Monteiro 2017; Bleek 2017). */
export const NUCLEAR_LEVELS = ['none', 'latent', 'exploring', 'programme', 'armed'] as const;
export type NuclearLevel = (typeof NUCLEAR_LEVELS)[number];
export const NUCLEAR = positions(NUCLEAR_LEVELS);

/** The state of the system, or of one theatre, at the horizon, from its cohesion (docs/MODEL.md §6.9). */
export const OUTCOMES = ['holds', 'strained', 'fragmenting', 'unravelled'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME = positions(OUTCOMES);

/**
 * Salient events kept in a run's event chain (the first '' is no event). A chain entry is
 * kind · CHAIN_BASE + subject (the subject's slot or index).
 */
export const CHAIN_KINDS = ['', 'probe_honoured', 'probe_failed', 'accommodation', 'bilateral', 'cover', 'networking', 'exploring', 'programme', 'event', 'exit'] as const;
export type ChainKind = (typeof CHAIN_KINDS)[number];
export const CHAIN = positions(CHAIN_KINDS);
export const CHAIN_BASE = 4096;
/** The chain kind of an ally moving to a stance other than aligned. */
export const CHAIN_OF_STANCE: Readonly<Record<number, number>> = Object.freeze({ [STANCE.accommodation]: CHAIN.accommodation, [STANCE.bilateral]: CHAIN.bilateral, [STANCE.cover]: CHAIN.cover, [STANCE.networking]: CHAIN.networking });

/**
 * The four numbers a small ensemble is summarised by (the sensitivity analysis explains them,
 * and `ballast sensitivity --outcome` and GET /api/runs/:id/sensitivity choose among them).
 */
export const SUMMARY_OUTCOMES = ['p_holds', 'mean_cohesion', 'allies_at_2pct', 'p_nuclear'] as const;
export type SummaryOutcome = (typeof SUMMARY_OUTCOMES)[number];
export const SUMMARY_OUTCOME_META: Readonly<Record<SummaryOutcome, { label: string; unit: string; meaning: string }>> = Object.freeze({
  p_holds: { label: 'P(holds)', unit: 'probability', meaning: 'probability that the system holds at the horizon (cohesion at or above outcome_holds)' },
  mean_cohesion: { label: 'mean cohesion', unit: 'share of military contribution', meaning: 'mean cohesion at the horizon (the share of the allies\' military spending the alliance can count on, by stance)' },
  allies_at_2pct: { label: 'allies at ≥2%', unit: 'allies', meaning: 'mean number of allies spending at least 2% of GDP at the horizon' },
  p_nuclear: { label: 'P(any nuclear programme)', unit: 'probability', meaning: 'probability that at least one ally without weapons at the start has a programme or weapons at the horizon' },
});

/** The patron's levers (a scenario's `patron:` block and its events). */
export const GUARANTEES = ['unconditional', 'conditional', 'transactional', 'withdrawn'] as const;
export type Guarantee = (typeof GUARANTEES)[number];
export const GUARANTEE = positions(GUARANTEES);
export const RHETORICS = ['supportive', 'neutral', 'ambivalent', 'hostile'] as const;
export type Rhetoric = (typeof RHETORICS)[number];
export const RHETORIC = positions(RHETORICS);
export const DOCTRINES = ['firm', 'measured', 'passive'] as const;
export type Doctrine = (typeof DOCTRINES)[number];
export const DOCTRINE = positions(DOCTRINES);
