import type { SweepStatusView } from '@thresher/scheduler';
import type { WorkerRecord, WorkerThroughput } from '@thresher/store';

/** A sweep as `GET /api/sweeps` lists it (docs/dashboard.md). */
export interface SweepJson {
  name: string;
  status: 'active' | 'cancelled';
  counts: {
    done: number;
    running: number;
    pending: number;
    failed: number;
    cancelled: number;
    total: number;
  };
  /** Its grid is still being inserted in chunks: counts.total grows up to expected_trials. */
  inserting: boolean;
  expected_trials: number;
  /** Seconds left at the measured step rate (running trials' steps count); null while unknown. */
  eta_s: number | null;
  trials_per_second: number;
  trial_steps_per_second: number;
  steps_done: number;
  steps_total: number;
  created_at: string;
}

export function sweepJson(v: SweepStatusView): SweepJson {
  return {
    name: v.name,
    status: v.status,
    counts: {
      done: v.done,
      running: v.leased,
      pending: v.pending,
      failed: v.failed,
      cancelled: v.cancelled,
      total: v.total,
    },
    inserting: v.inserting,
    expected_trials: v.expectedTrials,
    eta_s: v.etaSeconds === undefined ? null : Math.round(v.etaSeconds * 10) / 10,
    trials_per_second: v.trialsPerSecond,
    trial_steps_per_second: v.trialStepsPerSecond,
    steps_done: v.stepsDone,
    steps_total: v.stepsTotal,
    created_at: v.createdAt.toISOString(),
  };
}

/**
 * The 202 answer of `GET /api/sweeps/NAME` while its first fit is computed (docs/dashboard.md):
 * the sweep's status, no groups yet.
 */
export interface SweepFittingJson extends SweepJson, FittingJson {}

/** The 202 answer of `GET /api/sweeps/NAME/plots` while its fit or plots are computed. */
export interface PlotsFittingJson extends FittingJson {
  name: string;
}

export interface FittingJson {
  fitting: true;
  /** How long the fit (for plots: the fit and their rendering) has been computing. */
  elapsed_ms: number;
  /** The Retry-After header's value: when to ask again. */
  retry_after_s: number;
}

export function fittingJson(elapsedMs: number, retryAfterS: number): FittingJson {
  return { fitting: true, elapsed_ms: Math.round(elapsedMs), retry_after_s: retryAfterS };
}

export interface WorkerJson {
  worker_id: string;
  host: string;
  state: string;
  cores: number;
  /** Trials it trains at once (its --concurrency). */
  slots: number;
  backend: string;
  version: string;
  /** Trials it holds leases on now (one per busy training slot and bundle member). */
  leased: number;
  completed: number;
  /** Measured over the last `window_s` seconds from its recorded results. */
  trials_per_minute: number;
  trial_steps_per_second: number;
  window_s: number;
  last_seen_s_ago: number;
  registered_at: string;
}

export function workerJson(
  w: WorkerRecord,
  speed: WorkerThroughput | undefined,
  now: Date,
  windowMs: number,
): WorkerJson {
  const window = windowMs / 1000;
  return {
    worker_id: w.workerId,
    host: w.host,
    state: w.state,
    cores: w.cores,
    slots: w.slots,
    backend: w.backend,
    version: w.version,
    leased: w.leased,
    completed: w.completed,
    trials_per_minute: ((speed?.trials ?? 0) * 60) / window,
    trial_steps_per_second: (speed?.steps ?? 0) / window,
    window_s: window,
    last_seen_s_ago: Math.max(0, Math.round((now.getTime() - w.lastSeenAt.getTime()) / 100) / 10),
    registered_at: w.registeredAt.toISOString(),
  };
}
