import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/index.js';
import { runCli as run } from './run-cli.js';


const dir = mkdtempSync(join(tmpdir(), 'ballast-landscape-'));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** The four-actor case derived by hand in test/analysis/landscape.test.ts. */
const FOUR = {
  actors: [{ id: 'A', size: 2 }, { id: 'B', size: 1 }, { id: 'C', size: 1 }, { id: 'D', size: 2 }],
  propensity: [[0, 2, 2, -1], [2, 0, -1, 1], [2, -1, 0, 2], [-1, 1, 2, 0]],
};

describe('ballast analyze landscape', () => {
  it('--input prints { minima: [{ energy, sides, basin }] } sorted by energy', async () => {
    const r = await run('analyze', 'landscape', '--input', file('four.json', FOUR), '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { minima: { energy: number; sides: string[][]; basin: number }[]; method: string };
    expect(j.method).toBe('exhaustive');
    expect(j.minima.map(({ energy, sides, basin }) => ({ energy, sides, basin }))).toEqual([
      { energy: 0, sides: [['A', 'B', 'C', 'D'], []], basin: 7 },
      { energy: 2, sides: [['A', 'B'], ['C', 'D']], basin: 1 },
    ]);
  });

  it('prints Europe 2016 as a table: the minima, the sides and each actor\'s margin', async () => {
    const r = await run('analyze', 'landscape', '--region', 'europe', '--year', '2016');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Landscape of europe 2016: 24 actors, sizes CINC 2016, propensity = 1·alliance \(ATOP defense\) \+ 1·UN affinity − 1·rivalry\./);
    expect(r.out).toContain('all 8,388,608 configurations checked; basins exact (steepest descent)');
    expect(r.out).toMatch(/^ {2}other side \(\d+\): RUS BLR/m);
    expect(r.out).toMatch(/^actor\s+side\s+size\s+margin$/m);
  });

  it('writes CSV rows per minimum and JSON with actors and margins for the Asia-Pacific', async () => {
    const c = parseCsv((await run('analyze', 'landscape', '--region', 'asia', '--format', 'csv')).out);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.value.header).toEqual(['rank', 'energy', 'basin', 'basin_share', 'side_a', 'side_b', 'movers']);
    expect(c.value.rows[0]![4]!.split(' ')[0]).toBe('USA');
    const j = JSON.parse((await run('analyze', 'landscape', '--region', 'asia', '--weights', '1,2,1', '--format', 'json')).out) as { actors: { id: string }[]; margins: number[]; weights: unknown; minima: unknown[] };
    expect(j.actors.map((a) => a.id)).toEqual(['USA', 'JPN', 'KOR', 'AUS', 'PHL', 'THA', 'NZL', 'CHN', 'PRK', 'RUS']);
    expect(j.margins).toHaveLength(10);
    expect(j.weights).toEqual({ alliance: 1, un: 2, rivalry: 1 });
  });

  it('exits 1 naming the place of bad input: ragged, non-symmetric, negative sizes, unknown codes', async () => {
    const bad = { actors: [{ id: 'A', size: -1 }, { id: 'B', size: 1 }], propensity: [[0, 1], [2, 0]] };
    const r = await run('analyze', 'landscape', '--input', file('bad.json', bad));
    expect(r.code).toBe(1);
    expect(r.err).toContain('actors[0].size: size -1 is below zero [negative_value]');
    const asym = await run('analyze', 'landscape', '--input', file('asym.json', { ...FOUR, propensity: [[0, 2, 2, -1], [2, 0, -1, 1], [2, -1, 0, 2], [-1, 1, 3, 0]] }));
    expect(asym.err).toContain('propensity[2][3]: p[2][3] = 2 but p[3][2] = 3 [not_symmetric]');
    const ragged = await run('analyze', 'landscape', '--input', file('ragged.json', { ...FOUR, propensity: [[0, 2, 2], [2, 0, -1, 1], [2, -1, 0, 2], [-1, 1, 2, 0]] }));
    expect(ragged.err).toContain('propensity[0]: row 0 has 3 entries, not 4 [ragged_matrix]');
    const unknown = await run('analyze', 'landscape', '--region', 'asia', '--actors', 'USA,ZZZ');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('actors[1]: no state "ZZZ" in the 2016 world [unknown_code]');
  });

  it('exits 2 without a region or an input, and 1 for malformed weights', async () => {
    expect((await run('analyze', 'landscape')).code).toBe(2);
    const w = await run('analyze', 'landscape', '--region', 'asia', '--weights', '1,x');
    expect(w.code).toBe(1);
    expect(w.err).toContain('[bad_input]');
  });
});
