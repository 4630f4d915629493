import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../src/scenario/json-position.js';

const parses = (text: string) => { try { JSON.parse(text); return true; } catch { return false; } };

describe('jsonErrorOffset(text)', () => {
  it('is undefined for JSON, with any whitespace and nesting', () => {
    for (const t of ['{}', '[]', ' 0 ', '-1.5e+3', '"a\\u00e9\\n"', 'true', 'null', '{"a": [1, {"b": false}], "c": ""}', '['.repeat(5000) + ']'.repeat(5000)]) {
      expect(jsonErrorOffset(t), t.slice(0, 20)).toBeUndefined();
    }
  });

  it('points at the first character that is not JSON', () => {
    expect(jsonErrorOffset('root:x:0:0')).toBe(0);
    expect(jsonErrorOffset('{"a": 1,}')).toBe(8);
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonErrorOffset('{"a" 1}')).toBe(5);
    expect(jsonErrorOffset('{"a": 1} x')).toBe(9);
    expect(jsonErrorOffset('01')).toBe(1);
    expect(jsonErrorOffset('"a\\x"')).toBe(3);
    expect(jsonErrorOffset('"a\tb"')).toBe(2);
    expect(jsonErrorOffset('\uFEFF{}')).toBe(0);
  });

  it('is the length for text that ends too soon', () => {
    expect(jsonErrorOffset('')).toBe(0);
    expect(jsonErrorOffset('[1,2')).toBe(4);
    expect(jsonErrorOffset('"abc')).toBe(4);
    expect(jsonErrorOffset('{"a":')).toBe(5);
  });

  it('agrees with JSON.parse on what is JSON (property, seeded)', () => {
    const char = fc.string({ minLength: 1, maxLength: 1, unit: 'binary' });
    const mutated = fc.tuple(fc.json(), fc.nat(), char).map(([j, k, c]) => { const at = k % (j.length + 1); return j.slice(0, at) + c + j.slice(at); });
    const cut = fc.tuple(fc.json(), fc.nat()).map(([j, k]) => j.slice(0, k % (j.length + 1)));
    fc.assert(fc.property(fc.oneof(fc.json(), fc.string({ unit: 'binary' }), mutated, cut), (t) => {
      const at = jsonErrorOffset(t);
      expect(at === undefined).toBe(parses(t));
      if (at !== undefined) expect(at).toBeLessThanOrEqual(t.length);
    }), { seed: 20260902, numRuns: 3000 });
  });
});
