import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { compileScenario } from '../../src/scenario/compile.js';
import { createRunContext, simulateRun } from '../../src/engine/run.js';
import { credibilityOf, METRIC, METRICS, metricOf, reportAll, EVENT_KINDS, type Setting } from '../../src/model/index.js';
import type { RunState } from '../../src/model/state.js';
import { NUCLEAR, STANCE, STANCES } from '../../src/vocabulary.js';

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
        if (STANCES.reduce((sum, k) => sum + row[METRIC[k]]!, 0) !== row[METRIC.allies]) violations.push(`stance counts do not add up, run ${run} month ${t}`);
        if (row[METRIC.europe_aligned]! + row[METRIC.asia_pacific_aligned]! !== row[METRIC.aligned]) violations.push(`theatre counts do not add up to the system's, run ${run} month ${t}`);
        for (let i = 0; i < s.n; i++) {
          if (s.stanceOffered[s.allianceTheatre[i]! * STANCES.length + st.stance[i]!] !== 1) violations.push(`${s.slots[i]} in ${STANCES[st.stance[i]!]}, a stance its theatre does not offer, run ${run} month ${t}`);
        }
      });
    }
    expect(violations.slice(0, 5)).toEqual([]);
    expect(checked).toBeGreaterThan(200 * 48 * 30);
  });
});

describe('reportAll, the one definition of the metrics', () => {
  it('gives the values computed by hand for three allies', () => {
    // Allies A (Europe, military spending 3, aligned, credibility 0.8, 2.5% of GDP, latent), B
    // (Europe, 1, accommodating, 0.5, 1.5%, exploring), C (Asia, 10, inactive).
    // Cohesion = 3 / (3 + 1) = 0.75 in the system and in Europe; the Asia-Pacific has no active ally: 0.
    const s = {
      n: 3, contribution: Float64Array.of(3, 1, 10), allianceTheatre: Uint8Array.of(0, 0, 1), stanceWeight: Float64Array.of(1, 0, 0.5, 0.5, 0.75),
      budgets: Uint8Array.of(1, 1, 1), nuclear0: Uint8Array.of(1, 0, 0),
    } as unknown as Setting;
    const st = {
      active: Uint8Array.of(1, 1, 0), stance: Uint8Array.of(STANCE.aligned, STANCE.accommodation, STANCE.aligned),
      // credibility is the month's credibility update's alpha / (alpha + beta): 0.8, 0.5, 0.5.
      alpha: Float64Array.of(8, 5, 1), beta: Float64Array.of(2, 5, 1), credibility: Float64Array.of(0.8, 0.5, 0.5), spending: Float64Array.of(2.5, 1.5, 9),
      nuclear: Uint8Array.of(NUCLEAR.latent, NUCLEAR.exploring, NUCLEAR.programme), probes: 4, probesFailed: 1,
    } as unknown as RunState;
    const row = new Float64Array(METRICS.length);
    reportAll(s, st, row);
    expect(Object.fromEntries(METRICS.map((m, i) => [m.name, row[i]]))).toEqual({
      cohesion: 0.75, cohesion_europe: 0.75, cohesion_asia_pacific: 0, mean_credibility: 0.65, allies_at_2pct: 1,
      aligned: 1, accommodation: 1, bilateral: 0, cover: 0, networking: 0,
      europe_aligned: 1, europe_accommodation: 1, europe_bilateral: 0, europe_cover: 0, asia_pacific_aligned: 0, asia_pacific_accommodation: 0, asia_pacific_networking: 0,
      allies: 2, probes: 4, probes_unanswered: 1, nuclear_exploring: 1, nuclear_programmes: 0,
    });
    expect(metricOf('cohesion', s, st)).toBe(0.75);
  });

  it('is what the engine accumulates, month by month', async () => {
    const { createAccumulator, layoutOf } = await import('../../src/engine/accumulator.js');
    const { beginRun, createRecorder, endRun, flushRecorder, recordMonth } = await import('../../src/engine/recorder.js');
    const compiled = compileScenario(loadScenario('scenarios/worst-case.yaml'));
    const ctx = createRunContext(compiled);
    const s = compiled.setting;
    const l = layoutOf(s, compiled.horizon, compiled.startYear, compiled.startCalendarMonth);
    const acc = createAccumulator(l), rec = createRecorder(l, s);
    const aligned: number[] = [];
    beginRun(rec, -1);
    simulateRun(ctx, 12, 4, (t, st) => {
      recordMonth(rec, acc, st, t, -1);
      aligned.push(st.stance.filter((x, i) => x === STANCE.aligned && st.active[i] === 1).length);
    });
    endRun(rec, acc);
    flushRecorder(rec, acc);
    // The accumulated count of aligned allies is the count taken from the state directly.
    expect(Array.from({ length: compiled.horizon }, (_, t) => acc.metricSum[METRIC.aligned * compiled.horizon + t])).toEqual(aligned);
  });
});
