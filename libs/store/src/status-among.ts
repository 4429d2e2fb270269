import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { TrialStatus } from './schema';

/**
 * `status IN (statuses)` for queries whose rows are already given by trial id (a chunk of a
 * sweep): written as an expression so that no planner drives the query from a status index.
 * SQLite, which keeps no statistics here, took the (status, cost, seq) index for
 * `trial_id IN (...) AND status IN (...)` and read every pending trial for each chunk: 0.07 s a
 * chunk of 500 at 200 000 trials, instead of a primary-key lookup per id.
 */
export function statusAmong(
  column: 'status' | 't.status',
  statuses: readonly TrialStatus[],
): RawBuilder<SqlBool> {
  return sql<SqlBool>`coalesce(${sql.ref(column)}, '') in (${sql.join([...statuses])})`;
}

/**
 * `status = 'pending'` with the status as a literal, not a bound parameter: the queue's indexes
 * are partial (`WHERE status = 'pending'`, 0014), and a planner uses such an index only when it
 * can prove the query's rows satisfy the predicate. SQLite and node-postgres's unnamed
 * statements plan with the bound value, but a generic plan of a prepared statement would not
 * see it; stated as a literal, the predicate matches in every case.
 */
export function statusIsPending(column: 'status' | 't.status'): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} = 'pending'`;
}
