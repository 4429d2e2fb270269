import type { StoreContext } from './store-context';
import type { SweepWalkOptions } from './store';
import { nextChunkSize } from './chunk';
import { sweepIdOf } from './sweep-id';
import { withFileLock } from './file-lock';
import { walkChunk, type WalkStep, type WalkStepResult } from './walk-chunk';
import { WalkThreadError } from './walk-thread';

/**
 * Links read per transaction by cancel and retry, sized from what the last chunk took. SQLite:
 * about 10 ms, since a chunk holds the database's one write lock (the coordinator's own writes
 * wait for it) and, without a walk thread, the event loop. Measured at 10^6 trials beside 16
 * working simulated workers, chunks on the walk thread: 20 ms chunks gave those writes a p99 of
 * 161-171 ms while retrying, 10 ms chunks 136-139 ms (docs/scale.md). PostgreSQL's does not
 * hold the loop (the driver is asynchronous): about 50 ms, bounded by how long the chunk's row
 * locks (its trials, its connection's stripe of the counts and cells) may hold up the workers'
 * calls. Measured at 10^5 trials beside 16 working simulated workers: 200 ms chunks gave p99 of
 * 208-260 ms for those calls while retrying, 50 ms chunks 130-155 ms, and the walks took less
 * time (cancel 24 s against 37 s: fewer waits on the workers' locks).
 */
const FIRST_CHUNK = 500;
const MIN_CHUNK = 50;
const MAX_CHUNK = 20_000;
const CHUNK_TARGET_MS = { sqlite: 10, postgres: 50 } as const;

/** Lets the event loop serve other calls between two chunk transactions (no `pace` given). */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Walks a sweep's trials in position order, one short transaction per chunk of links, while
 * the sweep is still in the state its walk needs (a chunk stops the walk when another call
 * changed it meanwhile). Returns how many trials it changed.
 */
async function walkSweep(
  c: StoreContext,
  walk: Pick<WalkStep, 'op' | 'sweepId' | 'now'>,
  options: SweepWalkOptions,
): Promise<number> {
  const pace = options.pace ?? yieldToEventLoop;
  let after = -1;
  let changed = 0;
  let size = FIRST_CHUNK;
  for (;;) {
    const started = performance.now();
    const step = await runChunk(c, { ...walk, after, size });
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
 * One chunk: on the store's walk thread when it has one (SQLite, off the event loop, under the
 * file's in-process write lock as a transaction here would hold it), else in a transaction here.
 * A chunk the thread could not run (it ended, or failed there with no store error) runs here,
 * where a failure becomes the store's own error (running a chunk again changes nothing that the
 * first run changed); a busy database or a store being closed ends the walk.
 */
async function runChunk(c: StoreContext, step: WalkStep): Promise<WalkStepResult | undefined> {
  const thread = c.walks;
  if (thread !== undefined) {
    try {
      return await withFileLock(c.location, () => thread.run(step));
    } catch (error) {
      if (!(error instanceof WalkThreadError) || error.closing) throw error;
    }
  }
  return c.tx((db) => walkChunk(db, c.dialect, step));
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
  return walkSweep(c, { op: 'cancel', sweepId, now }, walk);
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
  return walkSweep(c, { op: 'retry', sweepId, now }, walk);
}
