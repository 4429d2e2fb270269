import type { CurvePoint, TrialMetrics, TrialOutcome, TrialParams } from '@thresher/sweep';
import type { ReportTrial, ReportTrialsOptions } from './report-trials';

/** How a reported result was taken (Store.completeAttempt). */
export type CompletionOutcome = 'recorded' | 'duplicate' | 'late';

/**
 * The storage contract used by the scheduler, the CLI and the reports. One
 * implementation over Kysely serves SQLite and PostgreSQL alike.
 */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** Where the data lives (file path, or URL with the password hidden). */
  readonly location: string;
  /** Opened with `readonly: true`: every write method throws ReadOnlyStoreError. */
  readonly readonly: boolean;
  close(): Promise<void>;

  // --- sweeps -------------------------------------------------------------
  /** Idempotent: trials already known (by trial id) are linked, not inserted again. */
  insertSweep(input: NewSweep): Promise<InsertSweepResult>;
  /**
   * Starts (or joins, for the same spec) the chunked insert of a large grid: the sweep exists
   * at once and reads as `inserting` until insertSweepChunk has stored index total - 1.
   * SweepInsertBusyError when a different grid of the sweep is still being inserted.
   */
  beginSweepInsert(input: SweepInsert): Promise<SweepInsertProgress>;
  /** Stores one chunk of an insert in one short transaction (see sweep-insert-ops.ts). */
  insertSweepChunk(
    chunk: SweepInsertChunk,
  ): Promise<SweepInsertProgress & { inserted: number; existing: number }>;
  /** Inserts in progress, oldest first: what a restarted coordinator resumes. */
  pendingSweepInserts(): Promise<(SweepInsertProgress & { spec: unknown })[]>;
  getSweep(name: string): Promise<SweepRecord | undefined>;
  /** Every sweep, or only the one named. */
  listSweeps(name?: string): Promise<SweepSummary[]>;
  sweepCounts(name: string): Promise<TrialCounts>;
  /** Marks the sweep cancelled and its pending/leased trials cancelled; returns how many. */
  cancelSweep(name: string, walk?: SweepWalkOptions): Promise<number>;
  /** Puts failed (and cancelled) trials of a sweep back to pending; returns how many. */
  retryFailed(name: string, walk?: SweepWalkOptions): Promise<number>;

  // --- workers ------------------------------------------------------------
  upsertWorker(worker: WorkerInfo, now: Date): Promise<void>;
  /** The worker's secret hash; null when it has none, undefined when the id is unknown. */
  workerSecretHash(workerId: string): Promise<string | null | undefined>;
  touchWorker(workerId: string, now: Date, state?: string): Promise<void>;
  /**
   * Workers by id: those seen since `seenSince` (the live ones; older rows are retired
   * history), after the id `after`, at most `limit` (all when a field is left out).
   */
  listWorkers(query?: WorkerQuery): Promise<WorkerRecord[]>;
  /** How many workers were seen since then (the live ones). */
  countWorkers(seenSince: Date): Promise<number>;
  /**
   * Training slots of the workers seen since `since` (and not drained), how many of them hold
   * a bundle now, and how many bundles the pending trials make: what a new search round can
   * fill.
   */
  slotUsage(since: Date): Promise<SlotUsage>;

  /** The opened rounds of a searched sweep (NewSweep.rounds), by group key then round. */
  searchRounds(sweep: string): Promise<SearchRoundRecord[]>;

  // --- the work queue -----------------------------------------------------
  /**
   * Atomically leases up to `max` pending trials that share one batch-compatibility
   * key (`batchCompatibilityKey`): the heaviest pending trial (estimated flops, then submission
   * order) and those that fit its bundle; creates one attempt per trial.
   */
  leaseTrials(request: LeaseRequest): Promise<Lease[]>;
  /** Extends the leases still owned by the worker; reports which ones must stop. */
  heartbeat(request: HeartbeatRequest): Promise<HeartbeatResult>;
  /**
   * Records a result. Exactly one result per trial: a second report is a 'duplicate'. A
   * report for a trial already failed or cancelled (or from an attempt that reported its own
   * failure) is 'late': kept as the attempt's outcome, the trial unchanged.
   */
  completeAttempt(report: CompletionReport): Promise<CompletionOutcome>;
  /**
   * The same for many reports in one transaction (a worker's finished batch): much
   * faster per result. Outcomes in report order. All reports are validated first; one
   * invalid report, unknown attempt or foreign attempt rejects the whole call, nothing written.
   */
  completeAttempts(reports: readonly CompletionReport[]): Promise<CompletionOutcome[]>;
  /** Records a failure; requeues while attempts remain and the error is retryable. */
  failAttempt(report: FailureReport): Promise<'requeued' | 'failed' | 'ignored'>;
  /** Leases past their expiry go back to the queue (or fail after max attempts). */
  expireLeases(now: Date, maxAttempts: number): Promise<number>;
  /** Hands back every open lease of a worker (drain, shutdown). */
  releaseWorker(workerId: string, now: Date): Promise<number>;

  // --- reading ----------------------------------------------------------
  /** Rows of the `trial_results` view for one sweep (all sweeps when omitted). */
  trialResults(sweep?: string): Promise<TrialResultRow[]>;
  trialCurve(trialId: string): Promise<CurvePoint[]>;
  /** Every attempt of a trial, oldest first (errors of failed attempts included). */
  trialAttempts(trialId: string): Promise<AttemptRecord[]>;
  /** `trial_results` rows of one sweep in pages, for streaming exports of large sweeps. */
  iterateTrialResults(sweep: string, pageSize?: number): AsyncIterable<TrialResultRow>;
  /** `trial_curves` rows of one sweep's trials, ordered by trial id then step. */
  iterateCurves(sweep: string, pageSize?: number): AsyncIterable<TrialCurveRow>;
  /**
   * A live view of one sweep's threshold by aggregate SQL (no curves, no metric columns but
   * interp_ratio): per group and n, counts and interp_ratio moments; each done trial's ratio.
   * UnknownSweepError when there is no such sweep.
   */
  sweepThresholdData(sweep: string, options?: ThresholdDataOptions): Promise<SweepThresholdData>;
  /** Trials and trial-steps each worker completed since `since`, for its measured speed. */
  workerThroughput(since: Date): Promise<WorkerThroughput[]>;
  /**
   * Every trial of a sweep for a report, in keyset pages (constant memory), with its curve read
   * at the steps `stepsOf` asks for plus three SQL aggregates of the rest (report-trials.ts).
   */
  iterateReportTrials(sweep: string, options?: ReportTrialsOptions): AsyncIterable<ReportTrial>;
}

/** A parameter value as a group holds it (booleans as booleans). */
export type GroupParamValue = string | number | boolean;

/** How a walk over a sweep's trials (cancel, retry: a transaction per chunk) goes on. */
export interface SweepWalkOptions {
  /**
   * Resolves when the next chunk may start, after one that took `chunkMs` (the coordinator
   * gives way to its calls; without it, the next chunk starts after the event loop's turn).
   */
  pace?: (chunkMs: number) => Promise<void>;
}

/** One group's trials at one n: counts by status and the moments of their interp_ratio. */
export interface ThresholdNAggregate extends Omit<TrialCounts, 'total'> {
  n: number;
  /** Done trials whose training did not converge. */
  unconverged: number;
  /** Done trials with a defined interp_ratio, and the sum and sum of squares of it. */
  ratioCount: number;
  ratioSum: number;
  ratioSumSq: number;
}

export interface SweepThresholdData {
  sweep: string;
  /** Groups: trials sharing every parameter but n and seed; in no particular order. */
  groups: { params: Record<string, GroupParamValue>; byN: ThresholdNAggregate[] }[];
  /** interp_ratio of each done trial (`group`: index into `groups`). */
  points: { group: number; n: number; seed: number; y: number }[];
  /**
   * interp_ratio (`trial_curve_ratios`) of each done trial at the steps `curveSteps` chose, for
   * n*(t); present only when `curveSteps` was given.
   */
  curvePoints?: { group: number; n: number; seed: number; step: number; y: number }[];
  /**
   * 1 when `points` and `curvePoints` hold every done trial; k > 1 when they hold only those
   * whose seed is a multiple of k (ThresholdDataOptions.maxSeeds); absent without maxSeeds.
   */
  seedStride?: number;
}

export interface ThresholdDataOptions {
  /** The recorded steps to read interp_ratio(t) at, chosen from the groups (their parameters). */
  curveSteps?: (groups: SweepThresholdData['groups']) => readonly number[];
  /**
   * Read the per-trial points of about this many seeds per group and n at most: past it, only
   * the trials whose seed is a multiple of k = ceil(most trials at one n / maxSeeds) (the
   * aggregates still count every trial). Unset: every trial.
   */
  maxSeeds?: number;
}

export interface WorkerThroughput {
  workerId: string;
  trials: number;
  steps: number;
}

export interface TrialCurveRow extends CurvePoint {
  trial_id: string;
}

export interface AttemptRecord {
  attemptId: number;
  trialId: string;
  workerId: string;
  /** 1 for the first attempt. */
  attempt: number;
  startedAt: Date;
  expiresAt: Date;
  endedAt: Date | null;
  /** null while the lease is open. */
  outcome:
    | 'completed'
    | 'duplicate'
    | 'late'
    | 'failed'
    | 'expired'
    | 'released'
    | 'cancelled'
    | 'superseded'
    | null;
  error: string | null;
  retryable: boolean | null;
}

export interface NewSweep {
  name: string;
  /** The validated sweep file as JSON, kept for provenance. */
  spec: unknown;
  trials: { trialId: string; params: TrialParams }[];
  /**
   * Search rounds these trials open, recorded in the same transaction. A round already
   * recorded rejects the whole call (SearchRoundTakenError): each round is opened once.
   */
  rounds?: SearchRound[];
}

/** A round of a searched sweep's group, as the coordinator opened it. */
export interface SearchRound {
  /** The group's canonical parameters (libs/sweep SearchGroup.key). */
  groupKey: string;
  /** 1 for the first round after round 0. */
  round: number;
  /** n values it proposed (each trained on every seed of the group). */
  points: number;
  /** Free training slots it was sized to; null when its size did not depend on them. */
  freeSlots: number | null;
}

export interface SearchRoundRecord extends SearchRound {
  createdAt: Date;
}

export interface SlotUsage {
  /** Slots of the workers seen recently and not drained. */
  slots: number;
  /** Of those, slots holding a bundle (a worker's open leases grouped by lease time). */
  busy: number;
  /**
   * Bundles the pending trials make, one per batch key and n (a slot trains one at a time),
   * counted up to `slots`.
   */
  pendingBundles: number;
}

export interface InsertSweepResult {
  sweepId: number;
  inserted: number;
  existing: number;
  total: number;
}

export interface SweepInsert {
  name: string;
  /** The validated sweep whose grid is inserted; a resumed insert expands it again. */
  spec: unknown;
  /** Trials of the grid (indexes 0 .. total - 1). */
  total: number;
}

export interface SweepInsertChunk {
  sweepId: number;
  /** Grid index of trials[0]. */
  fromIndex: number;
  trials: { trialId: string; params: TrialParams }[];
}

export interface SweepInsertProgress {
  sweepId: number;
  name: string;
  /** The next grid index to store (where the insert is). */
  nextIndex: number;
  total: number;
  /** The insert is over (complete, or stopped by a cancellation). */
  done: boolean;
}

export interface SweepRecord {
  id: number;
  name: string;
  spec: unknown;
  status: 'active' | 'cancelled';
  createdAt: Date;
}

export interface TrialCounts {
  pending: number;
  leased: number;
  done: number;
  failed: number;
  cancelled: number;
  total: number;
}

export interface SweepSummary extends TrialCounts {
  name: string;
  status: 'active' | 'cancelled';
  createdAt: Date;
  /** Its grid is still being inserted: `total` grows up to `expectedTrials`. */
  inserting: boolean;
  /** Trials the sweep holds once its insert is complete (`total` when none is running). */
  expectedTrials: number;
  /** Sum of steps of finished trials and of all trials. */
  stepsDone: number;
  stepsTotal: number;
  /** Steps the running trials have reached (their open attempts' last reported progress). */
  stepsRunning: number;
  /** Sum of steps of the pending and leased trials (what is left, before progress). */
  stepsOpen: number;
}

export interface WorkerQuery {
  seenSince?: Date;
  after?: string;
  limit?: number;
}

export interface WorkerInfo {
  workerId: string;
  host: string;
  cores: number;
  /** Trials the worker trains at once (its --concurrency); 1 when not given. */
  slots?: number;
  backend: string;
  version: string;
  /** SHA-256 (hex) of the secret the worker proves its id with (never the secret itself). */
  secretHash?: string;
}

export interface WorkerRecord extends Omit<WorkerInfo, 'secretHash'> {
  slots: number;
  state: string;
  registeredAt: Date;
  lastSeenAt: Date;
  leased: number;
  completed: number;
}

export interface LeaseRequest {
  workerId: string;
  /** Most trials in the bundle. */
  max: number;
  /** Most flops of the bundle, padding included (default: no bound). */
  maxFlops?: number;
  /** Most bytes the bundle needs while training (default: no bound). */
  maxBytes?: number;
  /** Most padded work per useful work (default: no bound; the scheduler asks for 1.15). */
  maxPadding?: number;
  leaseMs: number;
  now: Date;
}

export interface Lease {
  attemptId: number;
  trialId: string;
  params: TrialParams;
  /** 1 for the first attempt. */
  attempt: number;
  expiresAt: Date;
}

export interface HeartbeatRequest {
  workerId: string;
  attemptIds: number[];
  leaseMs: number;
  now: Date;
  /** Curve points reported so far, per attempt (optional, for live progress). */
  progress?: { attemptId: number; step: number }[];
}

export interface HeartbeatResult {
  /** Leases extended. */
  extended: number[];
  /** Attempts the worker must stop: expired, lost to another worker, or cancelled. */
  stop: number[];
}

export interface CompletionReport {
  attemptId: number;
  workerId: string;
  outcome: TrialOutcome;
  now: Date;
  /** Provenance: the version of the code that trained the trial (git hash, package version). */
  codeVersion?: string;
}

export interface FailureReport {
  attemptId: number;
  workerId: string;
  error: string;
  retryable: boolean;
  now: Date;
  maxAttempts: number;
}

/**
 * One row of the `trial_results` view. `bias` and `converged` are booleans here; in SQL
 * they are integers 0/1 on both dialects. Metrics are null until the trial is done.
 */
export interface TrialResultRow
  extends TrialParams, Partial<Record<keyof TrialMetrics, number | boolean | null>> {
  sweep: string;
  trial_id: string;
  status: 'pending' | 'leased' | 'done' | 'failed' | 'cancelled';
  attempts: number;
  error: string | null;
  wall_ms: number | null;
  backend: string | null;
  worker: string | null;
  code_version?: string | null;
}
