import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { CliError, ExitCode } from './errors';
import { registerDoctor } from './commands/doctor';
import { registerExport } from './commands/export';
import { registerPassthrough } from './commands/passthrough';
import { registerQuery } from './commands/query';
import { registerRemoteCommands } from './commands/remote';
import { registerReport } from './commands/report';
import { registerRun } from './commands/run';

// Typed errors of the libs whose cause is the user's input: exit code 2.
const USAGE_ERRORS = new Set([
  'SweepValidationError',
  'SweepTooLargeError',
  'InvalidTrialParamsError',
  'UnknownSweepError',
  'InvalidInputError',
]);
// JavaScript's own errors mean a bug: those get a stack trace.
const BUILTIN_ERRORS = new Set([
  'Error',
  'TypeError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
]);
const INVALID_ARGUMENT = 3; // gRPC status code

function buildProgram(): Command {
  const program = new Command('thresher')
    .description('Distributed sweeps of two-layer ReLU networks and their optimization threshold')
    .version(packageVersion())
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerRun(program);
  registerPassthrough(program, 'coordinator', 'serve sweeps to workers over gRPC');
  registerPassthrough(program, 'worker', 'train trials leased from a coordinator');
  registerRemoteCommands(program);
  registerQuery(program);
  registerReport(program);
  registerExport(program);
  registerDoctor(program);
  program.commands.forEach((command) => command.exitOverride());
  return program;
}

function packageVersion(): string {
  const file = path.join(__dirname, '..', 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    process.exitCode = reportError(error);
  }
}

/** Prints one clear line for expected errors; a stack trace only for bugs. */
function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof CliError) {
    process.stderr.write(`thresher: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof Error && !BUILTIN_ERRORS.has(error.name)) {
    process.stderr.write(`thresher: ${error.message}\n`);
    const invalidArgument =
      error.name === 'CoordinatorRpcError' &&
      (error as { code?: number }).code === INVALID_ARGUMENT;
    return USAGE_ERRORS.has(error.name) || invalidArgument ? ExitCode.usage : ExitCode.failure;
  }
  process.stderr.write(
    `thresher: unexpected error\n${error instanceof Error ? error.stack : String(error)}\n`,
  );
  return ExitCode.failure;
}

void main(process.argv);
