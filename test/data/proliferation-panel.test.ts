import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetRows } from '../../src/data/curated.js';
import { explorationRiskSet, type PanelRecord } from '../../src/model/calibration/proliferation-hazard.js';

const rows = datasetRows(resolve('data'), 'proliferationPanel');
const at = (iso3: string, year: number) => rows.find((r) => r.iso3 === iso3 && Number(r.year) === year)!;

describe('data/proliferation_panel.csv (COW system members 1946-2010)', () => {
  it('stops in 2010 and starts in 1946', () => {
    const years = rows.map((r) => Number(r.year));
    expect(Math.min(...years)).toBe(1946);
    expect(Math.max(...years)).toBe(2010);
  });
  it('has the nine possessors of 2010 (SOURCES.md §21) and South Korea considering in 1969, pursuing in 1970', () => {
    expect(rows.filter((r) => Number(r.year) === 2010 && Number(r.status) === 3).map((r) => r.iso3).sort()).toEqual(['CHN', 'FRA', 'GBR', 'IND', 'ISR', 'PAK', 'PRK', 'RUS', 'USA']);
    expect([Number(at('KOR', 1969).status), Number(at('KOR', 1970).status)]).toEqual([1, 2]);
  });
  it('codes the umbrella from defence obligations of a nuclear-armed state: Japan and South Korea in 1965, not Sweden; West Germany (COW 260) in 1956, after its 1955 NATO entry', () => {
    expect([Number(at('JPN', 1965).umbrella), Number(at('KOR', 1965).umbrella), Number(at('SWE', 1965).umbrella)]).toEqual([1, 1, 0]);
    expect(Number(rows.find((r) => Number(r.ccode) === 260 && Number(r.year) === 1956)!.umbrella)).toBe(1);
  });
  it('carries V-Dem liberal democracy and energy use per head (NMC pec / tpop) by hand', () => {
    // West Germany 1957 explored as a democracy; NMC: energy use per head in tonnes of coal equivalent.
    const deu = rows.find((r) => Number(r.ccode) === 260 && Number(r.year) === 1957)!;
    expect(Number(deu.libdem)).toBeGreaterThan(0.6);
    const usa = at('USA', 1946);
    expect(Number(usa.energy_pc)).toBeCloseTo(1188144 / 141389, 4);
    expect(Number(usa.libdem)).toBeGreaterThan(0.3);
  });
  it('codes a nuclear-armed strategic rival from China\'s first test (1964): Taiwan and India yes from 1964, not in 1963', () => {
    expect([Number(at('TWN', 1963).rival_nuclear), Number(at('TWN', 1964).rival_nuclear), Number(at('IND', 1964).rival_nuclear)]).toEqual([0, 1, 1]);
  });
});

describe('explorationRiskSet', () => {
  const rec = (ccode: number, year: number, status: number, cinc: number | null = 0.01, libdem: number | null = 0.5, energy: number | null = 2): PanelRecord => ({ iso3: `C${ccode}`, ccode, year, status, latent: 0, rival_nuclear: 0, umbrella: 0, cinc, libdem, energy_pc: energy });
  it('keeps the years at risk, the onset year, and restarts after an episode ends (by hand)', () => {
    // status 0 0 1 1 0 0 1: at risk 1950, 1951, 1952 (onset); out 1953, 1954 (status 1 in 1953); at risk 1955, 1956 (onset)
    const p = explorationRiskSet([0, 0, 1, 1, 0, 0, 1].map((s, i) => rec(2, 1950 + i, s)), 2010);
    expect(p.rows.map((r) => [r.year, r.onset, r.atRisk])).toEqual([[1950, 0, 1], [1951, 0, 2], [1952, 1, 3], [1955, 0, 1], [1956, 1, 2]]);
  });
  it('leaves out a state that enters at status >= 1 until its episode ends, years after trainUntil, and a zero CINC', () => {
    const p = explorationRiskSet([rec(3, 1950, 3), rec(3, 1951, 3), rec(4, 1950, 2), rec(4, 1951, 0), rec(4, 1952, 0), rec(4, 1953, 0, 0), rec(4, 1954, 1)], 1953);
    expect(p.rows.map((r) => [r.iso3, r.year, r.atRisk])).toEqual([['C4', 1952, 1]]);
    expect(p.terms).toEqual(['latent', 'rival_nuclear', 'umbrella', 'ln_cinc', 'libdem', 'ln_energy_pc', 'npt_era']);
    expect(p.rows[0]!.x[3]).toBeCloseTo(Math.log(0.01), 12);
    expect(p.rows[0]!.x.slice(4)).toEqual([0.5, Math.log(2), 0]);
    // the NPT era from 1970 (entry into force)
    expect(explorationRiskSet([rec(6, 1969, 0), rec(6, 1970, 0)], 2010).rows.map((r) => r.x[6])).toEqual([0, 1]);
  });
  it('drops a year without a V-Dem score or energy use (complete cases) but still counts it at risk', () => {
    const p = explorationRiskSet([rec(5, 1950, 0), rec(5, 1951, 0, 0.01, null), rec(5, 1952, 0, 0.01, 0.5, 0), rec(5, 1953, 1)], 2010);
    expect(p.rows.map((r) => [r.year, r.atRisk, r.onset])).toEqual([[1950, 1, 0], [1953, 4, 1]]);
  });
});
