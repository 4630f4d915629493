/**
 * xoshiro128** 1.1 (Blackman & Vigna 2021, "Scrambled linear pseudorandom number generators",
 * ACM TOMS 47(4); reference code https://prng.di.unimi.it/xoshiro128starstar.c), seeded from one
 * 32-bit integer through splitmix32 (the Weyl sequence of SplitMix, Steele, Lea & Flood 2014,
 * finished with MurmurHash3's fmix32), so that no seed yields the all-zero state.
 *
 * The analytic models' only source of randomness (landscape multi-start descent, bloc-partition
 * starts, triad dynamics): same seed, same stream, same output.
 */

export interface Prng {
  /** The next raw output, an integer in [0, 2^32). */
  nextUint32(): number;
  /** A float in [0, 1) with 32 random bits. */
  nextFloat(): number;
  /** An integer in [0, n) (floor of nextFloat() · n; the bias is below n / 2^32). */
  nextInt(n: number): number;
}

export type XoshiroState = [number, number, number, number];

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));

/** splitmix32: four well-mixed, not-all-zero state words from one seed. */
export function splitmix32State(seed: number): XoshiroState {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  return [next(), next(), next(), next()];
}

/** A generator from explicit state words (for the reference test vector) . */
export function xoshiro128FromState(state: XoshiroState): Prng {
  let [s0, s1, s2, s3] = state.map((v) => v | 0) as XoshiroState;
  const nextUint32 = () => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
  const nextFloat = () => nextUint32() / 4294967296;
  return { nextUint32, nextFloat, nextInt: (n: number) => Math.floor(nextFloat() * n) };
}

/** The generator for `seed` (any integer; taken modulo 2^32). */
export function xoshiro128(seed: number): Prng {
  return xoshiro128FromState(splitmix32State(seed));
}
