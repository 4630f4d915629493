import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thousands } from '../../src/cli/format.js';

describe('thousands(n)', () => {
  it('puts a comma between every three digits of a whole number', () => {
    expect(thousands(0)).toBe('0');
    expect(thousands(999)).toBe('999');
    expect(thousands(1000)).toBe('1,000');
    expect(thousands(142404)).toBe('142,404');
    expect(thousands(-1234567)).toBe('-1,234,567');
  });

  it('writes what toLocaleString(\'en-US\') writes, for any number', () => {
    fc.assert(fc.property(fc.oneof(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.double()), (n) => thousands(n) === n.toLocaleString('en-US')), { seed: 13, numRuns: 2000 });
    expect(thousands(-0)).toBe('-0');
  });
});
