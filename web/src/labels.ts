/**
 * How every stance, theatre, rival and metric is named in the dashboard: the library's labels
 * (src/results/labels.ts), which the briefing and the CLI's words share, so a page and a briefing
 * never name the same thing two ways.
 */
export * from '../../src/results/labels.js';
