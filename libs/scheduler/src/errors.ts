/** A request field the scheduler refuses; `field` names it. Never retryable. */
export class InvalidRequestError extends Error {
  override readonly name = 'InvalidRequestError';
  readonly retryable = false;
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

/** A worker id the coordinator does not know (never registered): register again. */
export class UnknownWorkerError extends Error {
  override readonly name = 'UnknownWorkerError';
  readonly retryable = false;
  constructor(readonly workerId: string) {
    super(`unknown worker id ${JSON.stringify(workerId)}: register first`);
  }
}

/** No sweep of that name. */
export class UnknownSweepError extends Error {
  override readonly name = 'UnknownSweepError';
  readonly retryable = false;
  constructor(readonly sweep: string) {
    super(`unknown sweep ${JSON.stringify(sweep)}`);
  }
}
