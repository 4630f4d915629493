/**
 * Built Worlds kept on disk, for a process that needs one World at once (`ballast world`):
 * parsing data/ takes about half a second, reading a built World a few milliseconds. The cache
 * is never trusted over the files. An entry's key is SHA-256 over the text of every file the
 * panel reads (panel-sources.ts), the code that turns them into a World (every module of this
 * folder and the vocabulary it imports) and the versions of node and zod; the panel computes its
 * side of the key from the very texts it parsed, this module from the files as they are now, and
 * an entry is used only when the two agree. A missing, unreadable, damaged or mismatched entry is
 * ignored: the World is then built and validated from the files as always, and the entry
 * rewritten (atomically: a temporary file, then rename). A World read from an entry is the one
 * that was built, deep-equal and deep-frozen alike (test/data/world-cache.test.ts).
 *
 * This module loads no more than node's own modules and a few light ones of this folder: the
 * parser, the schemas and zod are imported only when an entry is missing.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { defaultDataDir } from './data-dir.js';
import { deepFreeze } from './deep-freeze.js';
import { PANEL_FILES, sourcesKey } from './panel-sources.js';
import type { World, WorldOptions } from './world.js';

export interface WorldCacheOptions extends WorldOptions {
  /** The folder of the entries (default: .ballast/cache under the working directory, beside the store's default database). */
  readonly cacheDir?: string;
}

/** The first line of an entry; bump its number when the layout changes. */
const MAGIC = 'ballast-world 1\n';

/** .ballast/cache under the working directory. */
export function defaultCacheDir(): string {
  return join(process.cwd(), '.ballast', 'cache');
}

let code: string | undefined;

/** SHA-256 of what turns the files into a World: this folder's modules, the vocabulary, node's and zod's versions. */
function codeKey(): string {
  if (code !== undefined) return code;
  const self = fileURLToPath(import.meta.url);
  const dir = dirname(self), ext = extname(self); // dist/data/*.js, or src/data/*.ts under tsx and vitest
  const files = [...readdirSync(dir).filter((f) => f.endsWith(ext) && !f.endsWith('.d.ts')).sort().map((f) => join(dir, f)), join(dir, '..', `vocabulary${ext}`)];
  const zod = (createRequire(import.meta.url)('zod/package.json') as { version: string }).version;
  const hash = createHash('sha256').update(`node ${process.version}\0zod ${zod}\0`);
  for (const f of files) {
    const text = readFileSync(f);
    hash.update(`${basename(f)}\0${text.length}\0`).update(text);
  }
  return (code = hash.digest('hex'));
}

const entryKey = (sources: string) => createHash('sha256').update(`${MAGIC}${codeKey()}\0${sources}`).digest('hex');
const entryFile = (cacheDir: string, year: number) => join(cacheDir, `world-${year}.v8`);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The key of the files as they are now; null when one is missing or not a regular file (the panel will report it). */
function currentKey(dataDir: string): string | null {
  const bytes = new Map<string, Buffer>();
  try {
    for (const f of PANEL_FILES) {
      const file = join(dataDir, f);
      if (!statSync(file).isFile()) return null;
      bytes.set(file, readFileSync(file));
    }
  } catch {
    return null;
  }
  const sources = sourcesKey(dataDir, bytes);
  return sources === null ? null : entryKey(sources);
}

/** Typed arrays (a World's are its pairs') read back are views into the entry's buffer: give each its own, as a built World's are. */
function ownBuffers(world: World): World {
  const pairs = world.pairs as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(pairs)) if (ArrayBuffer.isView(v)) pairs[k] = (v as Float64Array).slice();
  return world;
}

/**
 * The World of `year` from the cache, or null when no entry matches the files as they are now.
 * An entry: MAGIC, its key, the SHA-256 of its payload, each on a line, then the World (v8.serialize).
 */
export function readCachedWorld(year: number, options: WorldCacheOptions = {}): World | null {
  const key = currentKey(options.dataDir ?? defaultDataDir());
  if (key === null) return null;
  let bytes: Buffer;
  try { bytes = readFileSync(entryFile(options.cacheDir ?? defaultCacheDir(), year)); } catch { return null; }
  const head = MAGIC.length + 2 * 65;
  if (bytes.length <= head || bytes.toString('latin1', 0, head) !== `${MAGIC}${key}\n${sha256(bytes.subarray(head))}\n`) return null;
  let world: World;
  try { world = deserialize(bytes.subarray(head)) as World; } catch { return null; }
  return world !== null && typeof world === 'object' && world.year === year ? deepFreeze(ownBuffers(world)) : null;
}

/** Stores `world` under `key`; a cache that cannot be written only makes the next start slower. */
function writeCachedWorld(world: World, key: string, cacheDir: string): void {
  const file = entryFile(cacheDir, world.year);
  const tmp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  const payload = serialize(world);
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${MAGIC}${key}\n${sha256(payload)}\n`, 'latin1'), payload]));
    renameSync(tmp, file);
  } catch {
    try { rmSync(tmp, { force: true }); } catch { /* nothing more to do */ }
  }
}

/**
 * The World of `year`, as loadWorld gives it (1990 through the last year the data cover; a
 * DataError otherwise): from the cache when an entry matches the files, else built, validated
 * and stored for the next process.
 */
export async function loadWorldCached(year: number, options: WorldCacheOptions = {}): Promise<World> {
  const cached = readCachedWorld(year, options);
  if (cached) return cached;
  const dataDir = options.dataDir ?? defaultDataDir();
  const { loadWorld } = await import('./world.js');
  const { panelOf } = await import('./panel.js');
  const world = loadWorld(year, { dataDir });
  // The key of what this panel parsed, not of the files now: they may have changed since it was read.
  const sources = panelOf(dataDir).sourcesKey;
  if (sources !== null) writeCachedWorld(world, entryKey(sources), options.cacheDir ?? defaultCacheDir());
  return world;
}
