/**
 * The accommodation constant from the record (issue 11, item 2): continuity from the training
 * year's World reproduces the base rate of the coded alignment onsets. Checked against a count
 * made here from data/facts/alignment.json, the solve's own target, and monotonicity.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { calibrateAccommodation, simulatedAccommodationRate } from '../../src/validation/accommodation-rate.js';
import { trainingDataDir } from '../../src/validation/training-data.js';
import { closePools } from '../../src/engine/pool.js';

afterAll(() => closePools());

const awayOnsets = (until: number): number => {
  const facts = JSON.parse(readFileSync('data/facts/alignment.json', 'utf8')) as { entries: { direction: string; from: string }[] };
  return facts.entries.filter((e) => e.direction === 'away' && Number(e.from.slice(0, 4)) <= until).length;
};

describe('calibrateAccommodation', () => {
  it('counts the record\'s onsets up to the training year and reproduces their rate in continuity', async () => {
    const dir = trainingDataDir(2011);
    const c = await calibrateAccommodation(dir, 2011, { runs: 300, workers: 2 });
    // every coded "away" episode of an ally starts an onset (the 2014 and 2016 ones are not seen)
    expect(c.record.onsets).toBe(awayOnsets(2011));
    expect(c.record.onsets).toBe(awayOnsets(2016) - 2);
    expect(c.record.rate).toBeCloseTo(c.record.onsets / c.record.allyYears, 12);
    // the solve meets its target within its tolerance (1% in the log)
    expect(Math.abs(Math.log(c.simulatedRate / c.record.rate))).toBeLessThan(0.01);
    // the base rate's interval maps to an interval around the value: a higher rate needs a higher constant
    expect(c.interval[0]).toBeLessThan(c.value);
    expect(c.interval[1]).toBeGreaterThan(c.value);
    const [lo, hi] = await Promise.all([simulatedAccommodationRate(dir, 2011, c.value - 1, { runs: 300, workers: 2 }), simulatedAccommodationRate(dir, 2011, c.value + 1, { runs: 300, workers: 2 })]);
    expect(lo).toBeLessThan(c.simulatedRate);
    expect(hi).toBeGreaterThan(c.simulatedRate);
  });
});
