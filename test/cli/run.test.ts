import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/index.js';
import { runCli as run } from './run-cli.js';
import { percentNumber } from '../../src/results/headline.js';


const dir = mkdtempSync(join(tmpdir(), 'ballast-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ballast run', () => {
  it('runs a shipped scenario end to end: exit 0, every section, and files that reload to the printed numbers', async () => {
    const r = await run('run', 'scenarios/worst-case.yaml', '--runs', '500', '--seed', '3', '--workers', '2', '--out', dir);
    expect(r.code, r.err).toBe(0);
    for (const section of ['Outcome at the horizon', 'Key metrics by year', 'Allies most likely to accommodate', 'Allies most likely to proliferate', 'Most frequent event chains', 'Representative runs']) {
      expect(r.out).toContain(section);
    }
    const result = JSON.parse(readFileSync(join(dir, 'result.json'), 'utf8'));
    expect(result.runs).toBe(500);
    expect(result.seed).toBe(3);
    const table = r.out.slice(r.out.indexOf('Outcome at the horizon'));
    for (const o of result.outcomes) {
      const line = table.split('\n').find((l: string) => l.trim().startsWith(o.outcome + ' '))!;
      expect(line).toContain(`${(o.probability * 100).toFixed(1)}%`);
      expect(line).toContain(`[${(o.lo * 100).toFixed(1)}%–${(o.hi * 100).toFixed(1)}%]`);
    }
    const outcomes = parseCsv(readFileSync(join(dir, 'outcomes.csv'), 'utf8'));
    expect(outcomes.ok && outcomes.value.rows.filter((row) => row[0] === 'system').map((row) => Number(row[3]))).toEqual(result.outcomes.map((o: { probability: number }) => o.probability));
    expect(outcomes.ok && outcomes.value.rows.filter((row) => row[0] === 'europe').map((row) => Number(row[3]))).toEqual(result.theatres[0].outcomes.map((o: { probability: number }) => o.probability));
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ seed: 3, runs: 500, model_version: result.model_version, data_version: result.data_version, workers: 2 });
    expect(manifest.scenario.hash).toBe(result.scenario.hash);
    expect(manifest.duration_ms).toBeGreaterThan(0);
    for (const f of ['metrics.csv', 'allies.csv', 'spending.csv', 'nuclear.csv', 'chains.csv', 'runs.csv', 'scenario.yaml', 'headline.json']) expect(manifest.files[f], f).toMatch(/^[0-9a-f]{64}$/);

    // The headline leads, read against continuity's ensemble of the same runs and seed: what
    // `ballast run scenarios/continuity.yaml` with those runs and seed gives on its own.
    const h = JSON.parse(readFileSync(join(dir, 'headline.json'), 'utf8'));
    expect(r.out.replace(/\s+/g, ' ')).toContain(h.sentence);
    expect(h.baseline).toMatchObject({ kind: 'continuity', runs: 500, seed: 3 });
    const c = await run('run', 'scenarios/continuity.yaml', '--runs', '500', '--seed', '3', '--workers', '2', '--format', 'json');
    const continuity = JSON.parse(c.out);
    const holds = (o: { outcome: string; probability: number }[]) => o.find((x) => x.outcome === 'holds')!.probability;
    expect(h.sentence).toContain(`against ${percentNumber(holds(continuity.outcomes))}% under continuity`);
    expect(h.sentence).toContain(`holds in ${percentNumber(holds(result.outcomes))}% of runs`);
    expect(r.out).toContain('500 runs and as many of continuity in');
  });

  it('leaves the comparison out with --baseline none, and continuity is read against itself', async () => {
    const none = await run('run', 'scenarios/worst-case.yaml', '--runs', '200', '--workers', '1', '--baseline', 'none');
    expect(none.code, none.err).toBe(0);
    // The sentence is wrapped at 100 columns: read it with the line breaks as spaces.
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    expect(flat(none.out)).toMatch(/ The alliance holds in [\d.]+% of runs \(95% interval [\d.]+–[\d.]+%\); in Europe /);
    expect(flat(none.out)).toContain('(no baseline: --baseline none.)');
    const self = await run('run', 'scenarios/continuity.yaml', '--runs', '200', '--workers', '1');
    expect(flat(self.out)).toContain(' Under continuity the alliance holds in ');
    expect(self.out).not.toContain('as many of continuity');
    const bad = await run('run', 'scenarios/continuity.yaml', '--baseline', 'yesterday');
    expect(bad.code).toBe(2);
  });

  it('prints the result as JSON with --format json', async () => {
    const r = await run('run', 'scenarios/continuity.yaml', '--runs', '250', '--format', 'json', '--workers', '1');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).schema).toBe('ballast.result/2');
  });

  it('refuses a bad scenario with its location and exit code 1, and a bad flag with exit code 1', async () => {
    const bad = await run('run', 'test/fixtures/scenarios/unknown-parameter.yaml');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/unknown-parameter\.yaml:\d+:\d+/);
    const flag = await run('run', 'scenarios/continuity.yaml', '--runs', '-5');
    expect(flag.code).toBe(1);
    expect(flag.err).toContain('--runs -5: give a whole number');
  });
});

describe('ballast compare and explain', () => {
  it('compares two scenarios with paired intervals', async () => {
    const r = await run('compare', 'scenarios/efp-countermanded.yaml', 'scenarios/continuity.yaml', '--runs', '500', '--workers', '1');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('paired runs');
    expect(r.out).toMatch(/holds\s+A\s+[\d.]+%\s+B\s+[\d.]+%\s+A−B [+-][\d.]+ pp \[/);
  });

  it('explains an ally: ensemble probabilities, credibility signals and utility terms', async () => {
    const r = await run('explain', 'scenarios/worst-case.yaml', '--ally', 'HUN', '--month', '2018-03', '--runs', '250', '--workers', '1');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Hungary (HUN) in 2018-03');
    expect(r.out).toContain('Signals that moved it');
    // The signals in words, states by name: no "probe SRB (honoured)".
    expect(r.out).toMatch(/A guarantee conditional on spending|The U.S.'s hostile rhetoric/);
    expect(r.out).not.toMatch(/probe [A-Z]{3} \(|\(honoured\)/);
  });

  it('refuses an ally outside the scenario', async () => {
    const r = await run('explain', 'scenarios/worst-case.yaml', '--ally', 'RUS', '--runs', '10', '--workers', '1');
    expect(r.code).toBe(1);
    expect(r.err).toContain('RUS is not an ally in this scenario');
  });
});

describe('ballast report', () => {
  it('writes a self-contained briefing and prints the headline; --pdf prints it through chromium', async () => {
    const file = join(dir, 'brief.html');
    const r = await run('report', 'scenarios/conditional-guarantee.yaml', '--runs', '400', '--seed', '3', '--workers', '2', '--sensitivity', 'none', '--validation', 'none', '--out', file, '--pdf', '--quiet');
    expect(r.code, r.err).toBe(0);
    const html = readFileSync(file, 'utf8');
    const sentence = r.out.split('\n')[0]!;
    expect(sentence).toMatch(/^The alliance holds in [\d.]+% of runs .* under continuity/);
    expect(html).toContain(sentence);
    expect(html).toContain('ballast report scenarios/conditional-guarantee.yaml --runs 400 --seed 3 --sensitivity none --validation none --out');
    expect(readFileSync(join(dir, 'brief.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // An output that is not HTML is refused before anything runs, with the fix.
    const bad = await run('report', 'scenarios/continuity.yaml', '--out', join(dir, 'brief.txt'));
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('name an .html file');
  });
});
