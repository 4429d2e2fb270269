import { ThresherError } from '@thresher/sweep';

/** A request field the scheduler refuses; `field` names it. Never retryable. */
export class InvalidRequestError extends ThresherError {
  override readonly name = 'InvalidRequestError';
  readonly code = 'INVALID_REQUEST';
  readonly retryable = false;
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

/** A worker id the coordinator does not know (never registered): register again. */
export class UnknownWorkerError extends ThresherError {
  override readonly name = 'UnknownWorkerError';
  readonly code = 'UNKNOWN_WORKER';
  readonly retryable = false;
  constructor(readonly workerId: string) {
    super(`unknown worker id ${JSON.stringify(workerId)}: register first`);
  }
}
