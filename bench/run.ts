/**
 * `npm run bench`: prints how long the data layer takes. Figures only, no thresholds:
 * a timing belongs here, never in a test.
 */
import { performance } from 'node:perf_hooks';
import { forgetPanel, loadWorld } from '../src/data/index.js';

function measure(label: string, repeats: number, fn: () => void): void {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`${label.padEnd(52)} median ${median.toFixed(1).padStart(7)} ms   min ${times[0]!.toFixed(1).padStart(7)} ms   (n=${repeats})`);
}

console.log(`Ballast bench — node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
measure('loadWorld(2016), cold: read and index data/', 10, () => { forgetPanel(); loadWorld(2016); });
measure('loadWorld(2016), warm: panel cached', 50, () => { loadWorld(2016); });
measure('loadWorld(y) for all 27 years 1990-2016, warm', 5, () => { for (let y = 1990; y <= 2016; y++) loadWorld(y); });
