import type { CompiledQuery, Kysely } from 'kysely';
import type { Database } from './schema';

/**
 * Multi-row inserts of many equal-sized batches. Kysely builds and compiles a query
 * object per call, which for 1000 rows x 24 columns costs more than the database's own
 * work; the SQL text of equal-sized batches is identical, so it is compiled once and
 * re-bound with each batch's parameters (SQLite reuses its prepared statement too).
 * The first compile is checked against our own parameter layout; on any mismatch every
 * batch simply goes through the query builder.
 */
export async function bulkInsert(
  db: Kysely<Database>,
  batches: readonly Record<string, unknown>[][],
  columns: readonly string[],
  build: (batch: Record<string, unknown>[]) => { compile(): CompiledQuery },
): Promise<number> {
  let template: { size: number; query: CompiledQuery } | undefined;
  let fastPath = true;
  let affected = 0;
  for (const batch of batches) {
    const parameters: unknown[] = new Array(batch.length * columns.length);
    let k = 0;
    for (const row of batch) for (const column of columns) parameters[k++] = row[column];
    let query: CompiledQuery;
    if (fastPath && template !== undefined && template.size === batch.length) {
      query = { ...template.query, parameters };
    } else {
      query = build(batch).compile();
      const same =
        query.parameters.length === parameters.length &&
        query.parameters.every((p, i) => p === parameters[i]);
      if (same) template = { size: batch.length, query };
      else fastPath = false;
    }
    const result = await db.executeQuery(query);
    affected += Number(result.numAffectedRows ?? 0n);
  }
  return affected;
}
