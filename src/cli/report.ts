/**
 * `ballast report SCENARIO [--compare B] --out brief.html [--pdf]`: a briefing to send (issue 13,
 * item 6). It runs the scenario, continuity beside it (the headline's baseline), the comparison,
 * a Morris screening and the 2012–2016 hindcast, and writes one self-contained HTML file
 * (src/results/briefing.ts); `--pdf` prints it through Debian's headless chromium as well. Heavy
 * modules load when the command runs, not when the CLI starts.
 */
import { Option, type Command } from 'commander';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../engine/errors.js';
import { optionalWholeNumber } from './flags.js';
import { checkOutFile, writeOut } from './out.js';
import { progressBar } from './progress.js';
import type { BriefingSensitivity, BriefingValidation } from '../results/briefing.js';
import { PARAMETER_MODES, type ParameterMode } from '../model/parameter-modes.js';

interface ReportFlags { parameters: ParameterMode; out: string; compare?: string; pdf?: boolean; runs?: string; seed?: string; workers?: string; sensitivity: 'morris' | 'none'; validation: 'hindcast' | 'none'; quiet?: boolean }

/** Debian's chromium, which `--pdf` prints through. */
export const CHROMIUM = '/usr/bin/chromium';

export function registerReportCommand(program: Command): void {
  program.command('report <scenario>')
    .description('write a briefing to send: one self-contained HTML file (inline charts, no external assets) with the question, the assumptions in plain words, the headline against continuity, outcome probabilities with both intervals, fan charts, the allies most at risk and why, the sensitivity ranking, the validation scores and how to reproduce it')
    .requiredOption('--out <file>', 'the HTML file to write, e.g. brief.html')
    .option('--compare <scenario>', 'also compare with this scenario, run by run (paired differences with intervals)')
    .option('--pdf', `also print the briefing as a PDF beside it (through ${CHROMIUM})`)
    .option('--runs <n>', 'runs in each ensemble (default: the scenario\'s)')
    .option('--seed <s>', 'seed (default: the scenario\'s)')
    .option('--workers <w>', 'worker threads (results do not depend on it)')
    .addOption(new Option('--sensitivity <method>', 'morris: rank the parameters that move P(holds) (10 trajectories of 100 runs); none: leave the section out').choices(['morris', 'none']).default('morris'))
    .addOption(new Option('--validation <what>', 'hindcast: score the 2012-2016 hindcast (calibrated on data to 2011, 1,000 runs) against the truth and two baselines; none: leave the section out').choices(['hindcast', 'none']).default('hindcast'))
    .addOption(new Option('--parameters <mode>', 'posterior: each run draws the calibrated parameters from their posterior, and outcomes get a total interval beside the Monte Carlo one; fixed: the calibration\'s point values').choices(PARAMETER_MODES).default('posterior'))
    .option('--quiet', 'no progress bars')
    .addHelpText('after', '\nExamples:\n  ballast report scenarios/worst-case.yaml --out brief.html\n  ballast report scenarios/worst-case.yaml --compare scenarios/continuity.yaml --out brief.html --pdf')
    .action(async (file: string, o: ReportFlags) => {
      const out = checkOutFile('--out', o.out);
      if (!/\.html?$/i.test(out)) throw new InputError(`--out ${o.out}: name an .html file (the briefing is HTML; --pdf writes the PDF beside it)`);
      if (o.pdf && !existsSync(CHROMIUM)) throw new InputError(`--pdf prints through Debian's chromium, which is not installed: apt-get install chromium (or leave out --pdf and print the HTML from a browser)`);
      const runs = optionalWholeNumber(o.runs, '--runs', 1, 10_000_000);
      const seed = optionalWholeNumber(o.seed, '--seed', 0, 2 ** 32 - 1);
      const [{ loadScenario, CONTINUITY_FILE }, { runScenario, compareScenarios }, { headlineAgainstContinuity }, { briefingHtml }, { loadWorld }, pool] = await Promise.all([
        import('../scenario/index.js'), import('../results/simulate.js'), import('../results/headline.js'), import('../results/briefing.js'), import('../data/index.js'), import('../engine/pool.js'),
      ]);
      const scenario = loadScenario(file);
      const other = o.compare === undefined ? null : loadScenario(o.compare);
      const workers = optionalWholeNumber(o.workers, '--workers', 1, 64) ?? pool.defaultWorkers();
      const quiet = o.quiet === true;
      const step = async <T>(label: string, work: (onProgress: (d: number, t: number) => void) => Promise<T>): Promise<T> => {
        const bar = progressBar(label, quiet);
        try { return await work((d, t) => bar.update(d, t)); } finally { bar.stop(); }
      };
      try {
        const opts = { workers, parameters: o.parameters, ...(runs !== undefined ? { runs } : {}), ...(seed !== undefined ? { seed } : {}) };
        const result = await step('run', (onProgress) => runScenario(scenario, { ...opts, onProgress }));
        const { headline: head, baseline } = await headlineAgainstContinuity(scenario, result, loadScenario(CONTINUITY_FILE),
          (s) => step('continuity', (onProgress) => runScenario(s, { ...opts, runs: result.runs, seed: result.seed, onProgress })));
        const comparison = other === null ? null : await step('compare', async (onProgress) => {
          const c = await compareScenarios(scenario, other, { ...opts, runs: result.runs, seed: result.seed, onProgress });
          return { b: c.b, differences: c.differences };
        });
        const sensitivity = o.sensitivity === 'none' ? null : await step('sensitivity', async (onProgress) => {
          const [{ sensitivity: screen }, { PARAMETER_BY_NAME }] = await Promise.all([import('../validation/sensitivity/index.js'), import('../model/parameters.js')]);
          const s = await screen(scenario, { method: 'morris', samples: 10, runs: 100, workers, ...(seed !== undefined ? { seed } : {}), onProgress });
          if (s.method !== 'morris') throw new Error('unreachable: a Morris screening returned another method');
          return {
            method: 'morris', outcome: 'P(holds)', space: s.space, runsPerEvaluation: s.runsPerEvaluation, evaluations: s.evaluations,
            ranking: s.ranking.map((x) => ({ name: x.name, label: PARAMETER_BY_NAME.get(x.name)?.label ?? x.name, value: x.muStar, lo: x.muStarLo, hi: x.muStarHi, meaning: PARAMETER_BY_NAME.get(x.name)?.meaning ?? '' })),
          } satisfies BriefingSensitivity;
        });
        const validation = o.validation === 'none' ? null : await step('hindcast', async (onProgress) => {
          const { hindcast } = await import('../validation/hindcast.js');
          const h = await hindcast({ trainUntil: 2011, from: 2012, to: 2016, runs: 1000, workers, posterior: false, onProgress });
          return { trainUntil: h.trainUntil, window: h.window, runs: h.runs, scores: h.scores } satisfies BriefingValidation;
        });
        const names = Object.fromEntries(loadWorld(scenario.world).states.map((s) => [s.iso3, s.name]));
        const command = ['ballast report', file, ...(o.compare ? ['--compare', o.compare] : []), ...(runs !== undefined ? ['--runs', String(runs)] : []), ...(seed !== undefined ? ['--seed', String(seed)] : []), ...(o.parameters !== 'posterior' ? ['--parameters', o.parameters] : []), ...(o.sensitivity === 'none' ? ['--sensitivity none'] : []), ...(o.validation === 'none' ? ['--validation none'] : []), '--out', o.out].join(' ');
        const html = briefingHtml({ scenario, result, headline: head, baseline, comparison, sensitivity, validation, names, command });
        writeOut('--out', out, () => writeFileSync(out, html));
        process.stdout.write(`${head?.sentence ?? result.scenario.name}\nBriefing written: ${o.out}\n`);
        if (o.pdf) {
          const pdf = out.replace(/\.html?$/i, '.pdf');
          await printPdf(out, pdf);
          process.stdout.write(`PDF written: ${pdf}\n`);
        }
      } finally {
        await pool.closePools();
      }
    });
}

/** Prints the HTML to PDF with headless chromium (no network: the file has no external asset). */
async function printPdf(html: string, pdf: string): Promise<void> {
  const { execFile } = await import('node:child_process');
  const { pathToFileURL } = await import('node:url');
  await new Promise<void>((ok, fail) => {
    execFile(CHROMIUM, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--no-pdf-header-footer', `--print-to-pdf=${resolve(pdf)}`, pathToFileURL(resolve(html)).href], { timeout: 120_000 }, (err, _stdout, stderr) => {
      if (err) fail(new InputError(`chromium could not print ${html} to ${pdf}: ${err.message}${stderr ? ` (${String(stderr).trim().split('\n').at(-1)})` : ''}`));
      else ok();
    });
  });
  if (!existsSync(pdf)) throw new InputError(`chromium ran but wrote no ${pdf}`);
}
