import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { buildProgram, REGISTRARS } from '../../src/cli/main.js';
import { runCli as run } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ballast-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every command path of the program: [], ['world'], ['world', 'show'], … */
function commandPaths(c: Command, path: string[] = []): string[][] {
  return [path, ...c.commands.flatMap((s) => commandPaths(s, [...path, s.name()]))];
}

/** What `ballast …args --help` prints with every command registered (main registers only the one asked for). */
async function fullHelp(args: string[]): Promise<string> {
  const program = await buildProgram();
  let out = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((s: string) => { out += s; return true; }) as typeof process.stdout.write;
  try { await program.parseAsync([...args, '--help'], { from: 'user' }); } catch { /* commander's exit after help */ } finally { process.stdout.write = write; }
  return out;
}

describe('buildProgram(argv)', () => {
  it('registers every command by default, each registrar adding exactly the commands REGISTRARS names, in their order', async () => {
    expect((await buildProgram()).commands.map((c) => c.name())).toEqual(REGISTRARS.flatMap((r) => r.commands));
    for (const r of REGISTRARS) {
      const program = new Command('ballast');
      (await r.load())(program);
      expect(program.commands.map((c) => c.name())).toEqual(r.commands);
    }
  });

  it('registers only the commands of the registrar named first, and every command for anything else', async () => {
    expect((await buildProgram(['world', '--year', '2016'])).commands.map((c) => c.name())).toEqual(['world']);
    expect((await buildProgram(['explain', 'x.yaml'])).commands.map((c) => c.name())).toEqual(['run', 'compare', 'explain']);
    for (const argv of [[], ['--help'], ['help', 'world'], ['nosuch'], ['--version']]) {
      expect((await buildProgram(argv)).commands).toHaveLength(REGISTRARS.flatMap((r) => r.commands).length);
    }
  });
});

describe('ballast --help', () => {
  let paths: string[][] = [];
  beforeAll(async () => { paths = commandPaths(await buildProgram()); });

  it('reaches every command', () => {
    expect(paths.length).toBeGreaterThan(25);
    for (const p of [['world', 'show'], ['analyze', 'balance', 'dynamics'], ['run'], ['calibrate'], ['start'], ['worker']]) expect(paths).toContainEqual(p);
  });

  it('prints each command\'s usage and exits 0, as it does with every other command registered', async () => {
    for (const p of paths) {
      const r = await run(...p, '--help');
      expect(r.code, p.join(' ')).toBe(0);
      expect(r.out.startsWith(`Usage: ${['ballast', ...p].join(' ')} `), p.join(' ')).toBe(true);
      expect(r.err).toBe('');
      expect(r.out, p.join(' ')).toBe(await fullHelp(p));
    }
  });

  it('gives a command\'s usage errors as it does with every other command registered', async () => {
    for (const args of [['world', '--format', 'xml'], ['run'], ['analyze', 'nosuch'], ['world', 'show'], ['sensitivity', 'scenarios/worst-case.yaml']]) {
      const selective = await run(...args);
      const program = await buildProgram();
      let err = '';
      const write = process.stderr.write.bind(process.stderr);
      process.stderr.write = ((s: string) => { err += s; return true; }) as typeof process.stderr.write;
      try { await program.parseAsync(args, { from: 'user' }); } catch { /* the usage error */ } finally { process.stderr.write = write; }
      expect(selective.code, args.join(' ')).toBe(2);
      expect(selective.err, args.join(' ')).toBe(err);
    }
  });
});

// The compiled CLI in a fresh process, with module hooks that log every module node loads (test/fixtures/load-log).
const BIN = resolve('bin/ballast.js');
const DIST = `file://${resolve('dist')}/`;

interface Loaded { out: string; dist: string[]; packages: string[] }

function spawnCli(...args: string[]): Loaded {
  const log = join(dir, `loaded-${Math.random().toString(36).slice(2)}.txt`);
  // cwd: a fresh folder, so `world` keeps its cache (.ballast/cache) there and nowhere else.
  const out = execFileSync(process.execPath, ['--import', resolve('test/fixtures/load-log/register.mjs'), BIN, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, BALLAST_LOAD_LOG: log } });
  const urls = [...new Set(readFileSync(log, 'utf8').trim().split('\n'))];
  const dist = urls.filter((u) => u.startsWith(DIST)).map((u) => u.slice(DIST.length)).sort();
  const packages = [...new Set(urls.map((u) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(u)?.[1]).filter((p): p is string => p !== undefined))].sort();
  return { out, dist, packages };
}

/** Packages only some commands need: the server, the store, the queue, the worker pool, validation schemas, YAML, graphs, progress bars. */
const HEAVY_PACKAGES = ['fastify', '@fastify/static', '@fastify/swagger', '@fastify/swagger-ui', 'fastify-type-provider-zod', 'bullmq', 'ioredis', 'kysely', 'better-sqlite3', 'pg', 'piscina', 'zod', 'yaml', 'graphology', 'graphology-metrics', 'cli-progress'];
/** Folders and modules of dist/ that do the work; a command loads them when it runs. */
const HEAVY_DIST = /^(server|store|results)\/|^engine\/(pool|executor|bullmq|ensemble|index)\.js$|^(data|scenario|model|analysis|engine)\/index\.js$|^data\/(world|panel|facts|state-record)\.js$/;
/** What option definitions (choices, defaults, help text) read from the analytics and the validation: small modules of constants. */
const OPTION_MODULES = [
  'analysis/balance/triad-dynamics-defaults.js', 'analysis/bdm/bdm-defaults.js', 'analysis/cascade/ally-weighting.js', 'analysis/errors.js',
  'analysis/landscape/regions.js', 'analysis/network/relation-rules.js', 'analysis/similarity/measures.js',
  'validation/hindcast-methods.js', 'validation/sensitivity/settings.js', 'validation/shipped-defaults.js',
];

describe('the compiled CLI loads only what a command uses', () => {
  it('has dist/ built (npm ci builds it; npm run build rebuilds it)', () => {
    expect(existsSync(resolve('dist/cli/main.js')), 'dist/ is missing: run npm run build').toBe(true);
  });

  for (const args of [['--help'], ['run', '--help'], ['analyze', 'landscape', '--help'], ['sensitivity', '--help']]) {
    it(`${args.join(' ')}: commander and constants, no engine, store, server, analytics, validation, zod or BullMQ`, async () => {
      const r = spawnCli(...args);
      expect(r.out).toBe((await run(...args)).out);
      // The log saw the CLI itself: an empty log cannot pass.
      expect(r.dist).toContain('cli/main.js');
      expect(r.packages).toContain('commander');
      expect(r.packages.filter((p) => HEAVY_PACKAGES.includes(p))).toEqual([]);
      expect(r.dist.filter((f) => HEAVY_DIST.test(f))).toEqual([]);
      expect(r.dist.filter((f) => /^(analysis|validation)\//.test(f) && !OPTION_MODULES.includes(f))).toEqual([]);
    });
  }

  it('world --year 2016: the data layer (its parser and zod only on a cold cache), never the server, engine, validation or BullMQ', async () => {
    const cold = spawnCli('world', '--year', '2016');
    const warm = spawnCli('world', '--year', '2016');
    expect(existsSync(join(dir, '.ballast', 'cache', 'world-2016.v8'))).toBe(true);
    expect(warm.out).toBe(cold.out);
    expect(cold.out).toBe((await run('world', '--year', '2016')).out);
    expect(cold.out).toMatch(/^Ballast world 2016 \(data [0-9a-f]{12}\): 28 NATO members/);
    expect(cold.dist).toEqual(expect.arrayContaining(['cli/world.js', 'data/world-cache.js', 'data/world.js', 'data/panel.js']));
    expect(cold.packages).toContain('zod');
    expect(warm.dist).toContain('data/world-cache.js');
    expect(warm.dist.filter((f) => /^data\/(world|panel|facts|state-record|index)\.js$/.test(f))).toEqual([]);
    for (const r of [cold, warm]) {
      expect(r.packages.filter((p) => p !== 'zod' && HEAVY_PACKAGES.includes(p))).toEqual([]);
      expect(r.dist.filter((f) => /^(server|store|results)\/|^engine\/(pool|executor|bullmq|ensemble|index)\.js$|^(scenario|model|analysis)\/index\.js$/.test(f))).toEqual([]);
      expect(r.dist.filter((f) => /^(analysis|validation)\//.test(f) && !OPTION_MODULES.includes(f))).toEqual([]);
    }
    expect(warm.packages.filter((p) => HEAVY_PACKAGES.includes(p))).toEqual([]);
  });
});

describe('the compiled CLI when its reader goes away', () => {
  it('stops quietly with success (ballast … | head), not with an EPIPE stack trace', async () => {
    // The read end is closed before the child writes anything, so its first write fails with EPIPE.
    const child = spawn(process.execPath, [BIN, 'world', '--year', '2016'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (b: Buffer) => { err += b.toString(); });
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(err).toBe('');
    expect(code).toBe(0);
  });
});
