import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from './dialect';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration sees the schema of its time */

/**
 * The PostgreSQL statement triggers that join a statement's transition table (its changed
 * rows: a bundle of 64, a walk's chunk) to `trials`, `results` and `sweep_trials` (0011 counts,
 * 0012 cells).
 */
const JOINING_TRIGGER_FUNCTIONS = [
  'thresher_sweep_trials_count_insert',
  'thresher_sweep_trials_count_delete',
  'thresher_trials_count_status',
  'thresher_sweep_trials_cells_insert',
  'thresher_sweep_trials_cells_delete',
  'thresher_trials_cells_status',
] as const;

/**
 * 0013: those triggers look the changed rows up by key, whatever the statistics say.
 * PL/pgSQL plans a trigger's statement once per connection and keeps the plan: planned while
 * `trials` was small (statistics from before a large insert, which autovacuum updates only
 * later), the cells trigger hashed a sequential scan of every trial and result for each bundle
 * of 64 (70-120 ms a lease or completion at 10^5 trials, seen with auto_explain; more at 10^6).
 * Disabling sequential scans inside these functions leaves the planner the primary keys' index
 * lookups, which cost what the statement changed; the transition tables themselves are still
 * read in full (they have no index), and hash joins between them stay allowed.
 * SQLite: nothing to do (its row triggers look each row up by key).
 */
export async function triggerIndexPlans(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  if (dialect.name !== 'postgres') return;
  for (const name of JOINING_TRIGGER_FUNCTIONS) {
    await sql`ALTER FUNCTION ${sql.raw(name)}() SET enable_seqscan = off`.execute(db);
  }
}
