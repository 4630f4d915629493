/**
 * The actors of Bueno de Mesquita's expected-utility model (BDM 1994, pp. 77–78; Scholz,
 * Calbert & Smith 2011, §2): each has a capability c_i ≥ 0 (potential influence on the issue),
 * a position x_i on a one-dimensional issue scale, and a salience s_i ∈ [0, 1] (how much the
 * issue matters to it; also read as the probability it resists a challenge). Read from CSV with
 * the columns actor, capability, position, salience (any order, extra columns ignored).
 */
import { parseCsv } from '../../data/index.js';
import type { AnalysisIssue, AnalysisResult } from '../errors.js';

export interface BdmActor {
  readonly name: string;
  readonly capability: number;
  readonly position: number;
  readonly salience: number;
}

export const BDM_COLUMNS = ['actor', 'capability', 'position', 'salience'] as const;

/** Checks actors: at least two, unique names, finite numbers, c ≥ 0, 0 ≤ s ≤ 1, some c·s > 0. */
export function checkBdmActors(actors: readonly BdmActor[], pathOf: (i: number, field: string) => string = (i, f) => `actors[${i}].${f}`): AnalysisIssue[] {
  const issues: AnalysisIssue[] = [];
  const seen = new Set<string>();
  actors.forEach((a, i) => {
    if (a.name === '' || seen.has(a.name)) issues.push({ code: 'bad_input', path: pathOf(i, 'actor'), message: a.name === '' ? 'an actor without a name' : `actor "${a.name}" appears twice`, fix: 'give each actor one row with a unique name' });
    seen.add(a.name);
    for (const f of ['capability', 'position', 'salience'] as const) {
      if (!Number.isFinite(a[f])) issues.push({ code: 'bad_input', path: pathOf(i, f), message: `${a.name}: ${f} is not a number`, fix: `write ${f} as a plain number` });
    }
    if (a.capability < 0) issues.push({ code: 'negative_value', path: pathOf(i, 'capability'), message: `${a.name}: capability ${a.capability} is negative`, fix: 'capabilities are shares of influence: use values ≥ 0' });
    if (a.salience < 0) issues.push({ code: 'negative_value', path: pathOf(i, 'salience'), message: `${a.name}: salience ${a.salience} is negative`, fix: 'salience runs from 0 (indifferent) to 1 (top priority)' });
    else if (a.salience > 1) issues.push({ code: 'out_of_range', path: pathOf(i, 'salience'), message: `${a.name}: salience ${a.salience} is above 1`, fix: 'salience runs from 0 to 1: divide a 0–100 score by 100' });
  });
  if (actors.length < 2) issues.push({ code: 'bad_input', path: 'actors', message: `${actors.length} actor(s): a group decision needs at least two`, fix: 'list every actor with a stake in the decision' });
  else if (issues.length === 0 && actors.every((a) => a.capability * a.salience === 0)) issues.push({ code: 'out_of_range', path: 'actors', message: 'every actor has capability × salience 0: nobody votes', fix: 'give at least one actor positive capability and salience' });
  return issues;
}

/** Parses the CSV text (see BDM_COLUMNS) into checked actors; issues name the line and column. */
export function readBdmCsv(text: string, file = 'input'): AnalysisResult<BdmActor[]> {
  const t = parseCsv(text);
  if (!t.ok) return { ok: false, issues: t.issues.map((i) => ({ code: 'bad_input', path: `${file}:${i.line}:${i.column}`, message: i.message, fix: 'every row needs one cell per header column; quote names that contain commas' })) };
  const header = t.value.header.map((h) => h.trim().toLowerCase());
  const missing = BDM_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) return { ok: false, issues: [{ code: 'bad_input', path: `${file}:1`, message: `missing column(s) ${missing.join(', ')}`, fix: `the header must name ${BDM_COLUMNS.join(', ')}` }] };
  const col = (c: string) => header.indexOf(c);
  const actors = t.value.rows.map((row) => ({
    name: row[col('actor')]!.trim(),
    capability: row[col('capability')]!.trim() === '' ? Number.NaN : Number(row[col('capability')]),
    position: row[col('position')]!.trim() === '' ? Number.NaN : Number(row[col('position')]),
    salience: row[col('salience')]!.trim() === '' ? Number.NaN : Number(row[col('salience')]),
  }));
  const issues = checkBdmActors(actors, (i, f) => `${file}:${t.value.lines[i]}:${col(f === 'actor' ? 'actor' : f) + 1}`);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: actors };
}
