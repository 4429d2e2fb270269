/**
 * Simulated workers for the scale bench: light gRPC clients in the bench process that do what a
 * worker does on the wire (RegisterWorker, a LeaseWork loop, Heartbeat every interval the
 * coordinator gives, CompleteTrials per bundle) without training: each result is an honest-looking
 * outcome that passes the coordinator's result checks (libs/store/src/result-check.ts).
 */
import {
  createCoordinatorClient,
  type CoordinatorClient,
  type CoordinatorRpcError,
  type thresher,
} from '@thresher/proto';
import type { LatencyBook } from './scale-latency';
import { sleep } from './bench-processes';

/** proto CompletionStatus.COMPLETION_STATUS_RECORDED (the enum value on the wire). */
const RECORDED = 1;

/**
 * Losses with their ratios computed from them as the trainer does (float64 division), so that
 * interp_ratio and test_ratio match to the last bit; aligned fraction in [0, 1].
 */
const TRAIN_LOSS = 0.1;
const TEST_LOSS = 0.2;
const OLS_TRAIN_LOSS = 0.2;
const OLS_TEST_LOSS = 0.3;
const METRICS: thresher.v1.ITrialMetrics = {
  trainLoss: TRAIN_LOSS,
  testLoss: TEST_LOSS,
  excessRisk: 0.1,
  olsTrainLoss: OLS_TRAIN_LOSS,
  olsTestLoss: OLS_TEST_LOSS,
  olsExcessRisk: 0.1,
  interpRatio: TRAIN_LOSS / OLS_TRAIN_LOSS,
  testRatio: TEST_LOSS / OLS_TEST_LOSS,
  alignedFraction: 0.5,
  converged: true,
};

/**
 * The result of one leased trial: a one-point curve at the trial's last step whose losses are
 * the final ones (a curve must end at `steps`, with the final losses), 1 ms of wall time.
 */
export function simulatedResult(
  trial: thresher.v1.ILeasedTrial,
): thresher.v1.ICompleteTrialRequest {
  const steps = trial.params?.steps ?? 1;
  return {
    attemptId: trial.attemptId ?? 0,
    metrics: METRICS,
    curve: { step: [steps], trainLoss: [TRAIN_LOSS], testLoss: [TEST_LOSS] },
    wallMs: 1,
    backend: 'simulated',
    codeVersion: 'scale-bench',
  };
}

export interface SimWorkerOptions {
  name: string;
  /** Trials asked for per LeaseWork (the coordinator caps it with --max-bundle). */
  capacity: number;
  /** Mean time spent "training" each bundle before its results are sent (0: at once). */
  thinkMs: number;
  /** Pause after each bundle or empty lease, on top of the coordinator's retry_after_ms. */
  pauseMs?: number;
  /** Heartbeat every this long instead of the interval RegisterWorker gives. */
  heartbeatMs?: number;
}

/** One simulated worker; `completed` counts the results the coordinator recorded. */
export class SimWorker {
  completed = 0;
  leased = 0;
  bundles = 0;
  emptyLeases = 0;
  private workerId = '';
  private secret = '';
  private heartbeatEvery = 10_000;
  private readonly open = new Set<number>();
  private running = false;
  private loop: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private heartbeatInFlight = false;

  constructor(
    readonly client: CoordinatorClient,
    private readonly book: LatencyBook,
    readonly options: SimWorkerOptions,
  ) {}

  async register(): Promise<void> {
    const r = await this.book.time('RegisterWorker', () =>
      this.client.registerWorker(
        {
          host: 'scale-bench',
          cores: 1,
          slots: 1,
          backend: 'simulated',
          version: 'scale-bench',
          name: this.options.name,
        },
        { deadlineMs: 120_000 },
      ),
    );
    this.workerId = r.workerId;
    this.secret = r.workerSecret;
    this.heartbeatEvery = this.options.heartbeatMs ?? r.heartbeatIntervalMs;
  }

  /** Starts the lease loop and the heartbeats (idempotent). */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
    // Each worker beats at its own phase, as workers started at different times do: 16
    // heartbeats arriving in the same millisecond would measure the burst, not the coordinator.
    const first = setTimeout(() => {
      void this.heartbeat();
      this.timer = setInterval(() => void this.heartbeat(), this.heartbeatEvery);
    }, Math.random() * this.heartbeatEvery);
    this.timer = first;
  }

  /** Stops asking for work; resolves once the bundle in hand is reported. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.loop;
  }

  private async run(): Promise<void> {
    // With a training time, each worker starts at its own point of a bundle, as in a fleet in
    // the middle of a sweep: 16 first leases in the same millisecond would be a burst no running
    // fleet makes. At once without one (the saturated case).
    if (this.options.thinkMs > 0) await sleep(Math.random() * this.options.thinkMs);
    while (this.running) {
      try {
        await this.once();
      } catch (err) {
        if ((err as CoordinatorRpcError).codeName === 'NOT_FOUND') {
          // The coordinator forgot this worker (retired): register again, as a worker does.
          await this.register().catch(() => undefined);
        }
        await sleep(200);
      }
    }
  }

  private async once(): Promise<void> {
    const r = await this.book.time('LeaseWork', () =>
      this.client.leaseWork(
        { workerId: this.workerId, workerSecret: this.secret, capacity: this.options.capacity },
        { deadlineMs: 120_000 },
      ),
    );
    const trials = r.trials ?? [];
    if (trials.length === 0) {
      this.emptyLeases++;
      await sleep(Math.min(1_000, r.retryAfterMs || 200) + (this.options.pauseMs ?? 0));
      return;
    }
    this.bundles++;
    this.leased += trials.length;
    for (const t of trials) this.open.add(t.attemptId ?? 0);
    try {
      // Bundles take 0.5x to 1.5x the mean, as real trials vary: workers that all took exactly
      // thinkMs would stay in lockstep and report together.
      if (this.options.thinkMs > 0) await sleep(this.options.thinkMs * (0.5 + Math.random()));
      const done = await this.book.time('CompleteTrials', () =>
        this.client.completeTrials(
          {
            workerId: this.workerId,
            workerSecret: this.secret,
            results: trials.map(simulatedResult),
          },
          { deadlineMs: 120_000 },
        ),
      );
      for (const o of done.outcomes ?? []) if (o.status === RECORDED) this.completed++;
    } finally {
      for (const t of trials) this.open.delete(t.attemptId ?? 0);
    }
    if (this.options.pauseMs) await sleep(this.options.pauseMs);
  }

  private async heartbeat(): Promise<void> {
    if (this.heartbeatInFlight || !this.running) return;
    this.heartbeatInFlight = true;
    try {
      await this.book.time('Heartbeat', () =>
        this.client.heartbeat(
          { workerId: this.workerId, workerSecret: this.secret, attemptIds: [...this.open] },
          { deadlineMs: 120_000 },
        ),
      );
    } catch {
      // Counted by the book; the next beat tries again.
    } finally {
      this.heartbeatInFlight = false;
    }
  }
}

/**
 * Clients for `count` simulated workers, worker i on addresses[i mod addresses.length]. grpc-js
 * shares one connection per address among clients with the same options: the coordinators see
 * a few HTTP/2 connections carrying every worker's calls, not one connection per worker.
 */
export class SimWorkerPool {
  readonly workers: SimWorker[] = [];
  private readonly clients = new Map<string, CoordinatorClient>();

  constructor(
    private readonly addresses: string[],
    private readonly book: LatencyBook,
    private readonly defaults: Omit<SimWorkerOptions, 'name'>,
  ) {}

  clientFor(address: string): CoordinatorClient {
    let c = this.clients.get(address);
    if (!c) this.clients.set(address, (c = createCoordinatorClient(address)));
    return c;
  }

  /** Registrations refused, by error text (each retried, up to 5 times). */
  readonly refusedRegistrations: Record<string, number> = {};

  /**
   * Registers workers until the pool holds `count` (20 registrations in flight at a time), or
   * until `deadline` (performance.now() ms) passes: then with fewer, the ones registered so far.
   */
  async grow(count: number, deadline = Number.POSITIVE_INFINITY): Promise<SimWorker[]> {
    const added: SimWorker[] = [];
    for (let i = this.workers.length; i < count; i += 20) {
      if (performance.now() > deadline) break;
      const batch: SimWorker[] = [];
      for (let k = i; k < Math.min(count, i + 20); k++) {
        const address = this.addresses[k % this.addresses.length] as string;
        batch.push(
          new SimWorker(this.clientFor(address), this.book, { ...this.defaults, name: `sim-${k}` }),
        );
      }
      await Promise.all(batch.map((w) => this.register(w)));
      this.workers.push(...batch);
      added.push(...batch);
    }
    return added;
  }

  /**
   * A refused registration is retried (the worker would retry only UNAVAILABLE and the like; the
   * bench retries any refusal, counts it, and goes on measuring).
   */
  private async register(w: SimWorker): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await w.register();
      } catch (err) {
        const text = (err as Error).message;
        this.refusedRegistrations[text] = (this.refusedRegistrations[text] ?? 0) + 1;
        if (attempt >= 5) throw err;
        await sleep(100 * attempt);
      }
    }
  }

  start(): void {
    for (const w of this.workers) w.start();
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.stop()));
  }

  completed(): number {
    return this.workers.reduce((s, w) => s + w.completed, 0);
  }

  bundles(): number {
    return this.workers.reduce((s, w) => s + w.bundles, 0);
  }

  leased(): number {
    return this.workers.reduce((s, w) => s + w.leased, 0);
  }

  /** LeaseWork answers with no trial (no work left, or the coordinator held bundles back). */
  emptyLeases(): number {
    return this.workers.reduce((s, w) => s + w.emptyLeases, 0);
  }

  close(): void {
    for (const c of this.clients.values()) c.close();
  }
}
