import { ThresherError } from '@thresher/sweep';

/**
 * Typed errors of the training library. Each has a stable `code`, its fields, an optional
 * `cause`, and `retryable`: whether running the same trial again could succeed.
 */
export abstract class TrainingError extends ThresherError {}

/** A trial parameter is missing, of the wrong type, or out of range. */
export class InvalidTrialParamsError extends TrainingError {
  override readonly name = 'InvalidTrialParamsError';
  readonly code = 'INVALID_TRIAL_PARAMS';
  readonly retryable = false;
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly reason: string,
  ) {
    super(`invalid trial parameter ${field}=${JSON.stringify(value)}: ${reason}`);
  }
}

/** Trials of one batch must share `batchCompatibilityKey`. */
export class IncompatibleBatchError extends TrainingError {
  override readonly name = 'IncompatibleBatchError';
  readonly code = 'INCOMPATIBLE_BATCH';
  readonly retryable = false;
  constructor(readonly keys: string[]) {
    super(`trials of one batch must share batchCompatibilityKey; got ${keys.join(' vs ')}`);
  }
}

/** The loss became non-finite or exceeded the divergence bound at a recorded step. */
export class TrainingDivergedError extends TrainingError {
  override readonly name = 'TrainingDivergedError';
  readonly code = 'TRAINING_DIVERGED';
  readonly retryable = false;
  constructor(
    readonly step: number,
    readonly loss: number,
  ) {
    super(`training diverged at step ${step}: train loss ${loss}`);
  }
}

/** Training was stopped through its AbortSignal. Retrying later may succeed. */
export class TrainingCancelledError extends TrainingError {
  override readonly name = 'TrainingCancelledError';
  readonly code = 'TRAINING_CANCELLED';
  readonly retryable = true;
  constructor(
    readonly step: number,
    options?: { cause?: unknown },
  ) {
    super(`training cancelled at step ${step}`, options);
  }
}

/**
 * The requested training engine cannot run here: the graph engine needs the native backend and
 * its committed SavedModels (libs/training/graphs) loading on this libtensorflow.
 */
export class EngineUnavailableError extends TrainingError {
  override readonly name = 'EngineUnavailableError';
  readonly code = 'ENGINE_UNAVAILABLE';
  readonly retryable = false;
  constructor(
    readonly engine: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`training engine '${engine}' is unavailable: ${reason}`, options);
  }
}

/** THRESHER_ENGINE (or TrainOptions.engine) is not one of auto, graph, eager. */
export class InvalidEngineRequestError extends TrainingError {
  override readonly name = 'InvalidEngineRequestError';
  readonly code = 'INVALID_ENGINE_REQUEST';
  readonly retryable = false;
  constructor(readonly value: string) {
    super(`unknown training engine ${JSON.stringify(value)}: expected auto, graph or eager`);
  }
}
