import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCurated, haversineKm, readManifest, DATASETS } from '../../src/data/index.js';

const dataDir = resolve('data');
// The raw sources sit beside the repository (../shared/data) for maintainers and CI, not for users.
const rawDir = resolve('..', 'shared', 'data');
const haveRaw = existsSync(join(rawDir, 'SOURCES.md'));

describe('buildCurated', () => {
  it.skipIf(!haveRaw)('rebuilds exactly the committed data/ from the raw files (deterministic, up to date)', () => {
    const first = buildCurated(rawDir, dataDir);
    const second = buildCurated(rawDir, dataDir);
    expect(Object.keys(first.files).sort()).toEqual(Object.keys(second.files).sort());
    for (const [name, content] of Object.entries(first.files)) {
      expect(second.files[name], name).toBe(content);
      expect(readFileSync(join(dataDir, name), 'utf8'), `data/${name} differs from a fresh build: run npm run data:build`).toBe(content);
    }
  });

  it('records provenance for every dataset in the manifest', () => {
    const m = readManifest(dataDir);
    for (const id of Object.keys(DATASETS) as (keyof typeof DATASETS)[]) {
      const d = m.datasets[id];
      expect(d.file).toBe(DATASETS[id].file);
      expect(d.citation.length).toBeGreaterThan(20);
      expect(d.licence.length).toBeGreaterThan(5);
      expect(d.raw.length).toBeGreaterThan(0);
      for (const r of d.raw) expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(m.datasets.atopDyads.years).toEqual([1990, 2016]);
    expect(m.datasets.nato.years).toEqual([2012, 2016]);
  });
});

describe('haversineKm', () => {
  it('gives a quarter of the mean circumference from the equator to the pole', () => {
    expect(haversineKm(0, 0, 90, 0)).toBeCloseTo((Math.PI / 2) * 6371.0088, 6);
  });
  it('is zero for the same point and symmetric', () => {
    expect(haversineKm(52.23, 21.01, 52.23, 21.01)).toBe(0);
    expect(haversineKm(42.66, 21.16, 44.79, 20.45)).toBeCloseTo(haversineKm(44.79, 20.45, 42.66, 21.16), 9);
  });
});
