import { trainBatch } from '@thresher/training';
import type { TrialParams } from '@thresher/sweep';
import {
  toFailure,
  type BundleResult,
  type BundleTrainer,
  type TrainRequest,
} from './bundle-trainer';

/** Trains in this process (the backend was selected once for the process). */
export class InlineTrainer implements BundleTrainer {
  constructor(readonly backend: string) {}

  async train(trials: TrialParams[], request: TrainRequest): Promise<BundleResult[]> {
    try {
      const results = await trainBatch(trials, {
        signal: request.signal,
        onProgress: request.onProgress,
      });
      return results.map((r) => (r.ok ? r : { ok: false, error: toFailure(r.error) }));
    } catch (err) {
      // Whole-bundle failures: cancelled, invalid parameters, incompatible batch.
      const failure = toFailure(err);
      return trials.map(() => ({ ok: false, error: failure }));
    }
  }

  async close(): Promise<void> {}
}
