import { ThresherError } from '@thresher/sweep';

/**
 * A training slot process could not get ready: its backend did not load there (the
 * training lib's BackendUnavailableError, in the child), or it exited before it was ready.
 */
export class SlotStartError extends ThresherError {
  override readonly name = 'SlotStartError';
  readonly code = 'WORKER_SLOT_START_FAILED';
  readonly retryable = false;
  constructor(
    readonly backend: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`training slot could not start backend ${backend}: ${reason}`, options);
  }
}

/** Bad command-line options. */
export class WorkerOptionsError extends ThresherError {
  override readonly name = 'WorkerOptionsError';
  readonly code = 'WORKER_INVALID_OPTIONS';
  readonly retryable = false;
  constructor(
    readonly option: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${option}: ${reason}`, options);
  }
}

export const WORKER_SLOT_CRASHED = 'WORKER_SLOT_CRASHED';

/**
 * A slot's training process died (killed by a signal, e.g. SIGKILL by the OOM killer, or
 * exited) while training a bundle. Retryable: the coordinator's attempt limit decides, and
 * the worker trains a retried attempt alone so that one poison trial fails by itself.
 */
export class SlotCrashedError extends ThresherError {
  override readonly name = 'SlotCrashedError';
  readonly code = WORKER_SLOT_CRASHED;
  readonly retryable = true;
  constructor(
    /** The signal that killed the process, or its exit code. */
    readonly exit: { signal: NodeJS.Signals | null; code: number | null },
  ) {
    super(
      exit.signal
        ? `training process killed by ${exit.signal}`
        : `training process exited with code ${exit.code}`,
    );
  }
}

/** Stable codes of the training errors the worker treats specially (set in libs/training). */
export const TRAINING_CANCELLED = 'TRAINING_CANCELLED';
