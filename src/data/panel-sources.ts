/**
 * The files the panel reads (panel.ts), and one key of their contents. The panel computes the
 * key from the very texts it parsed; the World cache (world-cache.ts) from the files as they are
 * now; an entry is used only when the two agree, so a cached World can never stand for other
 * data than its own. dataVersion is not enough for that: it hashes the manifest and facts only.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DATASETS, MANIFEST_FILE, type DatasetId } from './datasets.js';

/** The facts files, in the order they are read and hashed into the data version. */
export const FACTS_FILES = ['roster.json', 'memberships.json', 'nuclear.json', 'orientation.json', 'alignment.json'] as const;

/** The curated datasets the panel reads: its reader takes no other id, so no dataset escapes the key. */
export const PANEL_DATASETS = [
  'states', 'codes', 'sipri', 'nato', 'capabilities', 'troops', 'unga', 'atopMembers', 'atopDyads',
  'distances', 'bases', 'surveys', 'politics', 'latency', 'mindist',
] as const satisfies readonly DatasetId[];
export type PanelDatasetId = (typeof PANEL_DATASETS)[number];

/** Every file the panel reads, relative to the data folder: the manifest, the facts, the datasets. */
export const PANEL_FILES: readonly string[] = Object.freeze([
  MANIFEST_FILE, ...FACTS_FILES.map((f) => `facts/${f}`), ...PANEL_DATASETS.map((id) => DATASETS[id].file),
]);

/**
 * SHA-256 over the name and UTF-8 bytes of every file in PANEL_FILES, given by absolute path
 * (join(dataDir, file)) as the text the panel parsed or as the bytes on disk; null when one is
 * missing or `contents` holds a file outside the list (the key would not describe everything the
 * World came from). Text and bytes agree exactly when the bytes are the UTF-8 of the text, so
 * bytes that are not valid UTF-8 never match a text: a miss, never a false hit.
 */
export function sourcesKey(dataDir: string, contents: ReadonlyMap<string, string | Buffer>): string | null {
  if (contents.size !== PANEL_FILES.length) return null;
  const hash = createHash('sha256');
  for (const f of PANEL_FILES) {
    const content = contents.get(join(dataDir, f));
    if (content === undefined) return null;
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    hash.update(`${f}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}
