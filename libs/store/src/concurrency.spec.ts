import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from './open-store';
import { runReadOnlyQuery } from './read-only-query';
import type { Store } from './store';
import { DIALECTS, freshLocation } from './test-support/databases';
import { grid, outcome } from './test-support/fixtures';

const T0 = new Date('2026-01-01T00:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

/**
 * Several concurrent callers through four stores on the same database: separate pools
 * for PostgreSQL (truly concurrent transactions); separate connections to one file for
 * SQLite (serialized per process by the store; separate processes: child-process.spec).
 */
describe.each(DIALECTS)('concurrent queue use on %s', (dialect) => {
  let location: string;
  let stores: Store[];
  beforeEach(async () => {
    location = freshLocation(dialect);
    // Opened concurrently: migrations of the same new database must not collide either.
    stores = await Promise.all([0, 1, 2, 3].map(() => openStore(location)));
  });
  afterEach(async () => {
    await Promise.all(stores.map((s) => s.close()));
  });
  const storeFor = (i: number) => stores[i % stores.length] as Store;

  it('never leases one trial to two callers', async () => {
    const trials = grid([8, 16, 32, 64, 128], [0, 1, 2, 3, 4, 5, 6, 7]);
    await storeFor(0).insertSweep({ name: 's', spec: {}, trials });
    const leased: string[] = [];
    await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        for (;;) {
          const leases = await storeFor(i).leaseTrials({
            workerId: `w${i}`,
            max: 3,
            leaseMs: 60_000,
            now: T0,
          });
          if (leases.length === 0) return;
          leased.push(...leases.map((l) => l.trialId));
        }
      }),
    );
    expect(leased).toHaveLength(trials.length);
    expect(new Set(leased).size).toBe(trials.length);
    expect(await storeFor(0).sweepCounts('s')).toMatchObject({ leased: trials.length, pending: 0 });
  });

  it('keeps exactly one result per trial when two attempts complete at once', async () => {
    const trials = grid([8, 16], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const store = storeFor(0);
    await store.insertSweep({ name: 's', spec: {}, trials });
    const old = await store.leaseTrials({ workerId: 'slow', max: 100, leaseMs: 1000, now: T0 });
    expect(await store.expireLeases(at(2000), 5)).toBe(trials.length);
    const fresh = await store.leaseTrials({
      workerId: 'fast',
      max: 100,
      leaseMs: 60_000,
      now: at(2001),
    });
    const reports = trials.map((t) => ({
      trialId: t.trialId,
      slow: old.find((l) => l.trialId === t.trialId)!.attemptId,
      fast: fresh.find((l) => l.trialId === t.trialId)!.attemptId,
    }));
    const outcomes = await Promise.all(
      reports.flatMap((r, i) => [
        storeFor(i).completeAttempt({
          attemptId: r.slow,
          workerId: 'slow',
          outcome: outcome(5),
          now: at(3000),
        }),
        storeFor(i + 1).completeAttempt({
          attemptId: r.fast,
          workerId: 'fast',
          outcome: outcome(5),
          now: at(3000),
        }),
      ]),
    );
    for (let i = 0; i < reports.length; i++) {
      expect([outcomes[2 * i], outcomes[2 * i + 1]].sort()).toEqual(['duplicate', 'recorded']);
    }
    const counts = await runReadOnlyQuery(
      location,
      'SELECT (SELECT count(*) FROM results) AS results, (SELECT count(*) FROM curves) AS points',
    );
    expect(counts.rows[0]).toEqual([trials.length, trials.length * 5]);
    expect(await store.sweepCounts('s')).toMatchObject({ done: trials.length });
  });
});
