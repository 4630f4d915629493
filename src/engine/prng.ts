/**
 * xoshiro128** (Blackman & Vigna 2021, "Scrambled linear pseudorandom number generators", ACM TOMS 47(4);
 * reference C at prng.di.unimi.it/xoshiro128starstar.c), seeded by splitmix32 so that each
 * (seed, run, stream) triple gets its own independent-looking state. 32-bit integer
 * arithmetic only (Math.imul, shifts, xor): the same numbers on every machine.
 *
 * The state words are kept as signed 32-bit integers (`| 0`), not unsigned (`>>> 0`): the bits
 * are the same, but a signed 32-bit integer is one V8 keeps in the object as a small integer,
 * where a value of 2^31 or more is boxed as a heap number and converted to and from a double on
 * every use. Only the output is made unsigned. The outputs are the reference implementation's
 * (test/engine/prng.test.ts); the signed form draws several times as fast (docs/SCALE.md).
 */

export interface Rng {
  /** A uniform float in [0, 1) with 32 bits of randomness. */
  next(): number;
}

/** splitmix32 (a 32-bit variant of Steele, Lea & Flood 2014's SplitMix), used only for seeding. */
export function splitmix32(state: number): [number, number] {
  const s = (state + 0x9e3779b9) >>> 0;
  let z = s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return [s, (z ^ (z >>> 16)) >>> 0];
}

export class Xoshiro128 implements Rng {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  constructor(seed: number, run = 0, stream = 0) {
    this.reseed(seed, run, stream);
  }

  /** Re-seeds in place (no allocation): the state depends only on (seed, run, stream). */
  reseed(seed: number, run: number, stream: number): void {
    let s = (seed >>> 0) ^ Math.imul(run >>> 0, 0x2545f491) ^ Math.imul((stream + 1) >>> 0, 0x9e3779b1);
    let v: number;
    [s, v] = splitmix32(s); this.a = v | 0;
    [s, v] = splitmix32(s ^ (run >>> 0)); this.b = v | 0;
    [s, v] = splitmix32(s ^ stream); this.c = v | 0;
    [, v] = splitmix32(s); this.d = v | 0;
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** The next 32-bit output as an unsigned integer. */
  nextUint32(): number {
    const b = this.b, five = Math.imul(b, 5);
    const result = Math.imul(rotl(five, 7), 9);
    const t = b << 9;
    let a = this.a, c = this.c, d = this.d;
    c ^= a;
    d ^= b;
    this.b = b ^ c;
    a ^= d;
    c ^= t;
    this.a = a; this.c = c; this.d = rotl(d, 11);
    return result >>> 0;
  }

  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Sets the raw state (for checking against the reference implementation). */
  setState(a: number, b: number, c: number, d: number): void {
    this.a = a | 0; this.b = b | 0; this.c = c | 0; this.d = d | 0;
  }
}

/** x rotated left by k bits, as a signed 32-bit integer. */
function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A standard normal draw by Box-Muller (one of the pair; annual draws only, not in hot paths). */
export function normal(rng: Rng): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
