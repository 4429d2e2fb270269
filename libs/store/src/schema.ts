import type { Generated } from 'kysely';
import type { ParamName, TrialParams } from '@thresher/sweep';

/**
 * Table shapes as Kysely sees them. Times are epoch milliseconds (integers) on both
 * dialects so that comparisons and arithmetic are the same SQL everywhere; booleans
 * (`bias`, `converged`, `retryable`) are integers 0/1 on both dialects for the same
 * reason (`WHERE bias = 1` works in SQLite and PostgreSQL alike).
 */
export interface SweepsTable {
  id: Generated<number>;
  name: string;
  spec: string;
  status: 'active' | 'cancelled';
  created_at: number;
}

/**
 * One column per trial parameter, derived from the parameter table of libs/sweep: booleans
 * are stored as 0/1 integers, enums as their text.
 */
export type ParamColumns = {
  [K in ParamName]: TrialParams[K] extends boolean ? number : TrialParams[K];
};

export interface TrialsTable extends ParamColumns {
  trial_id: string;
  /** 48 bits of the hash of the trial's batch key (libs/sweep batchKeyHash): the queue's group. */
  batch: number;
  /** Estimated flops of the whole trial (libs/sweep trialFlops): the queue leases heaviest first. */
  cost: number;
  status: TrialStatus;
  attempts: number;
  last_error: string | null;
  current_attempt_id: number | null;
  /** Submission order: among trials of equal cost, earlier ones are leased first. */
  seq: number;
  created_at: number;
  updated_at: number;
}

/** A large sweep's insert in progress: grid indexes [next_index, total) are still to come. */
export interface SweepInsertsTable {
  sweep_id: number;
  /** The validated sweep whose grid is being inserted (JSON). */
  spec: string;
  next_index: number;
  total: number;
  started_at: number;
}

/** Trials and summed steps of a sweep in one status (a stripe of them), kept by triggers (0011). */
export interface SweepCountsTable {
  sweep_id: number;
  status: TrialStatus;
  /** PostgreSQL: the adding connection's stripe (backend pid mod 16); SQLite: always 0. */
  shard: number;
  trials: number;
  steps: number;
}

/**
 * Per sweep and (group, n): trials by status, the done trials' unconverged count and
 * interp_ratio moments, kept by triggers (0012). The key is every parameter but seed (the
 * `ParamColumns` without it) and the stripe `shard` (PostgreSQL: backend pid mod 16).
 */
export type SweepCellsTable = Omit<ParamColumns, 'seed'> & {
  sweep_id: number;
  shard: number;
  unconverged: number;
  ratio_count: number;
  ratio_sum: number;
  ratio_sum_sq: number;
} & Record<TrialStatus, number>;

/** A trial's statuses, in queue order (the CHECK of `trials.status`). */
export const TRIAL_STATUSES = ['pending', 'leased', 'done', 'failed', 'cancelled'] as const;
export type TrialStatus = (typeof TRIAL_STATUSES)[number];

export interface SweepTrialsTable {
  sweep_id: number;
  trial_id: string;
  position: number;
}

/** 'late': a result reported after its trial was failed or cancelled (not recorded). */
export type AttemptOutcome =
  | 'completed'
  | 'duplicate'
  | 'late'
  | 'failed'
  | 'expired'
  | 'released'
  | 'cancelled'
  | 'superseded';

export interface AttemptsTable {
  attempt_id: Generated<number>;
  trial_id: string;
  worker_id: string;
  attempt: number;
  started_at: number;
  expires_at: number;
  heartbeat_at: number | null;
  progress_step: number | null;
  ended_at: number | null;
  /** NULL while the lease is open. */
  outcome: AttemptOutcome | null;
  error: string | null;
  retryable: number | null;
}

export interface ResultsTable {
  trial_id: string;
  attempt_id: number;
  train_loss: number;
  test_loss: number;
  excess_risk: number;
  ols_train_loss: number;
  ols_test_loss: number;
  ols_excess_risk: number;
  /** NULL when undefined: the OLS loss it divides by is zero (OLS interpolates). */
  interp_ratio: number | null;
  test_ratio: number | null;
  aligned_fraction: number;
  converged: number;
  wall_ms: number;
  backend: string;
  worker_id: string;
  code_version: string | null;
  recorded_at: number;
}

export interface CurvesTable {
  trial_id: string;
  step: number;
  train_loss: number;
  test_loss: number;
  /** NULL in points recorded before 0010 (or by a worker that does not measure it per step). */
  aligned_fraction: number | null;
}

/** The `trial_curve_ratios` view: interp_ratio at every recorded step of a done trial. */
export interface CurveRatiosView {
  trial_id: string;
  step: number;
  train_loss: number;
  ols_train_loss: number;
  interp_ratio: number | null;
  aligned_fraction: number | null;
}

/** One opened round of a searched sweep's group: how many n it proposed, and why that many. */
export interface SearchRoundsTable {
  sweep_id: number;
  /** The group's canonical parameters (libs/sweep SearchGroup.key). */
  group_key: string;
  round: number;
  points: number;
  free_slots: number | null;
  created_at: number;
}

export interface WorkersTable {
  worker_id: string;
  host: string;
  cores: number;
  slots: Generated<number>;
  backend: string;
  version: string;
  state: string;
  registered_at: number;
  last_seen_at: number;
  /** SHA-256 (hex) of the worker's secret; NULL for workers registered before 0009. */
  secret_hash: string | null;
}

/** The `trial_results` view (README.md, "Results in SQL"), in column order. */
export interface TrialResultsView extends ParamColumns {
  sweep: string;
  trial_id: string;
  status: TrialStatus;
  train_loss: number | null;
  test_loss: number | null;
  excess_risk: number | null;
  ols_train_loss: number | null;
  ols_test_loss: number | null;
  ols_excess_risk: number | null;
  interp_ratio: number | null;
  test_ratio: number | null;
  aligned_fraction: number | null;
  converged: number | null;
  attempts: number;
  error: string | null;
  wall_ms: number | null;
  backend: string | null;
  worker: string | null;
  code_version: string | null;
}

export interface Database {
  trial_results: TrialResultsView;
  trial_curves: CurvesTable;
  trial_curve_ratios: CurveRatiosView;
  sweeps: SweepsTable;
  trials: TrialsTable;
  sweep_trials: SweepTrialsTable;
  sweep_inserts: SweepInsertsTable;
  sweep_counts: SweepCountsTable;
  sweep_cells: SweepCellsTable;
  attempts: AttemptsTable;
  results: ResultsTable;
  curves: CurvesTable;
  workers: WorkersTable;
  search_rounds: SearchRoundsTable;
}
