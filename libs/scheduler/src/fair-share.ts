import type { SweepSummary, WorkerRecord } from '@thresher/store';

/** Workers seen since this time (and not drained) count as active. */
export function activeSince(now: Date, leaseMs: number): Date {
  return new Date(now.getTime() - Math.max(2 * leaseMs, 10_000));
}

export function activeWorkerCount(workers: WorkerRecord[], now: Date, leaseMs: number): number {
  const since = activeSince(now, leaseMs).getTime();
  return workers.filter((w) => w.state !== 'drained' && w.lastSeenAt.getTime() >= since).length;
}

/**
 * Most trials one lease may take so that the pending work spreads over the active
 * workers: with 100 pending trials and 4 workers, bundles of at most 25 (never < 1).
 * Big queues are capped by maxBundle anyway; this matters for the tail of a sweep.
 */
export function fairShare(sweeps: SweepSummary[], activeWorkers: number): number {
  const pending = sweeps
    .filter((s) => s.status === 'active')
    .reduce((sum, s) => sum + s.pending, 0);
  return Math.max(1, Math.ceil(pending / Math.max(1, activeWorkers)));
}
