import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, DATASETS } from '../../src/data/index.js';
import { panelOf } from '../../src/data/panel.js';
import { FACTS_FILES, PANEL_DATASETS, PANEL_FILES, sourcesKey } from '../../src/data/panel-sources.js';

const dataDir = defaultDataDir();
const bytes = () => new Map(PANEL_FILES.map((f) => [join(dataDir, f), readFileSync(join(dataDir, f))]));

describe('PANEL_FILES', () => {
  it('is the manifest, the five facts files and the panel\'s fifteen datasets, as paths in the data folder', () => {
    expect(PANEL_FILES[0]).toBe('manifest.json');
    expect(PANEL_FILES.slice(1, 6)).toEqual(FACTS_FILES.map((f) => `facts/${f}`));
    expect(PANEL_FILES.slice(6)).toEqual(PANEL_DATASETS.map((id) => DATASETS[id].file));
    expect(PANEL_FILES).toHaveLength(21);
  });
});

describe('sourcesKey(dataDir, contents)', () => {
  it('is the same for the texts the panel parsed and for the bytes on disk: the panel read exactly PANEL_FILES', () => {
    const key = panelOf(resolve(dataDir)).sourcesKey;
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(sourcesKey(resolve(dataDir), bytes())).toBe(key);
  });

  it('is null when a file is missing or one outside the list is given: the key would not cover what the World came from', () => {
    const texts = bytes();
    expect(sourcesKey(dataDir, new Map([...texts, [join(dataDir, 'growth.csv'), Buffer.alloc(0)]]))).toBeNull();
    texts.delete(join(dataDir, 'troops.csv'));
    expect(sourcesKey(dataDir, texts)).toBeNull();
  });

  it('changes with one byte of any file, and bytes that are not the UTF-8 of a text never match it', () => {
    const on = bytes(), key = sourcesKey(dataDir, on);
    const file = join(dataDir, 'bases.csv'), b = Buffer.from(on.get(file)!);
    b.writeUInt8(b.readUInt8(b.length - 2) ^ 1, b.length - 2);
    expect(sourcesKey(dataDir, new Map([...on, [file, b]]))).not.toBe(key);
    // 0xff is not UTF-8: decoded it becomes U+FFFD, whose UTF-8 is three other bytes.
    const invalid = Buffer.concat([on.get(file)!, Buffer.from([0xff])]);
    expect(sourcesKey(dataDir, new Map([...on, [file, invalid]]))).not.toBe(sourcesKey(dataDir, new Map<string, string | Buffer>([...on, [file, invalid.toString('utf8')]])));
  });
});
