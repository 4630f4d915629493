/**
 * The patron's policy through a scenario (issue 13, item 3: levers that tell the truth). A
 * scenario writes the policy at the start in `patron:` and changes it with dated `guarantee`,
 * `rhetoric` and `doctrine` events; an event in the start month overrides `patron:` from the
 * first month, so a lever that edits `patron:` alone can do nothing. This says, for each lever,
 * what `patron:` sets, which events change it and when, and what applies once the start month's
 * certain events have happened: what the scenario cards show and the editor warns about.
 */
import type { Scenario, ScenarioEvent } from './schema.js';
import { monthIndex } from './month.js';

export const POLICY_LEVERS = ['guarantee', 'spending_threshold', 'rhetoric', 'doctrine'] as const;
export type PolicyLever = (typeof POLICY_LEVERS)[number];

/** One event that sets a lever: when (a month, or a window it falls in uniformly), with what chance, and its index in `events`. */
export interface PolicyChange {
  value: string | number;
  at: string | null;
  window: [string, string] | null;
  probability: number;
  event: number;
  /** Certain and dated in the start month (a window of that month alone counts): it replaces `patron:` from month one. */
  atStart: boolean;
}

export interface LeverTimeline {
  lever: PolicyLever;
  /** What `patron:` sets (the schema's default when it is silent). */
  start: string | number;
  /** What applies after the start month: `start`, or the last certain event dated in the start month. */
  afterStart: string | number;
  /** Every event that sets the lever, in the order written. */
  changes: PolicyChange[];
  /** True when a certain event in the start month replaces `start`: editing `patron:` alone changes nothing. */
  overriddenAtStart: boolean;
}

/** The lever an event sets, and the value (a guarantee event may set the spending threshold too). */
function settings(e: ScenarioEvent): [PolicyLever, string | number][] {
  switch (e.type) {
    case 'guarantee': return [['guarantee', e.value], ...(e.spending_threshold !== undefined ? [['spending_threshold', e.spending_threshold] as [PolicyLever, number]] : [])];
    case 'rhetoric': return [['rhetoric', e.value]];
    case 'doctrine': return [['doctrine', e.value]];
    default: return [];
  }
}

/** For each lever: the start value, the events that change it, and what applies after the start month. */
export function policyTimeline(s: Scenario): LeverTimeline[] {
  const start = monthIndex(s.start);
  return POLICY_LEVERS.map((lever) => {
    const changes: PolicyChange[] = [];
    s.events.forEach((e, i) => {
      for (const [l, value] of settings(e)) {
        if (l !== lever) continue;
        const last = e.at ?? e.window?.[1];
        changes.push({ value, at: e.at ?? null, window: e.window ?? null, probability: e.probability, event: i, atStart: e.probability === 1 && last !== undefined && monthIndex(last) <= start });
      }
    });
    const atStart = changes.filter((c) => c.atStart);
    const first = s.patron[lever];
    return { lever, start: first, afterStart: atStart.at(-1)?.value ?? first, changes, overriddenAtStart: atStart.length > 0 };
  });
}
