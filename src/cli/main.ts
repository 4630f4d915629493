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

export const EXIT = { ok: 0, badInput: 1, usage: 2, internal: 3 } as const;

/** A module of commands: the top-level commands it adds, and how to load its register function. */
interface Registrar { readonly commands: readonly string[]; readonly load: () => Promise<(program: Command) => void> }

/**
 * Every registrar, in the order `ballast --help` lists their commands. Each registers its
 * commands' options from light modules and loads the heavy ones when an action runs; loading only
 * the registrar of the command asked for also spares a command the others' modules (test/cli/main.test.ts
 * checks these names against what each registers).
 */
export const REGISTRARS: readonly Registrar[] = [
  { commands: ['world'], load: async () => (await import('./world.js')).registerWorldCommands },
  { commands: ['data'], load: async () => (await import('./data.js')).registerDataCommands },
  { commands: ['analyze'], load: async () => (await import('./analyze.js')).registerAnalyzeCommands },
  { commands: ['scenario'], load: async () => (await import('./scenario.js')).registerScenarioCommands },
  { commands: ['run', 'compare', 'explain'], load: async () => (await import('./run.js')).registerRunCommands },
  { commands: ['report'], load: async () => (await import('./report.js')).registerReportCommand },
  { commands: ['calibrate'], load: async () => (await import('./calibrate.js')).registerCalibrateCommand },
  { commands: ['sensitivity'], load: async () => (await import('./sensitivity.js')).registerSensitivityCommand },
  { commands: ['hindcast'], load: async () => (await import('./hindcast.js')).registerHindcastCommand },
  { commands: ['start', 'serve'], load: async () => (await import('./start.js')).registerStartCommand },
  { commands: ['worker'], load: async () => (await import('./worker.js')).registerWorkerCommand },
];

/**
 * The program for `argv`: when its first word names a command, only that command's registrar
 * (a command's parsing, help and errors do not depend on its siblings); otherwise (--help,
 * --version, `help`, no command, an unknown one) every command, as the listing needs.
 */
export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command('ballast')
    .description('Ballast: the U.S. alliance system as data, and how it holds or unravels under stress.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .enablePositionalOptions();
  const own = REGISTRARS.find((r) => r.commands.includes(argv[0] ?? ''));
  const registers = await Promise.all((own ? [own] : REGISTRARS).map((r) => r.load()));
  for (const register of registers) register(program);
  return program;
}

/**
 * For the process that runs the CLI (bin/ballast.js, src/cli/bin.ts): when what reads our output
 * goes away (`ballast run … | head`), stop quietly with success, as Unix tools do, instead of
 * dying on the unhandled EPIPE with a stack trace. Any other error on the stream is still thrown.
 */
export function stopQuietlyWhenOutputCloses(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT.ok);
    throw err;
  });
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = await buildProgram(argv);
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
