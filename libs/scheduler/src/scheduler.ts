import type {
  CompletionOutcome,
  InsertSweepResult,
  Lease,
  SearchRound,
  Store,
  SweepSummary,
  TrialCounts,
  WorkerRecord,
  SweepWalkOptions,
} from '@thresher/store';
import {
  SweepTooLargeError,
  expandSearchGroups,
  expandSweep,
  gridSize,
  isSearchSweep,
  searchRoundZero,
  searchRoundZeroTrials,
  searchSweepJson,
  trialId,
  validateSearchSweep,
  validateSweepSpec,
  type SweepSpec,
  type TrialParams,
  type CurvePoint,
  type TrialMetrics,
} from '@thresher/sweep';
import { randomBytes } from 'node:crypto';
import { WorkerCredentials, hashWorkerSecret, newWorkerSecret } from './worker-credentials';
import { UnknownSweepError } from '@thresher/store';
import { InvalidRequestError, TooManyWorkersError, UnknownWorkerError } from './errors';
import { activeSince, activeWorkerCount, fairShare } from './fair-share';
import { LeaseReaper } from './reaper';
import { LeaseGate } from './lease-gate';
import { BackgroundPace } from './background-pace';
import { SweepInserter } from './sweep-inserter';
import {
  bundleBounds,
  bundleSize,
  compileSchedulerOptions,
  heartbeatIntervalMs,
  type SchedulerOptions,
  type SlotProfile,
} from './scheduler-options';
import { ProgressMeter, computeThroughput, stepsProgressed, type Throughput } from './throughput';

const SHARE_TTL_MS = 1_000;

export interface SweepStatusView extends TrialCounts, Throughput {
  name: string;
  status: 'active' | 'cancelled';
  createdAt: Date;
  /** Steps trained so far: finished trials' and running trials' (from heartbeats). */
  stepsDone: number;
  /** Steps of finished trials only. */
  stepsFinished: number;
  stepsRunning: number;
  stepsTotal: number;
  /** Its grid is still being inserted: `total` grows up to `expectedTrials`. */
  inserting: boolean;
  expectedTrials: number;
}

/** What a submission stored (InsertSweepResult), and whether its insert goes on. */
export interface SubmitResult extends InsertSweepResult {
  name: string;
  /** The grid is inserted in chunks and was not complete when the call answered. */
  inserting: boolean;
}

export interface RegisterWorkerInput {
  host: string;
  cores: number;
  /** Trials the worker trains at once (default 1). */
  slots?: number;
  backend: string;
  version: string;
  name?: string;
}

/** Most workers one ListWorkers page holds. */
export const MAX_WORKERS_PAGE = 1_000;

export interface Registration {
  workerId: string;
  /** The worker's secret, returned once: its later calls prove their worker id with it. */
  secret: string;
  leaseMs: number;
  heartbeatIntervalMs: number;
  maxBundle: number;
}

export interface LeaseWorkResult {
  leases: Lease[];
  /** Set when nothing was leased: wait this long before asking again. */
  retryAfterMs: number;
  /** No bundle because the coordinator held it back (`LeaseGate`), not because none is left. */
  heldBack?: boolean;
}

export interface SchedulerHooks {
  now?: () => Date;
  onReaperError?: (error: unknown) => void;
  /**
   * Where the status aggregates are read (default: the store). They cost O(sweeps) (counts are
   * kept by the store), so the coordinator reads them on its own connection.
   */
  statusReads?: Pick<Store, 'listSweeps'>;
  /** A chunk of a large sweep's insert failed (retried when the error is retryable). */
  onInsertError?: (error: unknown, sweep: string) => void;
  /** A chunk of a large sweep was stored. */
  onInsertChunk?: () => void;
}

/**
 * The coordinator's policy over the Store: sweep submission (validate, expand, insert),
 * bundle sizing, lease duration, max attempts, the lease reaper, throughput and ETA.
 * Holds no state of its own beyond a cache of known worker ids: everything lives in
 * the database, so a restarted coordinator resumes where it stopped.
 */
export class Scheduler {
  readonly options: SchedulerOptions;
  private readonly reaper: LeaseReaper;
  private readonly knownWorkers = new Set<string>();
  /** Holds bundles back while the workers' calls make the event loop run late. */
  private readonly gate: LeaseGate;
  /** Background walks give way to working workers (`BackgroundPace`). */
  private readonly pace = new BackgroundPace();
  private readonly walk: SweepWalkOptions;
  /** LeaseWork calls answered with no bundle by the gate (`LeaseGate`). */
  deferredLeases = 0;
  private readonly credentials: WorkerCredentials;
  private readonly progress = new ProgressMeter();
  private readonly now: () => Date;
  /** Fair share of the queue per active worker, refreshed at most every `shareTtlMs`. */
  private share = { value: Number.POSITIVE_INFINITY, at: 0 };
  /** Grows with the cost of computing the share, so that it stays under ~5% of the time. */
  private shareTtlMs = SHARE_TTL_MS;
  private shareRefresh: Promise<void> | undefined;
  private readonly statusReads: Pick<Store, 'listSweeps'>;
  private readonly inserter: SweepInserter;
  private resumed: Promise<unknown> = Promise.resolve();

  constructor(
    readonly store: Store,
    options: Partial<SchedulerOptions> = {},
    hooks: SchedulerHooks = {},
  ) {
    this.options = compileSchedulerOptions(options);
    this.gate = new LeaseGate(this.options.leaseLagTargetMs);
    // On PostgreSQL a chunk mostly waits for the database with the loop free: no pause.
    this.walk = store.dialect === 'sqlite' ? { pace: (ms) => this.pace.after(ms) } : {};
    this.now = hooks.now ?? (() => new Date());
    this.statusReads = hooks.statusReads ?? store;
    this.credentials = new WorkerCredentials(store);
    this.reaper = new LeaseReaper(store, {
      intervalMs: this.options.reapIntervalMs,
      maxAttempts: this.options.maxAttempts,
      now: this.now,
      onError: hooks.onReaperError,
    });
    this.inserter = new SweepInserter(store, {
      onChunk: () => {
        // Refreshed soon, but leases keep the share they have meanwhile: a chunk every ~20 ms
        // must not make every lease wait for a recount.
        this.share = { value: this.share.value, at: Number.NEGATIVE_INFINITY };
        hooks.onInsertChunk?.();
      },
      onError: (error, job) => hooks.onInsertError?.(error, job.name),
      ...(this.walk.pace ? { pace: this.walk.pace } : {}),
    });
    this.resumeHook = hooks.onInsertError;
  }

  private readonly resumeHook: SchedulerHooks['onInsertError'];

  /**
   * Starts the reaper and resumes what a previous coordinator left unfinished: the inserts of
   * large sweeps, and cancellations walked only part of the way (a cancelled sweep with trials
   * still pending or running that no active sweep wants would otherwise stay in the queue).
   */
  start(): void {
    this.reaper.start();
    this.gate.start();
    this.resumed = Promise.all([this.inserter.resumeAll(), this.resumeCancels()]).catch(
      (error: unknown) => this.resumeHook?.(error, ''),
    );
  }

  private async resumeCancels(): Promise<void> {
    for (const s of await this.store.listSweeps()) {
      if (s.status === 'cancelled' && s.pending + s.leased > 0)
        await this.store.cancelSweep(s.name, this.walk);
    }
  }

  async stop(): Promise<void> {
    this.gate.stop();
    await this.reaper.stop();
    await this.resumed;
    await this.inserter.stop();
  }

  /** How late the event loop runs now (ms; 0 unless started with a lease lag target). */
  loopLagMs(): number {
    return this.gate.lagMs();
  }

  /** Settles when every insert resumed at start or begun since has ended (tests, tools). */
  async insertsSettled(): Promise<void> {
    await this.resumed;
    await this.inserter.settled();
  }

  /** Returns expired leases to the queue now (the reaper does it periodically). */
  reapExpired(): Promise<number> {
    return this.reaper.reapOnce();
  }

  // --- sweeps ---------------------------------------------------------------

  /** Validates (SweepValidationError naming the field), expands and stores a sweep. */
  async submitSweep(raw: unknown, source?: string): Promise<SubmitResult> {
    const maxTrials = this.options.maxTrialsPerSweep;
    if (isSearchSweep(raw))
      return { ...(await this.submitSearchSweep(raw, source)), inserting: false };
    const spec = validateSweepSpec(raw, source, { maxTrials });
    if (gridSize(spec) > this.options.chunkedInsertAbove) return this.submitChunked(spec);
    const result = await this.addSweepTrials(spec.name, spec, expandSweep(spec, { maxTrials }));
    return { ...result, name: spec.name, inserting: false };
  }

  /**
   * A large grid: the sweep is created at once and its trials inserted in chunks in the
   * background (SweepInserter); answers when the insert is complete or after submitWaitMs,
   * whichever comes first. A second submission of the same grid joins the running insert.
   */
  private async submitChunked(spec: SweepSpec): Promise<SubmitResult> {
    const total = gridSize(spec);
    if (total > this.options.maxTrialsPerSweep) {
      throw new SweepTooLargeError(total, this.options.maxTrialsPerSweep);
    }
    const progress = await this.store.beginSweepInsert({ name: spec.name, spec, total });
    const job = this.inserter.run(progress, spec);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      job.finished,
      new Promise<void>((resolve) => (timer = setTimeout(resolve, this.options.submitWaitMs))),
    ]);
    clearTimeout(timer);
    return {
      name: spec.name,
      sweepId: progress.sweepId,
      inserted: job.inserted,
      existing: job.existing,
      total,
      inserting: !job.done,
    };
  }

  /**
   * A searched sweep (SPEC section 5) stores its round 0 only; the coordinator's search driver
   * adds the later rounds as results come in. The stored spec keeps the search block.
   */
  private async submitSearchSweep(
    raw: unknown,
    source?: string,
  ): Promise<InsertSweepResult & { name: string }> {
    const maxTrials = this.options.maxTrialsPerSweep;
    const sweep = validateSearchSweep(raw, source);
    const groups = expandSearchGroups(sweep);
    const round0 = searchRoundZero(sweep.search);
    const size = groups.reduce((sum, g) => sum + g.seeds.length, 0) * round0.length;
    const budget = Math.min(maxTrials ?? Infinity, sweep.search.maxTrials ?? Infinity);
    if (size > budget) throw new SweepTooLargeError(size, budget, 'trials of round 0');
    const spec = searchSweepJson(sweep);
    return {
      ...(await this.addSweepTrials(sweep.spec.name, spec, searchRoundZeroTrials(sweep))),
      name: sweep.spec.name,
    };
  }

  /**
   * Stores a sweep's trials (all of a grid, or a search's round with the rounds it opens);
   * known trials are linked.
   */
  async addSweepTrials(
    name: string,
    spec: unknown,
    params: readonly TrialParams[],
    rounds?: SearchRound[],
  ): Promise<InsertSweepResult> {
    const trials = params.map((p) => ({ trialId: trialId(p), params: p }));
    const result = await this.store.insertSweep({
      name,
      spec,
      trials,
      ...(rounds ? { rounds } : {}),
    });
    this.invalidateShare();
    return result;
  }

  /**
   * Slots that would sit idle now: those of the active workers (activeWorkerCount's rule)
   * that hold no bundle, less the bundles already pending for them.
   */
  async freeSlots(): Promise<number> {
    const usage = await this.store.slotUsage(activeSince(this.now(), this.options.leaseMs));
    return Math.max(0, usage.slots - usage.busy - usage.pendingBundles);
  }

  async sweepStatus(name: string): Promise<SweepStatusView> {
    const [summary] = await this.statusReads.listSweeps(name);
    if (!summary) throw new UnknownSweepError(name);
    return this.view(summary);
  }

  async listSweeps(): Promise<SweepStatusView[]> {
    return (await this.statusReads.listSweeps()).map((s) => this.view(s));
  }

  async cancelSweep(name: string): Promise<number> {
    await this.requireSweep(name);
    return this.store.cancelSweep(name, this.walk);
  }

  async retrySweep(name: string): Promise<number> {
    await this.requireSweep(name);
    const requeued = await this.store.retryFailed(name, this.walk);
    this.invalidateShare();
    return requeued;
  }

  /** New work changes the share: the next lease waits for it to be computed again. */
  private invalidateShare(): void {
    this.share = { value: Number.POSITIVE_INFINITY, at: Number.NEGATIVE_INFINITY };
  }

  private async requireSweep(name: string): Promise<void> {
    if (!(await this.store.getSweep(name))) throw new UnknownSweepError(name);
  }

  private view(s: SweepSummary): SweepStatusView {
    const { stepsRunning, stepsOpen: _open, ...rest } = s;
    const now = this.now();
    const rate = this.progress.observe(s, now);
    return {
      ...rest,
      stepsDone: stepsProgressed(s),
      stepsFinished: s.stepsDone,
      stepsRunning,
      ...computeThroughput(s, rate),
    };
  }

  // --- workers --------------------------------------------------------------

  async registerWorker(input: RegisterWorkerInput): Promise<Registration> {
    const base =
      (input.name || input.host).replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 64) || 'worker';
    if ((await this.store.countWorkers(this.liveSince())) >= this.options.maxWorkers) {
      throw new TooManyWorkersError(this.options.maxWorkers);
    }
    const workerId = `${base}-${randomBytes(4).toString('hex')}`;
    const secret = newWorkerSecret();
    const secretHash = hashWorkerSecret(secret);
    await this.store.upsertWorker(
      {
        workerId,
        host: input.host,
        cores: input.cores,
        slots: input.slots,
        backend: input.backend,
        version: input.version,
        secretHash,
      },
      this.now(),
    );
    this.knownWorkers.add(workerId);
    this.credentials.remember(workerId, secretHash);
    return {
      workerId,
      secret,
      leaseMs: this.options.leaseMs,
      heartbeatIntervalMs: heartbeatIntervalMs(this.options.leaseMs),
      maxBundle: this.options.maxBundle,
    };
  }

  /** Live workers (seen within retireAfterMs) by id, a page at a time: after `after`. */
  listWorkers(page: { after?: string; limit?: number } = {}): Promise<WorkerRecord[]> {
    return this.store.listWorkers({
      seenSince: this.liveSince(),
      limit: Math.min(page.limit ?? MAX_WORKERS_PAGE, MAX_WORKERS_PAGE),
      ...(page.after ? { after: page.after } : {}),
    });
  }

  /** Workers seen at or after this time are live; the others are retired history. */
  private liveSince(): Date {
    return new Date(this.now().getTime() - this.options.retireAfterMs);
  }

  /** Unknown ids are looked up in the database once (a restarted coordinator has no cache). */
  /**
   * Throws unless `secret` is the one `workerId` registered with (UNKNOWN_WORKER for an id
   * without one, WORKER_UNAUTHENTICATED otherwise). The gRPC edge calls it before every
   * worker RPC; the methods below trust the id they are given.
   */
  verifyWorker(workerId: string, secret: string | undefined): Promise<void> {
    return this.credentials.verify(workerId, secret);
  }

  private async requireWorker(workerId: string): Promise<void> {
    if (this.knownWorkers.has(workerId)) return;
    if ((await this.store.workerSecretHash(workerId)) === undefined) {
      throw new UnknownWorkerError(workerId);
    }
    this.knownWorkers.add(workerId);
  }

  /**
   * One bundle for a slot: at most `capacity` trials (and the fair share), at most
   * bundleSeconds of work at the slot's measured speed, within its memory budget.
   */
  async leaseWork(
    workerId: string,
    capacity: number,
    slot: SlotProfile = {},
  ): Promise<LeaseWorkResult> {
    if (!Number.isInteger(capacity) || capacity < 0) {
      throw new InvalidRequestError('capacity', `must be an integer >= 0, got ${capacity}`);
    }
    await this.requireWorker(workerId);
    const deferMs = this.gate.deferMs();
    if (deferMs > 0) {
      this.deferredLeases++;
      // Workers held back are workers at work (the lag that holds them back is theirs): the
      // background walks keep giving way meanwhile.
      this.pace.noteWork();
      return { leases: [], retryAfterMs: deferMs, heldBack: true };
    }
    // Counted once served: held-back asks must not keep the gate closed by themselves.
    this.gate.noteCall();
    const max = Math.min(
      bundleSize(capacity, this.options.maxBundle),
      await this.currentFairShare(),
    );
    if (max === 0) return { leases: [], retryAfterMs: this.options.idleRetryMs };
    const leases = await this.store.leaseTrials({
      workerId,
      max,
      ...bundleBounds(slot, this.options),
      leaseMs: this.options.leaseMs,
      now: this.now(),
    });
    if (leases.length > 0) this.pace.noteWork();
    return { leases, retryAfterMs: leases.length > 0 ? 0 : this.options.idleRetryMs };
  }

  /** The fair share, computed from the database at most once per shareTtlMs (stale while refreshing). */
  private async currentFairShare(): Promise<number> {
    const stale = this.now().getTime() - this.share.at > this.shareTtlMs;
    if (stale && !this.shareRefresh) {
      this.shareRefresh = (async () => {
        const t0 = performance.now();
        const [sweeps, workers] = await Promise.all([
          this.statusReads.listSweeps(),
          this.store.listWorkers({ seenSince: this.liveSince() }),
        ]);
        this.shareTtlMs = Math.max(SHARE_TTL_MS, 20 * (performance.now() - t0));
        const now = this.now();
        this.share = {
          value: fairShare(sweeps, activeWorkerCount(workers, now, this.options.leaseMs)),
          at: now.getTime(),
        };
      })()
        .catch(() => undefined)
        .finally(() => {
          this.shareRefresh = undefined;
        });
    }
    // Unknown share (after start or a submission): wait, or the first caller takes a whole bundle.
    if (!Number.isFinite(this.share.value)) await this.shareRefresh;
    return this.share.value;
  }

  /** Extends leases, reports which to stop, and marks the worker seen (busy or idle). */
  async heartbeat(
    workerId: string,
    attemptIds: number[],
    progress: { attemptId: number; step: number }[] = [],
  ): Promise<{ extended: number[]; stop: number[] }> {
    await this.requireWorker(workerId);
    this.gate.noteCall();
    const now = this.now();
    await this.store.touchWorker(workerId, now, attemptIds.length > 0 ? 'busy' : 'idle');
    if (attemptIds.length === 0) return { extended: [], stop: [] };
    this.pace.noteWork();
    return this.store.heartbeat({
      workerId,
      attemptIds,
      leaseMs: this.options.leaseMs,
      now,
      progress,
    });
  }

  async completeTrial(input: {
    workerId: string;
    attemptId: number;
    metrics: TrialMetrics;
    curve: CurvePoint[];
    wallMs: number;
    backend: string;
    codeVersion?: string;
  }): Promise<CompletionOutcome> {
    await this.requireWorker(input.workerId);
    this.gate.noteCall();
    this.pace.noteWork();
    return this.store.completeAttempt({
      attemptId: input.attemptId,
      workerId: input.workerId,
      outcome: {
        metrics: input.metrics,
        curve: input.curve,
        wall_ms: input.wallMs,
        backend: input.backend,
      },
      now: this.now(),
      ...(input.codeVersion ? { codeVersion: input.codeVersion } : {}),
    });
  }

  /** Results of one bundle in one transaction; any invalid or foreign attempt refuses them all. */
  async completeTrials(
    workerId: string,
    items: {
      attemptId: number;
      metrics: TrialMetrics;
      curve: CurvePoint[];
      wallMs: number;
      backend: string;
      codeVersion?: string;
    }[],
  ): Promise<CompletionOutcome[]> {
    await this.requireWorker(workerId);
    this.gate.noteCall();
    this.pace.noteWork();
    const now = this.now();
    return this.store.completeAttempts(
      items.map((input) => ({
        attemptId: input.attemptId,
        workerId,
        outcome: {
          metrics: input.metrics,
          curve: input.curve,
          wall_ms: input.wallMs,
          backend: input.backend,
        },
        now,
        ...(input.codeVersion ? { codeVersion: input.codeVersion } : {}),
      })),
    );
  }

  async failTrial(input: {
    workerId: string;
    attemptId: number;
    error: string;
    retryable: boolean;
  }): Promise<'requeued' | 'failed' | 'ignored'> {
    await this.requireWorker(input.workerId);
    this.gate.noteCall();
    this.pace.noteWork();
    return this.store.failAttempt({
      ...input,
      error: input.error.slice(0, 4_000),
      now: this.now(),
      maxAttempts: this.options.maxAttempts,
    });
  }

  async drain(workerId: string): Promise<number> {
    await this.requireWorker(workerId);
    const released = await this.store.releaseWorker(workerId, this.now());
    await this.store.touchWorker(workerId, this.now(), 'drained');
    return released;
  }
}
