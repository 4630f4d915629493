/**
 * Each shock in isolation moves its metric in the direction the essay argues (Heisbourg 2016),
 * on small ensembles compared run by run with continuity (same seed: common random numbers).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenario, type Scenario } from '../../src/scenario/index.js';
import { compareScenarios, runScenario } from '../../src/results/simulate.js';
import { closePools } from '../../src/engine/pool.js';
import type { EnsembleResult } from '../../src/results/assemble.js';
import { compileScenario } from '../../src/scenario/compile.js';
import { createState, resetState } from '../../src/model/state.js';
import { rivalPressure, resolveProbe } from '../../src/model/probes.js';
import { updateThreat } from '../../src/model/step.js';

afterAll(() => closePools());
const RUNS = 800;
const load = (n: string) => loadScenario(`scenarios/${n}.yaml`);
const continuity = load('continuity');
const last = (r: EnsembleResult, iso3: string, key: 'credibility') => r.allies.find((a) => a.iso3 === iso3)![key].at(-1)!;
const at = (r: EnsembleResult, iso3: string, month: string) => r.allies.find((a) => a.iso3 === iso3)!.credibility[r.months.indexOf(month)]!;
const spendingLastYear = (r: EnsembleResult, iso3: string) => r.allies.find((a) => a.iso3 === iso3)!.spending.at(-1)!.mean!;

async function pair(s: Scenario) {
  return compareScenarios(s, continuity, { runs: RUNS, seed: 2024 });
}

describe('continuity', () => {
  it('holds in the large majority of runs with no shocks and a supportive patron', async () => {
    const r = await runScenario(continuity, { runs: RUNS, seed: 1 });
    expect(r.outcomes[0]!.outcome).toBe('holds');
    expect(r.outcomes[0]!.lo).toBeGreaterThan(0.8);
  });
});

describe('the shocks of the essay, one at a time', () => {
  it('a countermanded EFP lowers Baltic and Polish credibility', async () => {
    const c = await pair(load('efp-countermanded'));
    for (const iso3 of ['POL', 'EST', 'LVA', 'LTU']) {
      expect(at(c.a, iso3, '2017-07'), iso3).toBeLessThan(at(c.b, iso3, '2017-07'));
      expect(last(c.a, iso3, 'credibility'), iso3).toBeLessThan(last(c.b, iso3, 'credibility'));
    }
  });

  it('a conditional guarantee raises the spending of allies under 2% and lowers their credibility', async () => {
    const c = await pair(load('conditional-guarantee'));
    const under = c.b.allies.filter((a) => a.drivers.spending_start > 0 && a.drivers.spending_start < 2).map((a) => a.iso3);
    expect(under.length).toBeGreaterThan(20);
    for (const iso3 of under) {
      expect(spendingLastYear(c.a, iso3), iso3).toBeGreaterThan(spendingLastYear(c.b, iso3));
      expect(last(c.a, iso3, 'credibility'), iso3).toBeLessThan(last(c.b, iso3, 'credibility'));
    }
    const allies2 = c.differences.find((d) => d.field === 'allies_at_2pct')!;
    expect(allies2.mean).toBeGreaterThanOrEqual(0);
  });

  it('a weak response to a Balkan probe raises the chance of the next probe; a firm one lowers it', () => {
    const compiled = compileScenario(continuity);
    const s = compiled.setting;
    const rus = 0, bih = s.targets.indexOf('BIH');
    const st = createState(s);
    resetState(st, s, compiled.patron);
    updateThreat(s, st);
    const before = rivalPressure(s, st, rus);
    expect(resolveProbe(s, st, rus, bih, 0.999, null)).toBe(0); // u above the response probability: not honoured
    const afterWeak = rivalPressure(s, st, rus);
    expect(afterWeak).toBeGreaterThan(before);
    resetState(st, s, compiled.patron);
    expect(resolveProbe(s, st, rus, bih, 0, null)).toBe(1);
    expect(rivalPressure(s, st, rus)).toBeLessThan(before);
  });

  it('Balkan subversion under a passive doctrine brings more probes than under a firm one', async () => {
    const balkans = load('balkan-subversion');
    const passive = { ...balkans, patron: { ...balkans.patron, doctrine: 'passive' as const } };
    const firm = { ...balkans, patron: { ...balkans.patron, doctrine: 'firm' as const } };
    const c = await compareScenarios(passive, firm, { runs: RUNS, seed: 5 });
    const probes = c.differences.find((d) => d.field === 'probes')!;
    expect(probes.lo).toBeGreaterThan(0);
    const unanswered = c.differences.find((d) => d.field === 'probes_unanswered')!;
    expect(unanswered.lo).toBeGreaterThan(0);
  });

  it('the JCPOA exit lowers the credibility of its European co-signatories most', async () => {
    const c = await pair(load('jcpoa-exit'));
    const drop = (iso3: string) => last(c.b, iso3, 'credibility') - last(c.a, iso3, 'credibility');
    for (const iso3 of ['FRA', 'GBR', 'DEU']) expect(drop(iso3), iso3).toBeGreaterThan(0);
    expect(drop('FRA')).toBeGreaterThan(drop('JPN'));
  });

  it('a Transnistria/Belarus crisis raises the number of probes', async () => {
    const c = await pair(load('transnistria-belarus'));
    expect(c.differences.find((d) => d.field === 'probes')!.lo).toBeGreaterThan(0);
  });

  it('reassurance to Seoul and Tokyo raises their credibility', async () => {
    const c = await pair(load('reassurance'));
    for (const iso3 of ['KOR', 'JPN']) expect(last(c.a, iso3, 'credibility'), iso3).toBeGreaterThan(last(c.b, iso3, 'credibility'));
  });

  it('rivals watch the patron: the EFP countermand and a conditional guarantee bring more probes; with resolve_watch_weight 0 they do not', async () => {
    const probes = (c: Awaited<ReturnType<typeof pair>>) => c.differences.find((d) => d.field === 'probes')!;
    const blind = (x: Scenario): Scenario => ({ ...x, parameters: { ...x.parameters, resolve_watch_weight: 0 } });
    for (const name of ['efp-countermanded', 'conditional-guarantee']) {
      const watched = probes(await pair(load(name)));
      expect(watched.lo, name).toBeGreaterThan(0);
      const unseen = probes(await compareScenarios(blind(load(name)), blind(continuity), { runs: RUNS, seed: 2024 }));
      expect(unseen.lo, `${name} unwatched`).toBeLessThanOrEqual(0);
      expect(unseen.hi, `${name} unwatched`).toBeGreaterThanOrEqual(0);
      expect(watched.mean, name).toBeGreaterThan(unseen.mean);
    }
  });

  it('European triggers reach Asia only through the cross-theatre weight: less than in Europe, more than zero when it is positive', async () => {
    const worst = load('worst-case');
    const europe: Scenario = { ...worst, name: 'European triggers only', events: worst.events.filter((e) => e.type !== 'guarantee' && e.type !== 'rhetoric') };
    const drop = (c: Awaited<ReturnType<typeof pair>>, iso3: string) => last(c.b, iso3, 'credibility') - last(c.a, iso3, 'credibility');
    const withWeight = (x: Scenario, w: number): Scenario => ({ ...x, parameters: { ...x.parameters, cross_theatre_weight: w } });
    const linked = await compareScenarios(europe, continuity, { runs: RUNS, seed: 2024 });
    const apart = await compareScenarios(withWeight(europe, 0), withWeight(continuity, 0), { runs: RUNS, seed: 2024 });
    for (const asian of ['JPN', 'KOR', 'AUS']) {
      expect(drop(linked, asian), asian).toBeGreaterThan(0);
      expect(drop(linked, asian), asian).toBeLessThan(drop(linked, 'POL'));
      // With no cross-theatre weight only noise is left (China's and North Korea's probes fall in other months once European events draw from the probe stream).
      expect(Math.abs(drop(apart, asian)), `${asian} with no cross-theatre weight`).toBeLessThan(0.25 * drop(linked, asian));
    }
    expect(drop(apart, 'POL')).toBeGreaterThan(0.05);
  });

  it('a Franco-British guarantee covers the allies it names, never its providers', () => {
    const scenario = { ...continuity, events: [{ type: 'nuclear_guarantee', at: '2017-06', probability: 1, providers: ['FRA', 'GBR'], states: 'nato_europe', strength: 1 }] } as Scenario;
    const c = compileScenario(scenario);
    const covered = [...c.events[0]!.slots].map((i) => c.setting.slots[i]);
    expect(covered).toEqual(expect.arrayContaining(['DEU', 'POL', 'ITA']));
    expect(covered).not.toContain('FRA');
    expect(covered).not.toContain('GBR');
    const named = compileScenario({ ...scenario, events: [{ ...scenario.events[0]!, states: ['FRA', 'DEU'] }] as Scenario['events'] });
    expect([...named.events[0]!.slots].map((i) => named.setting.slots[i])).toEqual(['DEU']);
  });

  it('the worst case lowers the chance that the system holds, beyond doubt', async () => {
    const c = await pair(load('worst-case'));
    const holds = c.differences.find((d) => d.field === 'p_holds')!;
    expect(holds.hi).toBeLessThan(0);
    expect(c.differences.find((d) => d.field === 'cohesion')!.hi).toBeLessThan(0);
  });
});
