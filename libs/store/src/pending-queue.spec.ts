import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CompiledQuery, sql } from 'kysely';
import { openStore } from './open-store';
import type { Store } from './store';
import { connect, type Connection } from './connect';
import { DIALECTS, freshLocation } from './test-support/databases';
import { grid, outcome } from './test-support/fixtures';
import { bundleCandidates, headOfQueue } from './queue-ops';
import { runReadOnlyQuery } from './read-only-query';

const T0 = new Date('2026-01-01T00:00:00Z');

describe.each(DIALECTS)('the pending queue on %s', (dialect) => {
  let location: string;
  let store: Store;
  let conn: Connection;
  beforeEach(async () => {
    location = freshLocation(dialect);
    store = await openStore(location);
    conn = await connect(location);
  });
  afterEach(async () => {
    await conn.close();
    await store.close();
  });

  /** The plan of a compiled query, as one string (SQLite: EXPLAIN QUERY PLAN's details). */
  async function planOf(query: CompiledQuery): Promise<string> {
    return conn.db.connection().execute(async (db) => {
      // PostgreSQL: sequential scans off, so that the plan shows which indexes the query can
      // use at all (on a table this small it would rather read every row).
      if (dialect === 'postgres') await sql`SET enable_seqscan = off`.execute(db);
      const prefix = dialect === 'sqlite' ? 'EXPLAIN QUERY PLAN ' : 'EXPLAIN ';
      const r = await db.executeQuery<Record<string, unknown>>(
        CompiledQuery.raw(prefix + query.sql, [...query.parameters]),
      );
      if (dialect === 'postgres') await sql`RESET enable_seqscan`.execute(db);
      return r.rows.map((row) => String(row['detail'] ?? row['QUERY PLAN'])).join('\n');
    });
  }

  it('leases through the partial indexes of pending trials', async () => {
    await store.insertSweep({ name: 's', spec: {}, trials: grid([8, 16, 24], [0, 1, 2]) });
    const head = await headOfQueue(conn.db).executeTakeFirstOrThrow();
    expect(await planOf(headOfQueue(conn.db).compile())).toContain('trials_pending_cost_seq');
    expect(await planOf(bundleCandidates(conn.db, head, 8).compile())).toContain(
      'trials_pending_batch_cost_seq',
    );
  });

  it('keeps finished and leased trials out of the queue, and takes requeued ones back', async () => {
    await store.insertSweep({ name: 's', spec: {}, trials: grid([8, 16], [0, 1, 2]) });
    const leases = await store.leaseTrials({ workerId: 'w', max: 4, leaseMs: 60_000, now: T0 });
    expect(leases).toHaveLength(4);
    await store.completeAttempts(
      leases
        .slice(0, 2)
        .map((l) => ({ attemptId: l.attemptId, workerId: 'w', outcome: outcome(2), now: T0 })),
    );
    // The queue reads only pending trials: the two never leased, heaviest (largest n) first.
    const queued = await bundleCandidates(
      conn.db,
      await headOfQueue(conn.db).executeTakeFirstOrThrow(),
      100,
    ).execute();
    const pending = await runReadOnlyQuery(
      location,
      "SELECT trial_id FROM trials WHERE status = 'pending' ORDER BY cost DESC, seq",
    );
    expect(queued.map((t) => t.trial_id)).toEqual(pending.rows.map(([id]) => id));
    expect(queued).toHaveLength(2);

    // Cancelled trials leave the queue; retried ones come back to it and are leased again.
    await store.cancelSweep('s');
    expect(await headOfQueue(conn.db).executeTakeFirst()).toBeUndefined();
    await store.retryFailed('s');
    const again = await store.leaseTrials({ workerId: 'w', max: 10, leaseMs: 60_000, now: T0 });
    expect(again).toHaveLength(4);
    expect(await headOfQueue(conn.db).executeTakeFirst()).toBeUndefined();
  });
});
