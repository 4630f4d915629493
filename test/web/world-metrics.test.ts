import { describe, expect, it } from 'vitest';
import { interpolateBrBG } from 'd3-scale-chromatic';
import { loadWorld } from '../../src/index.js';
import { WORLD_METRICS, isDeployment, metricById, roleOf, sortStates, troopColour } from '../../web/src/world-metrics.js';

const world = loadWorld(2016);
const state = (iso3: string) => world.states.find((s) => s.iso3 === iso3)!;

describe('the World metrics', () => {
  it('colour defence spending by NATO\'s 2% guideline: the diverging midpoint at exactly 2%', () => {
    const defence = metricById('defence');
    expect(defence.legend.kind === 'continuous' && defence.legend.colourAt(2)).toBe(interpolateBrBG(0.5));
  });

  it('keep one colour meaning per measure: no state\'s spending is painted in the rivals\' red or NATO\'s blue', () => {
    const defence = metricById('defence'), role = metricById('role');
    const roleColours = new Set(world.states.map((s) => role.colour(s)));
    for (const s of world.states) expect(roleColours.has(defence.colour(s))).toBe(false);
    // Russia spends above the guideline; its colour is the blue-green end, not a shade of blue (the red channel low, green at least blue).
    const rus = defence.colour(state('RUS'))!, [r, g, b] = rus.match(/\d+/g)!.map(Number);
    expect(r).toBeLessThan(g!);
    expect(g).toBeGreaterThanOrEqual(b! - 10);
  });

  it('leave missing values uncoloured, never as zero (Iceland has no armed forces)', () => {
    const isl = state('ISL');
    expect(isl.defence.pctGdp).toBeNull();
    expect(metricById('defence').colour(isl)).toBeNull();
    expect(metricById('defence').text(isl)).toBe('–');
  });

  it('give every followed state a role colour, and the roles the essay names', () => {
    for (const s of world.states) expect(metricById('role').colour(s)).toMatch(/^#|^rgb/);
    expect([roleOf(state('USA')), roleOf(state('POL')), roleOf(state('JPN')), roleOf(state('RUS')), roleOf(state('SRB')), roleOf(state('SWE'))])
      .toEqual(['United States', 'NATO member', 'Asia-Pacific treaty ally', 'rival', 'gray zone', 'partner']);
  });

  it('show troops on a log scale from a deployment (100) that saturates at 50,000; embassy guards get the palest colour', () => {
    expect(troopColour(0)).toBe(troopColour(99));
    expect(troopColour(100)).toBe(troopColour(0));
    expect(troopColour(1000)).not.toBe(troopColour(0));
    // Russia and China host a few dozen Marines at the embassy: not shaded as troop hosts, and no circle.
    for (const rival of ['RUS', 'CHN']) {
      expect(state(rival).usTroops.activeDuty).toBeGreaterThan(0);
      expect(metricById('troops').colour(state(rival))).toBe(troopColour(0));
      expect(isDeployment(state(rival))).toBe(false);
    }
    expect(isDeployment(state('DEU'))).toBe(true);
    expect(troopColour(60_000)).toBe(troopColour(50_000));
    expect(troopColour(null)).toBeNull();
  });

  it('mark the United States as not applicable for troops hosted, not as missing', () => {
    const usa = state('USA');
    expect(usa.usTroops.activeDuty).toBeNull();
    expect(metricById('troops').colour(usa)).toBe(metricById('role').colour(usa));
  });

  it('name a unit for every metric, and fall back to the first metric for an unknown id', () => {
    for (const m of WORLD_METRICS) expect(m.unit.length).toBeGreaterThan(0);
    expect(metricById('nonsense').id).toBe('role');
  });
});

describe('sortStates(states, metric, descending)', () => {
  it('puts the four NATO members at or above 2% of GDP in 2016 first (USA, GRC, GBR, EST; docs/DATA.md) and missing values last either way', () => {
    const sorted = sortStates(world.states.filter((s) => s.roles.natoMember), metricById('defence'), true);
    expect(sorted.slice(0, 4).map((s) => s.iso3)).toEqual(['USA', 'GRC', 'GBR', 'EST']);
    expect(sorted[sorted.length - 1]!.iso3).toBe('ISL');
    expect(sortStates(world.states.filter((s) => s.roles.natoMember), metricById('defence'), false).at(-1)!.iso3).toBe('ISL');
  });
});
