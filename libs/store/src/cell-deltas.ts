import { sql, type RawBuilder } from 'kysely';

/**
 * The SQL that adds trials to `sweep_cells` (0012) and takes them out: shared by the migration
 * that made the table and its triggers (with the key columns of its time) and by the store's
 * status changes that count themselves (with today's, `counted-status-change.ts`).
 */

const STATUSES = ['pending', 'leased', 'done', 'failed', 'cancelled'] as const;
/** A cell's values: trials by status, the done ones' unconverged count and ratio moments. */
export const CELL_VALUE_COLUMNS = [
  ...STATUSES,
  'unconverged',
  'ratio_count',
  'ratio_sum',
  'ratio_sum_sq',
] as const;

export const refs = (cols: readonly string[], alias?: string) =>
  sql.join(cols.map((c) => sql.ref(alias ? `${alias}.${c}` : c)));

/**
 * Trial rows as they count towards cells: the sweep, the key columns (of `t`, a `trials` row),
 * a status, a sign (+1 counted in, -1 counted out) and the result's columns (`r`, joined here
 * only for a row counted as done: a lease or a cancel need not look it up).
 */
export function signedRows(
  keys: readonly string[],
  from: RawBuilder<unknown>,
  sweepId: RawBuilder<unknown>,
  status: RawBuilder<unknown>,
  sign: RawBuilder<unknown>,
  where: RawBuilder<unknown> = sql`true`,
): RawBuilder<unknown> {
  return sql`
    SELECT ${sweepId} AS sweep_id, ${refs(keys, 't')}, ${status} AS status,
      ${sign} AS sign, r.converged, r.interp_ratio
    FROM ${from}
    LEFT JOIN results r ON r.trial_id = t.trial_id AND ${status} = 'done'
    WHERE ${where}`;
}

/** Signed trial rows summed into one change per cell. */
export function cellDeltas(
  keys: readonly string[],
  rows: RawBuilder<unknown>,
): RawBuilder<unknown> {
  const count = (cond: RawBuilder<unknown>, value: RawBuilder<unknown>, as: string) =>
    sql`sum(CASE WHEN ${cond} THEN s.sign * ${value} ELSE 0 END) AS ${sql.ref(as)}`;
  const ratio = sql`s.status = 'done' AND s.interp_ratio IS NOT NULL`;
  return sql`
    SELECT s.sweep_id, ${refs(keys, 's')},
      ${sql.join([
        ...STATUSES.map((st) => count(sql`s.status = ${sql.lit(st)}`, sql`1`, st)),
        count(sql`s.status = 'done' AND s.converged = 0`, sql`1`, 'unconverged'),
        count(ratio, sql`1`, 'ratio_count'),
        count(ratio, sql`s.interp_ratio`, 'ratio_sum'),
        count(ratio, sql`s.interp_ratio * s.interp_ratio`, 'ratio_sum_sq'),
      ])}
    FROM (${rows}) s
    GROUP BY s.sweep_id, ${refs(keys, 's')}`;
}

/**
 * Adds each cell change to its row of `shard` (an upsert). In key order, so that two
 * PostgreSQL statements lock shared rows in the same order.
 */
export function addToCells(
  keys: readonly string[],
  rows: RawBuilder<unknown>,
  shard: RawBuilder<unknown>,
): RawBuilder<unknown> {
  const key = ['sweep_id', ...keys];
  const add = sql.join(
    CELL_VALUE_COLUMNS.map(
      (c) => sql`${sql.ref(c)} = sweep_cells.${sql.ref(c)} + excluded.${sql.ref(c)}`,
    ),
  );
  return sql`
    INSERT INTO sweep_cells (${refs(key)}, shard, ${refs(CELL_VALUE_COLUMNS)})
    SELECT ${refs(key)}, ${shard}, ${refs(CELL_VALUE_COLUMNS)}
    FROM (${cellDeltas(keys, rows)}) d WHERE true
    ORDER BY ${refs(key)}
    ON CONFLICT (${refs(key)}, shard) DO UPDATE SET ${add}`;
}
