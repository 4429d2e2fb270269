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
}

export const SCHEDULER_DEFAULTS: SchedulerOptions = {
  leaseMs: 30_000,
  maxAttempts: 3,
  maxBundle: 64,
  reapIntervalMs: 1_000,
  idleRetryMs: 500,
  maxTrialsPerSweep: 1_000_000,
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
  if (partial.reapIntervalMs === undefined)
    o.reapIntervalMs = Math.max(50, Math.min(1_000, Math.floor(o.leaseMs / 4)));
  check('reapIntervalMs', 10);
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
