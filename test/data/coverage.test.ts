import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findState, loadWorld, worldYears } from '../../src/data/index.js';

// A copy of data/ with SIPRI rows for 2017 added by hand (synthetic values: no real figure after 2016 is in the repository).
const dir = mkdtempSync(join(tmpdir(), 'ballast-coverage-'));
cpSync(resolve('data'), dir, { recursive: true });
appendFileSync(join(dir, 'sipri.csv'), 'POL,2017,1111.1,1.11,,test\nMNE,2017,22.2,1.22,,test\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a year past a dataset\'s coverage', () => {
  const w = loadWorld(2017, { dataDir: dir });

  it('extends the covered years to the newest dataset', () => {
    expect(worldYears({ dataDir: dir })).toEqual([1990, 2017]);
  });

  it('is missing, never zero, for datasets that stop in 2016', () => {
    const pol = findState(w, 'POL')!;
    expect(pol.defence.pctGdp).toBe(1.11);
    expect(pol.defence.source).toBe('sipri');
    expect(pol.capabilities.cinc).toBeNull();
    expect(pol.economy.populationK).toBeNull();
    expect(pol.usTroops.activeDuty).toBeNull();
    expect(pol.un.agreeUsa).toBeNull();
    expect(pol.alliances.otherPacts).toBeNull();
    expect(w.pairs.ties).toBeNull();
    expect(findState(w, 'DEU')!.defence.pctGdp).toBeNull();
    expect(w.coverage.atopDyads).toEqual([1990, 2016]);
  });

  it('has no politics, latency or minimum distance past 2016: nothing is carried into 2017', () => {
    const pol = findState(w, 'POL')!;
    expect(pol.politics.govAntiWest).toBeNull();
    expect(pol.politics.libdem).toBeNull();
    expect(pol.politics.publicRusShare).toBeNull();
    expect(pol.nuclear.latencyFacilities).toBeNull();
    expect(pol.nuclear.latencyYear).toBeNull();
    expect(findState(w, 'PHL')!.politics.codedOrientation).toEqual({ RUS: null, CHN: null, source: null });
    const n = w.states.length;
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) {
      if (a === b) expect(w.pairs.minDistanceKm[a * n + b]).toBe(0);
      else expect(Number.isNaN(w.pairs.minDistanceKm[a * n + b])).toBe(true);
    }
    expect(w.coverage.politics).toEqual([1990, 2016]);
  });

  it('keeps the treaty facts of 2016: the facts stop there, so Montenegro\'s accession and the EFP hosts of 2017 are scenario events', () => {
    const mne = findState(w, 'MNE')!;
    expect(mne.roles.natoMember).toBe(false);
    expect(mne.roles.ally).toBe(false);
    expect(w.states.filter((s) => s.roles.natoMember)).toHaveLength(28);
    expect(w.states.filter((s) => s.efpHost)).toEqual([]);
    const jpn = findState(w, 'JPN')!;
    expect([jpn.alliances.usDefendsState, jpn.alliances.stateDefendsUs]).toEqual([true, false]);
  });
});
