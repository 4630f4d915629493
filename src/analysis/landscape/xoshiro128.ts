/**
 * xoshiro128** 1.1 (Blackman & Vigna 2021, "Scrambled linear pseudorandom number generators",
 * ACM TOMS 47(4); reference code https://prng.di.unimi.it/xoshiro128starstar.c), seeded from one
 * 32-bit integer through splitmix32 (the Weyl sequence of SplitMix, Steele, Lea & Flood 2014,
 * finished with MurmurHash3's fmix32), so that no seed yields the all-zero state.
 *
 * The analytic models' only source of randomness (the generator itself is src/engine/prng.ts) (landscape multi-start descent, bloc-partition
 * starts, triad dynamics): same seed, same stream, same output.
 */

import { Xoshiro128 } from '../../engine/prng.js';

export interface Prng {
  /** The next raw output, an integer in [0, 2^32). */
  nextUint32(): number;
  /** A float in [0, 1) with 32 random bits. */
  nextFloat(): number;
  /** An integer in [0, n) (floor of nextFloat() · n; the bias is below n / 2^32). */
  nextInt(n: number): number;
}

export type XoshiroState = [number, number, number, number];

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

/** A generator from explicit state words, over the engine's xoshiro128** (one implementation in the project). */
export function xoshiro128FromState(state: XoshiroState): Prng {
  const g = new Xoshiro128(0);
  g.setState(...state);
  const nextFloat = () => g.next();
  return { nextUint32: () => g.nextUint32(), nextFloat, nextInt: (n: number) => Math.floor(nextFloat() * n) };
}

/** The generator for `seed` (any integer; taken modulo 2^32). */
export function xoshiro128(seed: number): Prng {
  return xoshiro128FromState(splitmix32State(seed));
}
