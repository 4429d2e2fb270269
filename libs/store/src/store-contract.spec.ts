import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { batchCompatibilityKey, trialFlops, type TrialParams } from '@thresher/sweep';
import { openStore } from './open-store';
import type { Store } from './store';
import {
  InvalidInputError,
  InvalidResultError,
  ReadOnlyStoreError,
  ForeignAttemptError,
  SearchRoundTakenError,
  UnknownSweepError,
} from './errors';
import { DIALECTS, freshLocation } from './test-support/databases';
import { grid, outcome, trial } from './test-support/fixtures';

const T0 = new Date('2026-01-01T00:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
/** The queue's order: estimated flops descending, then submission order (a stable sort). */
const heaviestFirst = <T extends { params: TrialParams }>(trials: T[]) =>
  [...trials].sort((a, b) => trialFlops(b.params) - trialFlops(a.params));
const worker = { host: 'h', cores: 2, backend: 'tensorflow', version: '0.1.0' };

describe.each(DIALECTS)('Store contract on %s', (dialect) => {
  let store: Store;
  let location: string;
  beforeEach(async () => {
    location = freshLocation(dialect);
    store = await openStore(location);
  });
  afterEach(async () => {
    await store.close();
  });

  it('inserts a sweep idempotently and shares trials between sweeps', async () => {
    const trials = grid([8, 16], [0, 1, 2]);
    const first = await store.insertSweep({ name: 'a', spec: { grid: { n: [8, 16] } }, trials });
    expect(first).toMatchObject({ inserted: 6, existing: 0, total: 6 });
    const again = await store.insertSweep({ name: 'a', spec: {}, trials: [...trials, trials[0]!] });
    expect(again).toMatchObject({ sweepId: first.sweepId, inserted: 0, existing: 6, total: 6 });
    // Sweep b shares the n=16 trials and adds n=32.
    const b = await store.insertSweep({ name: 'b', spec: {}, trials: grid([16, 32], [0, 1, 2]) });
    expect(b).toMatchObject({ inserted: 3, existing: 3, total: 6 });
    expect(await store.sweepCounts('a')).toMatchObject({ pending: 6, total: 6 });
    expect(await store.sweepCounts('b')).toMatchObject({ pending: 6, total: 6 });
    expect((await store.getSweep('a'))?.spec).toEqual({ grid: { n: [8, 16] } });
    // Nine distinct trials in all: leasing everything never hands one out twice.
    const leases = await store.leaseTrials({ workerId: 'w', max: 100, leaseMs: 1000, now: T0 });
    expect(leases).toHaveLength(9);
    expect(new Set(leases.map((l) => l.trialId)).size).toBe(9);
    const rows = await store.trialResults();
    expect(rows).toHaveLength(12); // one row per (sweep, trial)
    const summaries = await store.listSweeps();
    expect(summaries.map((s) => [s.name, s.leased, s.stepsTotal])).toEqual([
      ['a', 6, 60_000],
      ['b', 6, 60_000],
    ]);
  });

  it('rejects bad input at the boundary', async () => {
    const good = trial();
    await expect(store.insertSweep({ name: '', spec: {}, trials: [good] })).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    await expect(
      store.insertSweep({ name: 'x', spec: {}, trials: [{ trialId: 'f00', params: good.params }] }),
    ).rejects.toThrow(/hash of its parameters/);
    await expect(
      store.insertSweep({
        name: 'x',
        spec: {},
        trials: [{ ...good, params: { ...good.params, lr: Number.NaN } }],
      }),
    ).rejects.toThrow(/lr/);
    await expect(store.sweepCounts('nope')).rejects.toBeInstanceOf(UnknownSweepError);
    await expect(
      store.leaseTrials({ workerId: 'w', max: 0, leaseMs: 1, now: T0 }),
    ).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('leases one batch key at a time, heaviest first, then in submission order', async () => {
    const gd = grid([8, 16], [0, 1], { steps: 100 });
    const adam = grid([8, 16], [0, 1], { optimizer: 'adam', steps: 100 });
    await store.insertSweep({ name: 'old', spec: {}, trials: gd });
    await store.insertSweep({ name: 'new', spec: {}, trials: adam });
    // Adam costs more per step than GD at the same shape: the newer sweep goes first.
    const first = await store.leaseTrials({ workerId: 'w1', max: 10, leaseMs: 1000, now: T0 });
    expect(first.map((l) => l.trialId)).toEqual(heaviestFirst(adam).map((t) => t.trialId));
    expect(first.map((l) => l.params.n)).toEqual([16, 16, 8, 8]);
    expect(new Set(first.map((l) => batchCompatibilityKey(l.params))).size).toBe(1);
    expect(first[0]).toMatchObject({ attempt: 1, expiresAt: at(1000), params: adam[2]!.params });
    const second = await store.leaseTrials({ workerId: 'w2', max: 3, leaseMs: 1000, now: T0 });
    expect(second.map((l) => l.trialId)).toEqual(
      heaviestFirst(gd)
        .slice(0, 3)
        .map((t) => t.trialId),
    );
    expect(
      await store.leaseTrials({ workerId: 'w2', max: 3, leaseMs: 1000, now: T0 }),
    ).toHaveLength(1);
    expect(await store.leaseTrials({ workerId: 'w2', max: 3, leaseMs: 1000, now: T0 })).toEqual([]);
  });

  it('heartbeat extends live leases and stops expired, foreign, unknown and cancelled ones', async () => {
    await store.insertSweep({ name: 's', spec: {}, trials: grid([8], [0, 1, 2]) });
    const [a, b, c] = await store.leaseTrials({ workerId: 'w1', max: 3, leaseMs: 1000, now: T0 });
    const hb = await store.heartbeat({
      workerId: 'w1',
      attemptIds: [a!.attemptId, b!.attemptId, 9999],
      leaseMs: 5000,
      now: at(500),
      progress: [{ attemptId: a!.attemptId, step: 40 }],
    });
    expect(hb).toEqual({ extended: [a!.attemptId, b!.attemptId], stop: [9999] });
    // c was not heartbeated: expired at 1000. a/b now live until 5500.
    const later = await store.heartbeat({
      workerId: 'w1',
      attemptIds: [a!.attemptId, c!.attemptId],
      leaseMs: 5000,
      now: at(2000),
    });
    expect(later).toEqual({ extended: [a!.attemptId], stop: [c!.attemptId] });
    expect(
      await store.heartbeat({
        workerId: 'w2',
        attemptIds: [b!.attemptId],
        leaseMs: 5000,
        now: at(2000),
      }),
    ).toEqual({
      extended: [],
      stop: [b!.attemptId],
    });
    expect(await store.cancelSweep('s')).toBe(3);
    expect(
      await store.heartbeat({
        workerId: 'w1',
        attemptIds: [a!.attemptId],
        leaseMs: 5000,
        now: at(2100),
      }),
    ).toEqual({
      extended: [],
      stop: [a!.attemptId],
    });
  });

  it('records exactly one result; a late duplicate changes nothing', async () => {
    const t = trial();
    await store.insertSweep({ name: 's', spec: {}, trials: [t] });
    await store.upsertWorker({ workerId: 'w1', ...worker }, T0);
    const [first] = await store.leaseTrials({ workerId: 'w1', max: 1, leaseMs: 1000, now: T0 });
    expect(await store.expireLeases(at(1500), 3)).toBe(1);
    const [second] = await store.leaseTrials({
      workerId: 'w2',
      max: 1,
      leaseMs: 1000,
      now: at(1600),
    });
    expect(second).toMatchObject({ trialId: t.trialId, attempt: 2 });
    // The expired lease finishes first: its result counts, the newer lease is told to stop.
    expect(
      await store.completeAttempt({
        attemptId: first!.attemptId,
        workerId: 'w1',
        outcome: outcome(3),
        now: at(1700),
        codeVersion: 'abc123',
      }),
    ).toBe('recorded');
    expect(
      await store.heartbeat({
        workerId: 'w2',
        attemptIds: [second!.attemptId],
        leaseMs: 1000,
        now: at(1800),
      }),
    ).toEqual({
      extended: [],
      stop: [second!.attemptId],
    });
    expect(
      await store.completeAttempt({
        attemptId: second!.attemptId,
        workerId: 'w2',
        outcome: outcome(7, { train_loss: 9 }),
        now: at(1900),
      }),
    ).toBe('duplicate');
    const [row] = await store.trialResults('s');
    expect(row).toMatchObject({
      status: 'done',
      train_loss: 0.01,
      converged: true,
      bias: false,
      worker: 'w1',
      attempts: 2,
      code_version: 'abc123',
      wall_ms: 123.5,
      backend: 'tensorflow',
    });
    expect(await store.trialCurve(t.trialId)).toEqual(outcome(3).curve);
    expect((await store.trialAttempts(t.trialId)).map((a) => a.outcome)).toEqual([
      'completed',
      'superseded',
    ]);
    expect((await store.listWorkers())[0]).toMatchObject({
      workerId: 'w1',
      completed: 1,
      leased: 0,
    });
  });

  it('records a batch of completions in one call', async () => {
    const trials = grid([8, 16, 32], [0]);
    await store.insertSweep({ name: 's', spec: {}, trials });
    const [a, b, c] = await store.leaseTrials({ workerId: 'w', max: 3, leaseMs: 1000, now: T0 });
    const report = (attemptId: number, loss: number) => ({
      attemptId,
      workerId: 'w',
      outcome: outcome(4, { train_loss: loss }),
      now: at(10),
    });
    // One invalid report rejects the whole batch and writes nothing.
    const bad = { ...report(c!.attemptId, 1), outcome: outcome(4, { interp_ratio: Number.NaN }) };
    await expect(store.completeAttempts([report(a!.attemptId, 1), bad])).rejects.toThrow(
      /reports\[1\]\.metrics\.interp_ratio/,
    );
    expect(await store.sweepCounts('s')).toMatchObject({ leased: 3, done: 0 });
    // The same attempt twice in a batch: the first wins.
    expect(
      await store.completeAttempts([
        report(a!.attemptId, 1),
        report(b!.attemptId, 2),
        report(a!.attemptId, 3),
      ]),
    ).toEqual(['recorded', 'recorded', 'duplicate']);
    expect(
      await store.completeAttempts([report(c!.attemptId, 4), report(b!.attemptId, 5)]),
    ).toEqual(['recorded', 'duplicate']);
    // Leased heaviest first (n 32, 16, 8); results listed in grid order.
    expect((await store.trialResults('s')).map((r) => r.train_loss)).toEqual([4, 2, 1]);
    expect(await store.completeAttempts([])).toEqual([]);
  });

  it('rejects non-finite metrics with a typed error and stores nothing', async () => {
    const t = trial();
    await store.insertSweep({ name: 's', spec: {}, trials: [t] });
    const [lease] = await store.leaseTrials({ workerId: 'w', max: 1, leaseMs: 1000, now: T0 });
    const bad = outcome(2, { test_loss: Number.POSITIVE_INFINITY });
    const error = await store
      .completeAttempt({ attemptId: lease!.attemptId, workerId: 'w', outcome: bad, now: at(1) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResultError);
    expect(error).toMatchObject({
      name: 'InvalidResultError',
      field: 'metrics.test_loss',
      retryable: false,
    });
    const nanCurve = outcome(2);
    nanCurve.curve[1]!.train_loss = Number.NaN;
    await expect(
      store.completeAttempt({
        attemptId: lease!.attemptId,
        workerId: 'w',
        outcome: nanCurve,
        now: at(1),
      }),
    ).rejects.toThrow(/curve\[1\]/);
    await expect(
      store.completeAttempt({
        attemptId: lease!.attemptId,
        workerId: 'other',
        outcome: outcome(),
        now: at(1),
      }),
    ).rejects.toBeInstanceOf(ForeignAttemptError);
    expect(await store.sweepCounts('s')).toMatchObject({ leased: 1, done: 0 });
  });

  it('requeues retryable failures until maxAttempts, keeping every error', async () => {
    const t = trial();
    await store.insertSweep({ name: 's', spec: {}, trials: [t] });
    const outcomes: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const [lease] = await store.leaseTrials({
        workerId: 'w',
        max: 1,
        leaseMs: 1000,
        now: at(i * 10),
      });
      expect(lease?.attempt).toBe(i);
      outcomes.push(
        await store.failAttempt({
          attemptId: lease!.attemptId,
          workerId: 'w',
          error: `oom ${i}`,
          retryable: true,
          now: at(i * 10 + 1),
          maxAttempts: 3,
        }),
      );
    }
    expect(outcomes).toEqual(['requeued', 'requeued', 'failed']);
    expect(await store.leaseTrials({ workerId: 'w', max: 1, leaseMs: 1000, now: at(100) })).toEqual(
      [],
    );
    const [row] = await store.trialResults('s');
    expect(row).toMatchObject({ status: 'failed', attempts: 3, error: 'oom 3' });
    expect((await store.trialAttempts(t.trialId)).map((a) => [a.error, a.retryable])).toEqual([
      ['oom 1', true],
      ['oom 2', true],
      ['oom 3', true],
    ]);
    // A non-retryable error fails at once; retryFailed gives a fresh budget.
    expect(await store.retryFailed('s')).toBe(1);
    const [again] = await store.leaseTrials({ workerId: 'w', max: 1, leaseMs: 1000, now: at(200) });
    expect(
      await store.failAttempt({
        attemptId: again!.attemptId,
        workerId: 'w',
        error: 'diverged',
        retryable: false,
        now: at(201),
        maxAttempts: 3,
      }),
    ).toBe('failed');
    // A report for a lease that is no longer current is ignored.
    expect(
      await store.failAttempt({
        attemptId: again!.attemptId,
        workerId: 'w',
        error: 'late',
        retryable: true,
        now: at(202),
        maxAttempts: 3,
      }),
    ).toBe('ignored');
    expect(await store.sweepCounts('s')).toMatchObject({ failed: 1 });
  });

  it('expires leases: requeue, then fail after maxAttempts', async () => {
    await store.insertSweep({ name: 's', spec: {}, trials: grid([8], [0, 1]) });
    await store.leaseTrials({ workerId: 'w', max: 2, leaseMs: 1000, now: T0 });
    expect(await store.expireLeases(at(999), 2)).toBe(0);
    expect(await store.expireLeases(at(1000), 2)).toBe(2);
    expect(await store.sweepCounts('s')).toMatchObject({ pending: 2, leased: 0 });
    await store.leaseTrials({ workerId: 'w', max: 2, leaseMs: 1000, now: at(2000) });
    expect(await store.expireLeases(at(5000), 2)).toBe(2);
    expect(await store.sweepCounts('s')).toMatchObject({ failed: 2 });
    expect((await store.trialResults('s'))[0]?.error).toMatch(/lease expired/);
  });

  it('releases a worker’s leases without using up attempts', async () => {
    await store.insertSweep({ name: 's', spec: {}, trials: grid([8], [0, 1, 2]) });
    await store.leaseTrials({ workerId: 'w1', max: 2, leaseMs: 1000, now: T0 });
    await store.leaseTrials({ workerId: 'w2', max: 1, leaseMs: 1000, now: T0 });
    expect(await store.releaseWorker('w1', at(10))).toBe(2);
    expect(await store.sweepCounts('s')).toMatchObject({ pending: 2, leased: 1 });
    const again = await store.leaseTrials({ workerId: 'w3', max: 5, leaseMs: 1000, now: at(20) });
    expect(again.map((l) => l.attempt)).toEqual([1, 1]);
  });

  it('cancels a sweep but keeps trials another active sweep needs', async () => {
    await store.insertSweep({ name: 'a', spec: {}, trials: grid([8, 16], [0]) });
    await store.insertSweep({ name: 'b', spec: {}, trials: grid([16, 32], [0]) });
    const leaseOne = async () =>
      (await store.leaseTrials({ workerId: 'w', max: 1, leaseMs: 1000, now: T0 }))[0];
    expect((await leaseOne())?.params.n).toBe(32); // heaviest first: b's n=32
    expect((await leaseOne())?.params.n).toBe(16);
    const eight = await leaseOne();
    expect(eight?.params.n).toBe(8);
    expect(await store.cancelSweep('a')).toBe(1); // n=8 (leased); n=16 is still wanted by b
    expect(await store.sweepCounts('a')).toMatchObject({ cancelled: 1, leased: 1 });
    expect((await store.trialAttempts(eight!.trialId))[0]?.outcome).toBe('cancelled');
    expect((await store.listSweeps()).map((s) => s.status)).toEqual(['cancelled', 'active']);
    expect(await store.retryFailed('a')).toBe(1);
    expect(await store.sweepCounts('a')).toMatchObject({ pending: 1, cancelled: 0 });
    await expect(store.cancelSweep('zzz')).rejects.toBeInstanceOf(UnknownSweepError);
    // Re-submitting a cancelled sweep makes it active again, its cancelled trials pending.
    expect(await store.cancelSweep('a')).toBe(1);
    const again = await store.insertSweep({ name: 'a', spec: {}, trials: grid([8, 16], [0]) });
    expect(again).toMatchObject({ inserted: 0, existing: 2 });
    expect((await store.getSweep('a'))?.status).toBe('active');
    expect(await store.sweepCounts('a')).toMatchObject({ pending: 1, cancelled: 0 });
  });

  it('tracks workers', async () => {
    await store.upsertWorker({ workerId: 'w1', ...worker }, T0);
    expect((await store.listWorkers())[0]?.slots).toBe(1);
    await store.upsertWorker({ workerId: 'w1', ...worker, cores: 8, slots: 4 }, at(5));
    await store.touchWorker('w1', at(10), 'busy');
    const [w] = await store.listWorkers();
    expect(w).toMatchObject({
      workerId: 'w1',
      cores: 8,
      slots: 4,
      state: 'busy',
      registeredAt: T0,
      lastSeenAt: at(10),
      leased: 0,
      completed: 0,
    });
  });

  it('records each search round once, in the transaction of its trials', async () => {
    await store.insertSweep({ name: 's', spec: {}, trials: grid([8], [0, 1]) });
    const round1 = { groupKey: 'g', round: 1, points: 2, freeSlots: 5 };
    await store.insertSweep({
      name: 's',
      spec: {},
      trials: grid([16, 32], [0, 1]),
      rounds: [round1, { groupKey: 'h', round: 1, points: 1, freeSlots: null }],
    });
    // A second opening of round 1 of g (another coordinator's stale plan) writes nothing.
    const stale = store.insertSweep({
      name: 's',
      spec: {},
      trials: grid([64], [0, 1]),
      rounds: [{ ...round1, points: 1 }],
    });
    await expect(stale).rejects.toBeInstanceOf(SearchRoundTakenError);
    await expect(stale).rejects.toMatchObject({ code: 'SEARCH_ROUND_TAKEN', retryable: true });
    expect(await store.sweepCounts('s')).toMatchObject({ total: 6 });
    const rounds = await store.searchRounds('s');
    expect(rounds.map(({ createdAt: _c, ...r }) => r)).toEqual([
      round1,
      { groupKey: 'h', round: 1, points: 1, freeSlots: null },
    ]);
    expect(rounds[0]?.createdAt).toBeInstanceOf(Date);
    await expect(
      store.insertSweep({
        name: 's',
        spec: {},
        trials: [],
        rounds: [{ groupKey: 'g', round: 0, points: 1, freeSlots: null }],
      }),
    ).rejects.toThrow(/rounds\[0\]\.round/);
    await expect(store.searchRounds('nope')).rejects.toBeInstanceOf(UnknownSweepError);
  });

  it('counts the slots a search round can fill: live, busy, and pending bundles', async () => {
    await store.upsertWorker({ workerId: 'live', ...worker, slots: 4 }, at(60_000));
    await store.upsertWorker({ workerId: 'gone', ...worker, slots: 8 }, T0);
    await store.upsertWorker({ workerId: 'drained', ...worker, slots: 2 }, at(60_000));
    await store.touchWorker('drained', at(60_000), 'drained');
    // Two n on three seeds: two bundles of like trials.
    await store.insertSweep({ name: 's', spec: {}, trials: grid([8, 16], [0, 1, 2]) });
    const since = at(30_000);
    expect(await store.slotUsage(since)).toEqual({ slots: 4, busy: 0, pendingBundles: 2 });
    const lease = (ms: number) =>
      store.leaseTrials({ workerId: 'live', max: 3, leaseMs: 60_000, now: at(ms) });
    expect(await lease(60_001)).toHaveLength(3);
    expect(await store.slotUsage(since)).toEqual({ slots: 4, busy: 1, pendingBundles: 1 });
    expect(await lease(60_002)).toHaveLength(3);
    expect(await store.slotUsage(since)).toEqual({ slots: 4, busy: 2, pendingBundles: 0 });
  });

  it('opens read-only stores that refuse writes', async () => {
    await store.insertSweep({ name: 's', spec: {}, trials: [trial()] });
    const reader = await openStore(location, { readonly: true });
    try {
      expect(await reader.sweepCounts('s')).toMatchObject({ pending: 1 });
      await expect(reader.insertSweep({ name: 't', spec: {}, trials: [] })).rejects.toBeInstanceOf(
        ReadOnlyStoreError,
      );
    } finally {
      await reader.close();
    }
  });
});
