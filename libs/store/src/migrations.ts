import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { trialFlops, type TrialParams } from '@thresher/sweep';
import type { SqlDialect } from './dialect';

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
  };
}

export const LATEST_MIGRATION = '0010_curve_aligned_fraction';

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

  // README.md, "Results in SQL". Portable SQL: the same text on SQLite and PostgreSQL. Booleans
  // (bias, converged) are integers 0/1 on both dialects.
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
 * Curve points carry aligned_fraction (NULL in rows recorded before it was measured per step),
 * `trial_curves` shows it, and `trial_curve_ratios` gives interp_ratio at every recorded step of
 * a done trial: train_loss / ols_train_loss, NULL where the trial's own ratio is (OLS
 * interpolates). Portable SQL, as the other views.
 */
/**
 * Each worker's credential: the SHA-256 (hex) of the random secret it got at registration.
 * Workers registered before have none and must register again (UNKNOWN_WORKER tells them).
 */
async function workerCredentials(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('workers').addColumn('secret_hash', 'text').execute();
}

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
