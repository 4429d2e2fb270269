/** The requested training backend cannot be used here (e.g. native TensorFlow missing). */
export class BackendUnavailableError extends Error {
  override readonly name = 'BackendUnavailableError';
  readonly retryable = false;
  constructor(
    readonly backend: string,
    readonly reason: string,
  ) {
    super(`backend ${backend} unavailable: ${reason}`);
  }
}

/** Bad command-line options. */
export class WorkerOptionsError extends Error {
  override readonly name = 'WorkerOptionsError';
  readonly retryable = false;
  constructor(
    readonly option: string,
    reason: string,
  ) {
    super(`${option}: ${reason}`);
  }
}
