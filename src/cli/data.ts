/** `ballast data …`: building data/ from the raw sources and importing newer releases. */
import { Argument, Option, type Command } from 'commander';
import { resolve } from 'node:path';
import { defaultDataDir } from '../data/data-dir.js';
import { DATASETS } from '../data/datasets.js';
import { DataError } from '../data/errors.js';
import { IMPORT_KINDS, SIPRI_MEASURES, type ImportKind, type SipriMeasure } from '../data/import/kinds.js';
import type { ImportSummary } from '../data/index.js';

/** One paragraph: what was added to which file, from which release. */
export function formatImportSummary(s: ImportSummary, file: string): string {
  const skipped = s.skipped.length === 0
    ? 'No names were skipped.'
    : `Skipped ${s.skipped.length} name(s) in no code list: ${s.skipped.map((n) => `"${n}"`).join(', ')}.`;
  return `data import: ${file} (${s.vintage}) into data/${DATASETS[s.dataset].file}: ${s.rowsAdded} row(s) added, ${s.rowsReplaced} replaced, years ${s.years[0]}-${s.years[1]}. ${skipped}\n`;
}

export function registerDataCommands(program: Command): void {
  const data = program.command('data').description('build and refresh the curated datasets under data/');
  data
    .command('build')
    .description('rebuild data/ from the raw public datasets (a maintainer\'s tool; see docs/DATA.md)')
    .option('--raw <dir>', 'folder of raw datasets', '../shared/data')
    .option('--data-dir <dir>', 'curated data folder to write', defaultDataDir())
    .action(async (opts: { raw: string; dataDir: string }) => {
      const { writeCurated } = await import('../data/index.js');
      const { written, unchanged } = writeCurated(resolve(opts.raw), resolve(opts.dataDir));
      process.stdout.write(`data build: ${written.length} file(s) written${written.length ? ` (${written.join(', ')})` : ''}, ${unchanged.length} unchanged\n`);
    });
  data
    .command('import')
    .description('add a newer SIPRI, NATO or troopdata release to data/ (see docs/IMPORT.md); nothing is written if the file has any problem')
    .addArgument(new Argument('<kind>', 'which release the file is').choices(IMPORT_KINDS))
    .argument('<file>', 'the downloaded release (.xlsx or .csv)')
    .option('--vintage <text>', 'the release, e.g. "SIPRI 2025" (default: from the file name or its last year)')
    .addOption(new Option('--measure <measure>', 'SIPRI only: import just this series (needed for a sheet export whose title does not say)').choices(SIPRI_MEASURES))
    .option('--data-dir <dir>', 'curated data folder to import into', defaultDataDir())
    .action(async (kind: ImportKind, file: string, opts: { vintage?: string; measure?: SipriMeasure; dataDir: string }) => {
      const { importRelease } = await import('../data/index.js');
      const r = importRelease(kind, file, { dataDir: resolve(opts.dataDir), ...(opts.vintage !== undefined ? { vintage: opts.vintage } : {}), ...(opts.measure ? { measure: opts.measure } : {}) });
      // main() prints each issue as formatIssue() does (place, message, code, fix) and exits 1.
      if (!r.ok) throw new DataError(r.issues);
      process.stdout.write(formatImportSummary(r.value, file));
    });
}
