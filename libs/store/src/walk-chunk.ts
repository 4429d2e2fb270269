import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';
import type { SqlDialect } from './dialect';
import { statusAmong } from './status-among';
import { changeTrialStatus } from './counted-status-change';

/** One chunk of a cancel or retry walk: plain data, so that a thread can be given it. */
export interface WalkStep {
  op: 'cancel' | 'retry';
  sweepId: number;
  /** The walk goes on after this link position (-1 at first). */
  after: number;
  /** Links to read. */
  size: number;
  /** The walk's time (epoch ms), stamped on what it changes. */
  now: number;
}

/** What a chunk did: trials changed, and the last position it read. */
export interface WalkStepResult {
  count: number;
  last: number;
}

/**
 * One chunk of a walk, inside the caller's write transaction: the next `size` links of the
 * sweep in position order, while the sweep is still in the state its walk needs (cancelled for
 * a cancel, active for a retry; undefined when it is not, or when no link is left). Running a
 * chunk twice changes nothing the second time: a cancel moves only pending and leased trials,
 * a retry only failed and cancelled ones.
 */
export async function walkChunk(
  db: Kysely<Database>,
  dialect: SqlDialect,
  step: WalkStep,
): Promise<WalkStepResult | undefined> {
  await dialect.lockSweepMembership(db);
  const sweep = await db
    .selectFrom('sweeps')
    .select('status')
    .where('id', '=', step.sweepId)
    .executeTakeFirst();
  if (sweep?.status !== (step.op === 'cancel' ? 'cancelled' : 'active')) return undefined;
  const links = await db
    .selectFrom('sweep_trials')
    .select(['trial_id', 'position'])
    .where('sweep_id', '=', step.sweepId)
    .where('position', '>', step.after)
    .orderBy('position')
    .limit(step.size)
    .execute();
  if (links.length === 0) return undefined;
  const ids = links.map((l) => l.trial_id);
  const count =
    step.op === 'cancel'
      ? await cancelTrials(db, dialect, ids, step.now)
      : await requeueTrials(db, dialect, ids, step.now);
  return { count, last: Number((links.at(-1) as { position: number }).position) };
}

/**
 * The chunk's pending and leased trials that no active sweep still wants become cancelled;
 * their open attempts end as cancelled (their workers are told at the next heartbeat).
 */
async function cancelTrials(
  db: Kysely<Database>,
  dialect: SqlDialect,
  ids: string[],
  now: number,
): Promise<number> {
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
      .$if(dialect.rowLocks, (q) => q.orderBy('t.trial_id').forUpdate(['t']))
      .execute()
  ).map((r) => r.trial_id);
  if (victims.length === 0) return 0;
  await db
    .updateTable('attempts')
    .set({ outcome: 'cancelled', ended_at: now, error: 'sweep cancelled' })
    .where('outcome', 'is', null)
    .where('trial_id', 'in', victims)
    .execute();
  return changeTrialStatus(db, dialect, {
    ids: victims,
    from: ['pending', 'leased'],
    to: 'cancelled',
    set: () => ({ updated_at: now }),
  });
}

/** The chunk's failed and cancelled trials go back to the queue with a fresh attempt budget. */
async function requeueTrials(
  db: Kysely<Database>,
  dialect: SqlDialect,
  ids: string[],
  now: number,
): Promise<number> {
  // PostgreSQL: locked in id order first, as completions lock trials (a late result may touch
  // them). SQLite has no row locks, and changeTrialStatus picks the same trials by status.
  const requeue = dialect.rowLocks
    ? (
        await db
          .selectFrom('trials')
          .select('trial_id')
          .where('trial_id', 'in', ids)
          .where(statusAmong('status', ['failed', 'cancelled']))
          .orderBy('trial_id')
          .forUpdate()
          .execute()
      ).map((r) => r.trial_id)
    : ids;
  return changeTrialStatus(db, dialect, {
    ids: requeue,
    from: ['failed', 'cancelled'],
    to: 'pending',
    set: () => ({ attempts: 0, updated_at: now }),
  });
}
