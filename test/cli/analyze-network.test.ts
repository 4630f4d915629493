import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/index.js';
import { runCli as run } from './run-cli.js';


describe('ballast analyze network', () => {
  it('prints the summary with the hub-and-spokes indices, then one row per state led by the USA', async () => {
    const r = await run('analyze', 'network', '--year', '2016');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Alliance network 2016: 53 states, \d+ ties \(ATOP defense obligations, either direction\), density 0\.\d{4}\./);
    expect(r.out).toContain('Hub and spokes, USA over its 32 allies:');
    expect(r.out).toMatch(/^ {2}asia_pacific +1\.000 of shortest paths through the USA, 1\.000 of pairs cut without it \(10 pairs\)$/m);
    expect(r.out).toMatch(/^ {2}europe +0\.000 of shortest paths through the USA/m);
    const rows = r.out.split('\n').filter((l) => /^[A-Z]{3}  /.test(l));
    expect(rows).toHaveLength(53);
    expect(rows[0]).toMatch(/^USA\s+United States\s+patron\s+north_america\s+33 /);
  });

  it('writes the same numbers as JSON and as CSV', async () => {
    const j = JSON.parse((await run('analyze', 'network', '--format', 'json')).out) as { year: number; hub: { byClass: Record<string, { hubShare: number }> }; rows: { iso3: string; degree: number; betweenness: number }[] };
    expect(j.year).toBe(2016);
    expect(j.hub.byClass['asia_pacific']!.hubShare).toBe(1);
    const c = parseCsv((await run('analyze', 'network', '--format', 'csv')).out);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.value.header).toEqual(['iso3', 'state', 'role', 'theatre', 'degree', 'degree_centrality', 'betweenness', 'eigenvector']);
    const usa = c.value.rows.find((row) => row[0] === 'USA')!;
    expect(Number(usa[6])).toBeCloseTo(j.rows.find((x) => x.iso3 === 'USA')!.betweenness, 4);
  });

  it('--ties widens what counts as a tie; an unknown type exits 1 naming the flag', async () => {
    const wide = JSON.parse((await run('analyze', 'network', '--ties', 'defense,neutral,consul', '--format', 'json')).out) as { edges: number };
    const narrow = JSON.parse((await run('analyze', 'network', '--format', 'json')).out) as { edges: number };
    expect(wide.edges).toBeGreaterThan(narrow.edges);
    const bad = await run('analyze', 'network', '--ties', 'defence');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('--ties: unknown tie type "defence" [out_of_range]');
  });

  it('exits 1 for a year outside the data and 2 for an unknown format', async () => {
    expect((await run('analyze', 'network', '--year', '1985')).code).toBe(1);
    expect((await run('analyze', 'network', '--format', 'xml')).code).toBe(2);
  });
});
