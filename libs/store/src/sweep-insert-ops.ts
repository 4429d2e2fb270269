import type { StoreContext } from './store-context';
import type { SweepInsert, SweepInsertChunk, SweepInsertProgress } from './store';
import { InvalidInputError, SweepInsertBusyError } from './errors';
import { requireText } from './validate';
import { storeSweepTrials, sweepForInsert, uniqueTrials } from './sweep-ops';

/**
 * Large sweeps are inserted in chunks, one short transaction each, so that the coordinator
 * serves other calls in between (a 10^6-trial grid in one transaction held SQLite's write
 * lock, and the coordinator's event loop, for minutes). `sweep_inserts` remembers where each
 * insert is, so that a restarted coordinator resumes it; until its last chunk the sweep reads
 * as `inserting`, never as complete.
 */
export async function beginSweepInsert(
  c: StoreContext,
  input: SweepInsert,
): Promise<SweepInsertProgress> {
  const name = requireText('name', input?.name, 200);
  const total = input.total;
  if (!Number.isSafeInteger(total) || total < 1) {
    throw new InvalidInputError('total', `must be an integer >= 1 (got ${String(total)})`);
  }
  const spec = JSON.stringify(input.spec ?? null);
  const now = Date.now();
  return c.tx(async (db) => {
    await c.dialect.lockSweepMembership(db);
    const sweepId = await sweepForInsert(db, name, spec, now);
    const running = await db
      .selectFrom('sweep_inserts')
      .select(['spec', 'next_index', 'total'])
      .where('sweep_id', '=', sweepId)
      .executeTakeFirst();
    if (running !== undefined) {
      const nextIndex = Number(running.next_index);
      if (running.spec !== spec)
        throw new SweepInsertBusyError(name, nextIndex, Number(running.total));
      return { sweepId, name, nextIndex, total: Number(running.total), done: false };
    }
    await db
      .insertInto('sweep_inserts')
      .values({ sweep_id: sweepId, spec, next_index: 0, total, started_at: now })
      .execute();
    return { sweepId, name, nextIndex: 0, total, done: false };
  });
}

/**
 * Stores the trials of grid indexes [fromIndex, fromIndex + trials.length) of a sweep's
 * insert. A chunk that does not start where the insert is (another coordinator on the same
 * database stored it first) stores nothing and says where the insert is; so does a chunk of
 * an insert that ended (completed, or the sweep was cancelled).
 */
export async function insertSweepChunk(
  c: StoreContext,
  chunk: SweepInsertChunk,
): Promise<SweepInsertProgress & { inserted: number; existing: number }> {
  const unique = uniqueTrials(chunk.trials);
  const now = Date.now();
  const stored = await c.tx(async (db) => {
    await c.dialect.lockSweepMembership(db);
    const job = await db
      .selectFrom('sweep_inserts as i')
      .innerJoin('sweeps as s', 's.id', 'i.sweep_id')
      .select(['s.name', 'i.next_index', 'i.total'])
      .where('i.sweep_id', '=', chunk.sweepId)
      .executeTakeFirst();
    const progress = { sweepId: chunk.sweepId, name: job?.name ?? '', inserted: 0, existing: 0 };
    if (job === undefined) return { ...progress, nextIndex: 0, total: 0, done: true };
    const total = Number(job.total);
    if (Number(job.next_index) !== chunk.fromIndex) {
      return { ...progress, nextIndex: Number(job.next_index), total, done: false };
    }
    const nextIndex = chunk.fromIndex + chunk.trials.length;
    if (nextIndex > total) {
      throw new InvalidInputError('trials', `run past the grid's ${total} trials`);
    }
    const inserted = await storeSweepTrials(c, db, chunk.sweepId, unique, now);
    const done = nextIndex === total;
    if (done) await db.deleteFrom('sweep_inserts').where('sweep_id', '=', chunk.sweepId).execute();
    else {
      await db
        .updateTable('sweep_inserts')
        .set({ next_index: nextIndex })
        .where('sweep_id', '=', chunk.sweepId)
        .execute();
    }
    return {
      ...progress,
      nextIndex,
      total,
      done,
      inserted,
      existing: unique.size - inserted,
    };
  });
  // The last chunk (done with a grid; an insert already gone answers done with total 0).
  // PostgreSQL plans with the statistics autovacuum last took, which a large insert leaves far
  // behind until its next round (a minute or more): planned for the few thousand trials it had
  // seen, a cancel's chunk of 500 ids read every trial of a 10^5-trial table sequentially. So the
  // end of an insert analyzes the tables it grew (a sample of 30 000 rows each: well under a
  // second at 10^6 trials); SQLite's planner needs no statistics for the store's keyed reads.
  if (stored.done && stored.total > 0) {
    await c.read((db) => c.dialect.refreshStatistics(db, ['trials', 'sweep_trials']));
  }
  return stored;
}

/** Inserts in progress (after a restart: those to resume), oldest first. */
export async function pendingSweepInserts(
  c: StoreContext,
): Promise<(SweepInsertProgress & { spec: unknown })[]> {
  const rows = await c.read((db) =>
    db
      .selectFrom('sweep_inserts as i')
      .innerJoin('sweeps as s', 's.id', 'i.sweep_id')
      .select(['i.sweep_id', 's.name', 'i.spec', 'i.next_index', 'i.total'])
      .orderBy('i.started_at')
      .execute(),
  );
  return rows.map((r) => ({
    sweepId: r.sweep_id,
    name: r.name,
    spec: JSON.parse(r.spec) as unknown,
    nextIndex: Number(r.next_index),
    total: Number(r.total),
    done: false,
  }));
}
