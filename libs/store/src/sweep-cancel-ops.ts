import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';
import type { StoreContext } from './store-context';
import type { SweepWalkOptions } from './store';
import { nextChunkSize } from './chunk';
import { sweepIdOf } from './sweep-id';
import { statusAmong } from './status-among';

/**
 * Links read per transaction by cancel and retry, sized from what the last chunk took. SQLite:
 * about 20 ms, since its transaction holds the coordinator's event loop. PostgreSQL's does not
 * (the driver is asynchronous): about 50 ms, bounded by how long the chunk's row locks (its
 * trials, its connection's stripe of the counts and cells) may hold up the workers' calls.
 * Measured at 10^5 trials beside 16 working simulated workers: 200 ms chunks gave p99 of
 * 208-260 ms for those calls while retrying, 50 ms chunks 130-155 ms, and the walks took less
 * time (cancel 24 s against 37 s: fewer waits on the workers' locks).
 */
const FIRST_CHUNK = 500;
const MIN_CHUNK = 50;
const MAX_CHUNK = 20_000;
const CHUNK_TARGET_MS = { sqlite: 20, postgres: 50 } as const;

/** Lets the event loop serve other calls between two chunk transactions (no `pace` given). */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Walks a sweep's trials in position order, one short transaction per chunk of links, while
 * the sweep is still in the state `keep` checks (a chunk stops the walk when another call
 * changed it meanwhile). Returns the sum of what `apply` returned.
 */
async function walkSweep(
  c: StoreContext,
  sweepId: number,
  keep: 'active' | 'cancelled',
  walk: SweepWalkOptions,
  apply: (db: Kysely<Database>, trialIds: string[]) => Promise<number>,
): Promise<number> {
  const pace = walk.pace ?? yieldToEventLoop;
  let after = -1;
  let changed = 0;
  let size = FIRST_CHUNK;
  for (;;) {
    const started = performance.now();
    const step = await c.tx(async (db) => {
      await c.dialect.lockSweepMembership(db);
      const sweep = await db
        .selectFrom('sweeps')
        .select('status')
        .where('id', '=', sweepId)
        .executeTakeFirst();
      if (sweep?.status !== keep) return undefined;
      const links = await db
        .selectFrom('sweep_trials')
        .select(['trial_id', 'position'])
        .where('sweep_id', '=', sweepId)
        .where('position', '>', after)
        .orderBy('position')
        .limit(size)
        .execute();
      if (links.length === 0) return undefined;
      const count = await apply(
        db,
        links.map((l) => l.trial_id),
      );
      return { count, last: Number((links.at(-1) as { position: number }).position) };
    });
    if (step === undefined) return changed;
    changed += step.count;
    after = step.last;
    const ms = Math.max(1, performance.now() - started);
    size = nextChunkSize(size, ms, CHUNK_TARGET_MS[c.dialect.name], {
      min: MIN_CHUNK,
      max: MAX_CHUNK,
    });
    await pace(ms);
  }
}

/**
 * Cancels the sweep's pending and leased trials, except those another active sweep still
 * wants (shared trials), and stops its insert if one is in progress. Open leases of cancelled
 * trials end as 'cancelled', so their workers are told to stop at the next heartbeat. The
 * sweep is marked cancelled at once; its trials in chunks, so a 10^6-trial sweep does not hold
 * the database (and the coordinator) for the whole of it: until the last chunk, trials not yet
 * reached may still be leased (they are cancelled when reached).
 */
export async function cancelSweep(
  c: StoreContext,
  name: string,
  walk: SweepWalkOptions = {},
): Promise<number> {
  const now = Date.now();
  const sweepId = await c.tx(async (db) => {
    await c.dialect.lockSweepMembership(db);
    const id = await sweepIdOf(db, name);
    await db.updateTable('sweeps').set({ status: 'cancelled' }).where('id', '=', id).execute();
    await db.deleteFrom('sweep_inserts').where('sweep_id', '=', id).execute();
    return id;
  });
  return walkSweep(c, sweepId, 'cancelled', walk, async (db, ids) => {
    const victims = (
      await db
        .selectFrom('trials as t')
        .select('t.trial_id')
        .where('t.trial_id', 'in', ids)
        .where(statusAmong('t.status', ['pending', 'leased']))
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('sweep_trials as o')
                .innerJoin('sweeps as s', 's.id', 'o.sweep_id')
                .select(sql.lit(1).as('one'))
                .whereRef('o.trial_id', '=', 't.trial_id')
                .where('s.status', '=', 'active'),
            ),
          ),
        )
        // Trial rows first, in id order, as completions lock them (complete-ops.ts): taking
        // the attempts first deadlocked with workers completing the same trials (PostgreSQL).
        .$if(c.dialect.rowLocks, (q) => q.orderBy('t.trial_id').forUpdate(['t']))
        .execute()
    ).map((r) => r.trial_id);
    if (victims.length === 0) return 0;
    await db
      .updateTable('attempts')
      .set({ outcome: 'cancelled', ended_at: now, error: 'sweep cancelled' })
      .where('outcome', 'is', null)
      .where('trial_id', 'in', victims)
      .execute();
    const result = await db
      .updateTable('trials')
      .set({ status: 'cancelled', updated_at: now })
      .where('trial_id', 'in', victims)
      .where(statusAmong('status', ['pending', 'leased']))
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  });
}

/**
 * Failed and cancelled trials of the sweep go back to the queue with a fresh attempt budget,
 * in chunks as cancelSweep.
 */
export async function retryFailed(
  c: StoreContext,
  name: string,
  walk: SweepWalkOptions = {},
): Promise<number> {
  const now = Date.now();
  const sweepId = await c.tx(async (db) => {
    await c.dialect.lockSweepMembership(db);
    const id = await sweepIdOf(db, name);
    await db.updateTable('sweeps').set({ status: 'active' }).where('id', '=', id).execute();
    return id;
  });
  return walkSweep(c, sweepId, 'active', walk, async (db, ids) => {
    // Locked in id order first, as completions lock trials (a late result may touch them).
    const requeue = (
      await db
        .selectFrom('trials')
        .select('trial_id')
        .where('trial_id', 'in', ids)
        .where(statusAmong('status', ['failed', 'cancelled']))
        .$if(c.dialect.rowLocks, (q) => q.orderBy('trial_id').forUpdate())
        .execute()
    ).map((r) => r.trial_id);
    if (requeue.length === 0) return 0;
    const result = await db
      .updateTable('trials')
      .set({ status: 'pending', attempts: 0, updated_at: now })
      .where(statusAmong('status', ['failed', 'cancelled']))
      .where('trial_id', 'in', requeue)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  });
}
