import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TrialOutcome } from '@thresher/sweep';
import { openStore } from './open-store';
import type { Store } from './store';
import { ResultRejectedError } from './errors';
import { DIALECTS, freshLocation } from './test-support/databases';
import { outcome, trial } from './test-support/fixtures';

const T0 = new Date('2026-01-01T00:00:00Z');
const STEPS = 100;
const RECORD_EVERY = 10;

/** An honest result for the trial below: 11 points, 0..100, the last one the final losses. */
const honest = (): TrialOutcome => outcome(11, {}, STEPS);

/** Well-formed results (finite numbers, a curve of increasing steps) that cannot be true. */
const FALSE_RESULTS: [string, string, (o: TrialOutcome) => void][] = [
  ['a huge interp_ratio', 'metrics.interp_ratio', (o) => (o.metrics.interp_ratio = 1e308)],
  [
    'an interp_ratio that disagrees with its losses',
    'metrics.interp_ratio',
    (o) => (o.metrics.interp_ratio = (o.metrics.interp_ratio as number) * 1.01),
  ],
  [
    'a ratio off by more than the float32 tolerance',
    'metrics.test_ratio',
    (o) => (o.metrics.test_ratio = (o.metrics.test_ratio as number) * (1 + 1e-5)),
  ],
  [
    'a ratio over a zero OLS loss',
    'metrics.interp_ratio',
    (o) => {
      o.metrics.ols_train_loss = 0;
    },
  ],
  ['an aligned_fraction of 7', 'metrics.aligned_fraction', (o) => (o.metrics.aligned_fraction = 7)],
  [
    'a negative aligned_fraction',
    'metrics.aligned_fraction',
    (o) => (o.metrics.aligned_fraction = -0.1),
  ],
  ['a negative excess risk', 'metrics.excess_risk', (o) => (o.metrics.excess_risk = -1)],
  ['a wall time of 1e308 ms', 'wall_ms', (o) => (o.wall_ms = 1e308)],
  ['an empty curve', 'curve', (o) => (o.curve = [])],
  ['a curve without the last step', 'curve', (o) => o.curve.pop()],
  [
    'a curve step past the trial steps',
    'curve[10].step',
    (o) => ((o.curve[10] as { step: number }).step = STEPS + 1),
  ],
  [
    'a negative loss inside the curve',
    'curve[3].train_loss',
    (o) => ((o.curve[3] as { train_loss: number }).train_loss = -0.5),
  ],
  [
    'more points than steps / record_every allow',
    'curve',
    (o) =>
      (o.curve = Array.from({ length: STEPS + 1 }, (_, step) => ({
        step,
        train_loss: o.metrics.train_loss,
        test_loss: o.metrics.test_loss,
      }))),
  ],
  [
    'final losses that are not the curve last point',
    'metrics.train_loss',
    (o) => {
      o.metrics.train_loss *= 2;
      o.metrics.interp_ratio = o.metrics.train_loss / o.metrics.ols_train_loss;
    },
  ],
];

describe.each(DIALECTS)('results checked against their trial on %s', (dialect) => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(freshLocation(dialect));
    await store.insertSweep({
      name: 's',
      spec: {},
      trials: [trial({ steps: STEPS, record_every: RECORD_EVERY })],
    });
  });
  afterEach(async () => {
    await store.close();
  });

  const lease = async () => {
    const [l] = await store.leaseTrials({ workerId: 'w', max: 1, leaseMs: 60_000, now: T0 });
    return l!;
  };
  const report = (attemptId: number, o: TrialOutcome, now = new Date(T0.getTime() + 5_000)) => ({
    attemptId,
    workerId: 'w',
    outcome: o,
    now,
  });

  it.each(FALSE_RESULTS)('refuses %s, naming %s, and stores nothing', async (_, field, spoil) => {
    const l = await lease();
    const bad = honest();
    spoil(bad);
    const err = await store.completeAttempts([report(l.attemptId, bad)]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResultRejectedError);
    expect(err).toMatchObject({ code: 'RESULT_REJECTED', retryable: false, field });
    const [row] = await store.trialResults('s');
    expect(row).toMatchObject({ status: 'leased', train_loss: null, interp_ratio: null });
    expect(await store.trialCurve(l.trialId)).toEqual([]);
    // The lease is still open: the honest result of the same attempt is recorded afterwards.
    expect(await store.completeAttempts([report(l.attemptId, honest())])).toEqual(['recorded']);
    expect(await store.trialCurve(l.trialId)).toHaveLength(11);
  });

  it('accepts the longest curve the trial allows, a null ratio and a wall time within the lease', async () => {
    const l = await lease();
    const o = honest();
    o.metrics.interp_ratio = null;
    // The lease began at T0 and the result comes 5 s later: 5 s plus the 60 s clock slack.
    o.wall_ms = 65_000;
    expect(await store.completeAttempts([report(l.attemptId, o)])).toEqual(['recorded']);
  });

  it('refuses a wall time longer than the lease has existed plus the clock slack', async () => {
    const l = await lease();
    const o = honest();
    o.wall_ms = 65_001;
    await expect(store.completeAttempts([report(l.attemptId, o)])).rejects.toMatchObject({
      code: 'RESULT_REJECTED',
      field: 'wall_ms',
    });
  });

  it('refuses a batch with one false result and writes none of it', async () => {
    await store.insertSweep({
      name: 's',
      spec: {},
      trials: [trial({ steps: STEPS, record_every: RECORD_EVERY, seed: 1 })],
    });
    const [a, b] = await store.leaseTrials({ workerId: 'w', max: 2, leaseMs: 60_000, now: T0 });
    const bad = honest();
    bad.metrics.aligned_fraction = 7;
    await expect(
      store.completeAttempts([report(a!.attemptId, honest()), report(b!.attemptId, bad)]),
    ).rejects.toBeInstanceOf(ResultRejectedError);
    const rows = await store.trialResults('s');
    expect(rows.map((r) => r.status)).toEqual(['leased', 'leased']);
  });
});

describe.each(DIALECTS)('heartbeat progress against the trial on %s', (dialect) => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(freshLocation(dialect));
    await store.insertSweep({
      name: 's',
      spec: {},
      trials: [trial({ steps: STEPS, record_every: RECORD_EVERY })],
    });
  });
  afterEach(async () => {
    await store.close();
  });

  it('extends the lease but does not believe a step past the trial steps', async () => {
    const [l] = await store.leaseTrials({ workerId: 'w', max: 1, leaseMs: 60_000, now: T0 });
    const beat = (step: number) =>
      store.heartbeat({
        workerId: 'w',
        attemptIds: [l!.attemptId],
        leaseMs: 60_000,
        now: new Date(T0.getTime() + 1_000),
        progress: [{ attemptId: l!.attemptId, step }],
      });
    expect(await beat(40)).toEqual({ extended: [l!.attemptId], stop: [] });
    expect(await beat(2 ** 31)).toEqual({ extended: [l!.attemptId], stop: [] });
    const [s] = await store.listSweeps();
    // The last plausible step stays: 40 of the 100 steps, not 2^31.
    expect(s).toMatchObject({ stepsTotal: STEPS, stepsRunning: 40 });
  });
});

describe.each(DIALECTS)('settled trials stay settled on %s', (dialect) => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(freshLocation(dialect));
    await store.insertSweep({
      name: 's',
      spec: {},
      trials: [trial({ steps: STEPS, record_every: RECORD_EVERY })],
    });
  });
  afterEach(async () => {
    await store.close();
  });

  const later = (ms: number) => new Date(T0.getTime() + ms);
  const lease = async (now = T0) => {
    const [l] = await store.leaseTrials({ workerId: 'w', max: 1, leaseMs: 1_000, now });
    return l!;
  };
  const complete = (attemptId: number, now = later(500)) =>
    store.completeAttempt({ attemptId, workerId: 'w', outcome: honest(), now });

  it('answers a completion after a non-retryable failure as late; the trial stays failed', async () => {
    const l = await lease();
    const failure = { attemptId: l.attemptId, workerId: 'w', now: later(100), maxAttempts: 3 };
    expect(await store.failAttempt({ ...failure, error: 'poison', retryable: false })).toBe(
      'failed',
    );
    expect(await complete(l.attemptId)).toBe('late');
    const [row] = await store.trialResults('s');
    expect(row).toMatchObject({ status: 'failed', error: 'poison', train_loss: null });
    expect(await store.trialCurve(l.trialId)).toEqual([]);
    // The attempt keeps the failure it reported first.
    expect((await store.trialAttempts(l.trialId)).map((a) => [a.outcome, a.error])).toEqual([
      ['failed', 'poison'],
    ]);
  });

  it('answers a completion of a lease that expired with no attempts left as late', async () => {
    const l = await lease();
    expect(await store.expireLeases(later(2_000), 1)).toBe(1);
    expect(await complete(l.attemptId, later(2_500))).toBe('late');
    const [row] = await store.trialResults('s');
    expect(row).toMatchObject({ status: 'failed', train_loss: null });
    expect((await store.trialAttempts(l.trialId)).map((a) => a.outcome)).toEqual(['late']);
  });

  it('answers a completion after the sweep was cancelled as late; retried, the trial completes', async () => {
    const l = await lease();
    expect(await store.cancelSweep('s')).toBe(1);
    expect(await complete(l.attemptId)).toBe('late');
    expect((await store.trialResults('s'))[0]).toMatchObject({ status: 'cancelled' });
    expect((await store.trialAttempts(l.trialId)).map((a) => a.outcome)).toEqual(['late']);
    // A user's retry reopens it: a new attempt's result is recorded.
    expect(await store.retryFailed('s')).toBe(1);
    const again = await lease(later(1_000));
    expect(await complete(again.attemptId, later(1_500))).toBe('recorded');
    expect((await store.trialResults('s'))[0]).toMatchObject({ status: 'done' });
  });

  it('still takes the first result of an expired lease while its trial is open', async () => {
    const l = await lease();
    expect(await store.expireLeases(later(2_000), 3)).toBe(1);
    expect(await complete(l.attemptId, later(2_500))).toBe('recorded');
    expect((await store.trialResults('s'))[0]).toMatchObject({ status: 'done' });
  });
});
