import type { CurvePoint, TrialParams } from '@thresher/sweep';
import type { BundleResult, TrialFailure } from './bundle-trainer';

/** Messages between the worker and a slot child process (advanced serialization: NaN survives). */
export type ToSlot =
  | { type: 'init'; backend: string }
  | { type: 'train'; id: number; trials: TrialParams[] }
  | { type: 'abort'; id: number };

export type FromSlot =
  | { type: 'ready'; backend: string }
  | { type: 'init-failed'; error: TrialFailure }
  | { type: 'progress'; id: number; index: number; point: CurvePoint }
  | { type: 'done'; id: number; results: BundleResult[] };
