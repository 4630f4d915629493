import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario/index.js';
import { DOCTRINES, GUARANTEES, RHETORICS, leversChangedByEvents, readLevers, setLever } from '../../web/src/levers.js';

const shipped = readFileSync('scenarios/worst-case.yaml', 'utf8');

const edited = (text: string, key: Parameters<typeof setLever>[1], value: string) => {
  const r = setLever(text, key, value);
  if (!r.ok) throw new Error(r.reason);
  return r.text;
};

describe('the lever value sets', () => {
  it('offer only what validation accepts: every value, written into a shipped scenario, validates', () => {
    for (const [lever, values] of [['guarantee', GUARANTEES], ['rhetoric', RHETORICS], ['doctrine', DOCTRINES]] as const) {
      for (const value of values) expect(validateScenario(edited(shipped, lever, value)).ok, `${lever}: ${value}`).toBe(true);
    }
    expect(validateScenario(edited(shipped, 'doctrine', 'reckless')).ok).toBe(false);
  });
});

describe('readLevers(text)', () => {
  it('reads the patron block, runs and seed of a shipped scenario', () => {
    expect(readLevers(shipped)).toEqual({ runs: '10000', seed: '42', guarantee: 'unconditional', spending_threshold: '0.02', rhetoric: 'supportive', doctrine: 'measured' });
  });

  it('leaves out what the text does not set, and ignores keys of the same name elsewhere', () => {
    const text = 'name: x\nevents:\n  - { at: 2017-01, type: guarantee, value: withdrawn }\nparameters:\n  seed: 3\n';
    expect(readLevers(text)).toEqual({});
  });
});

describe('setLever(text, key, value)', () => {
  it('replaces a value in place and keeps the line\'s comment and every other line', () => {
    const text = 'name: x\nruns: 100  # few\npatron:\n  guarantee: unconditional # at the start\n  rhetoric: supportive\nevents: []\n';
    expect(edited(text, 'runs', '2000')).toBe('name: x\nruns: 2000  # few\npatron:\n  guarantee: unconditional # at the start\n  rhetoric: supportive\nevents: []\n');
    expect(edited(text, 'guarantee', 'conditional')).toBe('name: x\nruns: 100  # few\npatron:\n  guarantee: conditional # at the start\n  rhetoric: supportive\nevents: []\n');
  });

  it('adds a missing patron field at the end of the block, with the block\'s indent', () => {
    const text = 'name: x\npatron:\n    rhetoric: neutral\n\n# events follow\nevents: []\n';
    expect(edited(text, 'doctrine', 'firm')).toBe('name: x\npatron:\n    rhetoric: neutral\n    doctrine: firm\n\n# events follow\nevents: []\n');
  });

  it('adds a patron block when there is none, and seed after runs', () => {
    expect(edited('name: x\nruns: 5\n', 'rhetoric', 'hostile')).toBe('name: x\nruns: 5\npatron:\n  rhetoric: hostile\n');
    expect(edited('name: x\nruns: 5\nevents: []\n', 'seed', '7')).toBe('name: x\nruns: 5\nseed: 7\nevents: []\n');
  });

  it('refuses JSON text, a flow-style patron mapping and values that are not plain scalars', () => {
    expect(setLever('{"name": "x"}', 'runs', '5').ok).toBe(false);
    expect(setLever('patron: { rhetoric: neutral }\n', 'rhetoric', 'hostile').ok).toBe(false);
    expect(setLever('runs: 5\n', 'runs', '5\nseed: 1').ok).toBe(false);
  });

  it('keeps a shipped scenario valid and makes the edits validation sees', () => {
    let text = edited(shipped, 'guarantee', 'withdrawn');
    text = edited(text, 'doctrine', 'passive');
    text = edited(text, 'runs', '2000');
    text = edited(text, 'seed', '7');
    const r = validateScenario(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.patron).toEqual({ guarantee: 'withdrawn', spending_threshold: 0.02, rhetoric: 'supportive', doctrine: 'passive' });
      expect([r.value.runs, r.value.seed]).toEqual([2000, 7]);
      expect(r.value.events.length).toBe(15);
    }
  });
});

describe('leversChangedByEvents(text)', () => {
  it('names the patron levers the worst case changes by events', () => {
    expect(leversChangedByEvents(shipped)).toEqual(['guarantee', 'rhetoric']);
    expect(leversChangedByEvents('events: []\n')).toEqual([]);
  });
});
