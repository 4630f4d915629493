/**
 * The model keeps three things between months instead of working them out again (docs/MODEL.md §3):
 * the patron's standing signals while their inputs are unchanged (RunState.signalsStale), a count
 * of changes to what the metrics read (RunState.changes, read by the engine's recorder), and each
 * setting's start-of-run values. Each is checked here against working it out afresh, every month of
 * runs of every shipped scenario; a writer that forgot to mark its change fails these.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { compileScenario } from '../../src/scenario/compile.js';
import { createRunContext, simulateRun } from '../../src/engine/run.js';
import { createState, resetState, type RunState } from '../../src/model/state.js';
import { refreshSignals } from '../../src/model/signals.js';
import { probeBound } from '../../src/model/probes.js';
import { initPeers, refreshBallast } from '../../src/model/peers.js';
import { P } from '../../src/model/parameters.js';

const SCENARIOS = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).sort();
const copy = (st: RunState) => ({
  against: Float64Array.from(st.signalAgainst), for: Float64Array.from(st.watchedFor), againstWatched: Float64Array.from(st.watchedAgainst), allies: Float64Array.from(st.watchedAllies),
  active: Uint8Array.from(st.active), stance: Uint8Array.from(st.stance), nuclear: Uint8Array.from(st.nuclear), spending: Float64Array.from(st.spending), changes: st.changes,
});
const same = (a: ArrayLike<number>, b: ArrayLike<number>) => a.length === b.length && Array.from(a).every((x, i) => Object.is(x, b[i]));

describe.each(SCENARIOS)('what the model keeps between months, %s', (file) => {
  const compiled = compileScenario(loadScenario(`scenarios/${file}`));
  const ctx = createRunContext(compiled), s = compiled.setting;

  it('the signals it keeps are the ones worked out afresh, and an unchanged count of changes means nothing the metrics read changed', () => {
    const wrong: string[] = [];
    let kept = 0, unchanged = 0;
    for (let run = 0; run < 60; run++) {
      let last = copy(ctx.state);
      simulateRun(ctx, 11, run, (t, st) => {
        const now = copy(st);
        if (t > 0 && now.changes === last.changes) {
          unchanged++;
          if (!same(now.active, last.active) || !same(now.stance, last.stance) || !same(now.nuclear, last.nuclear) || !same(now.spending, last.spending)) wrong.push(`run ${run} month ${t}: a change not counted`);
        }
        last = now;
        // What patronSignals would use next month unless an input changes (which marks them stale): the same as afresh.
        if (!st.signalsStale) {
          kept++;
          refreshSignals(s, st);
          if (!same(st.signalAgainst, now.against) || !same(st.watchedFor, now.for) || !same(st.watchedAgainst, now.againstWatched) || !same(st.watchedAllies, now.allies)) wrong.push(`run ${run} month ${t}: kept signals differ from afresh`);
        }
      });
    }
    expect(wrong).toEqual([]);
    expect(kept).toBeGreaterThan(0);
    expect(unchanged).toBeGreaterThan(0);
  });

  it('a reset gives the start a fresh state computes by hand: ballast, beliefs at the baseline, peer sums', () => {
    simulateRun(ctx, 3, 0, null); // dirty every column
    const st = ctx.state;
    resetState(st, s, compiled.patron);
    const fresh = createState(s), k0 = s.params[P.cred_prior_strength]!;
    fresh.active.set(s.initiallyActive); fresh.troops.set(s.troops0); fresh.efp.set(s.efp0);
    for (let i = 0; i < s.n; i++) refreshBallast(s, fresh, i);
    initPeers(s, fresh);
    for (let i = 0; i < s.n; i++) {
      expect(st.alpha[i]).toBe(k0 * fresh.baseline[i]!);
      expect(st.beta[i]).toBe(k0 * (1 - fresh.baseline[i]!));
      expect(st.credibility[i]).toBe(fresh.baseline[i]);
    }
    expect(Array.from(st.ballast)).toEqual(Array.from(fresh.ballast));
    expect(Array.from(st.peerSum)).toEqual(Array.from(fresh.peerSum));
    expect(Array.from(st.peerTotal)).toEqual(Array.from(fresh.peerTotal));
    expect(st.changes).toBe(0);
    expect(st.signalsStale).toBe(true);
  });
});

describe('the probe bound (probes.ts probeMonth)', () => {
  it('is never below the exact chance of a probe, so a month it skips has none', () => {
    // total = Σ pressure·f·kind summed in order as probeHazard does, kind ≤ most; monthly hazards from 1e-12 to a few.
    const hazardScale = fc.integer({ min: -12, max: 1 }).map((e) => 10 ** e);
    fc.assert(fc.property(
      hazardScale, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 4, noNaN: true }),
      fc.array(fc.record({ f: fc.double({ min: 0, max: 3, noNaN: true }), ally: fc.boolean() }), { minLength: 1, maxLength: 40 }),
      (scale, p, allyFactor, targets) => {
        const pressure = scale * p, most = Math.max(1, allyFactor);
        let reach = 0, total = 0;
        for (const t of targets) { reach += t.f; total += pressure * t.f * (t.ally ? allyFactor : 1) * 1; }
        return probeBound(pressure, most, reach) >= 1 - Math.exp(-total);
      }), { numRuns: 20_000 });
  });
});
