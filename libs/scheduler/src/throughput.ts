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

/** Rates measured from successive status reads (per second). */
export interface MeasuredRates {
  steps: number;
  trials: number;
}

/**
 * The step and trial rates of each sweep, measured from the progress seen at successive status
 * reads over the last minute. Running trials count, so the step rate is known seconds after a
 * sweep starts, not after its first trial ends. Measured here rather than counted in the
 * database: a count of the last minute's results grows with the rate (90 000 rows at 1 500
 * trials/s), the counts read here do not.
 */
export class ProgressMeter {
  private readonly samples = new Map<string, { at: number; steps: number; done: number }[]>();

  /** Records the sweep's progress now; returns its rates, if measurable yet. */
  observe(s: SweepSummary, now: Date): MeasuredRates | undefined {
    const at = now.getTime();
    const steps = stepsProgressed(s);
    const sample = { at, steps, done: s.done };
    let list = this.samples.get(s.name);
    // Progress can go back (an expired lease starts again, a retry): measure from there on.
    const last = list?.at(-1);
    if (!list || !last || last.steps > steps || last.done > s.done) list = [];
    const previous = list.at(-2);
    // Within the gap, the newest sample is replaced rather than another one added.
    if (previous && at - previous.at < MIN_SAMPLE_GAP_MS) list[list.length - 1] = sample;
    else list.push(sample);
    while (list.length > 2 && (list[1] as { at: number }).at <= at - WINDOW_MS) list.shift();
    this.samples.set(s.name, list);
    const first = list[0] as { at: number; steps: number; done: number };
    const elapsed = at - first.at;
    if (elapsed < 500) return undefined;
    return {
      steps: ((steps - first.steps) * 1000) / elapsed,
      trials: ((s.done - first.done) * 1000) / elapsed,
    };
  }
}

/**
 * Rates over the last minute, and the time left for the steps of the pending and leased
 * trials at the measured step rate (running trials included). Undefined rates (no second
 * reading yet) read as 0, and the ETA as unknown.
 */
export function computeThroughput(s: SweepSummary, rates?: MeasuredRates): Throughput {
  const trialsPerSecond = rates?.trials ?? 0;
  const trialStepsPerSecond = rates?.steps ?? 0;
  const remaining = s.pending + s.leased;
  const stepsLeft = Math.max(0, s.stepsOpen - s.stepsRunning);
  let etaSeconds: number | undefined;
  if (remaining === 0 && !s.inserting) etaSeconds = 0;
  else if (trialStepsPerSecond > 0 && !s.inserting) etaSeconds = stepsLeft / trialStepsPerSecond;
  return { trialsPerSecond, trialStepsPerSecond, etaSeconds };
}
