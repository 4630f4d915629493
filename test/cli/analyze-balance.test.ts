import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/index.js';
import { runCli as run } from './run-cli.js';


const dir = mkdtempSync(join(tmpdir(), 'ballast-balance-'));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('ballast analyze balance', () => {
  it('--input prints balanced, imbalanced and partition as JSON (an imbalanced triangle plus a balanced one)', async () => {
    // ABC: + + − (imbalanced); CDE: + − − (balanced). Best split: {A,B,C,D} vs {E}, or A–C frustrated… one link either way.
    const input = { nodes: ['A', 'B', 'C', 'D', 'E'], edges: [{ a: 'A', b: 'B', sign: 1 }, { a: 'B', b: 'C', sign: 1 }, { a: 'A', b: 'C', sign: -1 }, { a: 'C', b: 'D', sign: 1 }, { a: 'C', b: 'E', sign: -1 }, { a: 'D', b: 'E', sign: -1 }] };
    const r = await run('analyze', 'balance', '--input', file('net.json', input), '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { balanced: number; imbalanced: number; partition: string[][]; frustration: number; partitionMethod: string };
    expect([j.balanced, j.imbalanced, j.frustration, j.partitionMethod]).toEqual([1, 1, 1, 'exhaustive']);
    expect(j.partition).toHaveLength(2);
    expect([...j.partition[0]!, ...j.partition[1]!].sort()).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(j.partition.find((bloc) => bloc.includes('E'))).not.toContain('D');
  });

  it('prints the census, the blocs and the frustrated links of 2016 as a table', async () => {
    const r = await run('analyze', 'balance', '--year', '2016');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Structural balance 2016: 53 states; \d+ friendly links \(ATOP defense ties\), \d+ hostile/);
    expect(r.out).toContain('imbalanced 5 (++- 1, --- 4)');
    expect(r.out).toContain('proven minimal');
    expect(r.out).toMatch(/^ {2}bloc 2 \(5\): BLR CHN IRN PRK RUS$/m);
    expect(r.out).toContain('Frustrated links: GBR-PHL (hostile within a bloc)');
  });

  it('writes one CSV row per state with its bloc', async () => {
    const c = parseCsv((await run('analyze', 'balance', '--format', 'csv')).out);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.value.header).toEqual(['node', 'bloc', 'frustrated_links']);
    expect(c.value.rows).toHaveLength(53);
    expect(c.value.rows.find((row) => row[0] === 'RUS')![1]).toBe('2');
    expect(c.value.rows.find((row) => row[0] === 'XKX')![1]).toBe('unaligned');
  });

  it('exits 1 on bad input, naming every issue and its place', async () => {
    const r = await run('analyze', 'balance', '--input', file('bad.json', { nodes: ['A', 'B'], edges: [{ a: 'A', b: 'C', sign: 1 }, { a: 'A', b: 'B', sign: 0 }] }));
    expect(r.code).toBe(1);
    expect(r.err).toContain('edges[0].b: node "C" is not in "nodes" [unknown_code]');
    expect(r.err).toContain('edges[1].sign: sign 0 is neither 1 nor -1 [out_of_range]');
    const notJson = await run('analyze', 'balance', '--input', file('broken.json', '{ nodes'));
    expect(notJson.code).toBe(1);
    expect(notJson.err).toContain('[bad_input]');
  });

  it('dynamics: prints the simulated and mean-field densities (p = 0 → 0.36603)', async () => {
    const r = await run('analyze', 'balance', 'dynamics', '--p', '0', '--nodes', '30', '--sweeps', '40', '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { meanField: number; meanFriendly: number; nodes: number };
    expect(j.meanField).toBeCloseTo(0.36603, 5);
    expect(j.nodes).toBe(30);
    expect(Math.abs(j.meanFriendly - j.meanField)).toBeLessThan(0.03); // 30 nodes, 40 sweeps: a loose check of the wiring
    const t = await run('analyze', 'balance', 'dynamics', '--p', '0.25', '--nodes', '10', '--sweeps', '5');
    expect(t.out).toMatch(/^mean_field\s+0\.44949$/m); // 1 / (1 + √(3 · 0.5)) = 1 / 2.22474
    expect((await run('analyze', 'balance', 'dynamics', '--p', '2')).code).toBe(1);
  });
});
