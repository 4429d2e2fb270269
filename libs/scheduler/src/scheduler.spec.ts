import { openStore, type Store } from '@thresher/store';
import { SweepValidationError, type TrialMetrics } from '@thresher/sweep';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UnknownSweepError } from '@thresher/store';
import { InvalidRequestError, UnknownWorkerError, WorkerCredentialsError } from './errors';
import { hashWorkerSecret } from './worker-credentials';
import { Scheduler } from './scheduler';
import { holdLoop, nextTimers } from './test-support/hold-loop';

const metrics: TrialMetrics = {
  train_loss: 0.01,
  test_loss: 0.3,
  excess_risk: 0.1,
  ols_train_loss: 0.2,
  ols_test_loss: 0.25,
  ols_excess_risk: 0.02,
  interp_ratio: 0.05,
  test_ratio: 1.2,
  aligned_fraction: 0.8,
  converged: true,
};

const sweep = (name: string, n: number[] = [8, 16, 32], width: number[] = [8, 16]) => ({
  name,
  grid: { n, width },
  fixed: { steps: 20, test_size: 50 },
});

describe('Scheduler over a real SQLite store', () => {
  let dir: string;
  let store: Store;
  let clock: number;
  const now = () => new Date(clock);
  // These tests are about counts, not shapes: any padding is accepted (see 'sizes bundles').
  const make = (options = {}) =>
    new Scheduler(store, { leaseMs: 1_000, maxBundle: 4, maxPadding: 1e9, ...options }, { now });

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'thresher-scheduler-'));
    store = await openStore(path.join(dir, 'queue.db'));
    // The store stamps sweeps with the real clock: the test clock starts there.
    clock = Date.now();
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const register = (s: Scheduler, name = 'w') =>
    s.registerWorker({ host: 'h', cores: 2, backend: 'cpu', version: 't', name });

  it('validates, expands and stores a sweep idempotently', async () => {
    const s = make();
    expect(await s.submitSweep(sweep('a'))).toMatchObject({
      name: 'a',
      inserted: 6,
      existing: 0,
      total: 6,
    });
    expect(await s.submitSweep(sweep('a'))).toMatchObject({ inserted: 0, existing: 6, total: 6 });
    // A second sweep sharing trials links them instead of training them twice.
    expect(await s.submitSweep(sweep('b', [32, 64]))).toMatchObject({
      inserted: 2,
      existing: 2,
      total: 4,
    });
    const err = await s
      .submitSweep({ name: 'bad', grid: { n: [8], widht: [3] } })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SweepValidationError);
    expect((err as SweepValidationError).issues.map((i) => i.path).join()).toMatch(/widht/);
  });

  it('inserts a large grid in chunks, answering before it is complete, and joins a resubmission', async () => {
    // 3 x 40 x 25 = 3 000 trials over a limit of 100: chunks of 100-20 000 trials.
    const s = make({ chunkedInsertAbove: 100, submitWaitMs: 0 });
    const big = {
      name: 'big',
      grid: { n: { range: [8, 10] }, width: { range: [1, 40] }, seed: { range: [0, 24] } },
      fixed: { steps: 2, test_size: 10 },
    };
    const first = await s.submitSweep(big);
    expect(first).toMatchObject({ name: 'big', total: 3000, inserting: true });
    const during = await s.sweepStatus('big');
    expect(during).toMatchObject({ inserting: true, expectedTrials: 3000 });
    expect(during.total).toBeLessThan(3000);
    // The same file again joins the insert; it is idempotent once complete too.
    expect(await s.submitSweep(big)).toMatchObject({ total: 3000 });
    await s.insertsSettled();
    expect(await s.sweepStatus('big')).toMatchObject({
      inserting: false,
      total: 3000,
      pending: 3000,
    });
    expect(await s.submitSweep({ ...big })).toMatchObject({ total: 3000 });
    await s.insertsSettled();
    expect(await s.sweepStatus('big')).toMatchObject({ inserting: false, total: 3000 });
    // Every trial once: the grid's ids, no more.
    expect(new Set((await store.trialResults('big')).map((r) => r.trial_id)).size).toBe(3000);
  });

  it('paces its walks on SQLite: cancel and retry get the background pace', async () => {
    // The real store, its walks' options recorded on the way in.
    const walks: unknown[] = [];
    const recording = new Proxy(store, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (property !== 'cancelSweep' && property !== 'retryFailed') return value;
        return (name: string, walk: unknown) => {
          walks.push(walk);
          return (value as (n: string, w: unknown) => Promise<number>).call(target, name, walk);
        };
      },
    });
    const s = new Scheduler(recording, { leaseMs: 1_000 }, { now });
    await s.submitSweep(sweep('a'));
    expect(await s.cancelSweep('a')).toBe(6);
    expect(await s.retrySweep('a')).toBe(6);
    expect(walks).toHaveLength(2);
    for (const walk of walks) expect(typeof (walk as { pace?: unknown }).pace).toBe('function');
  });

  it('resumes an insert that a stopped coordinator left half done', async () => {
    const big = {
      name: 'half',
      grid: { n: { range: [8, 57] }, seed: { range: [0, 19] } },
      fixed: { width: 8, steps: 2, test_size: 10 },
    };
    const before = make({ chunkedInsertAbove: 100, submitWaitMs: 0 });
    await before.submitSweep(big);
    await before.stop(); // after its current chunk: the rest is left in the database
    const left = await store.pendingSweepInserts();
    expect(left).toHaveLength(1);
    expect(left[0]!.nextIndex).toBeLessThan(1000);
    expect((await store.listSweeps('half'))[0]).toMatchObject({ inserting: true });

    const after = make({ chunkedInsertAbove: 100 });
    after.start();
    await after.insertsSettled();
    await after.stop();
    expect(await store.pendingSweepInserts()).toEqual([]);
    expect(await after.sweepStatus('half')).toMatchObject({
      inserting: false,
      total: 1000,
      pending: 1000,
    });
  });

  it('sizes bundles: like shapes only, heaviest first, bounded by the slot speed and memory', async () => {
    const s = make({ maxPadding: undefined, maxBundle: 64 });
    const grid = { n: [64, 512, 4096], width: [64, 1024], seed: { range: [0, 2] } };
    await s.submitSweep({ name: 'mixed', grid, fixed: { steps: 3000, d: 5 } });
    const { workerId } = await register(s);
    const fast = { flopsPerSecond: 1e12 };
    const first = await s.leaseWork(workerId, 64, fast);
    // The three seeds of the heaviest shape, and no smaller shape padded up to it.
    expect(first.leases.map((l) => [l.params.n, l.params.width])).toEqual([
      [4096, 1024],
      [4096, 1024],
      [4096, 1024],
    ]);
    // At 1 GFLOP/s, 60 s of work holds one (512, 1024) trial of 3000 steps (~57 GFLOP), not two.
    const slow = await s.leaseWork(workerId, 64, { flopsPerSecond: 1e9 });
    expect(slow.leases.map((l) => [l.params.n, l.params.width])).toEqual([[512, 1024]]);
    // A tiny memory budget: one trial per bundle.
    const tight = await s.leaseWork(workerId, 64, { ...fast, memoryBytes: 1 });
    expect(tight.leases).toHaveLength(1);
    const rest = await s.leaseWork(workerId, 64, fast);
    for (const l of rest.leases) expect(l.params.width).toBe(rest.leases[0]?.params.width);
  });

  it('leases bundles of at most maxBundle compatible trials and only to known workers', async () => {
    const s = make();
    await s.submitSweep(sweep('a'));
    const { workerId, heartbeatIntervalMs, leaseMs, maxBundle } = await register(s);
    expect({ leaseMs, heartbeatIntervalMs, maxBundle }).toEqual({
      leaseMs: 1000,
      heartbeatIntervalMs: 333,
      maxBundle: 4,
    });
    const first = await s.leaseWork(workerId, 100);
    expect(first.leases).toHaveLength(4);
    expect(first.retryAfterMs).toBe(0);
    expect((await s.leaseWork(workerId, 1)).leases).toHaveLength(1);
    expect((await s.leaseWork(workerId, 0)).leases).toHaveLength(0);
    expect((await s.leaseWork(workerId, 5)).leases).toHaveLength(1);
    const empty = await s.leaseWork(workerId, 5);
    expect(empty).toEqual({ leases: [], retryAfterMs: s.options.idleRetryMs });
    await expect(s.leaseWork('nobody-1', 1)).rejects.toBeInstanceOf(UnknownWorkerError);
    await expect(s.leaseWork(workerId, -1)).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it('knows workers registered before a restart (a new Scheduler on the same database)', async () => {
    const { workerId } = await register(make());
    await make().submitSweep(sweep('a'));
    expect((await make().leaseWork(workerId, 2)).leases).toHaveLength(2);
  });

  it('gives each worker a secret of its own, kept only as a hash, checked by every scheduler', async () => {
    const a = await register(make(), 'a');
    const b = await register(make(), 'b');
    expect(a.secret).not.toBe(b.secret);
    expect(await store.workerSecretHash(a.workerId)).toBe(hashWorkerSecret(a.secret));
    expect(await store.workerSecretHash(a.workerId)).not.toContain(a.secret);
    // A new scheduler (a restart, or another coordinator of the database) reads the hash.
    await make().verifyWorker(a.workerId, a.secret);
    for (const wrong of [b.secret, '', undefined, `${a.secret}x`]) {
      await expect(make().verifyWorker(a.workerId, wrong)).rejects.toBeInstanceOf(
        WorkerCredentialsError,
      );
    }
    await expect(make().verifyWorker('nobody-1', a.secret)).rejects.toBeInstanceOf(
      UnknownWorkerError,
    );
  });

  it('retires workers unseen for retireAfterMs and caps the live ones', async () => {
    const s = make({ retireAfterMs: 10_000, maxWorkers: 2 });
    const a = await register(s, 'a');
    clock += 5_000;
    await register(s, 'b');
    await expect(register(s, 'c')).rejects.toMatchObject({
      code: 'TOO_MANY_WORKERS',
      message: expect.stringContaining('2 live workers already registered (limit: --max-workers)'),
    });
    // a heartbeats, b goes quiet: 10 s later b is retired (history), a is live.
    clock += 6_000;
    await s.heartbeat(a.workerId, []);
    clock += 5_000;
    expect((await s.listWorkers()).map((w) => w.workerId)).toEqual([a.workerId]);
    const c = await register(s, 'c');
    expect((await s.listWorkers()).map((w) => w.workerId).sort()).toEqual(
      [a.workerId, c.workerId].sort(),
    );
    expect(await store.listWorkers()).toHaveLength(3);
    // Pages of live workers, by id.
    const [first] = await s.listWorkers({ limit: 1 });
    expect(await s.listWorkers({ limit: 5, after: first!.workerId })).toHaveLength(1);
  });

  it('reaps expired leases back to the queue, then fails trials after maxAttempts', async () => {
    const s = make({ maxAttempts: 2 });
    await s.submitSweep(sweep('a', [8], [8]));
    const { workerId } = await register(s);
    for (const attempt of [1, 2]) {
      const [lease] = (await s.leaseWork(workerId, 1)).leases;
      expect(lease?.attempt).toBe(attempt);
      clock += 999;
      expect(await s.reapExpired()).toBe(0);
      clock += 2;
      expect(await s.reapExpired()).toBe(1);
    }
    const status = await s.sweepStatus('a');
    expect(status).toMatchObject({ failed: 1, pending: 0, leased: 0, etaSeconds: 0 });
  });

  it('heartbeats extend leases, and a cancelled sweep makes the heartbeat say stop', async () => {
    const s = make();
    await s.submitSweep(sweep('a', [8, 16], [8]));
    const { workerId } = await register(s);
    const ids = (await s.leaseWork(workerId, 2)).leases.map((l) => l.attemptId);
    clock += 800;
    expect(await s.heartbeat(workerId, ids, [{ attemptId: ids[0]!, step: 10 }])).toEqual({
      extended: ids,
      stop: [],
    });
    clock += 800; // past the first expiry, within the extended one
    await s.reapExpired();
    expect((await s.heartbeat(workerId, ids)).extended).toEqual(ids);
    expect(await s.cancelSweep('a')).toBe(2);
    expect((await s.heartbeat(workerId, ids)).stop.sort()).toEqual([...ids].sort());
    await expect(s.cancelSweep('zzz')).rejects.toBeInstanceOf(UnknownSweepError);
  });

  it('records results once, requeues retryable failures, and computes throughput and ETA', async () => {
    const s = make({ maxAttempts: 3 });
    await s.submitSweep(sweep('a', [8, 16, 32, 64], [8]));
    // Rates are measured between status reads: this first one is where they count from.
    expect((await s.sweepStatus('a')).etaSeconds).toBeUndefined();
    const { workerId } = await register(s);
    const leases = (await s.leaseWork(workerId, 4)).leases;
    const [l1, l2, l3, l4] = leases.map((l) => l.attemptId) as [number, number, number, number];
    const result = {
      workerId,
      metrics,
      curve: [{ step: 20, train_loss: 0.01, test_loss: 0.3 }],
      wallMs: 5,
      backend: 'cpu',
    };
    clock += 10_000;
    expect(await s.completeTrial({ ...result, attemptId: l1 })).toBe('recorded');
    expect(await s.completeTrial({ ...result, attemptId: l1 })).toBe('duplicate');
    expect(await s.completeTrial({ ...result, attemptId: l2 })).toBe('recorded');
    expect(await s.failTrial({ workerId, attemptId: l3, error: 'oom', retryable: true })).toBe(
      'requeued',
    );
    expect(
      await s.failTrial({ workerId, attemptId: l4, error: 'diverged', retryable: false }),
    ).toBe('failed');
    const status = await s.sweepStatus('a');
    expect(status).toMatchObject({
      done: 2,
      pending: 1,
      failed: 1,
      total: 4,
      stepsDone: 40,
      stepsTotal: 80,
    });
    // 2 trials in the 10 s since the first read.
    expect(status.trialsPerSecond).toBeCloseTo(0.2, 2);
    expect(status.trialStepsPerSecond).toBeCloseTo(4, 1);
    expect(status.etaSeconds).toBeCloseTo(5, 1); // 1 pending trial x 20 steps / 4 steps/s
    expect(await s.retrySweep('a')).toBe(1);
    expect((await s.sweepStatus('a')).pending).toBe(2);
  });

  it('counts the steps of running trials: rate and ETA move before any trial finishes', async () => {
    const s = make();
    await s.submitSweep(sweep('p', [8, 16], [8])); // 2 trials x 20 steps
    const { workerId } = await register(s);
    const ids = (await s.leaseWork(workerId, 2)).leases.map((l) => l.attemptId) as [number, number];
    await s.heartbeat(workerId, ids, [
      { attemptId: ids[0], step: 2 },
      { attemptId: ids[1], step: 2 },
    ]);
    const first = await s.sweepStatus('p');
    expect(first).toMatchObject({ done: 0, stepsDone: 4, stepsRunning: 4, stepsFinished: 0 });
    clock += 800; // within the 1 s lease
    await s.heartbeat(workerId, ids, [
      { attemptId: ids[0], step: 10 },
      { attemptId: ids[1], step: 10 },
    ]);
    const later = await s.sweepStatus('p');
    expect(later.done).toBe(0);
    expect(later.stepsDone).toBe(20);
    expect(later.trialStepsPerSecond).toBeCloseTo(20, 6); // (20 - 4) steps in 0.8 s
    expect(later.etaSeconds).toBeCloseTo(1, 6); // 40 - 20 steps left at 20 steps/s
  });

  it('drain hands every open lease back', async () => {
    const s = make();
    await s.submitSweep(sweep('a'));
    const { workerId } = await register(s);
    await s.leaseWork(workerId, 3);
    expect(await s.drain(workerId)).toBe(3);
    expect((await s.sweepStatus('a')).pending).toBe(6);
    expect((await s.listWorkers())[0]).toMatchObject({ workerId, state: 'drained', leased: 0 });
  });

  it('holds bundles back while its event loop runs late, and hands them out once it catches up', async () => {
    const s = make({ leaseMs: 10_000, leaseLagTargetMs: 25 });
    await s.submitSweep(sweep('a'));
    const { workerId } = await register(s);
    s.start();
    try {
      // A loop held up sample after sample (see loop-lag.spec) with few worker calls: not
      // the workers' doing, so the bundle goes out.
      await holdLoop(4, 80);
      expect(s.loopLagMs()).toBeGreaterThan(25);
      const first = await s.leaseWork(workerId, 1);
      expect(first.leases).toHaveLength(1);
      // The same lag with the workers calling (heartbeats, 10 and more in 200 ms): held back.
      await holdLoop(4, 80);
      for (let i = 0; i < 12; i++) await s.heartbeat(workerId, []);
      expect(s.loopLagMs()).toBeGreaterThan(25);
      const held = await s.leaseWork(workerId, 4);
      expect(held.leases).toEqual([]);
      expect(held.heldBack).toBe(true);
      // About twice the lag (jittered by a quarter), never past 1.25 s.
      expect(held.retryAfterMs).toBeGreaterThanOrEqual(Math.min(1_000, 2 * 25) * 0.75);
      expect(held.retryAfterMs).toBeLessThanOrEqual(1_250);
      expect(s.deferredLeases).toBe(1);
      expect((await s.sweepStatus('a')).pending).toBe(5);
      // Waits for the event (the loop on time again); the deadline is only a backstop.
      const deadline = Date.now() + 30_000;
      while (s.loopLagMs() > 25 && Date.now() < deadline) await nextTimers();
      expect((await s.leaseWork(workerId, 4)).leases).toHaveLength(4);
      expect(s.deferredLeases).toBe(1);
    } finally {
      await s.stop();
    }
  });

  it('the reaper loop runs on its own', async () => {
    const s = new Scheduler(store, { leaseMs: 100, reapIntervalMs: 20 });
    await s.submitSweep(sweep('a', [8], [8]));
    const { workerId } = await register(s);
    await s.leaseWork(workerId, 1);
    s.start();
    try {
      // Waits for the event (the lease back in the queue); the deadline is only a backstop.
      const deadline = Date.now() + 30_000;
      while ((await s.sweepStatus('a')).pending === 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      expect((await s.sweepStatus('a')).pending).toBe(1);
    } finally {
      await s.stop();
    }
  });
});

describe('fair share of the queue', () => {
  let dir: string;
  let store: Store;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'thresher-share-'));
    store = await openStore(path.join(dir, 'queue.db'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('splits the tail of a sweep over the active workers instead of one worker taking it all', async () => {
    const s = new Scheduler(store, { maxBundle: 64, maxPadding: 1e9 });
    const reg = (name: string) =>
      s.registerWorker({ host: 'h', cores: 1, backend: 'cpu', version: 't', name });
    const [a, b] = [await reg('a'), await reg('b')];
    await s.submitSweep(sweep('tail', [8, 16, 32, 64, 128], [8, 16])); // 10 trials
    // Right after a submission the share is unknown: a full bundle is allowed...
    await s.sweepStatus('tail');
    const first = await s.leaseWork(a.workerId, 64);
    // ...but once computed, 10 pending over 2 workers caps bundles at 5.
    const fresh = new Scheduler(store, { maxBundle: 64, maxPadding: 1e9 });
    expect(first.leases.length).toBeGreaterThan(0);
    await s.drain(a.workerId);
    await s.registerWorker({ host: 'h', cores: 1, backend: 'cpu', version: 't', name: 'c' });
    const fromB = await fresh.leaseWork(b.workerId, 64);
    expect(fromB.leases).toHaveLength(5); // 10 pending, 2 active workers (a drained; b, c)
  });
});
