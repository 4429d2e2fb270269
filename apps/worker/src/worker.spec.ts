import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import {
  CoordinatorRpcError,
  paramsToProto,
  pb,
  type CoordinatorMethodName,
  type RequestOf,
  type ResponseOf,
  type thresher,
} from '@thresher/proto';
import { completeParams, trialId, type TrialParams } from '@thresher/sweep';
import { beforeAll, describe, expect, it } from 'vitest';
import { initBackend } from './backend';
import {
  toFailure,
  type BundleResult,
  type BundleTrainer,
  type TrainRequest,
} from './bundle-trainer';
import { TrainingCancelledError, TrainingDivergedError } from '@thresher/training';
import { SlotCrashedError, TRAINING_CANCELLED } from './errors';
import { InlineTrainer } from './inline-trainer';
import { failoverClient } from './failover-client';
import { Worker, type WorkerCoordinatorClient } from './worker';
import { compileWorkerOptions, type WorkerConfig } from './worker-options';

// The Worker against an in-memory coordinator (a small queue with attempts, leases and an
// attempt limit, like libs/scheduler's) whose calls can be made to fail, training real
// tiny trials on the cpu backend.

type Method = Extract<CoordinatorMethodName, keyof WorkerCoordinatorClient>;

/** A failed call as the typed client reports it: a CoordinatorRpcError around a ServiceError. */
function rpcError(
  method: string,
  code: status,
  details = 'connection refused',
): CoordinatorRpcError {
  const cause = Object.assign(new Error(`${code} ${status[code]}: ${details}`), {
    code,
    details,
    metadata: new Metadata(),
  }) as ServiceError;
  return new CoordinatorRpcError(method, cause);
}

/** Through the wire format and back, as the real client decodes responses. */
function wire<I, T>(
  type: { encode(m: I): { finish(): Uint8Array }; decode(b: Uint8Array): T },
  message: I,
): T {
  return type.decode(type.encode(message).finish());
}

interface FakeTrial {
  id: string;
  params: TrialParams;
  status: 'pending' | 'leased' | 'done' | 'failed' | 'cancelled';
  attempts: number;
  errors: string[];
}

class FakeCoordinator implements WorkerCoordinatorClient {
  readonly trials: FakeTrial[];
  readonly attempts = new Map<number, { trial: FakeTrial; attempt: number; open: boolean }>();
  readonly calls: { method: Method; request: unknown }[] = [];
  /** Errors thrown by the next calls of a method, in order (then the calls succeed). */
  readonly failures: Partial<Record<Method, unknown[]>> = {};
  /** Per CompleteTrials call: outcomes to answer instead of recording (by attempt id). */
  readonly refuseOnce = new Map<number, { errorCode: number; error: string }>();
  /** The heartbeat's answer: attempts to stop (their trials are then cancelled). */
  stop: (request: RequestOf<'heartbeat'>) => number[] = () => [];
  /** LeaseWork calls answered "held back" (no trial, the queue not empty) before leasing. */
  holdBack = 0;
  private nextAttemptId = 1;
  private registrations = 0;

  constructor(
    params: TrialParams[],
    readonly maxAttempts = 3,
  ) {
    this.trials = params.map((p) => ({
      id: trialId(p),
      params: p,
      status: 'pending',
      attempts: 0,
      errors: [],
    }));
  }

  count(method: Method): number {
    return this.calls.filter((c) => c.method === method).length;
  }

  trial(params: TrialParams): FakeTrial {
    return this.trials.find((t) => t.id === trialId(params)) as FakeTrial;
  }

  private call(method: Method, request: unknown): void {
    this.calls.push({ method, request });
    const failure = this.failures[method]?.shift();
    if (failure) throw failure;
  }

  async registerWorker(
    request: RequestOf<'registerWorker'>,
  ): Promise<ResponseOf<'registerWorker'>> {
    this.call('registerWorker', request);
    ++this.registrations;
    return wire(pb.RegisterWorkerResponse, {
      workerId: `w-${this.registrations}`,
      workerSecret: `secret-of-w-${this.registrations}`,
      leaseMs: 60_000,
      heartbeatIntervalMs: 10,
      maxBundle: 8,
    });
  }

  async leaseWork(request: RequestOf<'leaseWork'>): Promise<ResponseOf<'leaseWork'>> {
    this.call('leaseWork', request);
    if (this.holdBack > 0) {
      this.holdBack--;
      return wire(pb.LeaseWorkResponse, { trials: [], retryAfterMs: 5, heldBack: true });
    }
    const take = this.trials.filter((t) => t.status === 'pending').slice(0, request.capacity ?? 1);
    const trials = take.map((t) => {
      t.status = 'leased';
      t.attempts++;
      const attemptId = this.nextAttemptId++;
      this.attempts.set(attemptId, { trial: t, attempt: t.attempts, open: true });
      return {
        attemptId,
        trialId: t.id,
        params: paramsToProto(t.params),
        attempt: t.attempts,
        expiresAtMs: Date.now() + 60_000,
      };
    });
    return wire(pb.LeaseWorkResponse, { trials, retryAfterMs: 5 });
  }

  async heartbeat(request: RequestOf<'heartbeat'>): Promise<ResponseOf<'heartbeat'>> {
    this.call('heartbeat', request);
    const stop = this.stop(request);
    for (const id of stop) this.close(id, 'cancelled');
    return wire(pb.HeartbeatResponse, {
      extended: (request.attemptIds ?? []).filter((id) => !stop.includes(id)),
      stop,
    });
  }

  async completeTrials(
    request: RequestOf<'completeTrials'>,
  ): Promise<ResponseOf<'completeTrials'>> {
    this.call('completeTrials', request);
    const outcomes = (request.results ?? []).map((r) => {
      const id = r.attemptId as number;
      const refused = this.refuseOnce.get(id);
      if (refused) {
        this.refuseOnce.delete(id);
        return {
          attemptId: id,
          status: pb.CompletionStatus.COMPLETION_STATUS_UNSPECIFIED,
          ...refused,
        };
      }
      return { attemptId: id, status: this.record(id) };
    });
    return wire(pb.CompleteTrialsResponse, { outcomes });
  }

  async completeTrial(request: RequestOf<'completeTrial'>): Promise<ResponseOf<'completeTrial'>> {
    this.call('completeTrial', request);
    return wire(pb.CompleteTrialResponse, {
      status: this.record(request.attemptId as number),
    });
  }

  async failTrial(request: RequestOf<'failTrial'>): Promise<ResponseOf<'failTrial'>> {
    this.call('failTrial', request);
    const a = this.attempts.get(request.attemptId as number);
    if (!a) throw rpcError('FailTrial', status.NOT_FOUND, 'unknown attempt');
    a.trial.errors.push(request.error ?? '');
    const requeue = request.retryable === true && a.trial.attempts < this.maxAttempts;
    this.close(request.attemptId as number, requeue ? 'pending' : 'failed');
    return wire(pb.FailTrialResponse, {
      outcome: requeue
        ? pb.FailureOutcome.FAILURE_OUTCOME_REQUEUED
        : pb.FailureOutcome.FAILURE_OUTCOME_FAILED,
    });
  }

  async drain(request: RequestOf<'drain'>): Promise<ResponseOf<'drain'>> {
    this.call('drain', request);
    let released = 0;
    for (const [id, a] of this.attempts) {
      if (a.open) {
        this.close(id, 'pending');
        released++;
      }
    }
    return wire(pb.DrainResponse, { released });
  }

  private record(attemptId: number): thresher.v1.CompletionStatus {
    const a = this.attempts.get(attemptId);
    if (!a) throw rpcError('CompleteTrials', status.NOT_FOUND, 'unknown attempt');
    if (a.trial.status === 'failed' || a.trial.status === 'cancelled') {
      return pb.CompletionStatus.COMPLETION_STATUS_LATE;
    }
    if (a.trial.status === 'done') return pb.CompletionStatus.COMPLETION_STATUS_DUPLICATE;
    this.close(attemptId, 'done');
    return pb.CompletionStatus.COMPLETION_STATUS_RECORDED;
  }

  private close(attemptId: number, next: FakeTrial['status']): void {
    const a = this.attempts.get(attemptId);
    if (!a?.open) return;
    a.open = false;
    if (a.trial.status === 'leased') a.trial.status = next;
  }

  /** Attempt ids (in order) of the results the worker reported as completed. */
  completedAttempts(): number[] {
    return this.calls.flatMap((c) =>
      c.method === 'completeTrials'
        ? ((c.request as RequestOf<'completeTrials'>).results ?? []).map(
            (r) => r.attemptId as number,
          )
        : c.method === 'completeTrial'
          ? [(c.request as RequestOf<'completeTrial'>).attemptId as number]
          : [],
    );
  }
}

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * Real training (InlineTrainer, cpu backend) that waits for `gate` (or an abort) before it
 * starts and for `hold` before it returns, so that a test can act while a bundle is in a slot.
 */
class GatedTrainer implements BundleTrainer {
  readonly backend = 'cpu';
  readonly bundles: TrialParams[][] = [];
  readonly started = deferred();
  gate: Promise<void> = Promise.resolve();
  hold: () => Promise<void> = async () => undefined;
  private readonly inner = new InlineTrainer('cpu');

  async train(trials: TrialParams[], request: TrainRequest): Promise<BundleResult[]> {
    this.bundles.push(trials);
    this.started.resolve();
    const aborted = new Promise<void>((resolve) =>
      request.signal.addEventListener('abort', () => resolve(), { once: true }),
    );
    await Promise.race([this.gate, aborted]);
    const results = await this.inner.train(trials, request);
    await this.hold();
    return results;
  }

  async close(): Promise<void> {}
}

const tiny = (seed: number, extra: Partial<TrialParams> = {}) =>
  completeParams({ n: 8, width: 4, steps: 20, test_size: 16, seed, ...extra });

function config(overrides: Partial<WorkerConfig> = {}): WorkerConfig {
  return {
    ...compileWorkerOptions({ coordinator: 'fake:1', concurrency: 1, once: true }, {}),
    backoff: { initialMs: 2, maxMs: 10, jitter: 0 },
    callDeadlineMs: 1_000,
    ...overrides,
  };
}

function start(
  c: FakeCoordinator,
  trainers: BundleTrainer[],
  overrides: Partial<WorkerConfig> = {},
) {
  const lines: string[] = [];
  const worker = new Worker(config(overrides), c, trainers, (line) => lines.push(line));
  return { worker, lines, exit: worker.run() };
}

const until = async (what: string, check: () => boolean, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
};

beforeAll(async () => {
  expect(await initBackend('cpu')).toBe('cpu');
});

describe('Worker with a fake coordinator', () => {
  it('delivers results, retrying CompleteTrials until acknowledged', async () => {
    const params = [0, 1, 2, 3].map((s) => tiny(s));
    const c = new FakeCoordinator(params);
    c.failures.completeTrials = [
      rpcError('CompleteTrials', status.UNAVAILABLE),
      rpcError('CompleteTrials', status.DEADLINE_EXCEEDED, 'deadline exceeded'),
    ];
    const { worker, exit } = start(c, [new GatedTrainer()], { maxBundle: 4 });
    expect(await exit).toBe(0);

    expect(c.trials.map((t) => t.status)).toEqual(['done', 'done', 'done', 'done']);
    // Two refused calls, then one that records the four results.
    expect(c.count('completeTrials')).toBe(3);
    expect(c.count('failTrial')).toBe(0);
    const last = c.calls.filter((x) => x.method === 'completeTrials').at(-1)!
      .request as RequestOf<'completeTrials'>;
    expect(last.workerId).toBe('w-1');
    expect(last.results).toHaveLength(4);
    for (const r of last.results ?? []) {
      expect(r.backend).toBe('cpu');
      expect(r.metrics?.trainLoss).toBeTypeOf('number');
      expect(r.curve?.step?.length).toBeGreaterThan(0);
    }
    expect(worker.stats).toMatchObject({ completed: 4, failed: 0, lost: 0, duplicates: 0 });
    expect(worker.state.state).toBe('stopped');
    expect(c.count('drain')).toBe(1);
  });

  it('with --once, a lease held back by a busy coordinator is not an empty queue', async () => {
    const params = [0, 1].map((s) => tiny(s));
    const c = new FakeCoordinator(params);
    c.holdBack = 3;
    const { worker, exit } = start(c, [new GatedTrainer()], { maxBundle: 2 });
    expect(await exit).toBe(0);
    // Asked again after each held-back answer, trained what came, then exited on an empty queue.
    expect(c.trials.map((t) => t.status)).toEqual(['done', 'done']);
    expect(c.count('leaseWork')).toBeGreaterThanOrEqual(5);
    expect(worker.stats).toMatchObject({ completed: 2 });
  });

  it('proves its worker id with its secret on every worker call', async () => {
    const c = new FakeCoordinator([0, 1].map((s) => tiny(s)));
    const { exit } = start(c, [new GatedTrainer()], { maxBundle: 2 });
    expect(await exit).toBe(0);
    const workerCalls = c.calls.filter((x) => x.method !== 'registerWorker');
    expect(new Set(workerCalls.map((x) => x.method))).toEqual(
      new Set(['leaseWork', 'heartbeat', 'completeTrials', 'drain']),
    );
    for (const x of workerCalls) {
      const r = x.request as { workerId?: string; workerSecret?: string };
      expect([x.method, r.workerSecret]).toEqual([x.method, `secret-of-${r.workerId}`]);
    }
  });

  it('counts a result that came after its trial was cancelled as late, not lost', async () => {
    const c = new FakeCoordinator([0, 1].map((s) => tiny(s)));
    // The sweep is cancelled while the bundle trains (no heartbeat tells the worker).
    const trainer = new GatedTrainer();
    const gate = deferred();
    trainer.gate = gate.promise;
    const { worker, exit } = start(c, [trainer], { maxBundle: 2 });
    await trainer.started.promise;
    for (const t of c.trials) t.status = 'cancelled';
    gate.resolve();
    expect(await exit).toBe(0);
    expect(worker.stats).toMatchObject({ completed: 0, late: 2, lost: 0, failed: 0 });
  });

  it('retries only the results the coordinator could not record yet', async () => {
    const params = [0, 1, 2].map((s) => tiny(s));
    const c = new FakeCoordinator(params);
    // Attempt 2's result meets a busy database; attempt 3's is refused as invalid.
    c.refuseOnce.set(2, { errorCode: status.UNAVAILABLE, error: 'database is locked' });
    c.refuseOnce.set(3, { errorCode: status.INVALID_ARGUMENT, error: 'metrics.train_loss: NaN' });
    const { worker, exit } = start(c, [new GatedTrainer()], { maxBundle: 3 });
    expect(await exit).toBe(0);

    const batches = c.calls
      .filter((x) => x.method === 'completeTrials')
      .map((x) =>
        ((x.request as RequestOf<'completeTrials'>).results ?? []).map((r) => r.attemptId),
      );
    expect(batches).toEqual([[1, 2, 3], [2]]);
    expect(c.trial(params[0]!).status).toBe('done');
    expect(c.trial(params[1]!).status).toBe('done');
    expect(c.trial(params[2]!).status).toBe('failed');
    expect(c.trial(params[2]!).errors).toEqual([
      'result refused by the coordinator: metrics.train_loss: NaN',
    ]);
    expect(worker.stats).toMatchObject({ completed: 2, failed: 1, lost: 0 });
  });

  it('retries a failure report while the coordinator is unreachable', async () => {
    // lr far too large: the trial diverges (a training error, not retryable).
    const params = [tiny(0, { lr: 1e6 })];
    const c = new FakeCoordinator(params);
    c.failures.failTrial = [rpcError('FailTrial', status.UNAVAILABLE)];
    const { exit } = start(c, [new GatedTrainer()]);
    expect(await exit).toBe(0);
    expect(c.count('failTrial')).toBe(2);
    const t = c.trial(params[0]!);
    expect(t.status).toBe('failed');
    expect(t.errors).toHaveLength(1);
    expect(t.errors[0]).toMatch(/^TrainingDivergedError: training diverged at step \d+/);
  });

  it('drains on SIGTERM: finishes the bundle in its slot, reports it, calls Drain, leases no more', async () => {
    const params = [0, 1, 2, 3, 4, 5].map((s) => tiny(s));
    const c = new FakeCoordinator(params);
    const trainer = new GatedTrainer();
    const gate = deferred();
    trainer.gate = gate.promise;
    const { worker, exit, lines } = start(c, [trainer], { maxBundle: 2, once: false });
    await trainer.started.promise;
    const leases = c.count('leaseWork');
    worker.drain('SIGTERM', 30_000);
    expect(worker.state.state).toBe('draining');
    gate.resolve();
    expect(await exit).toBe(0);

    expect(c.count('leaseWork')).toBe(leases);
    expect(trainer.bundles).toHaveLength(1);
    expect(c.completedAttempts()).toEqual([1, 2]);
    expect(c.trials.map((t) => t.status)).toEqual([
      'done',
      'done',
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
    // Drain comes after the results.
    expect(c.calls.at(-1)?.method).toBe('drain');
    expect(lines.join('\n')).toMatch(/draining \(SIGTERM\): finishing 1 bundle/);
    expect(lines.join('\n')).toMatch(/stopped: 2 completed, 0 failed/);
  });

  it('hands back what it cannot finish within the grace period, started or not', async () => {
    const first = [0, 1].map((s) => tiny(s));
    const retried = tiny(7);
    const c = new FakeCoordinator([...first, retried]);
    // The third trial comes back for its second attempt (its first expired elsewhere): it
    // is leased with the others but trains as a bundle of its own, after them.
    const t = c.trial(retried);
    t.attempts = 1;
    const trainer = new GatedTrainer();
    trainer.gate = new Promise(() => undefined); // never finishes on its own
    const { worker, exit, lines } = start(c, [trainer], { maxBundle: 4, once: false });
    await trainer.started.promise;
    expect(c.attempts.size).toBe(3);
    worker.drain('SIGTERM', 50);
    expect(await exit).toBe(0);

    // The running bundle was aborted, the other never started; nothing was reported.
    expect(trainer.bundles.map((b) => b.map(trialId))).toEqual([first.map(trialId)]);
    expect(c.count('completeTrials') + c.count('completeTrial') + c.count('failTrial')).toBe(0);
    expect(c.count('drain')).toBe(1);
    expect(c.trials.map((x) => x.status)).toEqual(['pending', 'pending', 'pending']);
    expect(lines.join('\n')).toMatch(/handed back 3 lease\(s\)/);
    expect(worker.stats).toMatchObject({ completed: 0, failed: 0, lost: 0 });
  });

  it('a second SIGTERM hands back at once', async () => {
    const c = new FakeCoordinator([tiny(0)]);
    const trainer = new GatedTrainer();
    trainer.gate = new Promise(() => undefined);
    const { worker, exit } = start(c, [trainer], { once: false });
    await trainer.started.promise;
    worker.drain('SIGTERM', 60_000);
    worker.drain('SIGTERM');
    expect(await exit).toBe(0);
    expect(c.completedAttempts()).toEqual([]);
    expect(c.trials[0]?.status).toBe('pending');
  });

  it('stops the attempts a heartbeat names and reports the rest of their bundle', async () => {
    const params = [0, 1, 2, 3].map((s) => tiny(s));
    const c = new FakeCoordinator(params);
    const trainer = new GatedTrainer();
    const stopped = deferred();
    trainer.gate = stopped.promise;
    // The coordinator stops attempts 2 and 4 (e.g. their leases went to another worker).
    c.stop = (request) => {
      const ids = (request.attemptIds ?? []).filter((id) => id === 2 || id === 4);
      if (ids.length > 0) setTimeout(() => stopped.resolve(), 0);
      return ids;
    };
    const { worker, exit, lines } = start(c, [trainer], { maxBundle: 4 });
    expect(await exit).toBe(0);

    // The bundle went on training (1 and 3 still wanted) and only 1 and 3 were reported.
    expect(trainer.bundles).toHaveLength(1);
    expect(c.completedAttempts()).toEqual([1, 3]);
    expect(c.count('failTrial')).toBe(0);
    expect(c.trials.map((t) => t.status)).toEqual(['done', 'cancelled', 'done', 'cancelled']);
    // Once stopped, an attempt is no longer heartbeated.
    const beats = c.calls
      .filter((x) => x.method === 'heartbeat')
      .map((x) => (x.request as RequestOf<'heartbeat'>).attemptIds ?? []);
    const firstStop = beats.findIndex((ids) => ids.includes(2));
    for (const ids of beats.slice(firstStop + 1)) expect(ids).not.toContain(2);
    expect(lines.join('\n')).not.toMatch(/stopping a bundle/);
    expect(worker.stats).toMatchObject({ completed: 2, failed: 0, lost: 0 });
  });

  it('aborts a bundle whose attempts are all stopped, reporting nothing', async () => {
    const params = [0, 1].map((s) => tiny(s));
    const c = new FakeCoordinator(params);
    const trainer = new GatedTrainer();
    trainer.gate = new Promise(() => undefined); // only an abort ends it
    c.stop = (request) => request.attemptIds ?? [];
    const { worker, exit, lines } = start(c, [trainer], { maxBundle: 2 });
    expect(await exit).toBe(0);
    expect(lines.join('\n')).toMatch(/stopping a bundle of 2 trial\(s\): cancelled or lease lost/);
    expect(trainer.bundles).toHaveLength(1);
    expect(c.completedAttempts()).toEqual([]);
    expect(c.count('failTrial')).toBe(0);
    expect(c.trials.map((t) => t.status)).toEqual(['cancelled', 'cancelled']);
    expect(worker.stats).toMatchObject({ completed: 0, failed: 0, lost: 0 });
  });

  it('sends the latest curve point of each attempt with its heartbeats', async () => {
    const params = [tiny(0)];
    const c = new FakeCoordinator(params);
    const trainer = new GatedTrainer();
    const progressSent = () =>
      c.calls.some(
        (x) =>
          x.method === 'heartbeat' &&
          ((x.request as RequestOf<'heartbeat'>).progress ?? []).length > 0,
      );
    // Trained; the result waits until a heartbeat carried the progress.
    trainer.hold = () => until('a heartbeat with progress', progressSent);
    const { exit } = start(c, [trainer]);
    expect(await exit).toBe(0);
    const beats = c.calls
      .filter((x) => x.method === 'heartbeat')
      .map((x) => x.request as RequestOf<'heartbeat'>)
      .filter((b) => (b.progress ?? []).length > 0);
    for (const beat of beats) {
      expect(beat).toMatchObject({ workerId: 'w-1', attemptIds: [1] });
      expect(beat.progress).toEqual([
        {
          attemptId: 1,
          step: expect.any(Number) as number,
          trainLoss: expect.any(Number) as number,
        },
      ]);
    }
    const steps = beats.map((b) => b.progress![0]!.step as number);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(Math.max(...steps)).toBeLessThanOrEqual(20);
    expect(c.completedAttempts()).toEqual([1]);
  });

  it('with --exit-when-idle, waits that long for work, takes what comes, then exits', async () => {
    const c = new FakeCoordinator([]);
    const idleMs = 400;
    const { worker, exit, lines } = start(c, [new GatedTrainer()], {
      once: false,
      exitWhenIdleMs: idleMs,
    });
    // An empty queue at start is not the end (a batch job may start before the submit).
    await until('a few empty leases', () => c.count('leaseWork') >= 3);
    const late = tiny(7);
    c.trials.push({ id: trialId(late), params: late, status: 'pending', attempts: 0, errors: [] });
    await until('the late trial done', () => c.trial(late).status === 'done');
    const doneAt = performance.now();
    expect(await exit).toBe(0);
    // The idle clock restarted with that work: a full idle period after it, not before.
    expect(performance.now() - doneAt).toBeGreaterThanOrEqual(idleMs - 50);
    expect(worker.stats).toMatchObject({ completed: 1, failed: 0 });
    expect(lines.join('\n')).toMatch(/no work for \d+ s \(--exit-when-idle\)/);
    expect(c.count('drain')).toBe(1);
  });
});

/**
 * One coordinator process in front of the shared fake database: it can die, either before
 * a given call reaches the database (connection refused) or after the database committed
 * it but before the answer left (the answer is lost). Dead, it refuses every call.
 */
class FakeEndpoint implements WorkerCoordinatorClient {
  dead = false;
  readonly calls: { method: Method; request: unknown; answered: boolean }[] = [];
  /** Die at the nth call (1-based) of `method`: before it is processed, or after. */
  dieAt: { method: Method; nth: number; processed: boolean } | undefined;

  constructor(readonly db: FakeCoordinator) {}

  count(method: Method, answered?: boolean): number {
    return this.calls.filter(
      (c) => c.method === method && (answered === undefined || c.answered === answered),
    ).length;
  }

  requests<M extends Method>(method: M): RequestOf<M>[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.request as RequestOf<M>);
  }

  private async via<M extends Method>(
    method: M,
    request: RequestOf<M>,
    call: () => Promise<ResponseOf<M>>,
  ): Promise<ResponseOf<M>> {
    const entry = { method, request, answered: false };
    this.calls.push(entry);
    const refused = () => rpcError(method, status.UNAVAILABLE, 'connect ECONNREFUSED');
    if (this.dead) throw refused();
    const die = this.dieAt;
    const dying = die?.method === method && this.count(method) === die.nth;
    if (dying && !die.processed) {
      this.dead = true;
      throw refused();
    }
    const response = await call();
    if (dying) {
      this.dead = true;
      throw rpcError(method, status.UNAVAILABLE, 'Connection dropped');
    }
    entry.answered = true;
    return response;
  }

  registerWorker = (r: RequestOf<'registerWorker'>) =>
    this.via('registerWorker', r, () => this.db.registerWorker(r));
  leaseWork = (r: RequestOf<'leaseWork'>) => this.via('leaseWork', r, () => this.db.leaseWork(r));
  heartbeat = (r: RequestOf<'heartbeat'>) => this.via('heartbeat', r, () => this.db.heartbeat(r));
  completeTrial = (r: RequestOf<'completeTrial'>) =>
    this.via('completeTrial', r, () => this.db.completeTrial(r));
  completeTrials = (r: RequestOf<'completeTrials'>) =>
    this.via('completeTrials', r, () => this.db.completeTrials(r));
  failTrial = (r: RequestOf<'failTrial'>) => this.via('failTrial', r, () => this.db.failTrial(r));
  drain = (r: RequestOf<'drain'>) => this.via('drain', r, () => this.db.drain(r));
}

/** Two coordinators, A and B, on one fake database, behind the worker's failover client. */
function twoCoordinators(params: TrialParams[]) {
  const db = new FakeCoordinator(params);
  const a = new FakeEndpoint(db);
  const b = new FakeEndpoint(db);
  const switches: [number, number][] = [];
  const client = failoverClient([a, b], (from, to) => switches.push([from, to]));
  return { db, a, b, client, switches };
}

function startWith(
  client: WorkerCoordinatorClient,
  trainers: BundleTrainer[],
  overrides: Partial<WorkerConfig> = {},
) {
  const lines: string[] = [];
  const worker = new Worker(
    config({ coordinators: ['a:1', 'b:1'], ...overrides }),
    client,
    trainers,
    (line) => lines.push(line),
  );
  return { worker, lines, exit: worker.run() };
}

describe('Worker with two coordinators on one database', () => {
  it('carries on with the next coordinator when one dies, under the same registration', async () => {
    const params = [0, 1, 2, 3].map((s) => tiny(s));
    const { db, a, b, client, switches } = twoCoordinators(params);
    a.dieAt = { method: 'leaseWork', nth: 2, processed: false };
    const { worker, exit } = startWith(client, [new GatedTrainer()], { maxBundle: 1 });
    expect(await exit).toBe(0);

    expect(db.trials.map((t) => t.status)).toEqual(['done', 'done', 'done', 'done']);
    expect(switches).toEqual([[0, 1]]);
    // B knows the worker from the database: no second registration.
    expect(db.count('registerWorker')).toBe(1);
    expect(a.count('completeTrials', true)).toBe(1);
    expect(b.count('completeTrials', true)).toBe(3);
    for (const r of [...b.requests('leaseWork'), ...b.requests('completeTrials')])
      expect(r.workerId).toBe('w-1');
    expect(b.count('drain', true)).toBe(1);
    expect(worker.stats).toMatchObject({ completed: 4, duplicates: 0, lost: 0 });
  });

  it('keeps finished results until a coordinator acknowledges them', async () => {
    const params = [0, 1, 2].map((s) => tiny(s));
    const { db, a, b, client } = twoCoordinators(params);
    // A dies as the bundle's results arrive: they must reach B, not be dropped.
    a.dieAt = { method: 'completeTrials', nth: 1, processed: false };
    const trainer = new GatedTrainer();
    const { worker, exit } = startWith(client, [trainer], { maxBundle: 3 });
    expect(await exit).toBe(0);

    expect(a.count('completeTrials')).toBe(1);
    expect(a.count('completeTrials', true)).toBe(0);
    expect(b.requests('completeTrials').map((r) => r.results?.map((x) => x.attemptId))).toEqual([
      [1, 2, 3],
    ]);
    expect(db.trials.map((t) => t.status)).toEqual(['done', 'done', 'done']);
    expect(trainer.bundles).toHaveLength(1);
    expect(worker.stats).toMatchObject({ completed: 3, duplicates: 0, lost: 0 });
  });

  it('keeps retrying while every coordinator is down, then delivers to the first back', async () => {
    const params = [0, 1].map((s) => tiny(s));
    const { db, a, b, client, switches } = twoCoordinators(params);
    a.dieAt = { method: 'completeTrials', nth: 1, processed: false };
    b.dead = true;
    const { worker, exit } = startWith(client, [new GatedTrainer()], { maxBundle: 2 });
    await until('both coordinators refused the results', () => b.count('completeTrials') >= 2);
    b.dead = false;
    expect(await exit).toBe(0);

    expect(db.trials.map((t) => t.status)).toEqual(['done', 'done']);
    // Round robin: A, B, A, B, ... until B answered.
    expect(switches.slice(0, 3)).toEqual([
      [0, 1],
      [1, 0],
      [0, 1],
    ]);
    expect(worker.stats).toMatchObject({ completed: 2, lost: 0 });
  });

  it('records a result exactly once when the dying coordinator committed it but never answered', async () => {
    const params = [0, 1].map((s) => tiny(s));
    const { db, a, b, client } = twoCoordinators(params);
    a.dieAt = { method: 'completeTrials', nth: 1, processed: true };
    const { worker, exit } = startWith(client, [new GatedTrainer()], { maxBundle: 2 });
    expect(await exit).toBe(0);

    // The same attempts again at B: the database already has them, B says duplicate.
    expect(b.requests('completeTrials').map((r) => r.results?.map((x) => x.attemptId))).toEqual([
      [1, 2],
    ]);
    expect(db.trials.map((t) => t.status)).toEqual(['done', 'done']);
    expect(worker.stats).toMatchObject({ completed: 0, duplicates: 2, lost: 0 });
  });

  it('reports a lease under the id it was leased with after registering again elsewhere', async () => {
    const params = [0, 1, 2].map((s) => tiny(s));
    const { db, a, b, client } = twoCoordinators(params);
    const [slow, fast] = [new GatedTrainer(), new GatedTrainer()];
    const [slowGate, fastGate] = [deferred(), deferred()];
    slow.gate = slowGate.promise;
    fast.gate = fastGate.promise;
    const { worker, exit } = startWith(client, [slow, fast], { maxBundle: 1 });
    await Promise.all([slow.started.promise, fast.started.promise]);
    // Both slots hold a lease of w-1 from A. A dies; B does not know w-1 (another database,
    // or its row is gone): LeaseWork answers NOT_FOUND and the worker registers again.
    a.dead = true;
    const lease = b.leaseWork;
    b.leaseWork = async (r) => {
      if (r.workerId === 'w-1') {
        b.calls.push({ method: 'leaseWork', request: r, answered: false });
        throw rpcError('LeaseWork', status.NOT_FOUND, 'unknown worker w-1');
      }
      return lease(r);
    };
    fastGate.resolve();
    await until('w-2 to complete the third trial', () => db.trials[2]?.status === 'done');
    await until('some heartbeats of w-2', () =>
      b.requests('heartbeat').some((r) => r.workerId === 'w-2'),
    );
    slowGate.resolve();
    expect(await exit).toBe(0);

    expect(db.count('registerWorker')).toBe(2);
    expect(worker.workerId).toBe('w-2');
    // Each lease's result went with the id it was leased under.
    const reported = b
      .requests('completeTrials')
      .map((r) => [r.workerId, r.results?.map((x) => x.attemptId)]);
    expect(reported).toEqual(
      expect.arrayContaining([
        ['w-1', [1]],
        ['w-1', [2]],
        ['w-2', [3]],
      ]),
    );
    // w-2's heartbeats never carried w-1's open lease (it would be stopped as someone else's).
    for (const h of b.requests('heartbeat').filter((r) => r.workerId === 'w-2'))
      expect(h.attemptIds).not.toContain(1);
    expect(db.trials.map((t) => t.status)).toEqual(['done', 'done', 'done']);
    expect(worker.stats).toMatchObject({ completed: 3, lost: 0 });
  });
});

describe('Worker with a training process that crashes', () => {
  /**
   * Real training, except that a bundle holding the poison trial fails as a dead slot
   * process does (what ProcessTrainer returns when its child is killed).
   */
  class PoisonTrainer implements BundleTrainer {
    readonly backend = 'cpu';
    readonly bundles: TrialParams[][] = [];
    private readonly inner = new InlineTrainer('cpu');
    constructor(private readonly poison: string) {}
    async train(trials: TrialParams[], request: TrainRequest): Promise<BundleResult[]> {
      this.bundles.push(trials);
      if (trials.some((p) => trialId(p) === this.poison)) {
        const error = toFailure(new SlotCrashedError({ signal: 'SIGKILL', code: null }));
        return trials.map(() => ({ ok: false, error }));
      }
      return this.inner.train(trials, request);
    }
    async close(): Promise<void> {}
  }

  it('fails the poison trial after its attempts, training retried attempts alone; the others complete', async () => {
    const params = [0, 1, 2, 3].map((s) => tiny(s));
    const poison = trialId(params[1]!);
    const c = new FakeCoordinator(params, 3);
    const trainer = new PoisonTrainer(poison);
    const { worker, exit, lines } = start(c, [trainer], { maxBundle: 4 });
    expect(await exit).toBe(0);

    expect(c.trials.map((t) => t.status)).toEqual(['done', 'failed', 'done', 'done']);
    const p = c.trial(params[1]!);
    expect(p.attempts).toBe(3);
    expect(p.errors).toHaveLength(3);
    // The first attempt crashed with its bundle-mates; the retries trained it alone.
    expect(p.errors[0]).toBe(
      `training process killed by SIGKILL while training trials ${params.map(trialId).join(', ')}`,
    );
    expect(p.errors.slice(1)).toEqual([
      `training process killed by SIGKILL while training trial ${poison}`,
      `training process killed by SIGKILL while training trial ${poison}`,
    ]);
    // The innocent trials completed on their second attempt, each trained alone.
    for (const i of [0, 2, 3]) expect(c.trial(params[i]!).attempts).toBe(2);
    expect(trainer.bundles[0]).toHaveLength(4);
    for (const b of trainer.bundles.slice(1)) expect(b).toHaveLength(1);
    // Every failure was reported retryable: the coordinator's attempt limit decided.
    const fails = c.calls
      .filter((x) => x.method === 'failTrial')
      .map((x) => x.request as RequestOf<'failTrial'>);
    expect(fails).toHaveLength(4 + 2);
    expect(fails.every((f) => f.retryable)).toBe(true);
    expect(worker.stats).toMatchObject({ completed: 3, failed: 6, lost: 0 });
    expect(lines.join('\n')).toMatch(
      /training process killed by SIGKILL while training trials .*; failed as retryable, slot process restarted/,
    );
  });

  it('keeps serving when its trainer cannot train at all, backing off', async () => {
    const params = [tiny(0)];
    const c = new FakeCoordinator(params, 3);
    let calls = 0;
    const inner = new InlineTrainer('cpu');
    const flaky: BundleTrainer = {
      backend: 'cpu',
      async train(trials, request) {
        if (calls++ === 0) throw new Error('slot process could not start');
        return inner.train(trials, request);
      },
      async close() {},
    };
    const { exit, lines } = start(c, [flaky]);
    expect(await exit).toBe(0);
    expect(c.trials[0]).toMatchObject({ status: 'done', attempts: 2 });
    expect(c.trials[0]?.errors).toEqual(['Error: slot process could not start']);
    expect(lines.join('\n')).toMatch(/slot cannot train: slot process could not start/);
  });
});

describe('failures crossing the slot process boundary', () => {
  it('carry the code and retryable of a ThresherError, survive serialization', () => {
    const failure = toFailure(new SlotCrashedError({ signal: null, code: 134 }));
    expect(structuredClone(failure)).toEqual({
      code: 'WORKER_SLOT_CRASHED',
      name: 'SlotCrashedError',
      message: 'training process exited with code 134',
      retryable: true,
    });
    const wrapped = toFailure(
      new Error('slot gone', { cause: new SlotCrashedError({ signal: 'SIGKILL', code: null }) }),
    );
    expect(wrapped).toMatchObject({ code: 'WORKER_SLOT_CRASHED', retryable: true });
    expect(toFailure(new TrainingCancelledError(3))).toMatchObject({
      code: TRAINING_CANCELLED,
      retryable: true,
    });
    expect(toFailure(new TrainingDivergedError(5, Infinity))).toMatchObject({
      code: 'TRAINING_DIVERGED',
      retryable: false,
    });
    expect(toFailure(new Error('boom'))).toEqual({
      code: undefined,
      name: 'Error',
      message: 'boom',
      retryable: true,
    });
  });
});
