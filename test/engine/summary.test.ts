import { afterAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { compileScenario, coreOf } from '../../src/scenario/compile.js';
import { runEnsemble, runSummaries, summaryBatchSize } from '../../src/engine/ensemble.js';
import { BINS } from '../../src/engine/accumulator.js';
import { runSummary } from '../../src/engine/summary.js';
import { METRIC, type MetricName } from '../../src/model/metrics.js';
import { SUMMARY_OUTCOMES } from '../../src/vocabulary.js';
import { closePools } from '../../src/engine/pool.js';

afterAll(() => closePools());
const worst = loadScenario('scenarios/worst-case.yaml');

describe('runSummary', () => {
  it('reports p_holds, mean_cohesion, allies_at_2pct and p_nuclear, in that order', () => {
    expect(SUMMARY_OUTCOMES).toEqual(['p_holds', 'mean_cohesion', 'allies_at_2pct', 'p_nuclear']);
  });

  it('agrees with the full ensemble statistics of the same runs', async () => {
    const runs = 120, seed = 5;
    const agg = await runEnsemble(worst, { runs, seed });
    const H = worst.horizon_months, last = H - 1;
    const at = (metric: MetricName) => agg.acc.metricSum[METRIC[metric] * H + last]! / runs;
    const noProgramme = agg.acc.metricHist[(METRIC.nuclear_programmes * H + last) * BINS]!;
    const s = runSummary({ core: coreOf(compileScenario(worst)), seed, runs });
    expect(s[0]).toBe(agg.acc.outcomes[0]! / runs);
    expect(s[1]).toBeCloseTo(at('cohesion'), 12);
    expect(s[2]).toBeCloseTo(at('allies_at_2pct'), 12);
    expect(s[3]).toBeCloseTo(1 - noProgramme / runs, 12); // k/n against 1 − (n − k)/n: equal but for rounding
  });
});

describe('runSummaries', () => {
  it('gives the same bytes on 1 and 2 workers, in the order of the cores, batched to about a block, with progress up to the count', async () => {
    const cores = [0.3, 0.5, 0.7].map((c) => coreOf(compileScenario({ ...worst, parameters: { cred_base: c } })));
    const seen: number[] = [];
    // 400 runs an evaluation: two evaluations a task (BLOCK_SIZE 1,000), so progress moves 0 → 2 → 3.
    expect(summaryBatchSize(400)).toBe(2);
    const one = await runSummaries(3, (i) => cores[i]!, { runs: 400, seed: 2, workers: 1, onProgress: (d) => seen.push(d) });
    const two = await runSummaries(3, (i) => cores[i]!, { runs: 400, seed: 2, workers: 2 });
    expect(two.map((r) => Array.from(r))).toEqual(one.map((r) => Array.from(r)));
    expect(seen).toEqual([0, 2, 3]);
    // Each batched evaluation is the lone ensemble's summary, bit for bit.
    cores.forEach((core, i) => expect(Array.from(one[i]!)).toEqual(Array.from(runSummary({ core, seed: 2, runs: 400 }))));
    expect(one[2]![1]).toBeGreaterThan(one[0]![1]!); // higher base credibility, more cohesion
  });
});
