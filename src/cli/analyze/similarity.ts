/**
 * `ballast analyze similarity`: foreign-policy similarity (Signorino & Ritter's S, Kendall's
 * τ_b, Häge's κ and π) of two states in a year, the pairwise matrix of a year, or of two raw
 * vectors given with --input. One library call plus formatting.
 */
import { Option, type Command } from 'commander';
import { readRegularFile } from '../../scenario/read-file.js';
import { AnalysisError, type AnalysisResult } from '../../analysis/errors.js';
import type { Similarity } from '../../analysis/index.js';
import type { World } from '../../data/index.js';
import { SIMILARITY_BASES, SIMILARITY_MEASURES, type SimilarityBasis, type SimilarityMeasure } from '../../analysis/similarity/measures.js';
import { dec, FORMATS, renderCsv, renderTable, type Column, type Format } from '../format.js';

/** The JSON field name of each measure (the contract other tools read). */
const FIELD: Record<SimilarityMeasure, string> = { sAbs: 's_abs', sSq: 's_sq', tauB: 'tau_b', kappa: 'kappa', pi: 'pi', kappaSq: 'kappa_sq', piSq: 'pi_sq' };
const BY_FIELD = Object.fromEntries(SIMILARITY_MEASURES.map((m) => [FIELD[m], m])) as Record<string, SimilarityMeasure>;

/** Input files of the analyze commands: regular files of at most 16 MiB. */
const INPUT_BYTES = 16 * 1024 * 1024;

/** The text of an analyze command's input file (a regular file, at most 16 MiB), or AnalysisError (exit 1) naming it. */
export function readInputFile(file: string): string {
  const r = readRegularFile(file, INPUT_BYTES);
  if (!r.ok) throw new AnalysisError([{ code: 'bad_input', path: file, message: `cannot read ${file}: ${r.reason}`, fix: 'check the file name and that it is a readable file' }]);
  return r.text;
}

/** Reads and parses a JSON input file, or throws AnalysisError (exit 1) naming the file. Shared by the analyze commands. */
export function readJsonFile(file: string): unknown {
  const text = readInputFile(file);
  try { return JSON.parse(text) as unknown; } catch (err) {
    throw new AnalysisError([{ code: 'bad_input', path: file, message: `${file} is not valid JSON: ${(err as Error).message}`, fix: 'check the file with a JSON validator' }]);
  }
}

/** The year of --year, or AnalysisError for anything but an integer. Shared by the analyze commands. */
export function yearOf(value: string): number {
  const y = Number(value);
  if (!Number.isInteger(y)) throw new AnalysisError([{ code: 'bad_input', path: '--year', message: `"${value}" is not a year`, fix: 'write the year as four digits, e.g. --year 2016' }]);
  return y;
}

/** The World of --year, through the data layer's cache of built Worlds (the same World as loadWorld's). Shared by the analyze commands. */
export async function worldOf(year: string): Promise<World> {
  const y = yearOf(year);
  const { loadWorldCached } = await import('../../data/world-cache.js');
  return loadWorldCached(y);
}

/** The value of a result, or throws its issues at the CLI boundary. */
export function valueOf<T>(r: AnalysisResult<T>): T {
  if (!r.ok) throw new AnalysisError(r.issues);
  return r.value;
}

function measuresJson(s: Similarity): Record<string, number | boolean | null> {
  return { ...Object.fromEntries(SIMILARITY_MEASURES.map((m) => [FIELD[m], s[m]])), n: s.n, max: s.max, weighted: s.weighted };
}

function printMeasures(s: Similarity, format: Format, title: string, extra: Record<string, unknown> = {}): void {
  if (format === 'json') { process.stdout.write(JSON.stringify({ ...extra, ...measuresJson(s) }, null, 2) + '\n'); return; }
  if (format === 'csv') {
    const row = { ...extra, ...measuresJson(s) };
    const cols: Column<Record<string, unknown>>[] = Object.keys(row).map((k) => ({ header: k, value: (r) => { const v = r[k]; return v === null || v === undefined ? null : Array.isArray(v) ? v.join(' ') : String(v); } }));
    process.stdout.write(renderCsv(cols, [row]));
    return;
  }
  const rows = SIMILARITY_MEASURES.map((m) => [FIELD[m], dec(s[m], 4)] as const);
  const cols: Column<readonly [string, string | null]>[] = [{ header: 'measure', value: (r) => r[0] }, { header: 'value', value: (r) => r[1], right: true }];
  process.stdout.write(`${title}\n\n${renderTable(cols, rows)}\n`);
}

interface Options { year: string; basis: SimilarityBasis; weighted?: boolean; matrix?: boolean; measure: string; input?: string; format: Format }

export function registerSimilarityCommand(analyze: Command): void {
  analyze
    .command('similarity [a] [b]')
    .description('foreign-policy similarity of two states (S, tau-b, kappa, pi) over alliance portfolios or UN positions')
    .option('--year <year>', 'snapshot year', '2016')
    .addOption(new Option('--basis <basis>', 'what to compare: ATOP valued alliance portfolios or UN ideal-point profiles').choices(SIMILARITY_BASES).default('alliances'))
    .option('--weighted', 'weight each third state by its share of capabilities (COW CINC)')
    .option('--matrix', 'every pair of states in the year, for one measure')
    .addOption(new Option('--measure <measure>', 'the measure of --matrix').choices(Object.keys(BY_FIELD)).default('s_abs'))
    .option('--input <file>', 'raw vectors instead of a year: { "x": [..], "y": [..], "weights"?: [..], "max"?: m }')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .addHelpText('after', '\nExamples:\n  ballast analyze similarity USA GBR --year 2016\n  ballast analyze similarity POL RUS --basis un --format json\n  ballast analyze similarity --matrix --year 1995 --measure pi --format csv\n  ballast analyze similarity --input vectors.json --format json\n\nSee docs/ANALYSIS.md (model 2) for the measures and how to read them.')
    .action(async function (this: Command, a: string | undefined, b: string | undefined, opts: Options) {
      const { readSimilarityInput, similarity, similarityMatrix, stateSimilarity } = await import('../../analysis/index.js');
      if (opts.input !== undefined) {
        const input = valueOf(readSimilarityInput(readJsonFile(opts.input)));
        const s = similarity(input);
        printMeasures(s, opts.format, `Similarity of x and y (${s.n} dimensions, range ${s.max}${s.weighted ? ', weighted' : ''})`);
        return;
      }
      const world = await worldOf(opts.year);
      const weighted = opts.weighted === true;
      if (opts.matrix) {
        const m = valueOf(similarityMatrix(world, { basis: opts.basis, weighted, measure: BY_FIELD[opts.measure]! }));
        if (opts.format === 'json') { process.stdout.write(JSON.stringify({ year: m.year, basis: m.basis, measure: opts.measure, weighted, codes: m.codes, values: m.values }) + '\n'); return; }
        const cols: Column<number>[] = [{ header: 'state', value: (i) => m.codes[i]! }, ...m.codes.map((c, j) => ({ header: c, value: (i: number) => dec(m.values[i]![j], opts.format === 'csv' ? 6 : 2), right: true }))];
        const rows = m.codes.map((_, i) => i);
        process.stdout.write(opts.format === 'csv' ? renderCsv(cols, rows) : `${opts.measure} on ${m.basis}${weighted ? ' (CINC-weighted)' : ''}, ${m.year}\n\n${renderTable(cols, rows)}\n`);
        return;
      }
      if (a === undefined || b === undefined) this.error('error: give two states (e.g. USA GBR), --matrix, or --input FILE');
      const s = valueOf(stateSimilarity(world, a, b, { basis: opts.basis, weighted }));
      const title = `Similarity of ${s.a} and ${s.b} in ${s.year}: ${s.basis === 'alliances' ? 'ATOP valued alliance portfolios' : 'UN ideal-point distance profiles'}, ${weighted ? 'CINC-weighted' : 'unweighted'}; ${s.n} states compared, range ${Number(s.max.toFixed(4))}${s.excluded.length ? `; left out: ${s.excluded.join(' ')}` : ''}`;
      printMeasures(s, opts.format, title, { year: s.year, a: s.a, b: s.b, basis: s.basis, excluded: s.excluded });
    });
}
