import { sql, type Kysely } from 'kysely';
import type { SqlDialect } from './dialect';
import { sqliteCountStatusBody } from './sqlite-count-trigger';
import { sqliteCellsStatusBody } from './sweep-cells-migration';

/* eslint-disable @typescript-eslint/no-explicit-any -- a migration sees the schema of its time */

/**
 * 0015, SQLite: a status change of many trials may count itself. SQLite's triggers run once
 * per row: each trial a cancel or retry walk moves ran two count updates and a cell upsert
 * (about 25 of the 56-69 µs a trial the walks took, docs/scale.md). `status_batch` holds one row
 * only inside a transaction whose statement changes the counts and cells itself, once per
 * (sweep, status) and per cell, before it changes the statuses (`counted-status-change.ts`); the
 * status triggers skip their rows while it does. Outside such a statement the table is empty,
 * so every other write, by Thresher or by hand, is counted by the triggers as before; an error
 * rolls the row back with the rest of the transaction.
 * PostgreSQL: nothing to do (its triggers run once per statement already).
 */
export async function statusBatch(db: Kysely<any>, dialect: SqlDialect): Promise<void> {
  if (dialect.name !== 'sqlite') return;
  await sql`CREATE TABLE status_batch (counted integer PRIMARY KEY CHECK (counted = 1))`.execute(
    db,
  );
  const skip = sql`NOT EXISTS (SELECT 1 FROM status_batch)`;
  await sql`DROP TRIGGER trials_count_status`.execute(db);
  await sql`
    CREATE TRIGGER trials_count_status AFTER UPDATE OF status ON trials
    WHEN OLD.status <> NEW.status AND ${skip} BEGIN ${sqliteCountStatusBody} END
  `.execute(db);
  await sql`DROP TRIGGER trials_cells_status`.execute(db);
  await sql`
    CREATE TRIGGER trials_cells_status AFTER UPDATE OF status ON trials
    WHEN OLD.status <> NEW.status AND ${skip} BEGIN ${sqliteCellsStatusBody()}; END
  `.execute(db);
}
