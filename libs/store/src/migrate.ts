import { Migrator, type MigrationResultSet } from 'kysely';
import type { Connection } from './connect';
import { migrationProvider } from './migrations';
import { MigrationError, StoreBusyError } from './errors';
import { mapDatabaseError } from './db-errors';
import { withFileLock } from './file-lock';

function migrator(connection: Connection): Migrator {
  return new Migrator({
    db: connection.db,
    provider: migrationProvider(connection.dialect),
    // Explicit so that schemas of one PostgreSQL database never see each other's tables.
    ...(connection.schema !== undefined ? { migrationTableSchema: connection.schema } : {}),
  });
}

/**
 * Brings the schema to `target` (the latest migration when omitted). Several processes
 * may open the same database at once: PostgreSQL serializes them with Kysely's lock;
 * for SQLite a busy database is simply retried.
 */
export async function migrate(connection: Connection, target?: string): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    let set: MigrationResultSet;
    try {
      const m = migrator(connection);
      const run = () => (target === undefined ? m.migrateToLatest() : m.migrateTo(target));
      set =
        connection.dialect.name === 'sqlite'
          ? await withFileLock(connection.location, run)
          : await run();
    } catch (error) {
      set = { error };
    }
    if (set.error === undefined) {
      return (set.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    }
    const mapped = mapDatabaseError(set.error, connection.location);
    // Two processes creating the same table or schema at once: the loser retries and finds it.
    const code = (set.error as { code?: unknown } | null)?.code;
    const raced = code === '23505' || code === '42P06' || code === '42P07';
    if ((mapped instanceof StoreBusyError || raced) && attempt < 5) {
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      continue;
    }
    const failed = set.results?.find((r) => r.status === 'Error')?.migrationName;
    const detail = set.error instanceof Error ? set.error.message : String(set.error);
    throw new MigrationError(failed, detail, { cause: set.error });
  }
}

/** Names of the migrations applied to this database, oldest first. */
export async function appliedMigrations(connection: Connection): Promise<string[]> {
  const list = await migrator(connection).getMigrations();
  return list.filter((m) => m.executedAt !== undefined).map((m) => m.name);
}
