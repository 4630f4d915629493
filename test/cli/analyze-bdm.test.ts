import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/index.js';
import { runCli as run } from './run-cli.js';


const dir = mkdtempSync(join(tmpdir(), 'ballast-bdm-'));
// The EC example of Scholz, Calbert & Smith (2011): capability, position, salience.
const EC_CSV = `actor,capability,position,salience
Netherlands,0.08,4,0.8
Belgium,0.08,7,0.4
Luxembourg,0.03,4,0.2
Germany,0.16,4,0.8
France,0.16,10,0.6
Italy,0.16,10,0.6
UK,0.16,10,0.9
Ireland,0.05,7,0.1
Denmark,0.05,4,1.0
Greece,0.08,7,0.7
`;

describe('ballast analyze bdm FILE', () => {
  const ec = join(dir, 'ec.csv');
  writeFileSync(ec, EC_CSV);

  it('--format json gives median, mean and per-round positions (EC: 7 and 7.389955686853767)', async () => {
    const r = await run('analyze', 'bdm', ec, '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { median: number; mean: number; converged: boolean; rounds: { round: number; positions: Record<string, number> }[] };
    expect(j.median).toBe(7);
    expect(j.mean).toBe(7.389955686853767);
    expect(j.converged).toBe(true);
    expect(j.rounds[0]!.positions).toEqual({ Netherlands: 4, Belgium: 7, Luxembourg: 4, Germany: 4, France: 10, Italy: 10, UK: 10, Ireland: 7, Denmark: 4, Greece: 7 });
  });

  it('the table names the starting median and mean, with one row per actor; CSV has one row per round', async () => {
    const t = await run('analyze', 'bdm', ec);
    expect(t.out).toContain('Before round 1: median voter position 7, weighted mean 7.3900');
    expect(t.out).toMatch(/^Netherlands\s+0\.08\s+0\.8\s+4\.00/m);
    const c = parseCsv((await run('analyze', 'bdm', ec, '--format', 'csv')).out);
    if (!c.ok) throw new Error('bad csv');
    expect(c.value.header.slice(0, 4)).toEqual(['round', 'median', 'mean', 'Netherlands']);
    expect(c.value.rows[0]!.slice(0, 2)).toEqual(['0', '7.00']);
  });

  it('runs the shipped JCPOA example', async () => {
    const r = await run('analyze', 'bdm', 'examples/bdm/jcpoa-waiver.csv', '--format', 'json');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as { converged: boolean }).converged).toBe(true);
  });

  it('--rounds caps the rounds and reports non-convergence', async () => {
    const j = JSON.parse((await run('analyze', 'bdm', ec, '--rounds', '2', '--format', 'json')).out) as { converged: boolean; rounds: unknown[] };
    expect(j.converged).toBe(false);
    expect(j.rounds).toHaveLength(3);
  });

  it('exits 1 naming file:line:column for bad cells, and for a missing file or bad option', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'actor,capability,position,salience\nA,1,2,3\nB,1,-,0.5\n');
    const r = await run('analyze', 'bdm', bad);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${bad}:2:4: A: salience 3 is above 1 [out_of_range]`);
    expect(r.err).toContain(`${bad}:3:3: B: position is not a number [bad_input]`);
    expect((await run('analyze', 'bdm', join(dir, 'none.csv'))).code).toBe(1);
    expect((await run('analyze', 'bdm', ec, '--q', 'high')).err).toContain('--q "high" is not a number');
  });
});
