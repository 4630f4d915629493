/** Whole-number flags, checked once at the boundary: one message that names the flag, the value and the range. */
import { InputError } from '../engine/errors.js';

export function wholeNumber(v: string, flag: string, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(v);
  if (v.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
    const range = min > Number.MIN_SAFE_INTEGER && max < Number.MAX_SAFE_INTEGER ? ` from ${min} to ${max}` : '';
    throw new InputError(`${flag} ${v}: give a whole number${range}`);
  }
  return n;
}

/** Like wholeNumber, for a flag that may be absent. */
export function optionalWholeNumber(v: string | undefined, flag: string, min?: number, max?: number): number | undefined {
  return v === undefined ? undefined : wholeNumber(v, flag, min, max);
}
