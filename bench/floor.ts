/**
 * The floor: the unavoidable work of an ensemble — the random draws and exponentials the model
 * needs — over arrays of the same size, with nothing else. The engine's time divided by this is
 * the overhead of everything the model does besides drawing numbers.
 */
import { RunStreams } from '../src/engine/index.js';

export interface FloorShape { runs: number; months: number; allies: number; rivals: number; events: number }

/** Draws per month: 3 per rival (probe, target, response), 2 per ally (review, choice), 1 per ally (nuclear); per run 2 per event; per year a normal per ally. Exponentials: 1 per rival and month (the probe hazard). */
export function floor(shape: FloorShape, seed = 42): { ms: number; sink: number } {
  const streams = new RunStreams();
  const buf = new Float64Array(shape.allies);
  let sink = 0;
  const t0 = performance.now();
  for (let r = 0; r < shape.runs; r++) {
    streams.seed(seed, r);
    for (let e = 0; e < shape.events * 2; e++) sink += streams.events.next();
    for (let t = 0; t < shape.months; t++) {
      for (let k = 0; k < shape.rivals; k++) sink += Math.exp(-streams.probes.next() - streams.probes.next() - streams.probes.next());
      for (let i = 0; i < shape.allies; i++) buf[i] = streams.decisions.next() + streams.decisions.next() + streams.nuclear.next();
      if (t % 12 === 0) for (let i = 0; i < shape.allies; i++) buf[i]! += streams.normal();
      sink += buf[shape.allies - 1]!;
    }
  }
  return { ms: performance.now() - t0, sink };
}

