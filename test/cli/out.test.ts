import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOutFile, checkOutFolder, writeOut } from '../../src/cli/out.js';
import { InputError } from '../../src/engine/errors.js';
import { runCli as run } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'ballast-out-'));
const file = join(dir, 'file.txt');
writeFileSync(file, 'x');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The InputError message a check throws, or '' when it passes. */
function refusal(check: () => unknown): string {
  try {
    check();
    return '';
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return (err as Error).message;
  }
}

describe('checkOutFolder(flag, path)', () => {
  it('creates a missing folder and its parents, leaving no probe file, and returns its absolute path', () => {
    const out = join(dir, 'a', 'b', 'c');
    expect(checkOutFolder('--out', out)).toBe(out);
    expect(statSync(out).isDirectory()).toBe(true);
    expect(readdirSync(out)).toEqual([]);
    expect(checkOutFolder('--out', out)).toBe(out);
  });

  it('refuses an existing file, a path under a file, a path under /proc and an empty path, naming the flag and the path', () => {
    expect(refusal(() => checkOutFolder('--out', file))).toBe(`--out ${file}: it exists and is not a folder; give a folder that can be written to, or a new path in one`);
    expect(refusal(() => checkOutFolder('--out', join(file, 'sub')))).toBe(`--out ${join(file, 'sub')}: a part of the path is a file, not a folder; give a folder that can be written to, or a new path in one`);
    // Node's own recursive mkdir never returns here.
    expect(refusal(() => checkOutFolder('--out', '/proc/ballast/out'))).toMatch(/^--out \/proc\/ballast\/out: the folder does not exist and cannot be created there; /);
    expect(refusal(() => checkOutFolder('--out', ''))).toBe('--out: the path is empty; give a path');
  });
});

describe('checkOutFile(flag, path)', () => {
  it('accepts a new or existing file in a folder that takes files, creating nothing', () => {
    expect(checkOutFile('--out', join(dir, 'new.json'))).toBe(join(dir, 'new.json'));
    expect(existsSync(join(dir, 'new.json'))).toBe(false);
    expect(checkOutFile('--out', file)).toBe(file);
    expect(readdirSync(dir).filter((f) => f.startsWith('.ballast-probe'))).toEqual([]);
  });

  it('refuses a folder, a missing folder, a path under a file and a folder that takes no files', () => {
    expect(refusal(() => checkOutFile('--out', dir))).toBe(`--out ${dir}: it is a folder; give a file name, e.g. ${join(dir, 'out.json')}`);
    expect(refusal(() => checkOutFile('--out', join(dir, 'none', 'x.json')))).toMatch(/: the folder .*none does not exist; give a file name in a folder that exists/);
    expect(refusal(() => checkOutFile('--out', join(file, 'x.json')))).toMatch(/file\.txt\/x\.json: a part of the path is a file, not a folder; /);
    expect(refusal(() => checkOutFile('--out', '/proc/x.json'))).toMatch(/^--out \/proc\/x\.json: cannot create a file in \/proc; /);
  });
});

describe('writeOut(flag, path, write)', () => {
  it('turns a failed write (a full disk) into one InputError line, and passes other errors through', () => {
    const full = () => { throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }); };
    expect(refusal(() => writeOut('--out', '/data/r', full))).toBe('--out /data/r: the write failed: no space left on the device; free space or give another path, and run again');
    expect(() => writeOut('--out', '/data/r', () => { throw new TypeError('a bug'); })).toThrow(TypeError);
    expect(writeOut('--out', '/data/r', () => 7)).toBe(7);
  });
});

describe('--out on the command line', () => {
  it('ballast run refuses a bad --out with one line and exit 1 before the ensemble starts', async () => {
    // 1,000,000 runs would take minutes: the refusal must come first.
    const t0 = performance.now();
    const r = await run('run', 'scenarios/continuity.yaml', '--runs', '1000000', '--quiet', '--out', file);
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`ballast: --out ${file}: it exists and is not a folder; give a folder that can be written to, or a new path in one\n`);
    expect(r.out).toBe('');
  });

  it('ballast hindcast and calibrate refuse an --out they cannot write before any work', async () => {
    const h = await run('hindcast', '--quiet', '--out', join(file, 'report.json'));
    expect([h.code, h.err.split('\n').length]).toEqual([1, 2]);
    expect(h.err).toMatch(/^ballast: --out .*file\.txt\/report\.json: a part of the path is a file, not a folder; /);
    const c = await run('calibrate', '--quiet', '--out', dir);
    expect(c.code).toBe(1);
    expect(c.err).toBe(`ballast: --out ${dir}: it is a folder; give a file name, e.g. ${join(dir, 'out.json')}\n`);
  });

  it('ballast calibrate reports a full disk on the final write as one line, exit 1', async () => {
    const r = await run('calibrate', '--abc-samples', '0', '--quiet', '--out', '/dev/full');
    expect(r.code).toBe(1);
    expect(r.err).toBe('ballast: --out /dev/full: the write failed: no space left on the device; free space or give another path, and run again\n');
  });
});
