/**
 * The floor: the unavoidable work of an ensemble — the random draws and exponentials the model
 * needs — over arrays of the same size, with nothing else. The engine's time divided by this is
 * the overhead of everything the model does besides drawing numbers.
 *
 * How many of each a run needs is counted in the engine itself (bench/count-child.mjs wraps the
 * streams and Math.exp for a thousand runs): the floor makes as many, in the same streams.
 */
import { RunStreams } from '../src/engine/index.js';

/** Per run, as counted: uniforms from each stream, standard normals (Box–Muller: two uniforms, a log, a square root, a cosine), exponentials. */
export interface FloorCounts { events: number; probes: number; decisions: number; nuclear: number; normals: number; exps: number }
export interface FloorShape { runs: number; months: number; allies: number; counts: FloorCounts }

/** Spreads `total` (a mean per run, rounded) over the months: how many fall in month t. */
const share = (total: number, months: number, t: number) => Math.floor((Math.round(total) * (t + 1)) / months) - Math.floor((Math.round(total) * t) / months);

export function floor(shape: FloorShape, seed = 42): { ms: number; sink: number } {
  const streams = new RunStreams(), c = shape.counts, H = shape.months;
  const buf = new Float64Array(shape.allies);
  let sink = 0;
  const t0 = performance.now();
  for (let r = 0; r < shape.runs; r++) {
    streams.seed(seed, r);
    for (let e = 0; e < Math.round(c.events); e++) sink += streams.events.next();
    for (let t = 0; t < H; t++) {
      let x = 0;
      for (let k = share(c.probes, H, t); k > 0; k--) x += streams.probes.next();
      // The decisions and the ladder's uniforms, ally by ally as the engine draws them.
      const perAlly = Math.round(c.decisions / H / shape.allies);
      for (let i = 0; i < shape.allies; i++) {
        let u = streams.nuclear.next();
        for (let d = 0; d < perAlly; d++) u += streams.decisions.next();
        buf[i] = u;
      }
      for (let e = share(c.exps, H, t); e > 0; e--) sink += Math.exp(-x - e * 1e-3);
      for (let k = share(c.normals, H, t); k > 0; k--) sink += streams.normal();
      sink += buf[shape.allies - 1]!;
    }
  }
  return { ms: performance.now() - t0, sink };
}
