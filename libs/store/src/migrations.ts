import { sql, type Kysely, type Migration, type MigrationProvider, type RawBuilder } from 'kysely';
import { trialFlops, type TrialParams } from '@thresher/sweep';
import type { SqlDialect } from './dialect';
import { sweepCells } from './sweep-cells-migration';
import { triggerIndexPlans } from './trigger-plans-migration';
import { compactQueue } from './compact-queue-migration';
import { statusBatch } from './status-batch-migration';
import { sqliteCountStatusBody } from './sqlite-count-trigger';

/**
 * The schema as versioned code. Migrations only ever get appended: a database made by
 * an older build is upgraded in place on open. Names sort in application order.
 *
 * Portable DDL throughout; the few dialect differences (auto-increment keys, SQLite's
 * WITHOUT ROWID) come from `dialect.ts`.
 */
export function migrationProvider(dialect: SqlDialect): MigrationProvider {
  return { getMigrations: async () => migrations(dialect) };
}

export function migrations(dialect: SqlDialect): Record<string, Migration> {
  return {
    '0001_initial_tables': { up: (db) => initialTables(db, dialect) },
    '0002_views_indexes_code_version': { up: (db) => viewsIndexesCodeVersion(db) },
    '0003_worker_completions_from_results': { up: (db) => workerCompletionsFromResults(db) },
    '0004_nullable_ratios': { up: (db) => nullableRatios(db, dialect) },
    '0005_drop_sweep_max_attempts': { up: (db) => dropSweepMaxAttempts(db) },
    '0006_trial_cost': { up: (db) => trialCost(db) },
    '0007_worker_slots': { up: (db) => workerSlots(db) },
    '0008_search_rounds': { up: (db) => searchRounds(db) },
    '0009_worker_credentials': { up: (db) => workerCredentials(db) },
    '0010_curve_aligned_fraction': { up: (db) => curveAlignedFraction(db) },
    '0011_sweep_scale': { up: (db) => sweepScale(db, dialect) },
    '0012_sweep_cells': { up: (db) => sweepCells(db, dialect) },
    '0013_trigger_index_plans': { up: (db) => triggerIndexPlans(db, dialect) },
    '0014_compact_queue': { up: (db) => compactQueue(db, dialect) },
    '0015_status_batch': { up: (db) => statusBatch(db, dialect) },
  };
}

export const LATEST_MIGRATION = '0015_status_batch';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the schema of their time */
async function initialTables(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  const F = 'double precision';
  await dialect
    .autoIncrementKey(db.schema.createTable('sweeps'), 'id')
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('spec', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('max_attempts', 'integer')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('trials')
    .addColumn('trial_id', 'text', (c) => c.primaryKey())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('seed', 'bigint', (c) => c.notNull())
    .addColumn('d', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('teacher', 'text', (c) => c.notNull())
    .addColumn('noise', F, (c) => c.notNull())
    .addColumn('init_scale', F, (c) => c.notNull())
    .addColumn('init', 'text', (c) => c.notNull())
    .addColumn('activation', 'text', (c) => c.notNull())
    .addColumn('optimizer', 'text', (c) => c.notNull())
    .addColumn('lr', F, (c) => c.notNull())
    .addColumn('steps', 'integer', (c) => c.notNull())
    .addColumn('bias', 'integer', (c) => c.notNull())
    .addColumn('test_size', 'integer', (c) => c.notNull())
    .addColumn('record_every', 'integer', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('batch_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('current_attempt_id', 'integer')
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addCheckConstraint(
      'trials_status_check',
      sql`status in ('pending', 'leased', 'done', 'failed', 'cancelled')`,
    )
    .addCheckConstraint('trials_bias_check', sql`bias in (0, 1)`)
    .execute();

  await db.schema
    .createTable('sweep_trials')
    .addColumn('sweep_id', 'integer', (c) =>
      c.notNull().references('sweeps.id').onDelete('cascade'),
    )
    .addColumn('trial_id', 'text', (c) =>
      c.notNull().references('trials.trial_id').onDelete('cascade'),
    )
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('sweep_trials_pk', ['sweep_id', 'trial_id'])
    .execute();

  await dialect
    .autoIncrementKey(db.schema.createTable('attempts'), 'attempt_id')
    .addColumn('trial_id', 'text', (c) =>
      c.notNull().references('trials.trial_id').onDelete('cascade'),
    )
    .addColumn('worker_id', 'text', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('heartbeat_at', 'bigint')
    .addColumn('progress_step', 'integer')
    .addColumn('ended_at', 'bigint')
    .addColumn('outcome', 'text')
    .addColumn('error', 'text')
    .addColumn('retryable', 'integer')
    .execute();
  // The queue's invariant, enforced by the database: at most one open lease per trial.
  await db.schema
    .createIndex('attempts_one_open_per_trial')
    .unique()
    .on('attempts')
    .column('trial_id')
    .where(sql.ref('outcome'), 'is', null)
    .execute();

  await db.schema
    .createTable('results')
    .addColumn('trial_id', 'text', (c) =>
      c.primaryKey().references('trials.trial_id').onDelete('cascade'),
    )
    .addColumn('attempt_id', 'integer', (c) => c.notNull())
    .addColumn('train_loss', F, (c) => c.notNull())
    .addColumn('test_loss', F, (c) => c.notNull())
    .addColumn('excess_risk', F, (c) => c.notNull())
    .addColumn('ols_train_loss', F, (c) => c.notNull())
    .addColumn('ols_test_loss', F, (c) => c.notNull())
    .addColumn('ols_excess_risk', F, (c) => c.notNull())
    .addColumn('interp_ratio', F, (c) => c.notNull())
    .addColumn('test_ratio', F, (c) => c.notNull())
    .addColumn('aligned_fraction', F, (c) => c.notNull())
    .addColumn('converged', 'integer', (c) => c.notNull())
    .addColumn('wall_ms', F, (c) => c.notNull())
    .addColumn('backend', 'text', (c) => c.notNull())
    .addColumn('worker_id', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'bigint', (c) => c.notNull())
    .execute();

  await dialect
    .compactTable(
      db.schema
        .createTable('curves')
        .addColumn('trial_id', 'text', (c) =>
          c.notNull().references('trials.trial_id').onDelete('cascade'),
        )
        .addColumn('step', 'integer', (c) => c.notNull())
        .addColumn('train_loss', F, (c) => c.notNull())
        .addColumn('test_loss', F, (c) => c.notNull())
        .addPrimaryKeyConstraint('curves_pk', ['trial_id', 'step']),
    )
    .execute();

  await db.schema
    .createTable('workers')
    .addColumn('worker_id', 'text', (c) => c.primaryKey())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('cores', 'integer', (c) => c.notNull())
    .addColumn('backend', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('registered_at', 'bigint', (c) => c.notNull())
    .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
    .addColumn('completed', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

async function viewsIndexesCodeVersion(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('results').addColumn('code_version', 'text').execute();

  // The queue's hot paths: next pending trial in submission order, per batch key.
  await db.schema
    .createIndex('trials_status_seq')
    .on('trials')
    .columns(['status', 'seq'])
    .execute();
  await db.schema
    .createIndex('trials_status_key_seq')
    .on('trials')
    .columns(['status', 'batch_key', 'seq'])
    .execute();
  await db.schema.createIndex('sweep_trials_trial').on('sweep_trials').column('trial_id').execute();
  await db.schema
    .createIndex('attempts_open_worker')
    .on('attempts')
    .column('worker_id')
    .where(sql.ref('outcome'), 'is', null)
    .execute();
  await db.schema
    .createIndex('attempts_open_expiry')
    .on('attempts')
    .column('expires_at')
    .where(sql.ref('outcome'), 'is', null)
    .execute();
  await db.schema.createIndex('attempts_trial').on('attempts').column('trial_id').execute();
  await db.schema.createIndex('results_recorded_at').on('results').column('recorded_at').execute();

  await createTrialResultsView(db);
  await sql`
    CREATE VIEW trial_curves AS
    SELECT trial_id, step, train_loss, test_loss FROM curves
  `.execute(db);
}

/**
 * A worker's completed count is derived from `results` instead of a counter bumped on
 * every completion (one write less per result, and it cannot drift).
 */
async function workerCompletionsFromResults(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('workers').dropColumn('completed').execute();
  await db.schema.createIndex('results_worker').on('results').column('worker_id').execute();
}

/**
 * interp_ratio and test_ratio become nullable: they are undefined (NULL) when the OLS loss
 * they divide by is zero, i.e. OLS interpolates the data (always so when n <= d).
 * PostgreSQL drops the constraints in place. SQLite cannot, so `results` is rebuilt: new
 * table, rows copied, old one dropped, new one renamed, indexes recreated. The
 * `trial_results` view reads `results` and SQLite's rename checks views, so it is dropped
 * first and recreated as defined in 0002 (`trial_curves` reads only `curves`: untouched).
 */
async function nullableRatios(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  if (dialect.name === 'postgres') {
    await db.schema
      .alterTable('results')
      .alterColumn('interp_ratio', (c) => c.dropNotNull())
      .execute();
    await db.schema
      .alterTable('results')
      .alterColumn('test_ratio', (c) => c.dropNotNull())
      .execute();
    return;
  }
  const F = 'double precision';
  await sql`DROP VIEW trial_results`.execute(db);
  await db.schema
    .createTable('results_0004')
    .addColumn('trial_id', 'text', (c) =>
      c.primaryKey().references('trials.trial_id').onDelete('cascade'),
    )
    .addColumn('attempt_id', 'integer', (c) => c.notNull())
    .addColumn('train_loss', F, (c) => c.notNull())
    .addColumn('test_loss', F, (c) => c.notNull())
    .addColumn('excess_risk', F, (c) => c.notNull())
    .addColumn('ols_train_loss', F, (c) => c.notNull())
    .addColumn('ols_test_loss', F, (c) => c.notNull())
    .addColumn('ols_excess_risk', F, (c) => c.notNull())
    .addColumn('interp_ratio', F)
    .addColumn('test_ratio', F)
    .addColumn('aligned_fraction', F, (c) => c.notNull())
    .addColumn('converged', 'integer', (c) => c.notNull())
    .addColumn('wall_ms', F, (c) => c.notNull())
    .addColumn('backend', 'text', (c) => c.notNull())
    .addColumn('worker_id', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'bigint', (c) => c.notNull())
    .addColumn('code_version', 'text')
    .execute();
  await sql`
    INSERT INTO results_0004 SELECT
      trial_id, attempt_id, train_loss, test_loss, excess_risk,
      ols_train_loss, ols_test_loss, ols_excess_risk, interp_ratio, test_ratio,
      aligned_fraction, converged, wall_ms, backend, worker_id, recorded_at, code_version
    FROM results
  `.execute(db);
  await db.schema.dropTable('results').execute();
  await db.schema.alterTable('results_0004').renameTo('results').execute();
  await db.schema.createIndex('results_recorded_at').on('results').column('recorded_at').execute();
  await db.schema.createIndex('results_worker').on('results').column('worker_id').execute();
  await createTrialResultsView(db);
}

/** The attempt limit is the coordinator's (--max-attempts); the per-sweep copy was never read. */
async function dropSweepMaxAttempts(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sweeps').dropColumn('max_attempts').execute();
}

/**
 * Each trial's estimated flops (libs/sweep trialFlops), so that the queue hands out the
 * heaviest work first and bundles like shapes: existing trials get theirs from their
 * parameters. The (status, batch_key, seq) index gives way to two in cost order.
 */
async function trialCost(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('trials')
    .addColumn('cost', 'double precision', (c) => c.notNull().defaultTo(0))
    .execute();
  let after = -1;
  for (;;) {
    const rows: { trial_id: string; params: string; seq: number }[] = await db
      .selectFrom('trials')
      .select(['trial_id', 'params', 'seq'])
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(5_000)
      .execute();
    if (rows.length === 0) break;
    for (const r of rows) {
      await db
        .updateTable('trials')
        .set({ cost: trialFlops(JSON.parse(r.params) as TrialParams) })
        .where('trial_id', '=', r.trial_id)
        .execute();
    }
    after = Number((rows[rows.length - 1] as { seq: number }).seq);
  }
  await db.schema.dropIndex('trials_status_key_seq').execute();
  await db.schema
    .createIndex('trials_status_cost_seq')
    .on('trials')
    .columns(['status', 'cost desc', 'seq'])
    .execute();
  await db.schema
    .createIndex('trials_status_key_cost_seq')
    .on('trials')
    .columns(['status', 'batch_key', 'cost desc', 'seq'])
    .execute();
}

/** Workers report their slots (trials trained at once); rows from before count one. */
async function workerSlots(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('workers')
    .addColumn('slots', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

/** The size of each opened search round, so that a replay proposes what was proposed. */
async function searchRounds(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('search_rounds')
    .addColumn('sweep_id', 'integer', (c) =>
      c.notNull().references('sweeps.id').onDelete('cascade'),
    )
    .addColumn('group_key', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('points', 'integer', (c) => c.notNull())
    .addColumn('free_slots', 'integer')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_rounds_pk', ['sweep_id', 'group_key', 'round'])
    .execute();
}

/**
 * Each worker's credential: the SHA-256 (hex) of the random secret it got at registration.
 * Workers registered before have none and must register again (UNKNOWN_WORKER tells them).
 */
async function workerCredentials(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('workers').addColumn('secret_hash', 'text').execute();
}

/**
 * Curve points carry aligned_fraction (NULL in rows recorded before it was measured per step),
 * `trial_curves` shows it, and `trial_curve_ratios` gives interp_ratio at every recorded step of
 * a done trial: train_loss / ols_train_loss, NULL where the trial's own ratio is (OLS
 * interpolates). Portable SQL, as the other views.
 */
async function curveAlignedFraction(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('curves').addColumn('aligned_fraction', 'double precision').execute();
  await sql`DROP VIEW trial_curves`.execute(db);
  await sql`
    CREATE VIEW trial_curves AS
    SELECT trial_id, step, train_loss, test_loss, aligned_fraction FROM curves
  `.execute(db);
  await sql`
    CREATE VIEW trial_curve_ratios AS
    SELECT
      c.trial_id, c.step, c.train_loss, r.ols_train_loss,
      CASE WHEN r.interp_ratio IS NULL THEN NULL ELSE c.train_loss / r.ols_train_loss END
        AS interp_ratio,
      c.aligned_fraction
    FROM curves c
    JOIN results r ON r.trial_id = c.trial_id
  `.execute(db);
}

/**
 * README.md, "Results in SQL". Portable SQL: the same text on SQLite and PostgreSQL. Booleans
 * (bias, converged) are integers 0/1 on both dialects. Created by 0002 and recreated unchanged
 * by the migrations that rebuild a table it reads (0004, 0011).
 */
async function createTrialResultsView(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE VIEW trial_results AS
    SELECT
      s.name AS sweep, t.trial_id, t.status,
      t.n, t.width, t.seed, t.d, t.data, t.teacher, t.noise, t.init_scale, t.init,
      t.activation, t.optimizer, t.lr, t.steps, t.bias, t.test_size, t.record_every,
      r.train_loss, r.test_loss, r.excess_risk,
      r.ols_train_loss, r.ols_test_loss, r.ols_excess_risk,
      r.interp_ratio, r.test_ratio, r.aligned_fraction, r.converged,
      t.attempts, t.last_error AS error, r.wall_ms, r.backend,
      COALESCE(r.worker_id, a.worker_id) AS worker, r.code_version
    FROM sweep_trials st
    JOIN sweeps s ON s.id = st.sweep_id
    JOIN trials t ON t.trial_id = st.trial_id
    LEFT JOIN results r ON r.trial_id = t.trial_id
    LEFT JOIN attempts a ON a.attempt_id = t.current_attempt_id
  `.execute(db);
}

const TRIAL_STATUSES = ['pending', 'leased', 'done', 'failed', 'cancelled'] as const;
/** Rows per (sweep, status) that PostgreSQL connections add to (see postgresCountTriggers). */
const COUNT_SHARDS = 16;

/**
 * Sweeps of a million trials (docs/scale.md):
 * - `sweep_inserts`: a large sweep's insert in progress (its spec, the next grid index, the
 *   grid size), so that it goes on in short chunks and resumes after a restart.
 * - `sweep_counts`: trials and steps of each sweep by status, kept by triggers on
 *   `sweep_trials` and `trials`, so that status and the dashboard read O(sweeps) rows instead
 *   of counting O(trials). Triggers, not application code: no path that changes a trial's
 *   status can forget them.
 * - Less per trial: `trials.params` (JSON text, ~230 bytes a trial) is dropped, the parameter
 *   columns hold the same values; SQLite's `sweep_trials` is stored clustered on its key
 *   (trial_id, sweep_id) (WITHOUT ROWID), so that neither a rowid table nor an index on
 *   trial_id is needed (the index on (sweep_id, position) holds trial_id too: a sweep's links
 *   are read from it alone); `trials_status_seq` (unused since 0006) gives way to an
 *   index on `seq` alone, which the inserts' max(seq) needs.
 */
async function sweepScale(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  await db.schema
    .createTable('sweep_inserts')
    .addColumn('sweep_id', 'integer', (c) =>
      c.primaryKey().references('sweeps.id').onDelete('cascade'),
    )
    .addColumn('spec', 'text', (c) => c.notNull())
    .addColumn('next_index', 'bigint', (c) => c.notNull())
    .addColumn('total', 'bigint', (c) => c.notNull())
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sweep_counts')
    .addColumn('sweep_id', 'integer', (c) =>
      c.notNull().references('sweeps.id').onDelete('cascade'),
    )
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('shard', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('trials', 'bigint', (c) => c.notNull())
    .addColumn('steps', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('sweep_counts_pk', ['sweep_id', 'status', 'shard'])
    .execute();

  // max(seq), read by every insert (each chunk of a large one), was a scan of `trials`.
  await db.schema.dropIndex('trials_status_seq').execute();
  await db.schema.createIndex('trials_seq').on('trials').column('seq').execute();
  await db.schema.alterTable('trials').dropColumn('params').execute();
  if (dialect.name === 'sqlite') await sweepTrialsWithoutRowid(db);
  // Cancel and retry walk a sweep's trials in submission order, a chunk at a time.
  await db.schema
    .createIndex('sweep_trials_position')
    .on('sweep_trials')
    .columns(['sweep_id', 'position'])
    .execute();

  const statuses = sql.join(
    TRIAL_STATUSES.map((s, i) =>
      i === 0 ? sql`select ${sql.lit(s)} as status` : sql`select ${sql.lit(s)}`,
    ),
    sql` union all `,
  );
  await sql`
    INSERT INTO sweep_counts (sweep_id, status, trials, steps)
    SELECT s.id, k.status,
      (SELECT count(*) FROM sweep_trials st JOIN trials t ON t.trial_id = st.trial_id
        WHERE st.sweep_id = s.id AND t.status = k.status),
      (SELECT coalesce(sum(t.steps), 0) FROM sweep_trials st JOIN trials t ON t.trial_id = st.trial_id
        WHERE st.sweep_id = s.id AND t.status = k.status)
    FROM sweeps s CROSS JOIN (${statuses}) k
  `.execute(db);
  if (dialect.name === 'sqlite') await sqliteCountTriggers(db, statuses);
  else await postgresCountTriggers(db, statuses);
}

async function sweepTrialsWithoutRowid(db: Kysely<any>): Promise<void> {
  await sql`DROP VIEW trial_results`.execute(db);
  await sql`
    CREATE TABLE sweep_trials_0011 (
      sweep_id integer NOT NULL REFERENCES sweeps (id) ON DELETE CASCADE,
      trial_id text NOT NULL REFERENCES trials (trial_id) ON DELETE CASCADE,
      position integer NOT NULL,
      CONSTRAINT sweep_trials_pk PRIMARY KEY (trial_id, sweep_id)
    ) WITHOUT ROWID
  `.execute(db);
  await sql`INSERT INTO sweep_trials_0011 SELECT sweep_id, trial_id, position FROM sweep_trials`.execute(
    db,
  );
  await db.schema.dropTable('sweep_trials').execute();
  await db.schema.alterTable('sweep_trials_0011').renameTo('sweep_trials').execute();
  await createTrialResultsView(db);
}

/** Row triggers: SQLite has no statement-level ones; a single writer means no contention. */
async function sqliteCountTriggers(db: Kysely<any>, statuses: RawBuilder<unknown>): Promise<void> {
  await sql`
    CREATE TRIGGER sweeps_count_rows AFTER INSERT ON sweeps BEGIN
      INSERT INTO sweep_counts (sweep_id, status, trials, steps)
      SELECT NEW.id, k.status, 0, 0 FROM (${statuses}) k;
    END
  `.execute(db);
  await sql`
    CREATE TRIGGER sweep_trials_count_insert AFTER INSERT ON sweep_trials BEGIN
      UPDATE sweep_counts SET
        trials = trials + 1,
        steps = steps + (SELECT steps FROM trials WHERE trial_id = NEW.trial_id)
      WHERE sweep_id = NEW.sweep_id
        AND status = (SELECT status FROM trials WHERE trial_id = NEW.trial_id);
    END
  `.execute(db);
  await sql`
    CREATE TRIGGER sweep_trials_count_delete AFTER DELETE ON sweep_trials BEGIN
      UPDATE sweep_counts SET
        trials = trials - 1,
        steps = steps - (SELECT steps FROM trials WHERE trial_id = OLD.trial_id)
      WHERE sweep_id = OLD.sweep_id
        AND status = (SELECT status FROM trials WHERE trial_id = OLD.trial_id);
    END
  `.execute(db);
  await sql`
    CREATE TRIGGER trials_count_status AFTER UPDATE OF status ON trials
    WHEN OLD.status <> NEW.status BEGIN ${sqliteCountStatusBody} END
  `.execute(db);
}

/**
 * Statement triggers with transition tables: one change of the counts per statement (a lease or
 * a batch of completions), not one per trial. Striped counters: each database connection adds
 * to its own row (shard = its backend pid mod COUNT_SHARDS, an upsert), so that concurrent
 * leases and completions of one sweep, from any number of coordinators, do not queue on one row
 * lock until they commit; readers sum the shards. Transition tables cannot go with a column list
 * (UPDATE OF status), so the function skips rows whose status did not change.
 */
async function postgresCountTriggers(
  db: Kysely<any>,
  statuses: RawBuilder<unknown>,
): Promise<void> {
  const add = (deltas: RawBuilder<unknown>) => sql`
    INSERT INTO sweep_counts AS c (sweep_id, status, shard, trials, steps)
    SELECT sweep_id, status, pg_backend_pid() % ${sql.lit(COUNT_SHARDS)}, sum(trials), sum(steps)
    FROM (${deltas}) d GROUP BY sweep_id, status
    ORDER BY sweep_id, status
    ON CONFLICT (sweep_id, status, shard) DO UPDATE
    SET trials = c.trials + excluded.trials, steps = c.steps + excluded.steps`;
  await sql`
    CREATE FUNCTION thresher_sweep_count_rows() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO sweep_counts (sweep_id, status, shard, trials, steps)
      SELECT NEW.id, k.status, 0, 0, 0 FROM (${statuses}) k;
      RETURN NULL;
    END $$
  `.execute(db);
  await sql`
    CREATE TRIGGER sweeps_count_rows AFTER INSERT ON sweeps
    FOR EACH ROW EXECUTE FUNCTION thresher_sweep_count_rows()
  `.execute(db);
  for (const [op, rows, sign] of [
    ['insert', 'new_rows', ''],
    ['delete', 'old_rows', '-'],
  ] as const) {
    const table = op === 'insert' ? sql`NEW TABLE AS new_rows` : sql`OLD TABLE AS old_rows`;
    const deltas = sql`
      SELECT r.sweep_id, t.status, ${sql.raw(sign)}1 AS trials, ${sql.raw(sign)}t.steps AS steps
      FROM ${sql.raw(rows)} r JOIN trials t ON t.trial_id = r.trial_id`;
    await sql`
      CREATE FUNCTION ${sql.raw(`thresher_sweep_trials_count_${op}`)}() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        ${add(deltas)};
        RETURN NULL;
      END $$
    `.execute(db);
    await sql`
      CREATE TRIGGER ${sql.raw(`sweep_trials_count_${op}`)} AFTER ${sql.raw(op.toUpperCase())}
      ON sweep_trials REFERENCING ${table}
      FOR EACH STATEMENT EXECUTE FUNCTION ${sql.raw(`thresher_sweep_trials_count_${op}`)}()
    `.execute(db);
  }
  const changed = sql`
    SELECT st.sweep_id, o.status, -1 AS trials, -o.steps AS steps
    FROM old_rows o JOIN new_rows n ON n.trial_id = o.trial_id
    JOIN sweep_trials st ON st.trial_id = o.trial_id
    WHERE o.status <> n.status
    UNION ALL
    SELECT st.sweep_id, n.status, 1, n.steps
    FROM old_rows o JOIN new_rows n ON n.trial_id = o.trial_id
    JOIN sweep_trials st ON st.trial_id = n.trial_id
    WHERE o.status <> n.status`;
  await sql`
    CREATE FUNCTION thresher_trials_count_status() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${add(changed)};
      RETURN NULL;
    END $$
  `.execute(db);
  await sql`
    CREATE TRIGGER trials_count_status AFTER UPDATE ON trials
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION thresher_trials_count_status()
  `.execute(db);
}
