/** Where the curated data live: a module of its own, so `ballast data --help` and the World cache name the folder without loading the readers. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The data/ folder that ships with Ballast (BALLAST_DATA_DIR overrides it). */
export function defaultDataDir(): string {
  if (process.env.BALLAST_DATA_DIR) return process.env.BALLAST_DATA_DIR;
  // src/data/data-dir.ts and dist/data/data-dir.js both sit two levels below the root.
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');
}
