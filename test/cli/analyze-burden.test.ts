import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/index.js';
import { runCli as run } from './run-cli.js';


const dir = mkdtempSync(join(tmpdir(), 'ballast-burden-'));

describe('ballast analyze burden', () => {
  it('--year 2016 prints rho with its one-tailed p, both partials, the 2% line and one row per ally', async () => {
    const r = await run('analyze', 'burden', '--year', '2016');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Spearman rho\(GDP, defence % of GDP\): rho = -?0\.\d{3}, one-tailed p = 0\.\d{4} \(t approximation, 25 df, n = 27\)/);
    expect(r.out).toContain('partial, holding GDP per capita: rho =');
    expect(r.out).toContain('partial, holding exposed borders');
    expect(r.out).toContain('At or above the 2% guideline: 4 of 28 (USA 3.52, GRC 2.38, GBR 2.11, EST 2.07)');
    expect(r.out).toContain('left out: ISL (no defence share of GDP)');
    expect(r.out.split('\n').filter((l) => /^[A-Z]{3}\s+\d/.test(l))).toHaveLength(27);
  });

  it('--format json and csv carry the same allies; shares sum to 100%', async () => {
    const j = JSON.parse((await run('analyze', 'burden', '--format', 'json')).out) as { year: number; allies: { id: string; milexShare: number }[]; spearman: { rho: number } };
    expect(j.year).toBe(2016);
    expect(j.allies.reduce((s, a) => s + a.milexShare, 0)).toBeCloseTo(1, 9);
    const c = parseCsv((await run('analyze', 'burden', '--format', 'csv')).out);
    if (!c.ok) throw new Error('bad csv');
    expect(c.value.rows.map((row) => row[0])).toEqual(j.allies.map((a) => a.id));
  });

  it('--all-years gives one row per year 1990-2016', async () => {
    const c = parseCsv((await run('analyze', 'burden', '--all-years', '--format', 'csv')).out);
    if (!c.ok) throw new Error('bad csv');
    expect(c.value.rows.map((row) => Number(row[0]))).toEqual(Array.from({ length: 27 }, (_, i) => 1990 + i));
  });

  it('--input computes from raw allies (hand-computed rho = 0.7)', async () => {
    const file = join(dir, 'allies.json');
    writeFileSync(file, JSON.stringify({ allies: [
      { id: 'A', gdp: 100, pctGdp: 3 }, { id: 'B', gdp: 50, pctGdp: 1 }, { id: 'C', gdp: 30, pctGdp: 2 }, { id: 'D', gdp: 20, pctGdp: 1.5 }, { id: 'E', gdp: 10, pctGdp: 0.5 },
    ] }));
    const j = JSON.parse((await run('analyze', 'burden', '--input', file, '--format', 'json')).out) as { spearman: { rho: number } };
    expect(j.spearman.rho).toBeCloseTo(0.7, 12);
  });

  it('exits 1 on bad input and on a year outside the data', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ allies: [{ id: 'A', gdp: -5, pctGdp: 1 }] }));
    const r = await run('analyze', 'burden', '--input', file);
    expect(r.code).toBe(1);
    expect(r.err).toContain('allies[0].gdp: A: GDP -5 must be positive [negative_value]');
    const y = await run('analyze', 'burden', '--year', '1985');
    expect(y.code).toBe(1);
    expect(y.err).toContain('[year_out_of_coverage]');
  });
});
