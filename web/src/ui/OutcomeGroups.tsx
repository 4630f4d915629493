/**
 * The outcome at the horizon three ways: the whole system, then each theatre of the alliance
 * (Europe, the Asia-Pacific), each classified by its own cohesion, with 95% intervals.
 */
import type { EnsembleResult } from '../../../src/results/assemble.js';
import { OutcomeBars } from '../charts/OutcomeBars.js';
import { isTheatre, THEATRE_LABEL } from '../labels.js';

export const SYSTEM_LABEL = 'The whole system';

/**
 * The bars' test ids: `testid` for the system (as before theatres), `${testid}-<theatre>` for
 * each theatre; the groups sit in `${testid}-groups`, each a section with `data-scope`.
 * `stack` puts them one under another (a column of the Compare page).
 */
export function OutcomeGroups({ outcomes, theatres, testid = 'outcomes', stack = false }: { outcomes: EnsembleResult['outcomes']; theatres: EnsembleResult['theatres'] | undefined; testid?: string; stack?: boolean }) {
  const groups = [
    { scope: 'system', title: SYSTEM_LABEL, outcomes },
    ...(theatres ?? []).map((h) => ({ scope: h.theatre, title: isTheatre(h.theatre) ? THEATRE_LABEL[h.theatre] : h.theatre, outcomes: h.outcomes })),
  ];
  return (
    <div className={stack ? undefined : 'grid3'} data-testid={`${testid}-groups`}>
      {groups.map((g) => (
        <section key={g.scope} data-scope={g.scope} aria-label={`Outcome: ${g.title}`}>
          <h3 className="outcome-scope">{g.title}</h3>
          <OutcomeBars outcomes={g.outcomes} scope={g.title} testid={g.scope === 'system' ? testid : `${testid}-${g.scope}`} compact />
        </section>
      ))}
      {!theatres && <p className="small muted">This result was stored before outcomes were reported by theatre: run it again for Europe and the Asia-Pacific.</p>}
    </div>
  );
}
