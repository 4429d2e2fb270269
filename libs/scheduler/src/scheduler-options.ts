import { DEFAULT_MAX_PADDING } from '@thresher/sweep';

/** Lease policy of the coordinator. */
export interface SchedulerOptions {
  /** How long a lease lasts without a heartbeat. */
  leaseMs: number;
  /** Attempts per trial before it is marked failed (expired leases count). */
  maxAttempts: number;
  /** Most trials in one bundle (one vectorized training run on a worker). */
  maxBundle: number;
  /** How often expired leases are put back in the queue. */
  reapIntervalMs: number;
  /** What a worker is told to wait when the queue is empty. */
  idleRetryMs: number;
  /** Largest sweep accepted in one submission. */
  maxTrialsPerSweep: number;
  /** Target duration of one bundle at the slot's measured speed (seconds). */
  bundleSeconds: number;
  /** Speed assumed for a slot that has not measured its own yet (flops per second). */
  defaultSlotFlops: number;
  /** Memory budget of a slot that did not send its own (bytes). */
  defaultSlotBytes: number;
  /** Most padded work per useful work in one bundle. */
  maxPadding: number;
  /**
   * A worker unseen (no call) for this long is retired: kept in the database as history,
   * no longer listed or counted as live. Workers heartbeat every leaseMs / 3, busy or idle.
   */
  retireAfterMs: number;
  /** Most live workers; a registration beyond it is refused (TOO_MANY_WORKERS). */
  maxWorkers: number;
  /**
   * Grids larger than this are inserted in chunks in the background (SweepInserter); smaller
   * ones in one transaction, before SubmitSweep answers.
   */
  chunkedInsertAbove: number;
  /** How long SubmitSweep waits for a chunked insert before answering that it goes on. */
  submitWaitMs: number;
  /**
   * Most lateness of the event loop (ms, `LoopLag`) before LeaseWork holds new bundles back
   * (answers none, with a retry_after_ms); 0 turns it off. See `leaseDeferralMs`.
   */
  leaseLagTargetMs: number;
}

export const SCHEDULER_DEFAULTS: SchedulerOptions = {
  leaseMs: 30_000,
  maxAttempts: 3,
  maxBundle: 64,
  reapIntervalMs: 1_000,
  idleRetryMs: 500,
  maxTrialsPerSweep: 1_000_000,
  bundleSeconds: 60,
  defaultSlotFlops: 2e9,
  defaultSlotBytes: 2 ** 30,
  maxPadding: DEFAULT_MAX_PADDING,
  retireAfterMs: 3_600_000,
  maxWorkers: 10_000,
  // About 0.2 s of one transaction on SQLite (measured: 29 us a trial on AMD EPYC).
  chunkedInsertAbove: 5_000,
  submitWaitMs: 1_000,
  // Under one SQLite CompleteTrials of 64 trials (~15-20 ms of the loop on AMD EPYC): the
  // backlog stays about one such call deep. Scale bench, 10^5 trials, 16 workers: 10 against 25
  // gave worst p99 150-265 against 240-320 ms (loaded machine); against off, 117-196 against
  // 144-296 ms for 4 028 against 5 066 trials/s (quiet).
  leaseLagTargetMs: 10,
};

/** Fills defaults and checks ranges; the reaper runs often enough for short leases. */
export function compileSchedulerOptions(partial: Partial<SchedulerOptions> = {}): SchedulerOptions {
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
  const o: SchedulerOptions = { ...SCHEDULER_DEFAULTS, ...defined };
  const check = (name: keyof SchedulerOptions, min: number) => {
    const v = o[name];
    if (!Number.isInteger(v) || v < min)
      throw new RangeError(`${name} must be an integer >= ${min}, got ${v}`);
  };
  check('leaseMs', 100);
  check('maxAttempts', 1);
  check('maxBundle', 1);
  check('idleRetryMs', 10);
  check('maxTrialsPerSweep', 1);
  check('maxWorkers', 1);
  check('chunkedInsertAbove', 1);
  check('submitWaitMs', 0);
  check('leaseLagTargetMs', 0);
  // Longer than a few heartbeats, so that a live worker is never retired.
  check('retireAfterMs', Math.max(1_000, o.leaseMs));
  if (partial.reapIntervalMs === undefined)
    o.reapIntervalMs = Math.max(50, Math.min(1_000, Math.floor(o.leaseMs / 4)));
  check('reapIntervalMs', 10);
  const positive = (name: keyof SchedulerOptions, min: number) => {
    const v = o[name];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min)
      throw new RangeError(`${name} must be a number >= ${min}, got ${v}`);
  };
  positive('bundleSeconds', 0.1);
  positive('defaultSlotFlops', 1);
  positive('defaultSlotBytes', 1);
  positive('maxPadding', 1);
  return o;
}

/** Workers heartbeat three times per lease, so one lost heartbeat never loses the lease. */
export function heartbeatIntervalMs(leaseMs: number): number {
  return Math.max(50, Math.floor(leaseMs / 3));
}

/** Trials handed out for a worker's free capacity: at least 0, at most maxBundle. */
export function bundleSize(capacity: number, maxBundle: number): number {
  if (!Number.isFinite(capacity) || capacity <= 0) return 0;
  return Math.min(Math.floor(capacity), maxBundle);
}

/** What a worker slot says of itself when it asks for work (0 or absent: unknown). */
export interface SlotProfile {
  /** Measured speed of the slot, flops per second. */
  flopsPerSecond?: number;
  /** Memory the slot may use for one bundle, bytes. */
  memoryBytes?: number;
}

/** The flops and bytes one bundle may take on a slot: its speed times the target duration. */
export function bundleBounds(
  slot: SlotProfile,
  options: Pick<
    SchedulerOptions,
    'bundleSeconds' | 'defaultSlotFlops' | 'defaultSlotBytes' | 'maxPadding'
  >,
): { maxFlops: number; maxBytes: number; maxPadding: number } {
  const known = (v: number | undefined) =>
    typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined;
  return {
    maxFlops: (known(slot.flopsPerSecond) ?? options.defaultSlotFlops) * options.bundleSeconds,
    maxBytes: known(slot.memoryBytes) ?? options.defaultSlotBytes,
    maxPadding: options.maxPadding,
  };
}
