import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from './open-store';
import type { Store } from './store';
import { SweepInsertBusyError } from './errors';
import { DIALECTS, freshLocation } from './test-support/databases';
import { grid, outcome, trial } from './test-support/fixtures';
import { connect, type Connection } from './connect';
import { sql } from 'kysely';
import { expectCountsMatchRecount, recountCells } from './test-support/recount';
import { runReadOnlyQuery } from './read-only-query';

const T0 = new Date('2026-01-01T00:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
describe.each(DIALECTS)('sweeps at scale on %s', (dialect) => {
  let store: Store;
  let location: string;
  beforeEach(async () => {
    location = freshLocation(dialect);
    store = await openStore(location);
  });
  afterEach(async () => {
    await store.close();
  });

  /**
   * The `sweep_cells` table itself, read in SQL, per sweep: trials in all statuses and ratios
   * counted, against listSweeps and the recount (the live fit could also have fallen back to
   * aggregating the trials, which would pass `expectCountsMatch` without the table).
   */
  const expectCellTableMatches = async () => {
    const table = await runReadOnlyQuery(
      location,
      `SELECT s.name, sum(c.pending + c.leased + c.done + c.failed + c.cancelled), sum(c.ratio_count)
       FROM sweep_cells c JOIN sweeps s ON s.id = c.sweep_id GROUP BY s.name ORDER BY s.name`,
    );
    const expected = [];
    for (const { name, total } of (await store.listSweeps()).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    )) {
      let ratios = 0;
      for (const c of (await recountCells(store, name)).values()) ratios += c['ratioCount'] ?? 0;
      expected.push([name, total, ratios]);
    }
    expect(
      table.rows.map(([name, trials, ratios]) => [name, Number(trials), Number(ratios)]),
    ).toEqual(expected);
  };

  const expectCountsMatch = () => expectCountsMatchRecount(store);

  it('keeps every sweep count equal to a recount through every kind of transition', async () => {
    // b shares the n = 16 trials of a, with a different step count for n = 32.
    await store.insertSweep({ name: 'a', spec: {}, trials: grid([8, 16], [0, 1, 2]) });
    await store.insertSweep({
      name: 'b',
      spec: {},
      trials: [...grid([16], [0, 1, 2]), ...grid([32], [0, 1], { steps: 500 })],
    });
    await expectCountsMatch();
    const leases = await store.leaseTrials({ workerId: 'w', max: 6, leaseMs: 1000, now: T0 });
    await expectCountsMatch();
    const [first, second, third] = leases;
    await store.completeAttempts([
      {
        attemptId: first!.attemptId,
        workerId: 'w',
        outcome: outcome(3, { converged: false, interp_ratio: 0.7 }),
        now: at(10),
      },
    ]);
    await store.failAttempt({
      attemptId: second!.attemptId,
      workerId: 'w',
      error: 'boom',
      retryable: false,
      now: at(20),
      maxAttempts: 3,
    });
    await store.failAttempt({
      attemptId: third!.attemptId,
      workerId: 'w',
      error: 'flaky',
      retryable: true,
      now: at(30),
      maxAttempts: 3,
    });
    await expectCountsMatch();
    await store.expireLeases(at(5000), 3);
    await expectCountsMatch();
    await store.cancelSweep('a');
    await expectCountsMatch();
    await store.retryFailed('a');
    await expectCountsMatch();
    await store.cancelSweep('b');
    await store.insertSweep({ name: 'b', spec: {}, trials: grid([16], [0, 1, 2]) });
    await expectCountsMatch();
    await expectCellTableMatches();
  });

  it('inserts a grid in chunks: inserting until the last chunk, joined by the same grid', async () => {
    const trials = grid([8, 16, 32], [0, 1]);
    const begun = await store.beginSweepInsert({ name: 'big', spec: { g: 1 }, total: 6 });
    expect(begun).toMatchObject({ nextIndex: 0, total: 6, done: false });
    const part = await store.insertSweepChunk({
      sweepId: begun.sweepId,
      fromIndex: 0,
      trials: trials.slice(0, 2),
    });
    expect(part).toMatchObject({ nextIndex: 2, inserted: 2, done: false });
    const [during] = await store.listSweeps('big');
    expect(during).toMatchObject({ inserting: true, total: 2, expectedTrials: 6, pending: 2 });
    // The stored part is already work: a worker may lease it while the rest comes.
    expect(
      await store.leaseTrials({ workerId: 'w', max: 10, leaseMs: 1000, now: T0 }),
    ).toHaveLength(2);
    expect(await store.pendingSweepInserts()).toEqual([
      { sweepId: begun.sweepId, name: 'big', spec: { g: 1 }, nextIndex: 2, total: 6, done: false },
    ]);
    // The same grid submitted again joins the insert where it is; another grid is refused.
    expect(await store.beginSweepInsert({ name: 'big', spec: { g: 1 }, total: 6 })).toMatchObject({
      nextIndex: 2,
    });
    await expect(store.beginSweepInsert({ name: 'big', spec: { g: 2 }, total: 9 })).rejects.toThrow(
      SweepInsertBusyError,
    );
    // A chunk stored already (another coordinator was first) stores nothing.
    expect(
      await store.insertSweepChunk({
        sweepId: begun.sweepId,
        fromIndex: 0,
        trials: trials.slice(0, 2),
      }),
    ).toMatchObject({ nextIndex: 2, inserted: 0, done: false });
    const last = await store.insertSweepChunk({
      sweepId: begun.sweepId,
      fromIndex: 2,
      trials: trials.slice(2),
    });
    expect(last).toMatchObject({ nextIndex: 6, inserted: 4, existing: 0, done: true });
    if (dialect === 'postgres') {
      // The insert's end analyzed the tables it grew: the planner counts the trials stored
      // (a table never analyzed has reltuples -1).
      const stats = await runReadOnlyQuery(
        location,
        "SELECT relname, reltuples FROM pg_class WHERE oid IN ('trials'::regclass, 'sweep_trials'::regclass) ORDER BY relname",
      );
      expect(stats.rows.map(([table, tuples]) => [table, Number(tuples)])).toEqual([
        ['sweep_trials', 6],
        ['trials', 6],
      ]);
    }
    const [after] = await store.listSweeps('big');
    expect(after).toMatchObject({ inserting: false, total: 6, expectedTrials: 6 });
    expect(await store.pendingSweepInserts()).toEqual([]);
    await expectCountsMatch();
  });

  it('stops an insert on cancel; submitting again inserts the rest and revives the cancelled', async () => {
    const trials = grid([8, 16], [0, 1]);
    const begun = await store.beginSweepInsert({ name: 'big', spec: {}, total: 4 });
    await store.insertSweepChunk({
      sweepId: begun.sweepId,
      fromIndex: 0,
      trials: trials.slice(0, 2),
    });
    expect(await store.cancelSweep('big')).toBe(2);
    expect(await store.pendingSweepInserts()).toEqual([]);
    const [cancelled] = await store.listSweeps('big');
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      inserting: false,
      cancelled: 2,
      total: 2,
    });
    // The chunk in flight when the cancel came finds its insert gone and stores nothing.
    expect(
      await store.insertSweepChunk({
        sweepId: begun.sweepId,
        fromIndex: 2,
        trials: trials.slice(2),
      }),
    ).toMatchObject({ done: true, inserted: 0 });

    const again = await store.beginSweepInsert({ name: 'big', spec: {}, total: 4 });
    expect(again).toMatchObject({ sweepId: begun.sweepId, nextIndex: 0 });
    const all = await store.insertSweepChunk({ sweepId: again.sweepId, fromIndex: 0, trials });
    expect(all).toMatchObject({ inserted: 2, existing: 2, done: true });
    expect(await store.sweepCounts('big')).toMatchObject({ pending: 4, cancelled: 0, total: 4 });
    expect((await store.getSweep('big'))?.status).toBe('active');
    await expectCountsMatch();
  });

  it('keeps counts exact while several connections lease and complete at once', async () => {
    await store.insertSweep({
      name: 'busy',
      spec: {},
      trials: grid(
        Array.from({ length: 20 }, (_, i) => 8 + i),
        Array.from({ length: 15 }, (_, i) => i),
      ),
    });
    // Three coordinators' connections (PostgreSQL: three backends, so three count stripes).
    const others = await Promise.all([openStore(location), openStore(location)]);
    try {
      const work = async (s: Store, worker: string) => {
        for (let round = 0; ; round++) {
          const leases = await s.leaseTrials({
            workerId: worker,
            max: 7,
            leaseMs: 60_000,
            now: at(round),
          });
          if (leases.length === 0) return;
          await s.completeAttempts(
            leases.map((l) => ({
              attemptId: l.attemptId,
              workerId: worker,
              outcome: outcome(2, { interp_ratio: 0.1 + ((round * 7 + l.params.n) % 13) / 10 }),
              now: at(round),
            })),
          );
        }
      };
      await Promise.all([work(store, 'a'), work(others[0]!, 'b'), work(others[1]!, 'c')]);
    } finally {
      await Promise.all(others.map((o) => o.close()));
    }
    expect(await store.sweepCounts('busy')).toMatchObject({
      done: 300,
      pending: 0,
      leased: 0,
      total: 300,
    });
    await expectCountsMatch();
    await expectCellTableMatches();
  });

  it('cancels and retries a sweep of more trials than one chunk holds', async () => {
    const trials = grid(
      Array.from({ length: 45 }, (_, i) => 8 + i),
      Array.from({ length: 100 }, (_, i) => i),
    );
    await store.insertSweep({ name: 'wide', spec: {}, trials });
    await store.leaseTrials({ workerId: 'w', max: 10, leaseMs: 1000, now: T0 });
    // The caller's pace runs between two chunks (the coordinator gives way to its calls there).
    const paces: number[] = [];
    const walk = {
      pace: async (ms: number) => {
        paces.push(ms);
      },
    };
    expect(await store.cancelSweep('wide', walk)).toBe(4500);
    expect(paces.length).toBeGreaterThan(1);
    for (const ms of paces) expect(ms).toBeGreaterThan(0);
    expect(await store.sweepCounts('wide')).toMatchObject({ cancelled: 4500, total: 4500 });
    const cancelPaces = paces.length;
    expect(await store.retryFailed('wide', walk)).toBe(4500);
    expect(paces.length).toBeGreaterThan(cancelPaces + 1);
    expect(await store.sweepCounts('wide')).toMatchObject({ pending: 4500, total: 4500 });
    await expectCountsMatch();
  });
});

/**
 * PostgreSQL only: SQLite has one writer, so a link and a status change cannot cross there
 * (and its driver would wait for the lock on this very thread).
 */
describe('links and status changes crossing on postgres', () => {
  it('counts a shared trial in the status it ends in when a new sweep links it during a lease', async () => {
    const location = freshLocation('postgres');
    const store = await openStore(location);
    const other = await connect(location);
    try {
      const shared = trial({ n: 8, seed: 0 });
      await store.insertSweep({ name: 'a', spec: {}, trials: [shared] });
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let changed!: () => void;
      const didChange = new Promise<void>((resolve) => (changed = resolve));
      // Another connection moves the trial to leased and keeps its transaction open.
      const change = other.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('trials')
          .set({ status: 'leased' })
          .where('trial_id', '=', shared.trialId)
          .execute();
        changed();
        await held;
      });
      await didChange;
      const linking = store.insertSweep({ name: 'b', spec: {}, trials: [shared] });
      // The link must not commit having counted the trial as pending: the insert's ON CONFLICT
      // check on the trial's id waits for the transaction that changed the row (seen as a
      // backend waiting on a lock), then the link's trigger reads the status it ends in.
      await Promise.race([linking, waitingOnLock(other)]);
      release();
      await change;
      await linking;
      await expectCountsMatchRecount(store);
      expect(await store.sweepCounts('b')).toMatchObject({ leased: 1, pending: 0, total: 1 });
    } finally {
      await other.close();
      await store.close();
    }
  });
});

/** Resolves once some backend of this database waits for a lock (polled: a server state). */
async function waitingOnLock(c: Connection): Promise<void> {
  for (;;) {
    const rows = await sql<{ n: string }>`
      SELECT count(*) AS n FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(c.db);
    if (Number(rows.rows[0]?.n) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
