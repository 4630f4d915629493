/** An accumulator as named parts (tests): every typed array as its bytes, then the event chains as sorted JSON. */
import type { Accumulator } from '../../src/engine/accumulator.js';

export function accumulatorParts(acc: Accumulator): [string, Uint8Array | string][] {
  const parts: [string, Uint8Array | string][] = [];
  for (const [k, v] of Object.entries(acc)) if (ArrayBuffer.isView(v)) parts.push([k, new Uint8Array(v.buffer, v.byteOffset, v.byteLength)]);
  parts.push(['chains', JSON.stringify([...acc.chains].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, c]) => [k, Array.from(c)]))]);
  return parts;
}
