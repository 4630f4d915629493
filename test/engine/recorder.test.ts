/**
 * The recorder adds a run's months by spans (src/engine/recorder.ts). Checked here against the
 * plain way, every statistic added every month, written out below as the reference: the two
 * accumulators must agree to the bit, for every shipped scenario (events of every kind:
 * accessions, exits, GDP shocks, elections, pacts), with fixed parameters and with posterior draws.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { BINS, createAccumulator, finishRun, SPENDING_BIN, type Accumulator, type Layout } from '../../src/engine/accumulator.js';
import { runBlock } from '../../src/engine/block.js';
import { prepare } from '../../src/engine/prepare.js';
import { simulateRun } from '../../src/engine/run.js';
import { defaultDataDir } from '../../src/data/index.js';
import { METRICS, reportAll, SCOPE_COHESION } from '../../src/model/metrics.js';
import type { Setting } from '../../src/model/setting.js';
import type { RunState } from '../../src/model/state.js';
import { loadScenario } from '../../src/scenario/index.js';
import { STANCE_COUNT } from '../../src/vocabulary.js';
import { accumulatorParts } from './accumulator-bytes.js';

const UNIT = METRICS.map((m) => m.kind === 'unit');

/** The reference: month t of one run, every statistic added one by one (the engine's collection before the recorder). */
function collectMonth(acc: Accumulator, l: Layout, s: Setting, st: RunState, t: number, ever: Uint8Array, yearIndex: number, draw: number): void {
  const n = l.n, H = l.horizon, row = new Float64Array(METRICS.length);
  reportAll(s, st, row);
  for (let k = 0; k < SCOPE_COHESION.length; k++) { const v = row[SCOPE_COHESION[k]!]!; acc.cohesionSumSq[k * H + t]! += v * v; }
  if (draw >= 0) {
    for (let k = 0; k < SCOPE_COHESION.length; k++) {
      const v = row[SCOPE_COHESION[k]!]!, at = (draw * SCOPE_COHESION.length + k) * H + t;
      acc.drawCohesionSum[at]! += v;
      acc.drawCohesionSumSq[at]! += v * v;
    }
  }
  for (let m = 0; m < l.metrics; m++) {
    const v = row[m]!;
    const bin = UNIT[m] ? Math.min(BINS - 1, Math.floor(v * BINS)) : Math.min(BINS - 1, v);
    acc.metricHist[(m * H + t) * BINS + bin]!++;
    acc.metricSum[m * H + t]! += v;
  }
  for (let i = 0; i < n; i++) {
    if (st.active[i] === 0) continue;
    const stance = st.stance[i]!;
    acc.allyStance[(i * H + t) * STANCE_COUNT + stance]!++;
    acc.allyActive[i * H + t]!++;
    acc.allyCredSum[i * H + t]! += st.credibility[i]!;
    ever[i * STANCE_COUNT + stance] = 1;
    if (yearIndex >= 0 && s.budgets[i] === 1) {
      const y = i * l.years.length + yearIndex;
      acc.spendHist[y * BINS + Math.min(BINS - 1, Math.floor(st.spending[i]! / SPENDING_BIN))]!++;
      acc.spendSum[y]! += st.spending[i]!;
      acc.spendActive[y]!++;
    }
  }
}

function byMonth(p: ReturnType<typeof prepare>, seed: number, runs: number): Accumulator {
  const acc = createAccumulator(p.layout), s = p.core.setting, ever = new Uint8Array(s.n * STANCE_COUNT);
  for (let run = 0; run < runs; run++) {
    ever.fill(0);
    const draw = p.layout.draws > 0 ? run % p.layout.draws : -1;
    const st = simulateRun(p.ctx, seed, run, (t, state) => collectMonth(acc, p.layout, s, state, t, ever, p.yearOf[t]!, draw));
    finishRun(acc, p.layout, s, st, run, ever);
  }
  return acc;
}

/** The accumulator's runs, each typed array as base64, and the event chains: a readable diff when they differ. */
function bytesOf(acc: Accumulator): Record<string, string> {
  return { runs: String(acc.runs), ...Object.fromEntries(accumulatorParts(acc).map(([k, v]) => [k, typeof v === 'string' ? v : Buffer.from(v).toString('base64')])) };
}

const scenarios = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).sort();

describe('the recorder', () => {
  it.each(scenarios)('gives the month-by-month accumulator to the bit: %s', (file) => {
    const scenario = loadScenario(`scenarios/${file}`);
    const p = prepare(scenario, defaultDataDir());
    const spans = runBlock({ core: p.core, seed: 7, from: 0, to: 60 });
    expect(bytesOf(spans)).toEqual(bytesOf(byMonth(p, 7, 60)));
  });

  it('gives it with posterior draws too (the per-draw cohesion sums)', () => {
    const p = prepare(loadScenario('scenarios/worst-case.yaml'), defaultDataDir(), { parameters: 'posterior' });
    expect(p.layout.draws).toBeGreaterThan(0);
    const spans = runBlock({ core: p.core, seed: 3, from: 0, to: 120 });
    const reference = byMonth(p, 3, 120);
    expect(reference.drawCohesionSum.some((x) => x > 0)).toBe(true);
    expect(bytesOf(spans)).toEqual(bytesOf(reference));
  });
});
