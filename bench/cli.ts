/**
 * `npm run bench cli`: how long the command line takes to answer, from the compiled CLI in
 * fresh processes, against node's own start (issue 13, item 8). Each command runs once to warm
 * the file cache and Ballast's cache of built Worlds (.ballast/cache/ under the working
 * directory), then a few times measured; the median is printed with its ratio to `node -e 0`.
 * The cold line runs `world` in a new empty folder each time: no cache entry, the data parsed.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const BIN = resolve('bin/ballast.js');
const COMMANDS: readonly { label: string; args: readonly string[]; cold?: boolean }[] = [
  { label: 'node -e 0', args: ['-e', '0'] },
  { label: 'ballast --help', args: [BIN, '--help'] },
  { label: 'ballast run --help', args: [BIN, 'run', '--help'] },
  { label: 'ballast world --year 2016', args: [BIN, 'world', '--year', '2016'] },
  { label: 'ballast world --year 2016, cold (no cache entry)', args: [BIN, 'world', '--year', '2016'], cold: true },
];

/** Wall time of one fresh process, ms; throws if it fails (a timing of an error says nothing). */
function wallMs(args: readonly string[], cold: boolean): number {
  const cwd = cold ? mkdtempSync(join(tmpdir(), 'ballast-bench-cli-')) : process.cwd();
  try {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const ms = performance.now() - t0;
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return ms;
  } finally {
    if (cold) rmSync(cwd, { recursive: true, force: true });
  }
}

export function cliBench(repeats = 9): void {
  console.log(`\nCommand line (fresh process each, compiled CLI; median of ${repeats} after one warm-up)`);
  let node = Number.NaN;
  for (const { label, args, cold = false } of COMMANDS) {
    wallMs(args, cold);
    const times = Array.from({ length: repeats }, () => wallMs(args, cold)).sort((a, b) => a - b);
    const median = times[Math.floor(repeats / 2)]!;
    if (Number.isNaN(node)) node = median;
    console.log(`${label.padEnd(58)} median ${median.toFixed(0).padStart(6)} ms   min ${times[0]!.toFixed(0).padStart(6)} ms   ${(median / node).toFixed(2)} × node's start`);
  }
}
