/** Where the editor's validation messages sit: beside their line, never on top of each other. */
import type { ApiError } from '../../src/server/contract.js';

export type ScenarioIssue = NonNullable<ApiError['issues']>[number];

/** Issues grouped by line (1-based), in line order; issues without a line come first, under 0. */
export function issuesByLine(issues: readonly ScenarioIssue[]): [number, ScenarioIssue[]][] {
  const map = new Map<number, ScenarioIssue[]>();
  for (const i of issues) {
    const line = i.line ?? 0;
    map.set(line, [...(map.get(line) ?? []), i]);
  }
  return [...map.entries()].sort((a, b) => a[0] - b[0]);
}

/**
 * Top offsets (px) for notes that want to sit at `wanted` (ascending) and are `heights` tall:
 * each at its wish unless the previous note still occupies it, then just below that note.
 */
export function placeNotes(wanted: readonly number[], heights: readonly number[], gap = 2): number[] {
  const tops: number[] = [];
  let floor = -Infinity;
  wanted.forEach((w, i) => {
    const top = Math.max(w, floor);
    tops.push(top);
    floor = top + (heights[i] ?? 0) + gap;
  });
  return tops;
}
