import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/index.js';
import { runCli as run } from './run-cli.js';


const dir = mkdtempSync(join(tmpdir(), 'ballast-similarity-'));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('ballast analyze similarity', () => {
  it('--input prints s_abs, s_sq, tau_b, kappa, pi as JSON (Signorino & Ritter example 1 → 0.333)', async () => {
    const r = await run('analyze', 'similarity', '--input', file('sr1.json', { x: [3, 3, 2, 2], y: [2, 2, 3, 3], weights: [0.5, 0.3, 0.1, 0.1], max: 3 }), '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Record<string, number>;
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['s_abs', 's_sq', 'tau_b', 'kappa', 'pi']));
    expect(j.s_abs).toBeCloseTo(1 / 3, 12);
    expect(j.tau_b).toBe(-1);
  });

  it('two states in a year: a table titled with the basis, and the same numbers as JSON', async () => {
    const t = await run('analyze', 'similarity', 'USA', 'GBR', '--year', '2016');
    expect(t.code).toBe(0);
    expect(t.out).toContain('Similarity of USA and GBR in 2016: ATOP valued alliance portfolios, unweighted');
    expect(t.out).toMatch(/^s_abs\s+0\.\d{4}$/m);
    const j = JSON.parse((await run('analyze', 'similarity', 'USA', 'GBR', '--format', 'json')).out) as Record<string, number>;
    expect(t.out).toContain(`s_abs     ${j.s_abs!.toFixed(4)}`);
  });

  it('--basis un names the states left out for lack of an ideal point', async () => {
    const r = await run('analyze', 'similarity', 'POL', 'RUS', '--basis', 'un', '--format', 'json');
    const j = JSON.parse(r.out) as { excluded: string[]; n: number; basis: string };
    expect(j.basis).toBe('un');
    expect(j.excluded).toContain('TWN');
    expect(j.n).toBe(53 - j.excluded.length);
  });

  it('--matrix --format csv writes a square matrix with 1 on the diagonal', async () => {
    const r = await run('analyze', 'similarity', '--matrix', '--year', '1995', '--format', 'csv');
    const t = parseCsv(r.out);
    if (!t.ok) throw new Error('bad csv');
    expect(t.value.rows).toHaveLength(t.value.header.length - 1);
    t.value.rows.forEach((row, i) => expect(Number(row[i + 1])).toBe(1));
  });

  it('exits 1 with the issues and fixes for bad input, unknown states or unreadable files', async () => {
    const bad = await run('analyze', 'similarity', '--input', file('bad.json', { x: [1, 2], y: [1], weights: [-1, 1] }));
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('[length_mismatch]');
    expect(bad.err).toContain('weights[0]: weight -1 is negative [negative_value]');
    const unknown = await run('analyze', 'similarity', 'USA', 'ZZZ');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('no state "ZZZ" in the 2016 world [unknown_code]');
    const missing = await run('analyze', 'similarity', '--input', join(dir, 'nope.json'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('no such file');
    const notJson = await run('analyze', 'similarity', '--input', file('x.json', '{ x: '));
    expect(notJson.err).toContain('is not valid JSON');
  });

  it('exits 2 when neither two states, --matrix nor --input is given', async () => {
    expect((await run('analyze', 'similarity')).code).toBe(2);
  });
});
