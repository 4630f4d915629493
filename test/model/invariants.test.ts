import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { compileScenario } from '../../src/scenario/compile.js';
import { createRunContext, simulateRun } from '../../src/engine/run.js';
import { credibilityOf, METRICS, reportAll, EVENT_KINDS } from '../../src/model/index.js';

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
        if (!(row[0]! >= 0 && row[0]! <= 1)) violations.push(`cohesion ${row[0]} run ${run} month ${t}`);
        if (row[3]! + row[4]! + row[5]! + row[6]! !== row[7]) violations.push(`stance counts do not add up, run ${run} month ${t}`);
      });
    }
    expect(violations.slice(0, 5)).toEqual([]);
    expect(checked).toBeGreaterThan(200 * 48 * 30);
  });
});

describe('reportAll', () => {
  it('equals the metric reporters one by one', () => {
    const compiled = compileScenario(loadScenario('scenarios/worst-case.yaml'));
    const ctx = createRunContext(compiled);
    const row = new Float64Array(METRICS.length);
    const bad: string[] = [];
    for (let run = 0; run < 20; run++) {
      simulateRun(ctx, 3, run, (_t, st) => {
        reportAll(compiled.setting, st, row);
        METRICS.forEach((m, i) => { if (Math.abs(row[i]! - m.report(compiled.setting, st)) > 1e-12) bad.push(`${m.name} run ${run}`); });
      });
    }
    expect(bad).toEqual([]);
  });
});

describe('collectMonth', () => {
  it('accumulates the same metric values as reportAll, month by month', async () => {
    const { createAccumulator, collectMonth, layoutOf, STANCES } = await import('../../src/engine/accumulator.js');
    const compiled = compileScenario(loadScenario('scenarios/worst-case.yaml'));
    const ctx = createRunContext(compiled);
    const s = compiled.setting;
    const l = layoutOf(s, compiled.horizon, compiled.startYear, compiled.startCalendarMonth);
    const acc = createAccumulator(l);
    const expected = new Float64Array(METRICS.length * compiled.horizon);
    const row = new Float64Array(METRICS.length);
    const ever = new Uint8Array(s.n * STANCES);
    simulateRun(ctx, 12, 4, (t, st) => {
      collectMonth(acc, l, s, st, t, ever, -1);
      reportAll(s, st, row);
      METRICS.forEach((_, m) => { expected[m * compiled.horizon + t] = row[m]!; });
    });
    expect([...acc.metricSum]).toEqual([...expected]);
  });
});
