import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/index.js';
import { runCli as run } from './run-cli.js';


const dir = mkdtempSync(join(tmpdir(), 'ballast-cascade-'));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}
const granovetter = Array.from({ length: 100 }, (_, i) => i);

describe('ballast analyze cascade FILE', () => {
  it('Granovetter: thresholds 0..99 → { "final": 100 }; with threshold 1 changed to 2 → 1', async () => {
    const all = await run('analyze', 'cascade', file('g.json', { thresholds: granovetter }), '--format', 'json');
    expect(all.code).toBe(0);
    expect((JSON.parse(all.out) as { final: number }).final).toBe(100);
    const changed = [...granovetter];
    changed[1] = 2;
    expect((JSON.parse((await run('analyze', 'cascade', file('g2.json', { thresholds: changed }), '--format', 'json')).out) as { final: number }).final).toBe(1);
  });

  it('the table names the equilibrium and the blocking threshold', async () => {
    const r = await run('analyze', 'cascade', file('g3.json', { thresholds: [0, 2, 2] }));
    expect(r.out).toContain('1 of 3 act at equilibrium (33.3%)');
    expect(r.out).toContain('nobody had reached threshold 2');
  });

  it('a network file runs Watts: a line falls from one end at φ = 1/2', async () => {
    const line = { thresholds: [0.5, 0.5, 0.5], weights: [[0, 1, 0], [1, 0, 1], [0, 1, 0]], seeds: [0] };
    const j = JSON.parse((await run('analyze', 'cascade', file('w.json', line), '--format', 'json')).out) as { final: number; adoptedAt: number[] };
    expect(j.final).toBe(3);
    expect(j.adoptedAt).toEqual([0, 1, 2]);
  });

  it('exits 1 naming the path of bad input', async () => {
    const r = await run('analyze', 'cascade', file('bad.json', { thresholds: [0.5, 2], weights: [[0, 1], [1]] }));
    expect(r.code).toBe(1);
    expect(r.err).toContain('thresholds[1]: threshold 2 is above 1 [out_of_range]');
    expect(r.err).toContain('[ragged_matrix]');
    expect((await run('analyze', 'cascade', file('neg.json', { thresholds: [-1] }))).err).toContain('[negative_value]');
  });
});

describe('ballast analyze cascade --seeds (the network of allies)', () => {
  it('lists every ally of the year with its adoption step; seeds adopt at step 0', async () => {
    const c = parseCsv((await run('analyze', 'cascade', '--year', '2016', '--seeds', 'TUR,HUN', '--threshold', '0.5', '--format', 'csv')).out);
    if (!c.ok) throw new Error('bad csv');
    expect(c.value.header).toEqual(['node', 'adopted_at_step', 'vulnerable']);
    expect(c.value.rows).toHaveLength(33);
    expect(c.value.rows.filter((r) => r[1] === '0').map((r) => r[0])).toEqual(['HUN', 'TUR']);
  });
  it('prints the share that adopts and the cascade condition', async () => {
    const r = await run('analyze', 'cascade', '--seeds', 'POL', '--weights', 'distance');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\d+ of 33 adopt \(\d+\.\d%\)/m);
    expect(r.out).toContain('Cascade condition (Watts 2002)');
  });
  it('exits 1 for a seed that is not an ally, 2 without FILE or --seeds', async () => {
    const r = await run('analyze', 'cascade', '--seeds', 'RUS');
    expect(r.code).toBe(1);
    expect(r.err).toContain('"RUS" is not a U.S. ally in 2016 [unknown_code]');
    expect((await run('analyze', 'cascade')).code).toBe(2);
  });
});
