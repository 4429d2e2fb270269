import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from './open-store';
import { runReadOnlyQuery } from './read-only-query';
import type { Store } from './store';
import { InvalidResultError } from './errors';
import { DIALECTS, freshLocation } from './test-support/databases';
import { outcome, trial } from './test-support/fixtures';

const T0 = new Date('2026-01-01T00:00:00Z');

/** Ratios are undefined when OLS interpolates (n <= d): they are stored as NULL. */
describe.each(DIALECTS)('undefined ratios on %s', (dialect) => {
  let store: Store;
  let location: string;
  beforeEach(async () => {
    location = freshLocation(dialect);
    store = await openStore(location);
  });
  afterEach(async () => {
    await store.close();
  });

  it('records a result with null ratios, which reads back as null', async () => {
    const t = trial({ n: 3, d: 5 });
    await store.insertSweep({ name: 'small-n', spec: {}, trials: [t] });
    const [lease] = await store.leaseTrials({ workerId: 'w', max: 1, leaseMs: 1000, now: T0 });
    const report = {
      attemptId: lease!.attemptId,
      workerId: 'w',
      outcome: outcome(3, { ols_train_loss: 0, interp_ratio: null, test_ratio: null }),
      now: T0,
    };
    expect(await store.completeAttempts([report])).toEqual(['recorded']);
    const [row] = await store.trialResults('small-n');
    expect(row).toMatchObject({
      status: 'done',
      interp_ratio: null,
      test_ratio: null,
      ols_train_loss: 0,
      train_loss: 0.01,
    });
    const sqlView = await runReadOnlyQuery(
      location,
      'SELECT interp_ratio, test_ratio, status FROM trial_results',
    );
    expect(sqlView.rows).toEqual([[null, null, 'done']]);
  });

  it('still refuses a non-finite ratio and a null loss', async () => {
    await store.insertSweep({ name: 's', spec: {}, trials: [trial()] });
    const [lease] = await store.leaseTrials({ workerId: 'w', max: 1, leaseMs: 1000, now: T0 });
    const report = (o: ReturnType<typeof outcome>) => ({
      attemptId: lease!.attemptId,
      workerId: 'w',
      outcome: o,
      now: T0,
    });
    await expect(
      store.completeAttempts([report(outcome(3, { test_ratio: Number.POSITIVE_INFINITY }))]),
    ).rejects.toThrow(/metrics\.test_ratio: .*finite number or null/);
    await expect(
      store.completeAttempts([report(outcome(3, { train_loss: null as unknown as number }))]),
    ).rejects.toBeInstanceOf(InvalidResultError);
    expect(await store.sweepCounts('s')).toMatchObject({ leased: 1, done: 0 });
  });
});
