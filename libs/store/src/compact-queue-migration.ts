import { sql, type Kysely } from 'kysely';
import { batchKeyHash } from '@thresher/sweep';
import type { SqlDialect } from './dialect';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration sees the schema of its time */

/**
 * 0014: a smaller queue. Measured at 10^5 pending trials (docs/scale.md, "Storage per trial"):
 *
 * - The queue (queue-ops.ts, slot-usage.ts) only ever asks for `status = 'pending'` rows in
 *   cost order. Indexed on (status, ...), every lease, completion, cancel and retry moved each
 *   trial's entry in both indexes, and a finished sweep kept an entry per trial in each.
 *   Partial indexes `WHERE status = 'pending'` lose the entry when a trial is leased and touch
 *   nothing when it completes; the queries state the predicate with a literal
 *   (`statusIsPending`) so that any plan can use them.
 * - The batch key (JSON text, 28 bytes and more, in each row and each index entry) becomes
 *   `batch`, 48 bits of its hash (`batchKeyHash`): 8 bytes. The queue groups by the hash and
 *   `pickBundle` checks the keys themselves, so a collision costs a smaller bundle, never a
 *   mixed one.
 * - PostgreSQL's `sweep_trials` had its key on (sweep_id, trial_id) and a second index on
 *   trial_id (80 bytes a trial each). Keyed on (trial_id, sweep_id), as SQLite's is since 0011,
 *   the key serves the lookups by trial (triggers, cascades, the cancel walk) and the
 *   (sweep_id, position) index a sweep's reads.
 *
 * Existing trials are rewritten once (docs/scale.md: seconds at 10^6 trials on SQLite).
 */
export async function compactQueue(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  await db.schema.dropIndex('trials_status_cost_seq').execute();
  await db.schema.dropIndex('trials_status_key_cost_seq').execute();
  await db.schema
    .alterTable('trials')
    .addColumn('batch', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
  // One pass over the trials per 500 keys (a CASE of the keys' hashes): the indexes on the key
  // are gone, so each UPDATE reads the whole table.
  const keys = await db.selectFrom('trials').select('batch_key').distinct().execute();
  for (let i = 0; i < keys.length; i += 500) {
    const some = keys.slice(i, i + 500).map((k) => String(k.batch_key));
    const hashOf = sql.join(
      some.map((key) => sql`WHEN ${key} THEN ${sql.lit(batchKeyHash(key))}`),
      sql` `,
    );
    await db
      .updateTable('trials')
      .set({ batch: sql`CASE batch_key ${hashOf} END` })
      .where('batch_key', 'in', some)
      .execute();
  }
  await db.schema.alterTable('trials').dropColumn('batch_key').execute();
  await sql`CREATE INDEX trials_pending_cost_seq ON trials (cost DESC, seq) WHERE status = 'pending'`.execute(
    db,
  );
  await sql`CREATE INDEX trials_pending_batch_cost_seq ON trials (batch, cost DESC, seq) WHERE status = 'pending'`.execute(
    db,
  );
  if (dialect.name !== 'postgres') return;
  await sql`ALTER TABLE sweep_trials DROP CONSTRAINT sweep_trials_pk`.execute(db);
  await sql`ALTER TABLE sweep_trials ADD CONSTRAINT sweep_trials_pk PRIMARY KEY (trial_id, sweep_id)`.execute(
    db,
  );
  await db.schema.dropIndex('sweep_trials_trial').execute();
}
