/**
 * A progress bar on stderr for long work (plain periodic lines when stderr is not a terminal).
 * cli-progress (CommonJS) is required when a bar is made, not when the CLI starts: a quiet or JSON
 * command, and every --help, never load it.
 */
import { createRequire } from 'node:module';

type CliProgress = typeof import('cli-progress');
const require = createRequire(import.meta.url);

export interface Progress {
  update(done: number, total: number): void;
  /** A chunk came back from a BullMQ worker (chunks finish in any order; the bar's runs count those merged in order). */
  chunk(): void;
  stop(): void;
}

/** `chunked`: the work goes to BullMQ workers, and the bar also counts the chunks they have sent back. */
export function progressBar(label: string, quiet: boolean, chunked = false): Progress {
  if (quiet) return { update: () => undefined, chunk: () => undefined, stop: () => undefined };
  let chunks = 0, value = 0;
  const cliProgress = require('cli-progress') as CliProgress;
  const bar = new cliProgress.SingleBar({
    stream: process.stderr,
    format: `${label} [{bar}] {percentage}% | {value}/{total} runs${chunked ? ' | chunks back from the workers: {chunks}' : ''} | {duration_formatted} elapsed, eta {eta_formatted}`,
    noTTYOutput: true,
    notTTYSchedule: 5000,
    hideCursor: true,
  }, cliProgress.Presets.shades_classic);
  let started = false, barTotal = 0;
  return {
    update(done, total) {
      value = done;
      // A later stage may count against a new total (calibrate: the credibility ABC, then the joint ABC).
      if (!started) { bar.start(total, done, { chunks }); started = true; barTotal = total; return; }
      if (total !== barTotal) { bar.setTotal(total); barTotal = total; }
      bar.update(done, { chunks });
    },
    chunk() { chunks++; if (started) bar.update(value, { chunks }); },
    stop() { if (started) bar.stop(); },
  };
}
