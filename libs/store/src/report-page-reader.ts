import BetterSqlite3 from 'better-sqlite3';
import type { RawBuilder } from 'kysely';
import { configureSqlite, opensBeside } from './configure-sqlite';
import { mapDatabaseError } from './db-errors';
import type { StoreContext } from './store-context';

/**
 * Runs the report's page queries and gives their rows as arrays of column values, in the order
 * of the SELECT. SQLite: through a read-only connection of its own whose statements return
 * arrays (better-sqlite3's raw mode), where the store's connection (Kysely) makes an object of
 * every row; setting a property per column from C++ was about 40% of these queries' CPU time.
 * PostgreSQL, or an in-memory SQLite (which no second connection can see):
 * through the store's connection, objects turned into arrays.
 */
export interface ReportPageReader {
  all(query: RawBuilder<unknown>): Promise<unknown[][]>;
  /** Whether the queries between `begin` and `end` see one snapshot of the database. */
  readonly snapshot: boolean;
  begin(): void;
  end(): void;
  close(): void;
}

export function openReportPageReader(c: StoreContext): ReportPageReader {
  const file = c.location;
  if (c.dialect.name !== 'sqlite' || !opensBeside(file)) {
    return {
      all: async (query) => {
        const result = await c.read((db) => query.execute(db));
        return result.rows.map((row) => Object.values(row as object) as unknown[]);
      },
      snapshot: false,
      begin: () => undefined,
      end: () => undefined,
      close: () => undefined,
    };
  }
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    configureSqlite(raw, true);
  } catch (error) {
    throw mapDatabaseError(error, file);
  }
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    all: async (query) => {
      // Compiled by the store's Kysely (the SQLite dialect): the same text and parameters.
      const compiled = query.compile(c.db);
      try {
        let statement = statements.get(compiled.sql);
        if (statement === undefined) {
          statement = raw.prepare(compiled.sql).raw(true);
          statements.set(compiled.sql, statement);
        }
        return statement.all(...compiled.parameters) as unknown[][];
      } catch (error) {
        throw mapDatabaseError(error, file);
      }
    },
    snapshot: true,
    // A read transaction: SQLite takes its snapshot at the first read and keeps it to COMMIT.
    begin: () => {
      try {
        raw.exec('BEGIN');
      } catch (error) {
        throw mapDatabaseError(error, file);
      }
    },
    end: () => {
      if (raw.inTransaction) raw.exec('COMMIT');
    },
    close: () => raw.close(),
  };
}
