/**
 * The patron's policy through a scenario (src/scenario/policy.ts) and what an edit changed
 * (src/scenario/edits.ts), checked on the shipped scenarios, whose events are read by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario, type Scenario } from '../../src/scenario/index.js';
import { policyTimeline } from '../../src/scenario/policy.js';
import { editedTitle, scenarioEdits } from '../../src/scenario/edits.js';

const load = (n: string) => loadScenario(`scenarios/${n}.yaml`);

describe('policyTimeline', () => {
  it('says that the worst case\'s January 2017 events override the guarantee and rhetoric of patron: from the first month', () => {
    // scenarios/worst-case.yaml: patron: unconditional, supportive, measured; events at 2017-01 set
    // the guarantee conditional (2%) and the rhetoric hostile.
    const t = Object.fromEntries(policyTimeline(load('worst-case')).map((l) => [l.lever, l]));
    expect(t.guarantee).toMatchObject({ start: 'unconditional', afterStart: 'conditional', overriddenAtStart: true });
    expect(t.rhetoric).toMatchObject({ start: 'supportive', afterStart: 'hostile', overriddenAtStart: true });
    expect(t.doctrine).toMatchObject({ start: 'measured', afterStart: 'measured', overriddenAtStart: false, changes: [] });
    expect(t.spending_threshold).toMatchObject({ afterStart: 0.02, overriddenAtStart: true });
    expect(t.guarantee!.changes).toEqual([{ value: 'conditional', at: '2017-01', window: null, probability: 1, event: expect.any(Number), atStart: true }]);
  });

  it('leaves later and uncertain events as changes that do not replace the start, and continuity untouched', () => {
    const h = Object.fromEntries(policyTimeline(load('hindcast-2017-2024')).map((l) => [l.lever, l]));
    // Rhetoric: ambivalent in 2017-01 (the start), then hostile 2017-05, ambivalent 2017-06, hostile 2018-07, supportive 2021-01, ambivalent 2024-02.
    expect(h.rhetoric!.afterStart).toBe('ambivalent');
    expect(h.rhetoric!.changes.map((c) => c.at)).toEqual(['2017-01', '2017-05', '2017-06', '2018-07', '2021-01', '2024-02']);
    const later: Scenario = { ...load('continuity'), events: [{ type: 'doctrine', value: 'passive', at: '2017-01', probability: 0.5 }, { type: 'rhetoric', value: 'hostile', window: ['2017-01', '2017-06'], probability: 1 }] as Scenario['events'] };
    const t = Object.fromEntries(policyTimeline(later).map((l) => [l.lever, l]));
    expect(t.doctrine).toMatchObject({ afterStart: 'measured', overriddenAtStart: false });
    expect(t.rhetoric).toMatchObject({ afterStart: 'supportive', overriddenAtStart: false });
    expect(policyTimeline(load('continuity')).every((l) => l.changes.length === 0 && l.afterStart === l.start)).toBe(true);
  });
});

describe('scenarioEdits and editedTitle', () => {
  const worst = load('worst-case');
  it('names a changed lever, events removed and a parameter; runs, seed and notes are not edits', () => {
    const passive: Scenario = { ...worst, patron: { ...worst.patron, doctrine: 'passive' } };
    expect(editedTitle(worst, passive)).toBe('Worst case — all triggers together — edited: doctrine passive');
    expect(scenarioEdits(worst, { ...worst, runs: 300, seed: 7, description: 'other words' })).toEqual([]);
    expect(editedTitle(worst, { ...worst, runs: 300 })).toBe(worst.name);
    const fewer: Scenario = { ...worst, events: worst.events.slice(2), parameters: { cred_base: 0.6 } };
    expect(scenarioEdits(worst, fewer)).toEqual(['2 events removed', 'cred_base 0.6']);
    const notes: Scenario = { ...worst, events: worst.events.map((e) => ({ ...e, note: 'reworded' })) };
    expect(scenarioEdits(worst, notes)).toEqual([]);
    expect(editedTitle(worst, { ...passive, name: 'My case' })).toBe('My case');
    const many: Scenario = { ...passive, horizon_months: 24, patron: { ...passive.patron, rhetoric: 'neutral', guarantee: 'withdrawn' } };
    expect(editedTitle(worst, many)).toBe('Worst case — all triggers together — edited: guarantee withdrawn, rhetoric neutral, doctrine passive and 1 more');
  });
});
