/**
 * A TraceSink that keeps a traced run's event log and, for one ally, the evidence that moved
 * its credibility and its stance reviews (the material of `ballast explain`).
 */
import { STANCES, TERM_NAMES } from '../model/stance.js';
import type { TraceSink } from '../model/trace.js';

export interface LoggedEvent { month: number; kind: string; subject: string; detail: string }
export interface LoggedEvidence { month: number; source: string; weight: number; honoured: number }
export interface LoggedReview {
  month: number;
  credibility: number;
  threat: number;
  chosen: string;
  /** Per stance: its utility terms and its probability. */
  stances: { stance: string; terms: Record<string, number>; utility: number; probability: number }[];
}

export class TraceLog implements TraceSink {
  readonly events: LoggedEvent[] = [];
  readonly evidenceLog: LoggedEvidence[] = [];
  readonly reviews: LoggedReview[] = [];
  /** The traced ally's credibility by month. */
  readonly credibilityByMonth: number[] = [];
  constructor(readonly slot = -1) {}

  event(month: number, kind: string, subject: string, detail: string): void {
    this.events.push({ month, kind, subject, detail });
  }

  evidence(month: number, source: string, weight: number, honoured: number): void {
    this.evidenceLog.push({ month, source, weight, honoured });
  }

  credibility(month: number, value: number): void {
    this.credibilityByMonth[month] = value;
  }

  review(month: number, terms: Float64Array, probabilities: Float64Array, chosen: number, credibility: number, threat: number, offered: Uint8Array): void {
    this.reviews.push({
      month, credibility, threat, chosen: STANCES[chosen]!,
      stances: STANCES.flatMap((stance, s) => offered[s] === 0 ? [] : [{ stance, s }]).map(({ stance, s }) => {
        const t: Record<string, number> = {};
        let utility = 0;
        TERM_NAMES.forEach((name, j) => { t[name] = terms[s * TERM_NAMES.length + j]!; utility += t[name]!; });
        return { stance, terms: t, utility, probability: probabilities[s]! };
      }),
    });
  }
}
