import { ThresherError } from '@thresher/sweep';

/** Conventional exit codes of the `thresher` binary. */
export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  interrupted: 130,
} as const;

/** An error meant for the user: printed as one message, never as a stack trace. */
export class CliError extends ThresherError {
  override readonly name = 'CliError';
  readonly code = 'CLI_ERROR';
  readonly retryable = false;
  constructor(
    message: string,
    readonly exitCode: number = ExitCode.failure,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
