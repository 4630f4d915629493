/**
 * How much the scenario reader accepts, in one place: a scenario comes from anyone who can
 * reach the server, so size, nesting and counts are bounded before the parser or a loop over
 * them can use up time, memory or the call stack. docs/SCENARIOS.md (Limits) states the same
 * values and a test keeps the two in step. The shipped scenarios are far below every limit
 * (at most 12 kB and 33 events).
 */
export const SCENARIO_LIMITS = Object.freeze({
  /** Scenario text, in UTF-8 bytes: 1 MiB. */
  textBytes: 1024 * 1024,
  /** A parameter file, in bytes: 1 MiB (`ballast calibrate --out` writes some tens of kB with its posterior draws). */
  parameterFileBytes: 1024 * 1024,
  /** Collections nested in one another; a scenario needs 4 (events[i].window). */
  depth: 32,
  /** Events in one scenario. */
  events: 2000,
  /** Issues listed for one scenario; one more issue counts the rest. */
  issues: 100,
});

/** "1 MiB" for 1,048,576 bytes; "200 kB" for 200,000. */
export function byteSize(n: number): string {
  if (n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n % 1000 === 0) return `${n / 1000} kB`;
  return `${n.toLocaleString('en-US')} bytes`;
}
