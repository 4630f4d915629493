/**
 * Output paths (`--out`), checked before any work starts: a run of minutes should not end in
 * a stack trace because its folder is a file. The check writes and removes a probe file,
 * since permission bits say nothing when running as root and a read-only or pseudo file
 * system (/proc) refuses only the write. The final write is wrapped too (a full disk), so
 * either failure is one line and exit 1.
 */
import { mkdirSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../engine/errors.js';

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT': return 'the folder does not exist and cannot be created there';
    case 'ENOTDIR': return 'a part of the path is a file, not a folder';
    case 'EEXIST': return 'it exists and is not a folder';
    case 'EISDIR': return 'it is a folder';
    case 'EACCES': case 'EPERM': return 'no permission to write there';
    case 'EROFS': return 'the file system is read-only';
    case 'ENOSPC': return 'no space left on the device';
    case 'EDQUOT': return 'the disk quota is used up';
    default: return e.code ?? (err instanceof Error ? err.message : String(err));
  }
}

const refuse = (flag: string, path: string, why: string, fix: string) => new InputError(`${flag} ${path}: ${why}; ${fix}`);

/** Is dir a folder a file can be written into? Writes and removes a probe file. */
function probe(flag: string, path: string, dir: string, fix: string): void {
  const file = join(dir, `.ballast-probe-${process.pid}`);
  try {
    writeFileSync(file, '');
  } catch (err) {
    // ENOENT for a folder that exists: a pseudo file system such as /proc.
    const code = (err as NodeJS.ErrnoException).code;
    throw refuse(flag, path, `cannot create a file in ${resolve(path) === dir ? 'it' : dir}${code === 'ENOENT' ? '' : ` (${reason(err)})`}`, fix);
  }
  rmSync(file, { force: true });
}

/** Like mkdir -p, one level at a time: Node 20's recursive mkdir spins forever under /proc. */
function makeFolder(dir: string): void {
  const missing: string[] = [];
  let d = dir;
  for (;;) {
    let s: Stats;
    try { s = statSync(d); } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      missing.push(d);
      const parent = dirname(d);
      if (parent === d) break;
      d = parent;
      continue;
    }
    if (!s.isDirectory()) throw Object.assign(new Error('not a folder'), { code: d === dir ? 'EEXIST' : 'ENOTDIR' });
    break;
  }
  for (const m of missing.reverse()) mkdirSync(m);
}

const empty = (flag: string) => new InputError(`${flag}: the path is empty; give a path`);

/** Checks (and creates, like mkdir -p) an output folder; returns its absolute path. */
export function checkOutFolder(flag: string, path: string): string {
  if (path.trim() === '') throw empty(flag);
  const dir = resolve(path);
  const fix = 'give a folder that can be written to, or a new path in one';
  try {
    makeFolder(dir);
  } catch (err) {
    throw refuse(flag, path, reason(err), fix);
  }
  probe(flag, path, dir, fix);
  return dir;
}

/** Checks that an output file can be written: its folder exists and takes files, and it is not a folder. */
export function checkOutFile(flag: string, path: string): string {
  if (path.trim() === '') throw empty(flag);
  const file = resolve(path);
  const fix = 'give a file name in a folder that exists and can be written to';
  let s: Stats | undefined;
  try { s = statSync(file); } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw refuse(flag, path, reason(err), fix);
  }
  if (s?.isDirectory()) throw refuse(flag, path, 'it is a folder', 'give a file name, e.g. ' + join(path, 'out.json'));
  const dir = dirname(file);
  let d: Stats;
  try { d = statSync(dir); } catch (err) {
    throw refuse(flag, path, (err as NodeJS.ErrnoException).code === 'ENOENT' ? `the folder ${dirname(path)} does not exist` : reason(err), fix);
  }
  if (!d.isDirectory()) throw refuse(flag, path, `${dirname(path)} is a file, not a folder`, fix);
  probe(flag, path, dir, fix);
  return file;
}

/** Runs the final write; a failure (a full disk) becomes one InputError naming the flag and the path. */
export function writeOut<T>(flag: string, path: string, write: () => T): T {
  try {
    return write();
  } catch (err) {
    if (typeof (err as NodeJS.ErrnoException).code !== 'string') throw err;
    throw refuse(flag, path, `the write failed: ${reason(err)}`, 'free space or give another path, and run again');
  }
}
