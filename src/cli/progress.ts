/** A progress bar on stderr for long work (plain periodic lines when stderr is not a terminal). */
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

export function progressBar(label: string, quiet: boolean): Progress {
  if (quiet) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar({
    stream: process.stderr,
    format: `${label} [{bar}] {percentage}% | {value}/{total} runs | {duration_formatted} elapsed, eta {eta_formatted}`,
    noTTYOutput: true,
    notTTYSchedule: 5000,
    hideCursor: true,
  }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    update(done, total) {
      if (!started) { bar.start(total, done); started = true; } else bar.update(done);
    },
    stop() { if (started) bar.stop(); },
  };
}
