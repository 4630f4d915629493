/**
 * What an edited scenario changed against the one it was opened from (issue 13, item 2: runs that
 * look identical), in words for its title: "Worst case — all triggers together — edited: doctrine
 * passive". Runs and seed are the ensemble's, not the scenario's, and the texts' comments,
 * description and source do not change what is simulated: none of them counts as an edit.
 */
import type { Scenario } from './schema.js';
import { canonicalJson } from './hash.js';

/** The changes in words, most telling first; empty when the two simulate the same thing. */
export function scenarioEdits(base: Scenario, edited: Scenario): string[] {
  const out: string[] = [];
  for (const k of ['guarantee', 'rhetoric', 'doctrine'] as const) if (base.patron[k] !== edited.patron[k]) out.push(`${k} ${edited.patron[k]}`);
  if (base.patron.spending_threshold !== edited.patron.spending_threshold) out.push(`spending threshold ${+(edited.patron.spending_threshold * 100).toFixed(2)}% of GDP`);
  if (base.world !== edited.world) out.push(`world ${edited.world}`);
  if (base.start !== edited.start) out.push(`start ${edited.start}`);
  if (base.horizon_months !== edited.horizon_months) out.push(`${edited.horizon_months} months`);
  const events = (s: Scenario) => s.events.map((e) => canonicalJson({ ...e, note: undefined }));
  const was = events(base), now = events(edited);
  const added = now.filter((e) => !was.includes(e)).length, removed = was.filter((e) => !now.includes(e)).length;
  const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  if (added > 0 && removed > 0) out.push(`${plural(Math.max(added, removed), 'event')} changed`);
  else if (added > 0) out.push(`${plural(added, 'event')} added`);
  else if (removed > 0) out.push(`${plural(removed, 'event')} removed`);
  const names = [...new Set([...Object.keys(base.parameters), ...Object.keys(edited.parameters)])].sort();
  const changed = names.filter((n) => base.parameters[n] !== edited.parameters[n]);
  for (const n of changed) out.push(n in edited.parameters ? `${n} ${edited.parameters[n]}` : `${n} default`);
  if ((base.parameter_file ?? null) !== (edited.parameter_file ?? null)) out.push(edited.parameter_file ? `parameters from ${edited.parameter_file}` : 'no parameter file');
  return out;
}

/** The title of an edited scenario: its own name when it was renamed or nothing changed, else "<name> — edited: <changes>". */
export function editedTitle(base: Scenario, edited: Scenario): string {
  if (edited.name !== base.name) return edited.name;
  const edits = scenarioEdits(base, edited);
  if (edits.length === 0) return edited.name;
  const shown = edits.slice(0, 3).join(', ') + (edits.length > 3 ? ` and ${edits.length - 3} more` : '');
  return `${edited.name} — edited: ${shown}`;
}
