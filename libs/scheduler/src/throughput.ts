import type { SweepSummary } from '@thresher/store';

export interface Throughput {
  trialsPerSecond: number;
  trialStepsPerSecond: number;
  /** Undefined while no rate is known; 0 when nothing is left to run. */
  etaSeconds: number | undefined;
}

const WINDOW_MS = 60_000;
/** Samples closer than this are not kept: a client polling fast cannot grow the list. */
const MIN_SAMPLE_GAP_MS = 250;

/** Steps a sweep has trained: its finished trials' and, from heartbeats, its running trials'. */
export function stepsProgressed(s: SweepSummary): number {
  return s.stepsDone + s.stepsRunning;
}

/**
 * The step rate of each sweep, measured from the progress seen at successive status reads
 * over the last minute. Running trials count, so the rate is known seconds after a sweep
 * starts, not after its first trial ends.
 */
export class ProgressMeter {
  private readonly samples = new Map<string, { at: number; steps: number }[]>();

  /** Records the sweep's progress now; returns its steps per second, if measurable yet. */
  observe(s: SweepSummary, now: Date): number | undefined {
    const at = now.getTime();
    const steps = stepsProgressed(s);
    let list = this.samples.get(s.name);
    // Progress can go back (an expired lease starts again): measure from there on.
    if (!list || (list.at(-1)?.steps ?? 0) > steps) list = [];
    const previous = list.at(-2);
    // Within the gap, the newest sample is replaced rather than another one added.
    if (previous && at - previous.at < MIN_SAMPLE_GAP_MS) list[list.length - 1] = { at, steps };
    else list.push({ at, steps });
    while (list.length > 2 && (list[1] as { at: number }).at <= at - WINDOW_MS) list.shift();
    this.samples.set(s.name, list);
    const first = list[0] as { at: number; steps: number };
    const elapsed = at - first.at;
    if (elapsed < 500) return undefined;
    return ((steps - first.steps) * 1000) / elapsed;
  }
}

/**
 * Rates over the last minute, and the time left for the steps of the pending and leased
 * trials at the measured step rate (`stepRate`, running trials included). Without a
 * measured rate yet, the rate of finished trials stands in.
 */
export function computeThroughput(s: SweepSummary, now: Date, stepRate?: number): Throughput {
  const age = now.getTime() - s.createdAt.getTime();
  const windowSeconds = Math.max(1, Math.min(WINDOW_MS, age)) / 1000;
  const trialsPerSecond = s.doneLastMinute / windowSeconds;
  const stepsPerDoneTrial = s.done > 0 ? s.stepsDone / s.done : 0;
  const trialStepsPerSecond = stepRate ?? trialsPerSecond * stepsPerDoneTrial;
  const remaining = s.pending + s.leased;
  const stepsLeft = Math.max(0, s.stepsOpen - s.stepsRunning);
  let etaSeconds: number | undefined;
  if (remaining === 0) etaSeconds = 0;
  else if (trialStepsPerSecond > 0) etaSeconds = stepsLeft / trialStepsPerSecond;
  return { trialsPerSecond, trialStepsPerSecond, etaSeconds };
}
