import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { compileScenario } from '../../src/scenario/compile.js';
import { createRunContext, simulateRun } from '../../src/engine/run.js';
import { credibilityOf, METRIC, METRICS, metricOf, reportAll, EVENT_KINDS, type Setting } from '../../src/model/index.js';
import type { RunState } from '../../src/model/state.js';
import { NUCLEAR, STANCE, STANCE_COUNT } from '../../src/vocabulary.js';

const SHIPPED = ['continuity', 'worst-case', 'hindcast-2017-2024', 'transnistria-belarus', 'reassurance'];

describe.each(SHIPPED)('invariants of every month of 200 runs of %s', (name) => {
  const scenario = loadScenario(`scenarios/${name}.yaml`);
  const compiled = compileScenario(scenario);
  const ctx = createRunContext(compiled);
  const s = compiled.setting;
  const accession = EVENT_KINDS.indexOf('accession'), exit = EVENT_KINDS.indexOf('exit');

  it('keeps credibility in [0, 1], spending ≥ 0, one stance per ally, and changes the allies only by accession or exit', () => {
    // Violations are gathered with plain comparisons and asserted once: expect() per cell would dominate the run time.
    const row = new Float64Array(METRICS.length);
    const violations: string[] = [];
    let checked = 0;
    for (let run = 0; run < 200; run++) {
      let prev = Uint8Array.from(s.initiallyActive);
      simulateRun(ctx, 7, run, (t, st) => {
        for (let i = 0; i < s.n; i++) {
          const c = credibilityOf(st.alpha[i]!, st.beta[i]!);
          if (!(c >= 0 && c <= 1)) violations.push(`credibility ${c} of ${s.slots[i]} run ${run} month ${t}`);
          if (!(st.spending[i]! >= 0 && Number.isFinite(st.spending[i]!))) violations.push(`spending ${st.spending[i]} of ${s.slots[i]} run ${run} month ${t}`);
          if (st.active[i] !== prev[i]) {
            const kind = st.active[i] === 1 ? accession : exit;
            const fired = compiled.events.some((e, k) => e.kind === kind && ctx.schedule.eventMonth[k] === t && e.slots.includes(i));
            if (!fired) violations.push(`${s.slots[i]} ${st.active[i] ? 'appeared' : 'vanished'} without an event, run ${run} month ${t}`);
          }
          checked++;
        }
        prev = Uint8Array.from(st.active);
        reportAll(s, st, row);
        if (!(row[METRIC.cohesion]! >= 0 && row[METRIC.cohesion]! <= 1)) violations.push(`cohesion ${row[METRIC.cohesion]} run ${run} month ${t}`);
        if (row[METRIC.aligned]! + row[METRIC.hedging]! + row[METRIC.bilateral]! + row[METRIC.regional]! !== row[METRIC.allies]) violations.push(`stance counts do not add up, run ${run} month ${t}`);
      });
    }
    expect(violations.slice(0, 5)).toEqual([]);
    expect(checked).toBeGreaterThan(200 * 48 * 30);
  });
});

describe('reportAll, the one definition of the metrics', () => {
  it('gives the values computed by hand for three allies', () => {
    // Allies A (capability 3, aligned, credibility 0.8, 2.5% of GDP, latent), B (1, hedging,
    // 0.5, 1.5%, exploring), C (10, inactive). Cohesion = 3 / (3 + 1) = 0.75.
    const s = { n: 3, capability: Float64Array.of(3, 1, 10), budgets: Uint8Array.of(1, 1, 1), nuclear0: Uint8Array.of(1, 0, 0) } as unknown as Setting;
    const st = {
      active: Uint8Array.of(1, 1, 0), stance: Uint8Array.of(STANCE.aligned, STANCE.hedging, STANCE.aligned),
      alpha: Float64Array.of(8, 5, 1), beta: Float64Array.of(2, 5, 1), spending: Float64Array.of(2.5, 1.5, 9),
      nuclear: Uint8Array.of(NUCLEAR.latent, NUCLEAR.exploring, NUCLEAR.programme), probes: 4, probesFailed: 1,
    } as unknown as RunState;
    const row = new Float64Array(METRICS.length);
    reportAll(s, st, row);
    expect(Object.fromEntries(METRICS.map((m, i) => [m.name, row[i]]))).toEqual({
      cohesion: 0.75, mean_credibility: 0.65, allies_at_2pct: 1, aligned: 1, hedging: 1, bilateral: 0, regional: 0,
      allies: 2, probes: 4, probes_unanswered: 1, nuclear_exploring: 1, nuclear_programmes: 0,
    });
    expect(metricOf('cohesion', s, st)).toBe(0.75);
  });

  it('is what the engine accumulates, month by month', async () => {
    const { createAccumulator, collectMonth, layoutOf } = await import('../../src/engine/accumulator.js');
    const compiled = compileScenario(loadScenario('scenarios/worst-case.yaml'));
    const ctx = createRunContext(compiled);
    const s = compiled.setting;
    const l = layoutOf(s, compiled.horizon, compiled.startYear, compiled.startCalendarMonth);
    const acc = createAccumulator(l);
    const ever = new Uint8Array(s.n * STANCE_COUNT);
    const aligned: number[] = [];
    simulateRun(ctx, 12, 4, (t, st) => {
      collectMonth(acc, l, s, st, t, ever, -1);
      aligned.push(st.stance.filter((x, i) => x === STANCE.aligned && st.active[i] === 1).length);
    });
    // The accumulated count of aligned allies is the count taken from the state directly.
    expect(Array.from({ length: compiled.horizon }, (_, t) => acc.metricSum[METRIC.aligned * compiled.horizon + t])).toEqual(aligned);
  });
});
