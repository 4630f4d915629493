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

/** Spreads `total` (a mean per run, rounded) over the months: how many fall in each month. */
function spread(total: number, months: number): Int32Array {
  const n = Math.round(total);
  return Int32Array.from({ length: months }, (_, t) => Math.floor((n * (t + 1)) / months) - Math.floor((n * t) / months));
}

export function floor(shape: FloorShape, seed = 42): { ms: number; sink: number } {
  const streams = new RunStreams(), c = shape.counts, H = shape.months, allies = shape.allies;
  // Every count worked out before the clock starts: the timed loop only draws and exponentiates.
  const probes = spread(c.probes, H), exps = spread(c.exps, H), normals = spread(c.normals, H);
  const events = Math.round(c.events), perAlly = Math.round(c.decisions / H / allies);
  const buf = new Float64Array(allies);
  let sink = 0;
  const t0 = performance.now();
  for (let r = 0; r < shape.runs; r++) {
    streams.seed(seed, r);
    for (let e = 0; e < events; e++) sink += streams.events.next();
    for (let t = 0; t < H; t++) {
      let x = 0;
      for (let k = probes[t]!; k > 0; k--) x += streams.probes.next();
      // The decisions and the ladder's uniforms, ally by ally as the engine draws them.
      for (let i = 0; i < allies; i++) {
        let u = streams.nuclear.next();
        for (let d = 0; d < perAlly; d++) u += streams.decisions.next();
        buf[i] = u;
      }
      for (let e = exps[t]!; e > 0; e--) sink += Math.exp(-x - e * 1e-3);
      for (let k = normals[t]!; k > 0; k--) sink += streams.normal();
      sink += buf[allies - 1]!;
    }
  }
  return { ms: performance.now() - t0, sink };
}

/** What one uniform (from a run's decisions stream) and one exponential cost in a tight loop, in ns: the floor's two ingredients. */
export function drawCosts(n = 20_000_000): { n: number; uniformNs: number; expNs: number; sink: number } {
  const streams = new RunStreams();
  streams.seed(42, 0);
  let sink = 0;
  let t0 = performance.now();
  for (let k = 0; k < n; k++) sink += streams.decisions.next();
  const uniformNs = ((performance.now() - t0) * 1e6) / n;
  t0 = performance.now();
  for (let k = 0; k < n; k++) sink += Math.exp(-(k & 1023) * 1e-3);
  const expNs = ((performance.now() - t0) * 1e6) / n;
  return { n, uniformNs, expNs, sink };
}
