import { describe, expect, it } from 'vitest';
import { formatPath, parseSource } from '../../src/scenario/index.js';
import { SCENARIO_LIMITS } from '../../src/scenario/limits.js';
import { closest, editDistance } from '../../src/scenario/suggest.js';

describe('formatPath(path)', () => {
  it('writes indices in brackets and fields with dots; the root is ""', () => {
    expect(formatPath(['events', 3, 'window', 1])).toBe('events[3].window[1]');
    expect(formatPath(['patron', 'guarantee'])).toBe('patron.guarantee');
    expect(formatPath([])).toBe('');
  });
});

describe('parseSource(text)', () => {
  const text = [
    'name: Place',             // 1
    'events:',                 // 2
    '  - at: 2017-04',         // 3
    '    type: probe',         // 4
    '  - { window: [2017-05, 2018-01], type: treaty_exit }', // 5
    'parameters:',             // 6
    '  util_peer: 5',          // 7
  ].join('\n');
  const src = parseSource(text);

  it('keeps months as text (YAML 1.2: no date conversion)', () => {
    expect(src.syntax).toEqual([]);
    expect((src.value as { events: { at?: string }[] }).events[0]!.at).toBe('2017-04');
  });

  it('maps a path to the line and column of its value, or of its key', () => {
    expect(src.locate(['events', 0, 'at'])).toEqual({ line: 3, column: 9 });
    expect(src.locate(['events', 1, 'window', 1])).toEqual({ line: 5, column: 25 });
    expect(src.locate(['parameters', 'util_peer'], 'key')).toEqual({ line: 7, column: 3 });
    expect(src.locate(['parameters', 'util_peer'])).toEqual({ line: 7, column: 14 });
  });

  it('maps a missing field to the mapping that lacks it, and the root to 1:1', () => {
    expect(src.locate(['events', 0, 'location'])).toEqual({ line: 3, column: 5 });
    expect(src.locate(['events', 1, 'treaty'])).toEqual({ line: 5, column: 5 });
    expect(src.locate([])).toEqual({ line: 1, column: 1 });
  });

  it('reports a syntax error with its place and no value', () => {
    const bad = parseSource('name: x\npatron:\n\tguarantee: conditional\n');
    expect(bad.value).toBeUndefined();
    expect(bad.syntax.map((s) => [s.code, s.line, s.column])).toEqual([['yaml_syntax', 3, 1]]);
  });

  it('reports a key written twice and still gives the value', () => {
    const dup = parseSource('name: x\nseed: 1\nseed: 2\n');
    expect(dup.syntax.map((s) => [s.code, s.line, s.column])).toEqual([['duplicate_key', 3, 1]]);
    expect(dup.value).toEqual({ name: 'x', seed: 2 });
  });

  it('reports an alias bomb at its first alias instead of throwing', () => {
    // Nine lines that expand to 10^9 items: each level lists the one above ten times.
    const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const bomb = ['name: x', 'a: &a [x,x,x,x,x,x,x,x,x,x]', ...levels.slice(1).map((n, k) => `${n}: &${n} [${Array(10).fill(`*${levels[k]}`).join(',')}]`)].join('\n');
    const src = parseSource(bomb);
    expect(src.value).toBeUndefined();
    expect(src.syntax).toEqual([{ code: 'yaml_syntax', line: 3, column: 8, message: 'the YAML expands too many aliases (*a): a scenario needs none', fix: expect.stringContaining('aliases') }]);
  });

  it('keeps an alias that expands little', () => {
    expect(parseSource('name: x\na: &l [POL, LTU]\nb: *l\n').value).toEqual({ name: 'x', a: ['POL', 'LTU'], b: ['POL', 'LTU'] });
  });

  it('reports nesting deeper than the limit where it goes too deep, before composing it', () => {
    const flow = parseSource('['.repeat(1000) + ']'.repeat(1000));
    expect(flow.value).toBeUndefined();
    expect(flow.syntax.map((s) => [s.code, s.line, s.column])).toEqual([['yaml_syntax', 1, SCENARIO_LIMITS.depth + 1]]);
    expect(flow.syntax[0]!.message).toContain(`more than ${SCENARIO_LIMITS.depth} levels deep`);
    const block = parseSource(Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i)}- `).join('\n') + 'x');
    expect(block.syntax.map((s) => [s.line, s.column])).toEqual([[SCENARIO_LIMITS.depth + 1, SCENARIO_LIMITS.depth + 1]]);
    // Composing these used to end in a stack overflow, and a second one after the first could abort the process.
    expect(parseSource('{a: '.repeat(5000) + '1' + '}'.repeat(5000)).syntax).toHaveLength(1);
  });

  it('accepts nesting up to the limit', () => {
    const d = SCENARIO_LIMITS.depth;
    expect(parseSource('['.repeat(d) + ']'.repeat(d)).syntax).toEqual([]);
  });
});

describe('editDistance(a, b) and closest(word, candidates)', () => {
  it('counts the edits of the textbook example: kitten → sitting is 3', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('POL', 'pol')).toBe(0);
  });

  it('prefers near spellings, then rare shared words', () => {
    expect(closest('withdraw', ['deployment', 'withdrawal', 'exit'])).toEqual(['withdrawal']);
    // "peer" is in 2 of the 6 names, "weight" in 4: the rarer shared word wins.
    const names = ['util_peer', 'peer_distance_km', 'signal_talk_weight', 'signal_costly_weight', 'signal_probe_weight', 'threat_hostility_weight'];
    expect(closest('peer_weight', names)).toEqual(['util_peer', 'peer_distance_km']);
    expect(closest('zzz', ['deployment'])).toEqual([]);
  });
});
