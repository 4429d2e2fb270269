import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';
import type { SqlDialect } from './dialect';
import { mapDatabaseError } from './db-errors';
import { StoreBusyError } from './errors';
import { withFileLock } from './file-lock';
import type { WalkThread } from './walk-thread';

/** What the store's operations share: the database, its dialect, and write transactions. */
export class StoreContext {
  constructor(
    readonly db: Kysely<Database>,
    readonly dialect: SqlDialect,
    readonly location: string,
    /** SQLite: the thread that runs cancel and retry chunks, when the store has one. */
    readonly walks?: WalkThread,
  ) {}

  /**
   * Runs `fn` in one write transaction. SQLite: BEGIN IMMEDIATE takes the write lock up
   * front, so read-then-write sequences of concurrent processes cannot interleave (and
   * waits up to busy_timeout). PostgreSQL: READ COMMITTED plus explicit row locks
   * (FOR UPDATE [SKIP LOCKED]) in the operations; deadlocks and serialization failures
   * are retried a few times.
   */
  async tx<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        if (this.dialect.name === 'postgres') return await this.db.transaction().execute(fn);
        return await withFileLock(this.location, () =>
          this.db.connection().execute(async (conn) => {
            await sql`begin immediate`.execute(conn);
            try {
              const value = await fn(conn);
              await sql`commit`.execute(conn);
              return value;
            } catch (error) {
              await sql`rollback`.execute(conn).catch(() => undefined);
              throw error;
            }
          }),
        );
      } catch (error) {
        const mapped = mapDatabaseError(error, this.location);
        if (mapped instanceof StoreBusyError && this.dialect.name === 'postgres' && attempt < 5) {
          await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 20));
          continue;
        }
        throw mapped;
      }
    }
  }

  /** A read outside any explicit transaction, with errors mapped. */
  async read<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    try {
      return await fn(this.db);
    } catch (error) {
      throw mapDatabaseError(error, this.location);
    }
  }
}
