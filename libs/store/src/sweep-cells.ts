import { sql, type Kysely, type RawBuilder } from 'kysely';
import { PARAM_NAMES } from '@thresher/sweep';
import { TRIAL_STATUSES, type Database } from './schema';

/** Parameters that identify a group of trials: every parameter except n and seed. */
export const GROUP_COLUMNS = PARAM_NAMES.filter((p) => p !== 'n' && p !== 'seed');
/** A count or sum as a number (drivers hand back bigint strings; an empty sum is null). */
export const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/**
 * One row per (group, n) of the sweep: the group columns, n, a count per status, unconverged and
 * the interp_ratio moments. From `sweep_cells` (its shards summed; O(cells)); a database from
 * before 0012 opened read-only (read-only opens do not migrate) aggregates its trials instead.
 */
export async function cellRows(
  db: Kysely<Database>,
  sweepId: number,
  kept: boolean,
): Promise<Record<string, unknown>[]> {
  const sum = (col: string) => sql`sum(${sql.ref(col)}) AS ${sql.ref(col)}`;
  const values = [...TRIAL_STATUSES, 'unconverged', 'ratio_count', 'ratio_sum', 'ratio_sum_sq'];
  if (kept) {
    const key = sql.join([...GROUP_COLUMNS, 'n'].map((name) => sql.ref(name)));
    const rows = await sql<Record<string, unknown>>`
      SELECT ${key}, ${sql.join(values.map(sum))}
      FROM sweep_cells WHERE sweep_id = ${sweepId}
      GROUP BY ${key}
    `.execute(db);
    // A cell emptied by deleted links (no code path deletes them today) would stay with zeros.
    return rows.rows.filter((row) => TRIAL_STATUSES.some((s) => num(row[s]) !== 0));
  }
  const key = sql.join([...GROUP_COLUMNS, 'n'].map((name) => sql.ref(`t.${name}`)));
  const done = sql`t.status = 'done'`;
  const ratio = sql`${done} AND r.interp_ratio IS NOT NULL`;
  const when = (cond: RawBuilder<unknown>, value: RawBuilder<unknown>, as: string) =>
    sql`sum(CASE WHEN ${cond} THEN ${value} ELSE 0 END) AS ${sql.ref(as)}`;
  const rows = await sql<Record<string, unknown>>`
    SELECT ${key}, ${sql.join([
      ...TRIAL_STATUSES.map((s) => when(sql`t.status = ${sql.lit(s)}`, sql`1`, s)),
      when(sql`${done} AND r.converged = 0`, sql`1`, 'unconverged'),
      when(ratio, sql`1`, 'ratio_count'),
      when(ratio, sql`r.interp_ratio`, 'ratio_sum'),
      when(ratio, sql`r.interp_ratio * r.interp_ratio`, 'ratio_sum_sq'),
    ])}
    FROM sweep_trials st
    JOIN trials t ON t.trial_id = st.trial_id
    LEFT JOIN results r ON r.trial_id = t.trial_id
    WHERE st.sweep_id = ${sweepId}
    GROUP BY ${key}
  `.execute(db);
  return rows.rows;
}
