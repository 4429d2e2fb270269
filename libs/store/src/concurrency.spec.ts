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

  // Several coordinators on one database: each call below comes through another store, as
  // it would through another coordinator process.

  it('submits the same new sweep through several coordinators at once, once', async () => {
    const trials = grid([8, 16, 32, 64], [0, 1, 2, 3, 4]);
    const results = await Promise.all(
      [0, 1, 2, 3].map((i) => storeFor(i).insertSweep({ name: 's', spec: {}, trials })),
    );
    expect(results.reduce((sum, r) => sum + r.inserted, 0)).toBe(trials.length);
    for (const r of results) expect(r.total).toBe(trials.length);
    const counts = await runReadOnlyQuery(
      location,
      `SELECT (SELECT count(*) FROM sweeps) AS sweeps, (SELECT count(*) FROM trials) AS trials,
              (SELECT count(*) FROM sweep_trials) AS links,
              (SELECT count(DISTINCT position) FROM sweep_trials) AS positions`,
    );
    expect(counts.rows[0]).toEqual([1, trials.length, trials.length, trials.length]);
  });

  it('gives sweeps submitted at once distinct queue positions', async () => {
    const sweeps = [0, 1, 2, 3].map((i) => grid([8, 16, 32], [0, 1, 2, 3], { width: 8 + i }));
    await Promise.all(
      sweeps.map((trials, i) => storeFor(i).insertSweep({ name: `s${i}`, spec: {}, trials })),
    );
    const seqs = await runReadOnlyQuery(
      location,
      'SELECT count(*) AS trials, count(DISTINCT seq) AS seqs FROM trials',
    );
    expect(seqs.rows[0]).toEqual([48, 48]);
  });

  it('never cancels a trial that a sweep submitted at the same moment wants', async () => {
    for (let round = 0; round < 8; round++) {
      const shared = grid([8, 16, 32, 64, 128], [0, 1, 2, 3, 4, 5, 6, 7], { width: 16 + round });
      await storeFor(0).insertSweep({ name: `old${round}`, spec: {}, trials: shared });
      await Promise.all([
        storeFor(1).cancelSweep(`old${round}`),
        storeFor(2).insertSweep({ name: `new${round}`, spec: {}, trials: shared }),
      ]);
      // The new sweep is active and wants every shared trial: none may stay cancelled.
      expect(await storeFor(3).sweepCounts(`new${round}`), `round ${round}`).toMatchObject({
        pending: shared.length,
        cancelled: 0,
      });
    }
  });

  it('ends each expired lease once when several coordinators sweep expiries at once', async () => {
    const trials = grid([8, 16, 32, 64, 128], [0, 1, 2, 3, 4, 5, 6, 7]);
    await storeFor(0).insertSweep({ name: 's', spec: {}, trials });
    for (let i = 0; i < 4; i++) {
      await storeFor(i).leaseTrials({ workerId: `w${i}`, max: 10, leaseMs: 1000, now: T0 });
    }
    const expired = await Promise.all(stores.map((s) => s.expireLeases(at(5000), 3)));
    expect(expired.reduce((a, b) => a + b, 0)).toBe(trials.length);
    expect(await storeFor(0).sweepCounts('s')).toMatchObject({
      pending: trials.length,
      leased: 0,
    });
    const attempts = await runReadOnlyQuery(
      location,
      `SELECT (SELECT count(*) FROM attempts WHERE outcome = 'expired') AS expired,
              (SELECT count(*) FROM attempts WHERE outcome IS NULL) AS open,
              (SELECT max(attempts) FROM trials) AS most`,
    );
    expect(attempts.rows[0]).toEqual([trials.length, 0, 1]);
  });

  it('records a late completion once while another coordinator re-leases and expires its trial', async () => {
    const trials = grid([8, 16, 32, 64], [0, 1, 2, 3, 4]);
    await storeFor(0).insertSweep({ name: 's', spec: {}, trials });
    // A worker's leases, taken through coordinator 0, which then dies; they expire.
    const old = await storeFor(0).leaseTrials({ workerId: 'w', max: 100, leaseMs: 1000, now: T0 });
    expect(old).toHaveLength(trials.length);
    // Meanwhile: coordinator 1 expires them and leases them to another worker, while the
    // first worker's results arrive late through coordinators 2 and 3.
    const [, , late, fresh] = await Promise.all([
      storeFor(1).expireLeases(at(2000), 5),
      storeFor(1).expireLeases(at(2000), 5),
      Promise.all(
        old.map((l, i) =>
          storeFor(2 + (i % 2)).completeAttempt({
            attemptId: l.attemptId,
            workerId: 'w',
            outcome: outcome(3),
            now: at(2000),
          }),
        ),
      ),
      storeFor(1).leaseTrials({ workerId: 'v', max: 100, leaseMs: 60_000, now: at(2001) }),
    ]);
    // Whatever the interleaving, the late results all count (first finished wins)...
    expect(late).toEqual(old.map(() => 'recorded'));
    // ...and the other worker's leases of the same trials, if any, complete as duplicates.
    const again = await Promise.all(
      fresh.map((l) =>
        storeFor(1).completeAttempt({
          attemptId: l.attemptId,
          workerId: 'v',
          outcome: outcome(3),
          now: at(3000),
        }),
      ),
    );
    expect(again.every((o) => o === 'duplicate')).toBe(true);
    const counts = await runReadOnlyQuery(
      location,
      `SELECT (SELECT count(*) FROM results) AS results, (SELECT count(*) FROM curves) AS points,
              (SELECT count(*) FROM attempts WHERE outcome IS NULL) AS open`,
    );
    expect(counts.rows[0]).toEqual([trials.length, trials.length * 3, 0]);
    expect(await storeFor(0).sweepCounts('s')).toMatchObject({ done: trials.length });
  });
});
