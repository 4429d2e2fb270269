import {
  findThresherError,
  type CurvePoint,
  type TrialOutcome,
  type TrialParams,
} from '@thresher/sweep';

/**
 * A trial's failure in plain data (it crosses process boundaries). Classify it by `code`
 * (the ThresherError code, e.g. 'TRAINING_CANCELLED'); `name` and `message` are for people.
 */
export interface TrialFailure {
  /** The stable code of the error, when it was a ThresherError. */
  code: string | undefined;
  name: string;
  message: string;
  retryable: boolean;
}

export type BundleResult = { ok: true; outcome: TrialOutcome } | { ok: false; error: TrialFailure };

export interface TrainRequest {
  signal: AbortSignal;
  onProgress: (trialIndex: number, point: CurvePoint) => void;
}

/** Trains one bundle of batch-compatible trials at a time (one worker slot). */
export interface BundleTrainer {
  /** The backend actually in use (tensorflow, wasm, cpu). */
  readonly backend: string;
  train(trials: TrialParams[], request: TrainRequest): Promise<BundleResult[]>;
  close(): Promise<void>;
}

/** Plain-data form of any thrown value; unknown errors are retryable (maybe transient). */
export function toFailure(err: unknown): TrialFailure {
  const typed = findThresherError(err);
  const e = err as { name?: unknown; message?: unknown; retryable?: unknown } | undefined;
  return {
    code: typed?.code,
    name: typeof e?.name === 'string' ? e.name : 'Error',
    message: typeof e?.message === 'string' ? e.message : String(err),
    retryable: typed ? typed.retryable : typeof e?.retryable === 'boolean' ? e.retryable : true,
  };
}
