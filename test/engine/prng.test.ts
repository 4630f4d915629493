import { describe, expect, it } from 'vitest';
import { Xoshiro128, normal } from '../../src/engine/prng.js';
import { RunStreams } from '../../src/engine/streams.js';

describe('Xoshiro128', () => {
  it('matches the reference C implementation of xoshiro128** from state (1, 2, 3, 4)', () => {
    // Outputs of prng.di.unimi.it/xoshiro128starstar.c compiled with gcc and seeded s = {1, 2, 3, 4}.
    const r = new Xoshiro128(0);
    r.setState(1, 2, 3, 4);
    expect(Array.from({ length: 6 }, () => r.nextUint32())).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
  });

  it('matches the reference C implementation from a state whose words have their top bits set', () => {
    // The same C (prng.di.unimi.it/xoshiro128starstar.c), gcc -O2, s = {0x80000001, 0xdeadbeef, 0xfffffff0, 0x12345678}:
    // outputs 0–7 and 999. The generator keeps its words as signed 32-bit integers; words of 2^31 and up are where that could go wrong.
    const r = new Xoshiro128(0);
    r.setState(0x80000001, 0xdeadbeef, 0xfffffff0, 0x12345678);
    const outputs = Array.from({ length: 1000 }, () => r.nextUint32());
    expect(outputs.slice(0, 8)).toEqual([1162347276, 3132695467, 4135495343, 3806742642, 3469522567, 1274341592, 2729106734, 4227930986]);
    expect(outputs[999]).toBe(382672036);
    expect(outputs.every((x) => Number.isInteger(x) && x >= 0 && x < 2 ** 32)).toBe(true);
  });

  it('gives the same numbers for the same (seed, run, stream) and different ones otherwise', () => {
    const draw = (seed: number, run: number, stream: number) => { const r = new Xoshiro128(seed, run, stream); return Array.from({ length: 5 }, () => r.next()); };
    expect(draw(42, 7, 1)).toEqual(draw(42, 7, 1));
    expect(draw(42, 7, 1)).not.toEqual(draw(42, 8, 1));
    expect(draw(42, 7, 1)).not.toEqual(draw(42, 7, 2));
    expect(draw(42, 7, 1)).not.toEqual(draw(43, 7, 1));
  });

  it('draws uniforms in [0, 1) with mean 1/2 and variance 1/12 (seeded, 200,000 draws)', () => {
    const r = new Xoshiro128(1, 0, 0);
    let sum = 0, sq = 0, min = 1, max = 0;
    const n = 200_000;
    for (let i = 0; i < n; i++) { const u = r.next(); sum += u; sq += u * u; min = Math.min(min, u); max = Math.max(max, u); }
    const mean = sum / n;
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.003); // 4.6 standard errors of 0.00065
    expect(Math.abs(sq / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });

  it('normal() has mean 0 and variance 1 (seeded, 100,000 draws)', () => {
    const r = new Xoshiro128(5, 0, 0);
    let sum = 0, sq = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) { const z = normal(r); sum += z; sq += z * z; }
    expect(Math.abs(sum / n)).toBeLessThan(0.015);
    expect(Math.abs(sq / n - 1)).toBeLessThan(0.02);
  });
});

describe('RunStreams', () => {
  it('reseeds every stream from (seed, run) alone', () => {
    const a = new RunStreams(), b = new RunStreams();
    a.seed(42, 3); a.probes.next(); a.seed(42, 3);
    b.seed(42, 3);
    expect([a.events.next(), a.probes.next(), a.decisions.next(), a.nuclear.next(), a.effort.next()])
      .toEqual([b.events.next(), b.probes.next(), b.decisions.next(), b.nuclear.next(), b.effort.next()]);
    a.seed(42, 3);
    expect(a.events.next()).not.toBe(a.probes.next());
  });
});
