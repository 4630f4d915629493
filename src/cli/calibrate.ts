/** `ballast calibrate`: estimates the defence-effort equation and tests it out of sample. */
import { Option, type Command } from 'commander';
import { effortPanel, holdoutEffort, fitEffort } from '../model/index.js';
import { InputError } from '../engine/errors.js';
import { worldYears } from '../data/index.js';
import { formatCsv } from '../data/index.js';
import { FORMATS, type Format } from './format.js';

export function registerCalibrateCommand(program: Command): void {
  program
    .command('calibrate')
    .description('estimate the defence-effort equation by OLS on the SIPRI panel of allies, and score it out of sample against persistence and linear trends')
    .option('--train-until <year>', 'last year of the training data', '2011')
    .option('--test-until <year>', 'last year of the test data', '2016')
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS).default('table'))
    .action((o: { trainUntil: string; testUntil: string; format: Format }) => {
      const train = Number(o.trainUntil), test = Number(o.testUntil);
      const [first, last] = worldYears();
      if (!Number.isInteger(train) || !Number.isInteger(test) || train < first + 5 || test > last || test <= train) {
        throw new InputError(`--train-until ${o.trainUntil} --test-until ${o.testUntil}: choose ${first + 5} <= train < test <= ${last}`);
      }
      const rows = effortPanel(first + 1, test, last);
      const h = holdoutEffort(rows.filter((r) => r.year <= test), train, test);
      const full = fitEffort(rows.filter((r) => r.year <= test));
      if (!h || !full) throw new InputError('the panel is too small to fit the equation: widen the years');
      const coef = (f: typeof full) => [['effort_adjustment', f.adjustment], ['effort_intercept', f.intercept], ['effort_threat', f.threat], ['effort_credibility_gap', f.credibilityGap], ['effort_peers', f.peers], ['effort_noise', f.noise]] as const;
      if (o.format === 'json') {
        process.stdout.write(JSON.stringify({ train: { years: h.fit.years, coefficients: Object.fromEntries(coef(h.fit)), r2: h.fit.ols.r2, n: h.fit.ols.n }, full: { years: full.years, coefficients: Object.fromEntries(coef(full)), r2: full.ols.r2, n: full.ols.n }, holdout: { years: [train + 1, test], scores: h.scores } }, null, 2) + '\n');
        return;
      }
      if (o.format === 'csv') {
        process.stdout.write(formatCsv(['method', 'mae', 'rmse', 'n'], h.scores.map((s) => [s.method, s.mae, s.rmse, s.n])));
        return;
      }
      const lines = [
        `Defence-effort equation: m_t = m_{t-1} + κ(m* − m_{t-1}) + σε, m* = a + b·threat + c·(1 − credibility) + d·peers`,
        `OLS on the SIPRI share-of-GDP panel of U.S. allies (${rows.length} ally-years ${first + 1}-${test}).`,
        '',
        `  parameter                 fit ${h.fit.years[0]}-${h.fit.years[1]}   fit ${full.years[0]}-${full.years[1]}`,
        ...coef(h.fit).map(([name, v], i) => `  ${name.padEnd(24)} ${v.toFixed(4).padStart(12)} ${coef(full)[i]![1].toFixed(4).padStart(14)}`),
        `  ${'R² (levels)'.padEnd(24)} ${h.fit.ols.r2.toFixed(4).padStart(12)} ${full.ols.r2.toFixed(4).padStart(14)}`,
        '',
        `Out of sample ${train + 1}-${test} (fit on ${h.fit.years[0]}-${train}), share of GDP in percentage points:`,
        ...h.scores.map((s) => `  ${s.method.padEnd(46)} MAE ${s.mae.toFixed(3)}  RMSE ${s.rmse.toFixed(3)}  (n = ${s.n})`),
      ];
      const model = h.scores[0]!, persistence = h.scores[1]!;
      lines.push('', model.rmse > persistence.rmse
        ? `The model's dynamic forecast loses to persistence (RMSE ${model.rmse.toFixed(3)} vs ${persistence.rmse.toFixed(3)}): budgets barely move in five years, and the equation adds little beyond last year's value.`
        : `The model's dynamic forecast beats persistence (RMSE ${model.rmse.toFixed(3)} vs ${persistence.rmse.toFixed(3)}).`);
      process.stdout.write(lines.join('\n') + '\n');
    });
}
