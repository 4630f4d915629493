/**
 * The outcome classes' colours, one definition for every page that draws them: the dashboard's
 * bars and chain list and the briefing's inline SVG (issue 13, item 5: one colour meaning per
 * measure). Imports only a type, so the dashboard can use it.
 */
import type { Outcome } from '../vocabulary.js';

export const OUTCOME_COLOURS: Readonly<Record<Outcome, string>> = Object.freeze({ holds: '#2e7d5b', strained: '#d9a13b', fragmenting: '#d46a2e', unravelled: '#a8322d' });

/** An outcome's colour, grey for a name that is not an outcome class. */
export const outcomeColour = (o: string): string => (OUTCOME_COLOURS as Readonly<Record<string, string>>)[o] ?? '#888888';
