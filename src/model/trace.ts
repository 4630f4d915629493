/**
 * What a traced run records: its events (for representative runs' timelines) and, for one ally,
 * the evidence that moved its credibility and the utility terms of each stance review
 * (for `ballast explain`). Untraced runs pass null and record nothing.
 */

export interface TraceSink {
  /** The ally slot whose evidence and reviews are recorded (−1: none). */
  readonly slot: number;
  event(month: number, kind: string, subject: string, detail: string): void;
  evidence(month: number, source: string, weight: number, honoured: number): void;
  /** The traced ally's credibility after this month's update. */
  credibility(month: number, value: number): void;
  /** One stance review: the utility terms (STANCE_COUNT × TERM_NAMES), the probabilities, the stance chosen and the stances the ally's theatre offers. */
  review(month: number, terms: Float64Array, probabilities: Float64Array, chosen: number, credibility: number, threat: number, offered: Uint8Array): void;
}

/** Salient events kept for event chains (src/vocabulary.ts); a chain code is kind * CHAIN_BASE + subject index. */
export { CHAIN, CHAIN_BASE, CHAIN_KINDS, CHAIN_OF_STANCE } from '../vocabulary.js';
