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

/** A worker call whose secret is missing or not the one its worker id registered with. */
export class WorkerCredentialsError extends ThresherError {
  override readonly name = 'WorkerCredentialsError';
  readonly code = 'WORKER_UNAUTHENTICATED';
  readonly retryable = false;
  constructor(
    readonly workerId: string,
    reason: string,
  ) {
    super(`worker ${JSON.stringify(workerId.slice(0, 100))}: ${reason}`);
  }
}

/** A registration beyond the live-worker limit (--max-workers); retired workers do not count. */
export class TooManyWorkersError extends ThresherError {
  override readonly name = 'TooManyWorkersError';
  readonly code = 'TOO_MANY_WORKERS';
  readonly retryable = false;
  constructor(readonly limit: number) {
    super(
      `${limit} live workers already registered (limit: --max-workers); workers unseen for --retire-after-ms are retired`,
    );
  }
}
