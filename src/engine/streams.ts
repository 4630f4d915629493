/**
 * The random streams of one run. Each run r of an ensemble with seed S draws from streams
 * seeded by (S, r, stream): a run's numbers depend on nothing else, so an ensemble gives the
 * same bytes for any number of workers and any order of work. Separate streams per process
 * (events, probes, decisions, nuclear, budgets) keep common random numbers aligned between
 * two scenarios compared run by run.
 */
import { normal, Xoshiro128 } from './prng.js';
import type { Streams } from '../model/step.js';

export const STREAM = { events: 0, probes: 1, decisions: 2, nuclear: 3, effort: 4 } as const;

export class RunStreams implements Streams {
  readonly events = new Xoshiro128(0);
  readonly probes = new Xoshiro128(0);
  readonly decisions = new Xoshiro128(0);
  readonly nuclear = new Xoshiro128(0);
  readonly effort = new Xoshiro128(0);

  /** Re-seeds every stream for run `run` of the ensemble seeded `seed` (no allocation). */
  seed(seed: number, run: number): void {
    this.events.reseed(seed, run, STREAM.events);
    this.probes.reseed(seed, run, STREAM.probes);
    this.decisions.reseed(seed, run, STREAM.decisions);
    this.nuclear.reseed(seed, run, STREAM.nuclear);
    this.effort.reseed(seed, run, STREAM.effort);
  }

  normal(): number {
    return normal(this.effort);
  }
}
