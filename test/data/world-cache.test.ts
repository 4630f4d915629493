import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCacheDir, findState, forgetPanel, loadWorld, loadWorldCached, readCachedWorld, type World } from '../../src/data/index.js';

// A copy of data/ and a cache folder of its own: the test edits the copy.
const root = mkdtempSync(join(tmpdir(), 'ballast-world-cache-'));
const dataDir = join(root, 'data'), cacheDir = join(root, 'cache');
cpSync(resolve('data'), dataDir, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));
const opts = { dataDir, cacheDir };
const entry = join(cacheDir, 'world-2016.v8');

/** The typed arrays anywhere in a value. */
const typedArrays = (v: unknown): ArrayBufferView[] => (ArrayBuffer.isView(v) ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(typedArrays) : []);
/** Every typed array of a World owns its buffer (a view into a shared one would differ in byteOffset and buffer). */
const ownsBuffers = (w: World) => typedArrays(w).every((a) => a.byteOffset === 0 && a.buffer.byteLength === a.byteLength);

describe('loadWorldCached(year, options)', () => {
  it('keeps entries under .ballast/cache of the working directory by default', () => {
    expect(defaultCacheDir()).toBe(join(process.cwd(), '.ballast', 'cache'));
  });

  it('builds the World on a cold cache, stores it, and reads back a deep-equal, frozen World with the same dataVersion', async () => {
    expect(readCachedWorld(2016, opts)).toBeNull();
    const cold = await loadWorldCached(2016, opts);
    expect(existsSync(entry)).toBe(true);
    const built = loadWorld(2016, { dataDir });
    expect(cold).toBe(built); // the cold path is loadWorld itself
    const warm = readCachedWorld(2016, opts)!;
    expect(warm).not.toBeNull();
    expect(warm).not.toBe(built);
    expect(warm).toStrictEqual(built);
    expect(warm.dataVersion).toBe(built.dataVersion);
    expect(await loadWorldCached(2016, opts)).toStrictEqual(built);
    expect(Object.isFrozen(warm) && Object.isFrozen(warm.states) && Object.isFrozen(warm.states[0]!.defence)).toBe(true);
    expect(typedArrays(warm)).toHaveLength(4);
    expect(ownsBuffers(warm)).toBe(true);
    expect(warm.pairs.distanceKm).toBeInstanceOf(Float64Array);
    expect(warm.pairs.ties).toBeInstanceOf(Uint8Array);
  });

  it('ignores and rebuilds a damaged or foreign entry', async () => {
    const good = readFileSync(entry);
    const flipped = Buffer.from(good), at = flipped.length - 10;
    flipped.writeUInt8(flipped.readUInt8(at) ^ 0xff, at);
    writeFileSync(entry, flipped);
    expect(readCachedWorld(2016, opts)).toBeNull();
    writeFileSync(entry, good.subarray(0, good.length >> 1));
    expect(readCachedWorld(2016, opts)).toBeNull();
    writeFileSync(entry, 'not a cache entry');
    expect(readCachedWorld(2016, opts)).toBeNull();
    // Another year's entry under this year's name is refused too.
    await loadWorldCached(2015, opts);
    writeFileSync(entry, readFileSync(join(cacheDir, 'world-2015.v8')));
    expect(readCachedWorld(2016, opts)).toBeNull();
    expect(await loadWorldCached(2016, opts)).toStrictEqual(loadWorld(2016, { dataDir }));
    expect(readCachedWorld(2016, opts)).toStrictEqual(loadWorld(2016, { dataDir }));
  });

  it('is invalidated by an edit to a data file that dataVersion does not see (troops.csv), and never stores a World under files it was not built from', async () => {
    const before = loadWorld(2016, { dataDir });
    expect(readCachedWorld(2016, opts)).not.toBeNull();
    const troops = join(dataDir, 'troops.csv');
    const text = readFileSync(troops, 'utf8');
    expect(text).toContain('\nKOR,2016,25302,');
    writeFileSync(troops, text.replace('\nKOR,2016,25302,', '\nKOR,2016,25303,'));
    expect(readCachedWorld(2016, opts)).toBeNull();
    // This process still holds the panel parsed before the edit: what it stores is keyed by those texts, so it matches no file on disk.
    expect(findState(await loadWorldCached(2016, opts), 'KOR')!.usTroops.activeDuty).toBe(25302);
    expect(readCachedWorld(2016, opts)).toBeNull();
    // A new process (a forgotten panel) builds from the edited file, and its entry is then read back.
    forgetPanel(dataDir);
    const after = await loadWorldCached(2016, opts);
    expect(findState(after, 'KOR')!.usTroops.activeDuty).toBe(25303);
    expect(after.dataVersion).toBe(before.dataVersion); // manifest and facts unchanged: dataVersion alone could not have told
    expect(readCachedWorld(2016, opts)).toStrictEqual(after);
  });

  it('builds the World from the files when one is missing, and reports the problem as loadWorld does', async () => {
    const copy = join(root, 'broken');
    cpSync(dataDir, copy, { recursive: true });
    rmSync(join(copy, 'unga.csv'));
    expect(readCachedWorld(2016, { dataDir: copy, cacheDir })).toBeNull();
    await expect(loadWorldCached(2016, { dataDir: copy, cacheDir })).rejects.toThrow(/unga\.csv/);
    await expect(loadWorldCached(1985, opts)).rejects.toThrow('no world for 1985');
  });

  it('loads nothing outside data/ and the vocabulary to build a World: the code the key hashes is all the code that runs', () => {
    const dist = resolve('dist/data/world.js');
    expect(existsSync(dist), 'dist/ is missing: run npm run build (npm ci runs it)').toBe(true);
    const log = join(root, 'loaded.txt');
    execFileSync(process.execPath, ['--import', resolve('test/fixtures/load-log/register.mjs'), '--input-type=module', '-e', `const { loadWorld } = await import(${JSON.stringify(`file://${dist}`)}); loadWorld(2016);`], { env: { ...process.env, BALLAST_LOAD_LOG: log } });
    const ours = [...new Set(readFileSync(log, 'utf8').trim().split('\n'))].filter((u) => u.startsWith(`file://${resolve('dist')}/`)).map((u) => u.slice(`file://${resolve('dist')}/`.length));
    expect(ours).toContain('data/world.js');
    expect(ours.filter((f) => !/^data\/[^/]+\.js$/.test(f) && f !== 'vocabulary.js')).toEqual([]);
  });
});
