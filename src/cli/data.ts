/** `ballast data …`: building data/ from the raw sources and importing newer releases. */
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { writeCurated } from '../data/index.js';
import { defaultDataDir } from '../data/index.js';

export function registerDataCommands(program: Command): void {
  const data = program.command('data').description('build and refresh the curated datasets under data/');
  data
    .command('build')
    .description('rebuild data/ from the raw public datasets (a maintainer\'s tool; see docs/DATA.md)')
    .option('--raw <dir>', 'folder of raw datasets', '../shared/data')
    .option('--data-dir <dir>', 'curated data folder to write', defaultDataDir())
    .action((opts: { raw: string; dataDir: string }) => {
      const { written, unchanged } = writeCurated(resolve(opts.raw), resolve(opts.dataDir));
      process.stdout.write(`data build: ${written.length} file(s) written${written.length ? ` (${written.join(', ')})` : ''}, ${unchanged.length} unchanged\n`);
    });
}
