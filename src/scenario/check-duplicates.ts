/**
 * Events written twice: the same event (notes aside), or a second accession or exit of one
 * state, or a second exit from one treaty. Either would fire twice in a run.
 */
import type { IssueDraft } from './errors.js';
import { canonicalJson } from './hash.js';

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** What makes two events "the same thing happening": one state joining, one treaty left. */
function subjectOf(e: Record<string, unknown>): string | undefined {
  if ((e.type === 'accession' || e.type === 'exit') && typeof e.state === 'string') return `${e.type} of ${e.state}`;
  if (e.type === 'treaty_exit' && typeof e.treaty === 'string') return `exit from ${e.treaty}`;
  return undefined;
}

export function duplicateIssues(raw: unknown): IssueDraft[] {
  const events = isRecord(raw) && Array.isArray(raw.events) ? raw.events : [];
  const seen = new Map<string, number>();
  const subjects = new Map<string, number>();
  const issues: IssueDraft[] = [];
  events.forEach((e, j) => {
    if (!isRecord(e)) return;
    const { note: _note, ...rest } = e;
    const key = canonicalJson(rest);
    const first = seen.get(key);
    const subject = subjectOf(e);
    const firstSubject = subject === undefined ? undefined : subjects.get(subject);
    if (first !== undefined) {
      issues.push({
        code: 'duplicate_event', path: ['events', j],
        message: `events[${j}] repeats events[${first}] (same type, timing and fields)`,
        fix: 'remove one of the two; to make an event likelier, raise its probability instead',
      });
    } else if (subject !== undefined && firstSubject !== undefined) {
      issues.push({
        code: 'duplicate_event', path: ['events', j],
        message: `events[${j}] is a second ${subject} (the first is events[${firstSubject}])`,
        fix: 'keep one; for an uncertain date give that one a window: [from, to]',
      });
    }
    if (first === undefined) seen.set(key, j);
    if (subject !== undefined && firstSubject === undefined) subjects.set(subject, j);
  });
  return issues;
}
