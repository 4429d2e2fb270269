import type { SweepSummary } from '@thresher/store';

export interface Throughput {
  trialsPerSecond: number;
  trialStepsPerSecond: number;
  /** Undefined while no rate is known; 0 when nothing is left to run. */
  etaSeconds: number | undefined;
}

const WINDOW_MS = 60_000;

/**
 * Rates over the last minute (or since the sweep was created, when younger), and the
 * time left for the pending and leased trials at that rate.
 */
export function computeThroughput(s: SweepSummary, now: Date): Throughput {
  const age = now.getTime() - s.createdAt.getTime();
  const windowSeconds = Math.max(1, Math.min(WINDOW_MS, age)) / 1000;
  const trialsPerSecond = s.doneLastMinute / windowSeconds;
  const stepsPerDoneTrial = s.done > 0 ? s.stepsDone / s.done : 0;
  const trialStepsPerSecond = trialsPerSecond * stepsPerDoneTrial;
  const remaining = s.pending + s.leased;
  let etaSeconds: number | undefined;
  if (remaining === 0) etaSeconds = 0;
  else if (trialStepsPerSecond > 0) {
    const stepsPerTrial = s.total > 0 ? s.stepsTotal / s.total : stepsPerDoneTrial;
    etaSeconds = (remaining * stepsPerTrial) / trialStepsPerSecond;
  }
  return { trialsPerSecond, trialStepsPerSecond, etaSeconds };
}
