import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/index.js';
import { runCli as run } from './run-cli.js';


describe('ballast world', () => {
  it('prints allies sorted by share of GDP with the vintage of each figure', async () => {
    const r = await run('world', '--year', '2016');
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^Ballast world 2016 .*28 NATO members, 32 U\.S\. allies/);
    expect(r.out).toContain('NATO members at or above 2% of GDP on defence: 4 of 28 (USA 3.52, GRC 2.38, GBR 2.11, EST 2.07)');
    const rows = lines.filter((l) => /^[A-Z]{3}  /.test(l)).map((l) => l.slice(0, 3));
    expect(rows.slice(0, 3)).toEqual(['USA', 'GRC', 'KOR']);
    expect(rows).toHaveLength(33); // 32 allies and the patron
    expect(rows).not.toContain('RUS');
  });

  it('writes CSV that parses, one row per ally, with missing values as empty cells', async () => {
    const r = await run('world', '--year', '2016', '--format', 'csv');
    const t = parseCsv(r.out);
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    expect(t.value.header.slice(0, 4)).toEqual(['iso3', 'state', 'role', 'milex_pct_gdp']);
    const isl = t.value.rows.find((row) => row[0] === 'ISL')!;
    expect(isl[3]).toBe(''); // Iceland has no armed forces: missing, not 0
  });

  it('--all adds partners, gray zones and rivals', async () => {
    const r = await run('world', '--year', '2016', '--all', '--format', 'json');
    const j = JSON.parse(r.out) as { states: { iso3: string }[] };
    expect(j.states).toHaveLength(53);
    expect(j.states.map((s) => s.iso3)).toContain('RUS');
  });

  it('shows one state in full as JSON, table and CSV', async () => {
    const j = await run('world', 'show', 'POL', '--year', '2016', '--format', 'json');
    expect(JSON.parse(j.out).defence.pctGdp).toBeCloseTo(1.992452, 6);
    const t = await run('world', 'show', 'Poland', '--year', '2016');
    expect(t.out).toContain('Poland (POL) in 2016');
    expect(t.out).toMatch(/alliances\.natoAccession\s+1999-03-12/);
    const c = await run('world', 'show', '290', '--format', 'csv');
    expect(c.out.split('\n')[0]).toBe('field,value');
  });

  it('exits 1 with the covered range for a year outside the data', async () => {
    const r = await run('world', '--year', '1985');
    expect(r.code).toBe(1);
    expect(r.err).toContain('no world for 1985: the data cover 1990-2016');
    expect(r.err).toContain('[year_out_of_coverage]');
  });

  it('exits 1 naming the known states for an unknown state', async () => {
    const r = await run('world', 'show', 'ZZZ');
    expect(r.code).toBe(1);
    expect(r.err).toContain('no state "ZZZ" in the 2016 world');
  });

  it('exits 2 on a usage error (an unknown format)', async () => {
    const r = await run('world', '--format', 'xml');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Allowed choices are table, json, csv/);
  });
});
