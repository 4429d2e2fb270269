import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openStore } from './open-store';
import type { Store } from './store';
import { connect, type Connection } from './connect';
import { DIALECTS, freshLocation } from './test-support/databases';
import { grid, outcome } from './test-support/fixtures';
import { expectCountsMatchRecount } from './test-support/recount';
import { changeTrialStatus } from './counted-status-change';
import { runReadOnlyQuery } from './read-only-query';

const T0 = new Date('2026-01-01T00:00:00Z');

describe.each(DIALECTS)('status changes that count themselves on %s', (dialect) => {
  let location: string;
  let store: Store;
  let conn: Connection;
  beforeEach(async () => {
    location = freshLocation(dialect);
    store = await openStore(location);
    conn = await connect(location);
    // Two sweeps sharing the n = 16 trials, with cells of two step counts; trials in every
    // status, done ones with and without a ratio and unconverged.
    await store.insertSweep({ name: 'a', spec: {}, trials: grid([8, 16], [0, 1, 2, 3]) });
    await store.insertSweep({
      name: 'b',
      spec: {},
      trials: [...grid([16], [0, 1, 2, 3]), ...grid([32], [0, 1, 2], { steps: 500 })],
    });
    const leases = await store.leaseTrials({ workerId: 'w', max: 9, leaseMs: 60_000, now: T0 });
    const [l0, l1, l2, l3, l4] = leases;
    await store.completeAttempts([
      {
        attemptId: l0!.attemptId,
        workerId: 'w',
        outcome: outcome(3, { interp_ratio: 0.4 }),
        now: T0,
      },
      {
        attemptId: l1!.attemptId,
        workerId: 'w',
        outcome: outcome(3, { converged: false, interp_ratio: 1.3 }),
        now: T0,
      },
      {
        attemptId: l2!.attemptId,
        workerId: 'w',
        outcome: outcome(3, { interp_ratio: null }),
        now: T0,
      },
    ]);
    for (const l of [l3!, l4!]) {
      await store.failAttempt({
        attemptId: l.attemptId,
        workerId: 'w',
        error: 'boom',
        retryable: false,
        now: T0,
        maxAttempts: 1,
      });
    }
  });
  afterEach(async () => {
    await conn.close();
    await store.close();
  });

  const allTrialIds = async () =>
    (await conn.db.selectFrom('trials').select('trial_id').execute()).map((r) => r.trial_id);
  const statusCounts = async () =>
    Object.fromEntries(
      (
        await conn.db
          .selectFrom('trials')
          .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
          .groupBy('status')
          .execute()
      ).map((r) => [r.status, Number(r.n)]),
    );
  /** One transaction on the test's own connection. */
  const inTransaction = <T>(fn: (db: Connection['db']) => Promise<T>) =>
    conn.db.transaction().execute(fn);

  it('moves trials of several statuses and sweeps, counted as a recount counts them', async () => {
    // 11 trials; one bundle holds one step count (8 leased of the 9 asked for).
    expect(await statusCounts()).toEqual({ pending: 3, leased: 3, done: 3, failed: 2 });
    const ids = await allTrialIds();
    const moved = await inTransaction((db) =>
      changeTrialStatus(db, conn.dialect, {
        ids,
        from: ['pending', 'leased', 'failed'],
        to: 'cancelled',
        set: () => ({ updated_at: T0.getTime() }),
      }),
    );
    expect(moved).toBe(8);
    expect(await statusCounts()).toEqual({ done: 3, cancelled: 8 });
    await expectCountsMatchRecount(store);
    // And back, done trials left as they are (`from` does not name them).
    const requeued = await inTransaction((db) =>
      changeTrialStatus(db, conn.dialect, {
        ids,
        from: ['cancelled'],
        to: 'pending',
        set: () => ({ attempts: 0 }),
      }),
    );
    expect(requeued).toBe(8);
    await expectCountsMatchRecount(store);
  });

  it('moves nothing for an empty chunk or a status already reached', async () => {
    const ids = await allTrialIds();
    expect(
      await inTransaction((db) =>
        changeTrialStatus(db, conn.dialect, { ids: [], from: ['pending'], to: 'cancelled' }),
      ),
    ).toBe(0);
    expect(
      await inTransaction((db) =>
        changeTrialStatus(db, conn.dialect, { ids, from: ['done'], to: 'done' }),
      ),
    ).toBe(0);
    await expectCountsMatchRecount(store);
  });

  it('rolls back with its transaction, and leaves every other write to the triggers', async () => {
    // A failed transaction takes the counts back with the statuses (SQLite: and the mark that
    // turned the triggers aside), so the next update by hand, as a user's SQL would write it,
    // is counted by the triggers.
    const ids = await allTrialIds();
    await expect(
      inTransaction(async (db) => {
        await changeTrialStatus(db, conn.dialect, {
          ids,
          from: ['pending'],
          to: 'cancelled',
        });
        throw new Error('after the change');
      }),
    ).rejects.toThrow('after the change');
    if (dialect === 'sqlite') {
      const marks = await runReadOnlyQuery(location, 'SELECT count(*) FROM status_batch');
      expect(marks.rows).toEqual([[0]]);
    }
    await expectCountsMatchRecount(store);
    expect(await statusCounts()).toMatchObject({ pending: 3 });
    await sql`UPDATE trials SET status = 'failed' WHERE status = 'pending'`.execute(conn.db);
    await expectCountsMatchRecount(store);
  });
});
