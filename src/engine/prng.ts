/**
 * xoshiro128** (Blackman & Vigna 2018, "Scrambled linear pseudorandom number generators",
 * reference C at prng.di.unimi.it/xoshiro128starstar.c), seeded by splitmix32 so that each
 * (seed, run, stream) triple gets its own independent-looking state. 32-bit integer
 * arithmetic only (Math.imul, >>> 0): the same numbers on every machine.
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
    [s, v] = splitmix32(s); this.a = v;
    [s, v] = splitmix32(s ^ (run >>> 0)); this.b = v;
    [s, v] = splitmix32(s ^ stream); this.c = v;
    [, v] = splitmix32(s); this.d = v;
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** The next 32-bit output as an unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5) >>> 0, 7), 9) >>> 0;
    const t = (this.b << 9) >>> 0;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    this.a >>>= 0; this.b >>>= 0; this.c >>>= 0; this.d >>>= 0;
    return result;
  }

  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Sets the raw state (for checking against the reference implementation). */
  setState(a: number, b: number, c: number, d: number): void {
    this.a = a >>> 0; this.b = b >>> 0; this.c = c >>> 0; this.d = d >>> 0;
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

/** A standard normal draw by Box-Muller (one of the pair; annual draws only, not in hot paths). */
export function normal(rng: Rng): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
