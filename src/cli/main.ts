/**
 * The `ballast` command. Each subcommand is one library call plus formatting; see
 * `ballast --help`. Exit codes: 0 success, 1 bad input (the message says what and where),
 * 2 usage error, 3 internal error.
 */
import { Command, CommanderError } from 'commander';
import { DataError } from '../data/errors.js';
import { AnalysisError } from '../analysis/errors.js';
import { ScenarioError } from '../scenario/errors.js';
import { InputError } from '../engine/errors.js';
import { registerDataCommands } from './data.js';
import { registerWorldCommands } from './world.js';
import { registerStartCommand } from './start.js';
import { registerAnalyzeCommands } from './analyze.js';
import { registerScenarioCommands } from './scenario.js';
import { registerRunCommands } from './run.js';
import { registerCalibrateCommand } from './calibrate.js';
import { registerSensitivityCommand } from './sensitivity.js';
import { registerHindcastCommand } from './hindcast.js';
import { registerWorkerCommand } from './worker.js';
import { registerReportCommand } from './report.js';

export const EXIT = { ok: 0, badInput: 1, usage: 2, internal: 3 } as const;

export function buildProgram(): Command {
  const program = new Command('ballast')
    .description('Ballast: the U.S. alliance system as data, and how it holds or unravels under stress.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .enablePositionalOptions();
  registerWorldCommands(program);
  registerDataCommands(program);
  registerAnalyzeCommands(program);
  registerScenarioCommands(program);
  registerRunCommands(program);
  registerReportCommand(program);
  registerCalibrateCommand(program);
  registerSensitivityCommand(program);
  registerHindcastCommand(program);
  registerStartCommand(program);
  registerWorkerCommand(program);
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[], { from: 'user' });
    return EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof DataError || err instanceof AnalysisError || err instanceof ScenarioError || err instanceof InputError) {
      process.stderr.write(`ballast: ${err.message}\n`);
      return EXIT.badInput;
    }
    process.stderr.write(`ballast: internal error: ${(err as Error).stack ?? String(err)}\n`);
    return EXIT.internal;
  }
}
