import { sql, type ExpressionBuilder, type Kysely, type UpdateObject } from 'kysely';
import type { Database, TrialStatus } from './schema';
import type { SqlDialect } from './dialect';
import { GROUP_COLUMNS } from './sweep-cells';
import { addToCells, signedRows } from './cell-deltas';
import { statusAmong } from './status-among';

/** A cell's key today: every parameter but seed (n last), as `sweep_cells` is keyed. */
const CELL_KEYS = [...GROUP_COLUMNS, 'n'] as const;

export interface StatusChange {
  /** The trials to move (a chunk: each id is a bound parameter). */
  ids: readonly string[];
  /** Only those now in one of these statuses move. */
  from: readonly TrialStatus[];
  to: TrialStatus;
  /** The other columns the update sets. */
  set?: (eb: ExpressionBuilder<Database, 'trials'>) => UpdateObject<Database, 'trials'>;
}

/**
 * Moves the trials among `ids` whose status is one of `from` to `to`; returns how many moved.
 * Must run inside a write transaction (an error rolls back the counts with the statuses).
 *
 * SQLite runs its status triggers once per trial: two count updates and a cell upsert each,
 * nearly half of what a cancel or retry walk spent per trial. Here the counts (`sweep_counts`)
 * and cells (`sweep_cells`) change once per (sweep, status) and per cell, grouped from the
 * rows about to move, while the `status_batch` row tells the triggers to skip them (0015).
 * PostgreSQL's triggers already run once per statement: a plain update.
 */
export async function changeTrialStatus(
  db: Kysely<Database>,
  dialect: SqlDialect,
  change: StatusChange,
): Promise<number> {
  const from = change.from.filter((s) => s !== change.to);
  if (change.ids.length === 0 || from.length === 0) return 0;
  const update = async () => {
    const result = await db
      .updateTable('trials')
      .set((eb) => ({ ...change.set?.(eb), status: change.to }))
      .where('trial_id', 'in', change.ids)
      .where(statusAmong('status', from))
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  };
  if (dialect.name !== 'sqlite') return update();
  await sql`INSERT INTO status_batch (counted) VALUES (1)`.execute(db);
  await countMoves(db, { ...change, from });
  const moved = await update();
  await sql`DELETE FROM status_batch`.execute(db);
  return moved;
}

/**
 * Counts and cells: each moving trial counted out of its status (sign -1) and into `to` (+1),
 * from one pass over the trials (joined to a two-row table of signs, not read twice).
 */
async function countMoves(db: Kysely<Database>, change: StatusChange): Promise<void> {
  const links = sql`trials t JOIN sweep_trials st ON st.trial_id = t.trial_id
    CROSS JOIN (SELECT -1 AS sign UNION ALL SELECT 1) k`;
  // The ids as one JSON parameter: the statements' text is then the same for every chunk size,
  // so each is prepared once per connection (kept by the statement cache), not once a chunk.
  const moving = sql`t.trial_id IN (SELECT value FROM json_each(${JSON.stringify(change.ids)}))
    AND ${statusAmong('t.status', change.from)}`;
  const status = sql`CASE WHEN k.sign < 0 THEN t.status ELSE ${sql.lit(change.to)} END`;
  await sql`
    INSERT INTO sweep_counts (sweep_id, status, shard, trials, steps)
    SELECT st.sweep_id, ${status}, 0, sum(k.sign), sum(k.sign * t.steps)
    FROM ${links} WHERE ${moving}
    GROUP BY 1, 2
    ON CONFLICT (sweep_id, status, shard) DO UPDATE
    SET trials = sweep_counts.trials + excluded.trials, steps = sweep_counts.steps + excluded.steps
  `.execute(db);
  await addToCells(
    CELL_KEYS,
    signedRows(CELL_KEYS, links, sql`st.sweep_id`, status, sql`k.sign`, moving),
    sql`0`,
  ).execute(db);
}
