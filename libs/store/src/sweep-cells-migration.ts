import { sql, type CreateTableBuilder, type Kysely, type RawBuilder } from 'kysely';
import type { SqlDialect } from './dialect';
import {
  CELL_VALUE_COLUMNS,
  addToCells as addToCellsOf,
  cellDeltas as cellDeltasOf,
  refs,
  signedRows as signedRowsOf,
} from './cell-deltas';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration sees the schema of its time */

/**
 * The columns that make a cell: every trial parameter but seed, as of 0012 (n last). A
 * parameter added later is added here by its own migration (its column, the key, the
 * triggers), as `trials` gets its column.
 */
const GROUP_COLUMNS_0012 = [
  'width',
  'd',
  'data',
  'teacher',
  'noise',
  'init_scale',
  'init',
  'activation',
  'optimizer',
  'lr',
  'steps',
  'bias',
  'test_size',
  'record_every',
] as const;
const KEY_COLUMNS = [...GROUP_COLUMNS_0012, 'n'] as const;
const REAL_COLUMNS: readonly string[] = ['noise', 'init_scale', 'lr'];
const TEXT_COLUMNS: readonly string[] = ['data', 'teacher', 'init', 'activation', 'optimizer'];
const VALUE_COLUMNS = CELL_VALUE_COLUMNS;
/** Rows per cell that PostgreSQL connections add to (see postgresCellTriggers). */
const CELL_SHARDS = 16;
const F = 'double precision';

const ref = refs;
/** The shared builders (cell-deltas.ts) with this migration's key. */
type Sql = RawBuilder<unknown>;
const signedRows = (from: Sql, sweepId: Sql, status: Sql, sign: Sql, where?: Sql) =>
  signedRowsOf(KEY_COLUMNS, from, sweepId, status, sign, where);
const cellDeltas = (rows: Sql) => cellDeltasOf(KEY_COLUMNS, rows);
const addToCells = (rows: Sql, shard: Sql) => addToCellsOf(KEY_COLUMNS, rows, shard);

/**
 * 0012: `sweep_cells`: per sweep and (group, n) (a group: the trials that share every
 * parameter but n and seed), the trials by status, and the done trials' unconverged count and
 * interp_ratio moments (count, sum, sum of squares): what the live fit reads instead of every
 * trial (docs/scale.md). Kept by triggers on `sweep_trials` and `trials`, as `sweep_counts`
 * is; a trial's result is stored before its status becomes done (complete-ops), so the status
 * trigger finds it. The key is the parameter columns themselves, so that a cell is exactly a
 * group of the GROUP BY it replaces (no text key that could round a double). Also an index on
 * `trials.seed`, through which the live fit finds its subsample of seeds.
 */
export async function sweepCells(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  // Columns added in loops: the builder cannot track their names.
  let table: CreateTableBuilder<string, string> = db.schema
    .createTable('sweep_cells')
    .addColumn('sweep_id', 'integer', (c) =>
      c.notNull().references('sweeps.id').onDelete('cascade'),
    );
  for (const name of KEY_COLUMNS) {
    const type = REAL_COLUMNS.includes(name) ? F : TEXT_COLUMNS.includes(name) ? 'text' : 'integer';
    table = table.addColumn(name, type, (c) => c.notNull());
  }
  table = table.addColumn('shard', 'integer', (c) => c.notNull());
  for (const name of VALUE_COLUMNS) {
    const type = name === 'ratio_sum' || name === 'ratio_sum_sq' ? F : 'bigint';
    table = table.addColumn(name, type, (c) => c.notNull());
  }
  await table
    .addPrimaryKeyConstraint('sweep_cells_pk', ['sweep_id', ...KEY_COLUMNS, 'shard'])
    .execute();

  const everyLink = signedRows(
    sql`sweep_trials st JOIN trials t ON t.trial_id = st.trial_id`,
    sql`st.sweep_id`,
    sql`t.status`,
    sql`1`,
  );
  await sql`
    INSERT INTO sweep_cells (sweep_id, ${ref(KEY_COLUMNS)}, shard, ${ref(VALUE_COLUMNS)})
    SELECT sweep_id, ${ref(KEY_COLUMNS)}, 0, ${ref(VALUE_COLUMNS)}
    FROM (${cellDeltas(everyLink)}) d
  `.execute(db);
  // The live fit's seed subsample of a very large sweep is read through it (threshold-data.ts).
  await db.schema.createIndex('trials_seed').on('trials').column('seed').execute();
  if (dialect.name === 'sqlite') await sqliteCellTriggers(db);
  else await postgresCellTriggers(db);
}

/** Row triggers (SQLite has no statement-level ones; one writer, so one shard). */
async function sqliteCellTriggers(db: Kysely<any>): Promise<void> {
  const link = (row: 'NEW' | 'OLD', sign: RawBuilder<unknown>) =>
    signedRows(
      sql`trials t`,
      sql.raw(`${row}.sweep_id`),
      sql`t.status`,
      sign,
      sql.raw(`t.trial_id = ${row}.trial_id`),
    );
  await sql`
    CREATE TRIGGER sweep_trials_cells_insert AFTER INSERT ON sweep_trials BEGIN
      ${addToCells(link('NEW', sql`1`), sql`0`)};
    END
  `.execute(db);
  await sql`
    CREATE TRIGGER sweep_trials_cells_delete AFTER DELETE ON sweep_trials BEGIN
      ${addToCells(link('OLD', sql`-1`), sql`0`)};
    END
  `.execute(db);
  await sql`
    CREATE TRIGGER trials_cells_status AFTER UPDATE OF status ON trials
    WHEN OLD.status <> NEW.status BEGIN ${sqliteCellsStatusBody()}; END
  `.execute(db);
}

/** The SQLite status trigger's statement: the trial's cells count it out of one status, into another. */
export function sqliteCellsStatusBody(): RawBuilder<unknown> {
  const moved = (status: RawBuilder<unknown>, sign: RawBuilder<unknown>) =>
    signedRows(
      sql`sweep_trials st JOIN trials t ON t.trial_id = st.trial_id`,
      sql`st.sweep_id`,
      status,
      sign,
      sql`st.trial_id = NEW.trial_id`,
    );
  return addToCells(
    sql`${moved(sql`OLD.status`, sql`-1`)} UNION ALL ${moved(sql`NEW.status`, sql`1`)}`,
    sql`0`,
  );
}

/**
 * Statement triggers with transition tables, one change of the cells per statement; striped
 * over CELL_SHARDS rows per cell by backend pid, as `sweep_counts` is, so that connections
 * completing trials of one cell do not wait for each other's row locks until they commit.
 */
async function postgresCellTriggers(db: Kysely<any>): Promise<void> {
  const shard = sql`pg_backend_pid() % ${sql.lit(CELL_SHARDS)}`;
  const trigger = async (
    name: string,
    on: string,
    event: string,
    referencing: string,
    body: RawBuilder<unknown>,
  ) => {
    await sql`
      CREATE FUNCTION ${sql.raw(`thresher_${name}`)}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${addToCells(body, shard)};
        RETURN NULL;
      END $$
    `.execute(db);
    await sql`
      CREATE TRIGGER ${sql.raw(name)} AFTER ${sql.raw(event)} ON ${sql.raw(on)} ${sql.raw(referencing)}
      FOR EACH STATEMENT EXECUTE FUNCTION ${sql.raw(`thresher_${name}`)}()
    `.execute(db);
  };
  const links = (rows: string, sign: RawBuilder<unknown>) =>
    signedRows(
      sql`${sql.raw(rows)} st JOIN trials t ON t.trial_id = st.trial_id`,
      sql`st.sweep_id`,
      sql`t.status`,
      sign,
    );
  await trigger(
    'sweep_trials_cells_insert',
    'sweep_trials',
    'INSERT',
    'REFERENCING NEW TABLE AS new_rows',
    links('new_rows', sql`1`),
  );
  await trigger(
    'sweep_trials_cells_delete',
    'sweep_trials',
    'DELETE',
    'REFERENCING OLD TABLE AS old_rows',
    links('old_rows', sql`-1`),
  );
  // Keys from the new row (parameters never change); only rows whose status changed.
  const moved = (status: string, sign: RawBuilder<unknown>) =>
    signedRows(
      sql`old_rows o JOIN new_rows t ON t.trial_id = o.trial_id
        JOIN sweep_trials st ON st.trial_id = t.trial_id`,
      sql`st.sweep_id`,
      sql.raw(status),
      sign,
      sql`o.status <> t.status`,
    );
  await trigger(
    'trials_cells_status',
    'trials',
    'UPDATE',
    'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows',
    sql`${moved('o.status', sql`-1`)} UNION ALL ${moved('t.status', sql`1`)}`,
  );
}
