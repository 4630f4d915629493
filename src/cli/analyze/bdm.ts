/**
 * `ballast analyze bdm FILE`: Bueno de Mesquita's expected-utility group decision model (as
 * specified by Scholz, Calbert & Smith 2011) on a CSV of actors (actor, capability, position,
 * salience): the median voter and weighted mean positions before round 1, then each round's
 * positions to convergence. One library call plus formatting.
 */
import { Option, type Command } from 'commander';
import { AnalysisError } from '../../analysis/errors.js';
import { BDM_DEFAULTS } from '../../analysis/bdm/bdm-defaults.js';
import type { BdmRound } from '../../analysis/index.js';
import { dec, FORMATS, renderCsv, renderTable, type Column, type Format } from '../format.js';
import { readInputFile, valueOf } from './similarity.js';

function numberOption(name: string, value: string): number {
  const v = Number(value);
  if (value.trim() === '' || !Number.isFinite(v)) throw new AnalysisError([{ code: 'bad_input', path: name, message: `${name} "${value}" is not a number`, fix: `give ${name} as a plain number` }]);
  return v;
}

/** Rounds the table shows before the final one. */
const TABLE_ROUNDS = 4;

interface Options { rounds: string; tolerance: string; q: string; t: string; format: Format }

export function registerBdmCommand(analyze: Command): void {
  analyze
    .command('bdm <file>')
    .description("Bueno de Mesquita's expected-utility model: median, weighted mean and positions round by round")
    .option('--rounds <n>', 'most rounds to run', String(BDM_DEFAULTS.maxRounds))
    .option('--tolerance <share>', 'stop when no position moves more than this share of the issue range', String(BDM_DEFAULTS.tolerance))
    .option('--q <p>', 'Q: probability the status quo persists without a challenge', String(BDM_DEFAULTS.q))
    .option('--t <p>', 'T: probability an unchallenged change is for the better', String(BDM_DEFAULTS.t))
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .addHelpText('after', '\nFILE is a CSV with columns actor, capability, position, salience (0-1).\n\nExamples:\n  ballast analyze bdm examples/bdm/jcpoa-waiver.csv\n  ballast analyze bdm actors.csv --format json\n\nSee docs/ANALYSIS.md (model 5) for the method and every choice the literature leaves open.')
    .action(async (file: string, opts: Options) => {
      const { readBdmCsv, runBdm } = await import('../../analysis/index.js');
      const text = readInputFile(file);
      const actors = valueOf(readBdmCsv(text, file));
      const run = valueOf(runBdm(actors, { maxRounds: numberOption('--rounds', opts.rounds), tolerance: numberOption('--tolerance', opts.tolerance), q: numberOption('--q', opts.q), t: numberOption('--t', opts.t) }));
      if (opts.format === 'json') {
        const rounds = run.rounds.map((r) => ({ round: r.round, median: r.median, mean: r.mean, positions: Object.fromEntries(run.actors.map((a, i) => [a, r.positions[i]])), risk: Object.fromEntries(r.risk.map((x, i) => [run.actors[i], x])), moves: r.moves }));
        process.stdout.write(JSON.stringify({ median: run.median, mean: run.mean, converged: run.converged, range: run.range, actors: run.actors, rounds }, null, 2) + '\n');
        return;
      }
      const cols: Column<BdmRound>[] = [
        { header: 'round', value: (r) => r.round, right: true },
        { header: 'median', value: (r) => dec(r.median, 2), right: true },
        { header: 'mean', value: (r) => dec(r.mean, opts.format === 'csv' ? 6 : 2), right: true },
        ...run.actors.map((a, i) => ({ header: a, value: (r: BdmRound) => dec(r.positions[i], opts.format === 'csv' ? 6 : 2), right: true })),
      ];
      if (opts.format === 'csv') { process.stdout.write(renderCsv(cols, run.rounds)); return; }
      // the table shows the first rounds and the last, one row per actor; CSV and JSON carry every round
      const last = run.rounds.at(-1)!;
      const shown = [...run.rounds.slice(0, Math.min(TABLE_ROUNDS, last.round)), last];
      const rows = [...actors.map((a, i) => ({ label: a.name, c: a.capability, s: a.salience, values: shown.map((r) => r.positions[i]!) })),
        { label: 'median voter', c: null, s: null, values: shown.map((r) => r.median) }, { label: 'weighted mean', c: null, s: null, values: shown.map((r) => r.mean) }];
      const table: Column<(typeof rows)[number]>[] = [
        { header: 'actor', value: (r) => r.label }, { header: 'capability', value: (r) => r.c, right: true }, { header: 'salience', value: (r) => r.s, right: true },
        ...shown.map((r, k) => ({ header: r === last ? `final (${r.round})` : `round ${r.round}`, value: (row: (typeof rows)[number]) => dec(row.values[k], 2), right: true })),
      ];
      process.stdout.write([
        `${run.actors.length} actors on [${run.range[0]}, ${run.range[1]}]. Before round 1: median voter position ${run.median}, weighted mean ${run.mean.toFixed(4)} (capability × salience).`,
        `${run.converged ? 'Converged' : 'Not converged'} after ${last.round} round(s): median ${last.median}, weighted mean ${last.mean.toFixed(4)}. Every round: --format csv or json.`,
        '',
        renderTable(table, rows),
        '',
      ].join('\n'));
    });
}
