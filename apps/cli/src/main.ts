import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { status } from '@grpc/grpc-js';
import { CoordinatorRpcError } from '@thresher/proto';
import { escapeControl, findThresherError } from '@thresher/sweep';
import { CliError, ExitCode } from './errors';
import { registerDoctor } from './commands/doctor';
import { registerExport } from './commands/export';
import { registerPassthrough } from './commands/passthrough';
import { registerPlan } from './commands/plan';
import { registerQuery } from './commands/query';
import { registerRemoteCommands } from './commands/remote';
import { registerReport } from './commands/report';
import { registerRun } from './commands/run';

// Stable codes of the libs' typed errors whose cause is the user's input: exit code 2.
const USAGE_CODES = new Set([
  'SWEEP_INVALID',
  'SWEEP_TOO_LARGE',
  'INVALID_TRIAL_PARAMS',
  'UNKNOWN_SWEEP',
  'INVALID_INPUT',
  'WORKER_INVALID_OPTIONS',
  'INVALID_COORDINATOR_ADDRESS',
]);
// What the coordinator answers when the request (the user's input) is at fault.
const USAGE_STATUSES = new Set([
  status.INVALID_ARGUMENT,
  status.RESOURCE_EXHAUSTED,
  status.NOT_FOUND,
]);

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
  registerPlan(program);
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

/** Error text may carry a coordinator's answer: no control character reaches the terminal. */
const say = (text: string) => process.stderr.write(`${escapeControl(text, { keepLines: true })}\n`);

/** Prints one clear line for expected errors; a stack trace only for bugs. */
function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof CliError) {
    say(`thresher: ${error.message}`);
    return error.exitCode;
  }
  const typed = findThresherError(error);
  if (typed) {
    say(`thresher: ${typed.message}`);
    const usage =
      USAGE_CODES.has(typed.code) ||
      (typed instanceof CoordinatorRpcError && USAGE_STATUSES.has(typed.status));
    return usage ? ExitCode.usage : ExitCode.failure;
  }
  // Errors of the operating system (a file that cannot be read, a refused connection).
  if (error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string') {
    say(`thresher: ${error.message}`);
    return ExitCode.failure;
  }
  say(`thresher: unexpected error\n${error instanceof Error ? error.stack : String(error)}`);
  return ExitCode.failure;
}

void main(process.argv);
