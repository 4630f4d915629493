/**
 * EFP battlegroups as scenario events (the data stop at 2016, when none was in place): an `efp`
 * event sets the host's month in the compiled setting, a U.S.-led one is flagged so a withdrawal
 * can call it off, and the validator asks for a fixed month, an ally host and a NATO framework
 * nation. The shipped scenarios carry the four of Warsaw 2016 in June 2017.
 */
import { describe, expect, it } from 'vitest';
import { readScenarioFile, validateScenario } from '../../src/scenario/index.js';
import { compileScenario } from '../../src/scenario/compile.js';

const yaml = (events: string) => `name: x\nevents:\n${events}`;

describe('efp events', () => {
  it('set the host\'s month (offset from the start) and whether the U.S. leads, and are not engine events', () => {
    const r = validateScenario(yaml('  - { at: 2017-06, type: efp, state: POL, framework: USA }\n  - { at: 2018-02, type: efp, state: EST, framework: GBR }\n'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = compileScenario(r.value);
    const slot = (iso3: string) => c.setting.slots.indexOf(iso3);
    expect(c.setting.efpMonth[slot('POL')]).toBe(5);
    expect(c.setting.efpMonth[slot('EST')]).toBe(13);
    expect(c.setting.efpMonth[slot('LVA')]).toBe(-1);
    expect([c.setting.efpUsLed[slot('POL')], c.setting.efpUsLed[slot('EST')]]).toEqual([1, 0]);
    expect(c.events).toHaveLength(0);
  });

  it('without an efp event no battlegroup arrives: nothing comes from the data', () => {
    const r = validateScenario('name: x\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([...compileScenario(r.value).setting.efpMonth].every((m) => m === -1)).toBe(true);
  });

  it('refuses a window, a probability below 1, a non-ally host and a framework nation outside NATO, each at its place', () => {
    const r = validateScenario(yaml([
      '  - { window: [2017-04, 2017-06], type: efp, state: POL, framework: USA }',
      '  - { at: 2017-06, probability: 0.5, type: efp, state: EST, framework: GBR }',
      '  - { at: 2017-06, type: efp, state: UKR, framework: GBR }',
      '  - { at: 2017-06, type: efp, state: LVA, framework: SWE }',
    ].join('\n') + '\n'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const got = r.issues.map((i) => [i.code, i.path]);
    expect(got).toEqual(expect.arrayContaining([
      ['timing', 'events[0].window'], ['timing', 'events[1].probability'], ['wrong_role', 'events[2].state'], ['wrong_role', 'events[3].framework'],
    ]));
    expect(r.issues.find((i) => i.path === 'events[3].framework')!.message).toMatch(/SWE \(Sweden\) is not a NATO member in the 2016 world/);
  });

  it('the shipped continuity carries the four Warsaw battlegroups in June 2017', () => {
    const r = readScenarioFile('scenarios/continuity.yaml');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const efp = r.value.events.flatMap((e) => (e.type === 'efp' ? [`${e.state}:${e.framework}:${e.at}`] : []));
    expect(efp.sort()).toEqual(['EST:GBR:2017-06', 'LTU:DEU:2017-06', 'LVA:CAN:2017-06', 'POL:USA:2017-06']);
  });
});
