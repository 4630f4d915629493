/**
 * How the dashboard and the briefing name the model's words: stances, theatres, rivals, the
 * metrics built from them and a comparison's fields. One place, derived from the vocabulary
 * (src/vocabulary.ts), so a page or a briefing never spells a stance by hand and a new stance or
 * theatre that has no label here does not compile. Pure: the dashboard imports it
 * (web/src/labels.ts re-exports it).
 */
import type { MetricName } from '../model/metrics.js';
import { ALLIANCE_THEATRES, OUTCOME_SCOPES, OUTCOMES, RIVAL_NAMES, STANCES, THEATRE_IN_TEXT, THEATRE_LABEL, THEATRE_RIVAL, THEATRE_STANCES, type AllianceTheatre, type Outcome, type OutcomeScope, type Stance } from '../vocabulary.js';

export { THEATRE_IN_TEXT, THEATRE_LABEL };

/** The rivals an ally can accommodate, by name. */
export const RIVAL_NAME: Readonly<Record<(typeof THEATRE_RIVAL)[AllianceTheatre], string>> = RIVAL_NAMES;


/** "Russia / China": the rivals of the theatres, in ALLIANCE_THEATRES order. */
const RIVALS_TEXT = ALLIANCE_THEATRES.map((h) => RIVAL_NAME[THEATRE_RIVAL[h]]).join(' / ');

/** Each stance as a person reads it (docs/MODEL.md §6.6). */
export const STANCE_LABEL: Readonly<Record<Stance, string>> = {
  aligned: 'aligned with the alliance',
  accommodation: `accommodating the rival (${RIVALS_TEXT})`,
  bilateral: 'bilateral pact with the U.S.',
  cover: 'European cover',
  networking: 'regional networking',
};

/** A short form for column headers and radio buttons. */
export const STANCE_SHORT: Readonly<Record<Stance, string>> = {
  aligned: 'aligned',
  accommodation: 'accommodating',
  bilateral: 'bilateral pact',
  cover: 'European cover',
  networking: 'networking',
};

/**
 * The colour scheme of each stance, for the heat map (Observable Plot's scheme names) and the
 * network (the d3-scale-chromatic interpolator of the same name): red for the defection, cool
 * hues for the stances that keep an ally in the West.
 */
export type StanceScheme = 'Blues' | 'OrRd' | 'Purples' | 'Greens' | 'PuBuGn';
export const STANCE_SCHEME: Readonly<Record<Stance, StanceScheme>> = { aligned: 'Blues', accommodation: 'OrRd', bilateral: 'Purples', cover: 'Greens', networking: 'PuBuGn' };

/** The stances other than aligned, in the vocabulary's order. */
export const NON_ALIGNED_STANCES: readonly Stance[] = STANCES.filter((s) => s !== 'aligned');

export function isTheatre(x: string): x is AllianceTheatre {
  return (ALLIANCE_THEATRES as readonly string[]).includes(x);
}
export function isStance(x: string): x is Stance {
  return (STANCES as readonly string[]).includes(x);
}

/** True when the ally's theatre offers the stance; an ally of an unknown theatre is given every stance. */
export function offers(theatre: string | undefined, stance: string): boolean {
  return theatre !== undefined && isTheatre(theatre) ? (THEATRE_STANCES[theatre] as readonly string[]).includes(stance) : true;
}

/** The theatres that offer each stance, in ALLIANCE_THEATRES order. */
export const THEATRES_OF_STANCE = Object.fromEntries(
  STANCES.map((s) => [s, ALLIANCE_THEATRES.filter((h) => THEATRE_STANCES[h].includes(s))]),
) as unknown as Readonly<Record<Stance, readonly AllianceTheatre[]>>;

/** A stance with where it is offered when not everywhere: "European cover (Europe)". */
export function stanceWithTheatres(s: Stance): string {
  const where = THEATRES_OF_STANCE[s];
  return where.length === ALLIANCE_THEATRES.length ? STANCE_LABEL[s] : `${STANCE_LABEL[s]} (${where.map((h) => THEATRE_LABEL[h]).join(', ')})`;
}

/** "allies under European cover": the allies in a stance, in a theatre (its rival named) or in the whole system. */
export function alliesIn(stance: Stance, theatre?: AllianceTheatre): string {
  switch (stance) {
    case 'aligned': return 'allies aligned with the alliance';
    case 'accommodation': return theatre ? `allies accommodating ${RIVAL_NAME[THEATRE_RIVAL[theatre]]}` : `allies accommodating their rival (${RIVALS_TEXT})`;
    case 'bilateral': return 'allies in a bilateral pact with the U.S.';
    case 'cover': return 'allies under European cover';
    case 'networking': return 'allies networking regionally';
  }
}

/**
 * A metric's name as words: 'cohesion_europe' → "cohesion, Europe", 'europe_cover' → "Europe:
 * allies under European cover", 'accommodation' → "allies accommodating their rival (Russia /
 * China)"; other names with their underscores as spaces.
 */
/** The metrics that are not a stance or a theatre's cohesion, in words (their code names stay in exports and tooltips). */
const METRIC_WORDS: Readonly<Partial<Record<MetricName, string>>> = {
  cohesion: 'cohesion, the whole system',
  mean_credibility: 'mean credibility of the U.S. guarantee',
  allies_at_2pct: 'allies spending at least 2% of GDP on defence',
  allies: 'allies',
  probes: 'rival probes so far',
  probes_unanswered: 'rival probes the U.S. did not answer',
  nuclear_exploring: 'allies exploring nuclear weapons',
  nuclear_programmes: 'allies with a nuclear weapons programme',
};

export function metricLabel(name: string): string {
  const known = METRIC_WORDS[name as MetricName];
  if (known) return known;
  if (isStance(name)) return alliesIn(name);
  const cohesion = /^cohesion_(.+)$/.exec(name);
  if (cohesion && isTheatre(cohesion[1]!)) return `cohesion, ${THEATRE_LABEL[cohesion[1]]}`;
  for (const h of ALLIANCE_THEATRES) {
    const rest = name.startsWith(`${h}_`) ? name.slice(h.length + 1) : null;
    if (rest !== null && isStance(rest)) return `${THEATRE_LABEL[h]}: ${alliesIn(rest, h)}`;
  }
  return name.replace(/_/g, ' ');
}

/** The paired outcome fields (src/engine/paired.ts): 'p_holds' … for the system, '<theatre>_p_holds' … for each theatre. */
export const OUTCOME_FIELDS: ReadonlyMap<string, { scope: OutcomeScope; outcome: Outcome }> = new Map(
  OUTCOME_SCOPES.flatMap((scope) => OUTCOMES.map((outcome) => [scope === 'system' ? `p_${outcome}` : `${scope}_p_${outcome}`, { scope, outcome }] as const)),
);

/** A comparison's field in words: "P(holds)" for the system, "P(holds), Europe" for a theatre, else the metric's label. */
export function fieldLabel(field: string): string {
  const o = OUTCOME_FIELDS.get(field);
  if (!o) return metricLabel(field);
  return `P(${o.outcome})${o.scope === 'system' ? '' : `, ${isTheatre(o.scope) ? THEATRE_LABEL[o.scope] : o.scope}`}`;
}
