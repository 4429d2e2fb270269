import { status } from '@grpc/grpc-js';
import {
  CoordinatorRpcError,
  curveToProto,
  metricsToProto,
  paramsFromProto,
  pb,
  type CoordinatorClient,
  type thresher,
} from '@thresher/proto';
import { bundleFlops, type TrialOutcome, type TrialParams } from '@thresher/sweep';
import { Backoff, sleep } from './backoff';
import { chunkByBytes } from './chunk-by-bytes';
import { LatencyRecorder } from './latency-recorder';
import { SlotSpeed } from './slot-speed';
import { toFailure, type BundleResult, type BundleTrainer } from './bundle-trainer';
import { TRAINING_CANCELLED, WORKER_SLOT_CRASHED as SLOT_CRASHED } from './errors';
import type { WorkerConfig } from './worker-options';
import { WorkerStateMachine } from './worker-state';

/** The calls a worker makes to the coordinator (the typed gRPC client, or a fake in tests). */
export type WorkerCoordinatorClient = Pick<
  CoordinatorClient,
  | 'registerWorker'
  | 'leaseWork'
  | 'heartbeat'
  | 'completeTrial'
  | 'completeTrials'
  | 'failTrial'
  | 'drain'
>;

const {
  COMPLETION_STATUS_RECORDED: RECORDED,
  COMPLETION_STATUS_DUPLICATE: DUPLICATE,
  COMPLETION_STATUS_LATE: LATE,
} = pb.CompletionStatus;

interface ActiveAttempt {
  attemptId: number;
  /**
   * The worker id the attempt was leased under: its results and failures are reported with
   * it, even after this worker registered again (elsewhere), since the lease is that id's.
   */
  workerId: string;
  trialId: string;
  params: TrialParams;
  bundle: ActiveBundle;
  /** Latest curve point, sent with the next heartbeat. */
  progress?: { step: number; trainLoss: number };
  /** The coordinator said stop (cancelled sweep, lease lost): never report it. */
  stopped: boolean;
}

interface ActiveBundle {
  controller: AbortController;
  attempts: ActiveAttempt[];
  /** Aborted to hand the work back (drain grace elapsed): report nothing. */
  handedBack: boolean;
}

type Registration = {
  workerId: string;
  leaseMs: number;
  heartbeatIntervalMs: number;
  maxBundle: number;
};

/** The gRPC status of a failed coordinator call, if it was one. */
const codeOf = (err: unknown): number | undefined =>
  err instanceof CoordinatorRpcError ? err.status : undefined;
const isRetryable = (err: unknown) => (err instanceof CoordinatorRpcError ? err.retryable : false);

/**
 * A worker: registers, runs one lease-train-report loop per slot, heartbeats its leases
 * (carrying curve progress, stopping what the coordinator cancels), retries results until
 * acknowledged, and on SIGTERM drains: finishes (or after a grace period hands back)
 * its work, calls Drain and stops.
 */
export class Worker {
  readonly state = new WorkerStateMachine();
  private registration: Registration | undefined;
  private readonly attempts = new Map<number, ActiveAttempt>();
  private readonly bundles = new Set<ActiveBundle>();
  private readonly reports = new Set<Promise<void>>();
  /** Aborted when draining starts: wakes every sleep. */
  private readonly wake = new AbortController();
  /** Set when the drain grace period is over: report loops stop retrying. */
  private givingUp = false;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private heartbeatInFlight = false;
  private heartbeatFailing = false;
  /** Since when the queue has been empty with nothing running here (--exit-when-idle). */
  private idleSince: number | undefined;
  readonly stats = { completed: 0, failed: 0, duplicates: 0, lost: 0, late: 0, bundles: 0 };
  /** Round-trip times of successful LeaseWork calls (ms), for the stop summary. */
  private readonly leaseLatencies = new LatencyRecorder();

  constructor(
    private readonly config: WorkerConfig,
    private readonly client: WorkerCoordinatorClient,
    private readonly trainers: BundleTrainer[],
    private readonly log: (line: string) => void,
  ) {}

  /**
   * The secret of each worker id this worker registered as (RegisterWorker shows it once):
   * a lease is reported under the id it was leased with, so older ids keep their secrets.
   */
  private readonly secrets = new Map<string, string>();

  private secretOf(workerId: string | undefined): string {
    return (workerId && this.secrets.get(workerId)) || '';
  }

  get workerId(): string | undefined {
    return this.registration?.workerId;
  }

  /** Runs until drained (or the queue is empty with --once). Resolves with the exit code. */
  async run(): Promise<number> {
    try {
      await this.register();
    } catch (err) {
      this.log(
        `cannot register with ${this.config.coordinators.join(',')}: ${(err as Error).message}`,
      );
      this.state.to('failed', (err as Error).message);
      return 1;
    }
    if (!this.state.can('running')) return this.finish();
    this.state.to('running');
    this.startHeartbeats();
    await Promise.all(this.trainers.map((trainer) => this.slotLoop(trainer)));
    return this.finish();
  }

  /** SIGTERM: stop leasing, finish current bundles; after graceMs hand them back. */
  drain(reason: string, graceMs = this.config.drainGraceMs): void {
    if (this.state.can('draining')) {
      this.state.to('draining', reason);
      this.log(
        `draining (${reason}): finishing ${this.bundles.size} bundle(s), grace ${graceMs} ms`,
      );
      this.wake.abort();
      setTimeout(() => this.handBack(), graceMs).unref();
    } else if (this.state.state === 'draining') {
      this.handBack(); // a second signal: hand back at once
    }
  }

  private handBack(): void {
    if (this.givingUp) return;
    this.givingUp = true;
    for (const bundle of this.bundles) {
      bundle.handedBack = true;
      bundle.controller.abort();
    }
  }

  private async finish(): Promise<number> {
    await Promise.all(this.reports);
    this.stopHeartbeats();
    if (this.registration) {
      try {
        const r = await this.client.drain(
          {
            workerId: this.registration.workerId,
            workerSecret: this.secretOf(this.registration.workerId),
          },
          { deadlineMs: Math.min(5_000, this.config.callDeadlineMs) },
        );
        if (r.released > 0) this.log(`handed back ${r.released} lease(s)`);
      } catch (err) {
        this.log(`drain call failed (leases will expire on their own): ${(err as Error).message}`);
      }
    }
    await Promise.all(this.trainers.map((t) => t.close()));
    if (this.state.can('stopped')) this.state.to('stopped');
    const s = this.stats;
    this.log(
      `stopped: ${s.completed} completed, ${s.failed} failed, ${s.duplicates} duplicates, ${s.lost} lost, ${s.late} late`,
    );
    const lat = this.leaseLatencies.summary();
    if (lat)
      this.log(
        `lease latency p50 ${lat.p50.toFixed(2)} ms, p99 ${lat.p99.toFixed(2)} ms over ${lat.count} calls`,
      );
    return 0;
  }

  // --- registration -----------------------------------------------------------

  private async register(): Promise<void> {
    const backoff = new Backoff(this.config.backoff);
    for (;;) {
      try {
        const r = await this.client.registerWorker(
          {
            host: this.config.host,
            cores: this.config.cores,
            slots: this.config.concurrency,
            backend: this.trainers[0]?.backend ?? this.config.backend,
            version: this.config.version,
            name: this.config.name,
          },
          { deadlineMs: this.config.callDeadlineMs },
        );
        this.secrets.set(r.workerId, r.workerSecret);
        this.registration = {
          workerId: r.workerId,
          leaseMs: r.leaseMs,
          heartbeatIntervalMs: r.heartbeatIntervalMs,
          maxBundle: r.maxBundle,
        };
        this.log(
          `registered as ${r.workerId} (lease ${r.leaseMs} ms, heartbeat ${r.heartbeatIntervalMs} ms)`,
        );
        return;
      } catch (err) {
        if (!isRetryable(err)) throw err;
        if (this.state.state === 'draining') return;
        const delay = backoff.next();
        this.log(`coordinator unreachable (${(err as Error).message}); retrying in ${delay} ms`);
        await sleep(delay, this.wake.signal);
      }
    }
  }

  // --- slots --------------------------------------------------------------------

  /**
   * After an empty lease: why to exit now (--once, or --exit-when-idle elapsed), if so.
   * Idle means nothing in training or being reported here too: a slot of a busy worker
   * that finds the queue empty does not count (its results may still need retrying).
   */
  private idleExit(): string | undefined {
    if (this.bundles.size > 0 || this.reports.size > 0) {
      this.idleSince = undefined;
      return undefined;
    }
    if (this.config.once) return 'queue empty (--once)';
    const limitMs = this.config.exitWhenIdleMs;
    if (limitMs === undefined) return undefined;
    const now = performance.now();
    this.idleSince ??= now;
    return now - this.idleSince >= limitMs
      ? `no work for ${Math.round((now - this.idleSince) / 1000)} s (--exit-when-idle)`
      : undefined;
  }

  private async slotLoop(trainer: BundleTrainer): Promise<void> {
    const backoff = new Backoff(this.config.backoff);
    const trainBackoff = new Backoff(this.config.backoff);
    const speed = new SlotSpeed();
    while (this.state.accepting) {
      const reg = this.registration as Registration;
      let trials: thresher.v1.ILeasedTrial[];
      let retryAfterMs = 0;
      let heldBack = false;
      try {
        const t0 = performance.now();
        const r = await this.client.leaseWork(
          {
            workerId: reg.workerId,
            workerSecret: this.secretOf(reg.workerId),
            capacity: Math.min(this.config.maxBundle, reg.maxBundle),
            slotFlopsPerSecond: speed.flopsPerSecond,
            slotMemoryBytes: this.config.slotMemoryBytes,
          },
          { deadlineMs: this.config.callDeadlineMs },
        );
        this.leaseLatencies.add(performance.now() - t0);
        trials = r.trials;
        retryAfterMs = r.retryAfterMs;
        heldBack = r.heldBack === true;
        backoff.reset();
      } catch (err) {
        if (codeOf(err) === status.NOT_FOUND) {
          this.log(`the coordinator forgot this worker: registering again`);
          await this.register().catch(() => undefined);
          continue;
        }
        const delay = backoff.next();
        if (!isRetryable(err)) this.log(`lease refused: ${(err as Error).message}`);
        await sleep(delay, this.wake.signal);
        continue;
      }
      // Drain started during the call: train it anyway (the grace period covers it), unless
      // the grace is already over: then leave the leases to Drain, which hands them back.
      if (this.givingUp) break;
      if (trials.length === 0) {
        // Held back by a busy coordinator: the queue has work, this slot is not idle.
        if (heldBack) this.idleSince = undefined;
        const reason = heldBack ? undefined : this.idleExit();
        if (reason) {
          this.drain(reason);
          break;
        }
        await sleep(retryAfterMs || 500, this.wake.signal);
        continue;
      }
      this.idleSince = undefined;
      for (const bundle of this.bundlesOf(trials, reg.workerId)) {
        if (this.givingUp || bundle.attempts.every((a) => a.stopped)) {
          // Not started: handed back by Drain, or stopped by the coordinator.
          for (const a of bundle.attempts) this.attempts.delete(a.attemptId);
          continue;
        }
        if (await this.runBundle(trainer, bundle, speed)) trainBackoff.reset();
        else await sleep(trainBackoff.next(), this.wake.signal);
      }
    }
  }

  /**
   * The bundles to train for what one LeaseWork returned: the first attempts together, and
   * each retried attempt (its earlier attempt crashed, failed or expired) alone, so that a
   * poison trial that kills its training process fails by itself after its attempts while
   * the trials it took down with it complete on their next attempt.
   */
  private bundlesOf(leased: thresher.v1.ILeasedTrial[], workerId: string): ActiveBundle[] {
    const newBundle = (): ActiveBundle => ({
      controller: new AbortController(),
      attempts: [],
      handedBack: false,
    });
    const first = newBundle();
    const bundles = [first];
    for (const trial of leased) {
      const attemptId = trial.attemptId as number;
      let params: TrialParams;
      try {
        params = paramsFromProto(trial.params, `trials[${attemptId}].params`);
      } catch (err) {
        this.track(
          this.failTrial(
            workerId,
            attemptId,
            `worker cannot read the parameters: ${(err as Error).message}`,
            false,
          ),
        );
        continue;
      }
      const retried = (trial.attempt ?? 1) > 1;
      const bundle = retried ? newBundle() : first;
      if (retried) bundles.push(bundle);
      const attempt: ActiveAttempt = {
        attemptId,
        workerId,
        trialId: trial.trialId ?? '',
        params,
        bundle,
        stopped: false,
      };
      bundle.attempts.push(attempt);
      this.attempts.set(attemptId, attempt);
    }
    return bundles.filter((b) => b.attempts.length > 0);
  }

  /** Trains one bundle and reports its results; false when the slot could not train. */
  private async runBundle(
    trainer: BundleTrainer,
    bundle: ActiveBundle,
    speed: SlotSpeed,
  ): Promise<boolean> {
    this.bundles.add(bundle);
    this.stats.bundles++;
    let results: BundleResult[];
    let trained = true;
    const started = performance.now();
    try {
      results = await trainer.train(
        bundle.attempts.map((a) => a.params),
        {
          signal: bundle.controller.signal,
          onProgress: (index, point) => {
            const a = bundle.attempts[index];
            if (a) a.progress = { step: point.step, trainLoss: point.train_loss };
          },
        },
      );
    } catch (err) {
      // No training at all (e.g. a slot process that cannot start again): fail the bundle
      // as retryable, and back off before leasing more.
      this.log(`slot cannot train: ${(err as Error).message}`);
      const error = toFailure(err);
      results = bundle.attempts.map(() => ({ ok: false, error: { ...error, retryable: true } }));
      trained = false;
    } finally {
      this.bundles.delete(bundle);
    }
    if (results.every((r) => r.ok)) {
      const params = bundle.attempts.map((a) => a.params);
      speed.record(bundleFlops(params), (performance.now() - started) / 1000);
    }
    const crash = results.find((r) => !r.ok && r.error.code === SLOT_CRASHED);
    if (crash && !crash.ok && !bundle.handedBack) {
      this.log(
        `${crash.error.message} while training ${describeTrials(bundle)}; failed as retryable, slot process restarted`,
      );
    }
    const completed: { attempt: ActiveAttempt; outcome: TrialOutcome }[] = [];
    bundle.attempts.forEach((attempt, i) => {
      const result = results[i];
      if (bundle.handedBack || attempt.stopped || !result) {
        this.attempts.delete(attempt.attemptId);
      } else if (result.ok) {
        completed.push({ attempt, outcome: result.outcome });
      } else {
        this.track(this.report(attempt, result));
      }
    });
    if (completed.length > 0) this.track(this.reportCompletions(completed));
    return trained;
  }

  private completionMessage(attemptId: number, o: TrialOutcome): thresher.v1.ICompleteTrialRequest {
    return {
      attemptId,
      metrics: metricsToProto(o.metrics),
      curve: curveToProto(o.curve),
      wallMs: o.wall_ms,
      backend: o.backend,
      codeVersion: this.config.version,
    };
  }

  /**
   * The results of a bundle in as few CompleteTrials calls as the coordinator's request
   * limit allows (MAX_REQUEST_BYTES.completeTrials; usually one call), one after the other.
   */
  private async reportCompletions(
    items: { attempt: ActiveAttempt; outcome: TrialOutcome }[],
  ): Promise<void> {
    for (const chunk of chunkByBytes(items, (i) => this.completionBytes(i))) {
      await this.reportCompletionChunk(chunk);
    }
  }

  /** Encoded size of one result inside a CompleteTrials request (its field tag and length). */
  private completionBytes(item: { attempt: ActiveAttempt; outcome: TrialOutcome }): number {
    const message = this.completionMessage(item.attempt.attemptId, item.outcome);
    return pb.CompleteTrialRequest.encode(message).finish().length + 8;
  }

  /**
   * One CompleteTrials call, retried (only the results still unanswered) while the
   * coordinator is unreachable. A result refused as invalid is reported as a failure; one
   * whose lease is known lost is dropped.
   */
  private async reportCompletionChunk(
    items: { attempt: ActiveAttempt; outcome: TrialOutcome }[],
  ): Promise<void> {
    const backoff = new Backoff(this.config.backoff);
    let pending = items;
    try {
      while (pending.length > 0) {
        let outcomes: thresher.v1.ICompleteTrialOutcome[];
        try {
          const r = await this.client.completeTrials(
            {
              // One bundle, leased in one call: one worker id.
              workerId: pending[0]?.attempt.workerId,
              workerSecret: this.secretOf(pending[0]?.attempt.workerId),
              results: pending.map((i) => this.completionMessage(i.attempt.attemptId, i.outcome)),
            },
            { deadlineMs: this.config.callDeadlineMs },
          );
          outcomes = r.outcomes;
        } catch (err) {
          if (codeOf(err) === status.UNIMPLEMENTED) {
            // An older coordinator: one call per result.
            await Promise.all(
              pending.map((i) => this.report(i.attempt, { ok: true, outcome: i.outcome })),
            );
            pending = [];
            return;
          }
          if (isRetryable(err) && !this.givingUp) {
            await sleep(backoff.next());
            continue;
          }
          throw err;
        }
        const retry: typeof pending = [];
        pending.forEach((item, i) => {
          const o = outcomes[i];
          const id = item.attempt.attemptId;
          if (o?.status === RECORDED) this.stats.completed++;
          else if (o?.status === DUPLICATE) this.stats.duplicates++;
          else if (o?.status === LATE) this.lateResult(id);
          else if (o?.errorCode === status.INVALID_ARGUMENT) {
            this.track(
              this.failTrial(
                item.attempt.workerId,
                id,
                `result refused by the coordinator: ${o.error}`,
                false,
              ),
            );
          } else if (
            o &&
            [status.UNAVAILABLE, status.DEADLINE_EXCEEDED, status.ABORTED].includes(
              o.errorCode ?? -1,
            )
          ) {
            retry.push(item);
          } else {
            this.stats.lost++;
            this.log(`complete ${id}: not recorded (${o?.error ?? 'no answer'})`);
          }
        });
        pending = retry;
        if (pending.length > 0) await sleep(backoff.next());
      }
    } catch (err) {
      this.stats.lost += pending.length;
      this.log(`${pending.length} result(s) not recorded: ${(err as Error).message}`);
    } finally {
      for (const i of items) this.attempts.delete(i.attempt.attemptId);
    }
  }

  /** The trial was failed or cancelled before the result came: the coordinator kept it aside. */
  private lateResult(attemptId: number): void {
    this.stats.late++;
    this.log(`complete ${attemptId}: too late, its trial was already failed or cancelled`);
  }

  private track(p: Promise<void>): void {
    this.reports.add(p);
    void p.finally(() => this.reports.delete(p));
  }

  // --- results --------------------------------------------------------------------

  private async report(attempt: ActiveAttempt, result: BundleResult): Promise<void> {
    try {
      if (result.ok) {
        const o = result.outcome;
        await this.deliver(`complete ${attempt.attemptId}`, async () => {
          const r = await this.client.completeTrial(
            {
              workerId: attempt.workerId,
              workerSecret: this.secretOf(attempt.workerId),
              ...this.completionMessage(attempt.attemptId, o),
            },
            { deadlineMs: this.config.callDeadlineMs },
          );
          if (r.status === DUPLICATE) this.stats.duplicates++;
          else if (r.status === LATE) this.lateResult(attempt.attemptId);
          else this.stats.completed++;
        }).catch(async (err: unknown) => {
          // The coordinator refused the result itself (e.g. a metric out of range): record why.
          if (codeOf(err) !== status.INVALID_ARGUMENT) throw err;
          await this.failTrial(
            attempt.workerId,
            attempt.attemptId,
            `result refused by the coordinator: ${(err as Error).message}`,
            false,
          );
        });
      } else {
        const { code, name, message, retryable } = result.error;
        if (code === TRAINING_CANCELLED) return; // stopped on purpose
        const reason =
          code === SLOT_CRASHED
            ? `${message} while training ${describeTrials(attempt.bundle)}`
            : `${name}: ${message}`;
        await this.failTrial(attempt.workerId, attempt.attemptId, reason, retryable);
      }
    } catch (err) {
      this.stats.lost++;
      this.log(`result of attempt ${attempt.attemptId} not recorded: ${(err as Error).message}`);
    } finally {
      this.attempts.delete(attempt.attemptId);
    }
  }

  private async failTrial(
    workerId: string,
    attemptId: number,
    error: string,
    retryable: boolean,
  ): Promise<void> {
    await this.deliver(`fail ${attemptId}`, async () => {
      await this.client.failTrial(
        { workerId, workerSecret: this.secretOf(workerId), attemptId, error, retryable },
        { deadlineMs: this.config.callDeadlineMs },
      );
      this.stats.failed++;
    });
  }

  /**
   * Retries a report while the coordinator is unreachable or busy, until it is
   * acknowledged or the lease is known lost (NOT_FOUND / PERMISSION_DENIED: dropped).
   * Other refusals are thrown to the caller.
   */
  private async deliver(what: string, call: () => Promise<void>): Promise<void> {
    const backoff = new Backoff(this.config.backoff);
    for (;;) {
      try {
        await call();
        return;
      } catch (err) {
        const code = codeOf(err);
        if (code === status.NOT_FOUND || code === status.PERMISSION_DENIED) {
          this.stats.lost++;
          this.log(`${what}: lease lost (${(err as Error).message})`);
          return;
        }
        if (!isRetryable(err) || this.givingUp) throw err;
        await sleep(backoff.next());
      }
    }
  }

  // --- heartbeats ------------------------------------------------------------------

  private startHeartbeats(): void {
    const every = this.registration?.heartbeatIntervalMs ?? 1_000;
    this.heartbeatTimer = setInterval(() => void this.heartbeat(), every);
  }

  private stopHeartbeats(): void {
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = undefined;
  }

  /** One heartbeat with every open attempt and its latest progress; applies `stop`. */
  private async heartbeat(): Promise<void> {
    if (this.heartbeatInFlight || !this.registration) return;
    this.heartbeatInFlight = true;
    const workerId = this.registration.workerId;
    // Only this registration's leases: one leased under an earlier id cannot be extended
    // under this one (it would be stopped); its result is still reported when it finishes.
    const open = [...this.attempts.values()].filter((a) => !a.stopped && a.workerId === workerId);
    try {
      const r = await this.client.heartbeat(
        {
          workerId,
          workerSecret: this.secretOf(workerId),
          attemptIds: open.map((a) => a.attemptId),
          progress: open.flatMap((a) =>
            a.progress
              ? [{ attemptId: a.attemptId, step: a.progress.step, trainLoss: a.progress.trainLoss }]
              : [],
          ),
        },
        { deadlineMs: this.registration.heartbeatIntervalMs },
      );
      if (this.heartbeatFailing) this.log('coordinator reachable again');
      this.heartbeatFailing = false;
      this.applyStop(r.stop as number[]);
    } catch (err) {
      if (!this.heartbeatFailing) this.log(`heartbeat failed: ${(err as Error).message}`);
      this.heartbeatFailing = true;
    } finally {
      this.heartbeatInFlight = false;
    }
  }

  /**
   * Marks stopped attempts (never reported); a running bundle whose attempts are all
   * stopped is aborted, one not started yet is skipped.
   */
  private applyStop(ids: number[]): void {
    const touched = new Set<ActiveBundle>();
    for (const id of ids) {
      const attempt = this.attempts.get(id);
      if (!attempt) continue;
      attempt.stopped = true;
      touched.add(attempt.bundle);
    }
    for (const bundle of touched) {
      if (this.bundles.has(bundle) && bundle.attempts.every((a) => a.stopped)) {
        this.log(
          `stopping a bundle of ${bundle.attempts.length} trial(s): cancelled or lease lost`,
        );
        bundle.controller.abort();
      }
    }
  }
}

/** `trial X` or `trials X, Y, ...` (the first few), for failure reasons and logs. */
function describeTrials(bundle: ActiveBundle): string {
  const ids = bundle.attempts.map((a) => a.trialId);
  if (ids.length === 1) return `trial ${ids[0]}`;
  const shown = ids.slice(0, 8).join(', ');
  return `trials ${shown}${ids.length > 8 ? ` and ${ids.length - 8} more` : ''}`;
}
