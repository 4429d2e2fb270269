import { connect } from './connect';
import { migrate } from './migrate';
import { SqlStore } from './sql-store';
import type { Store } from './store';

export interface OpenStoreOptions {
  /** Open without migrating and refuse every write (reports, `thresher status`). */
  readonly?: boolean;
}

/**
 * Opens the results database: a file path (or ':memory:') is SQLite, a postgres:// URL
 * is PostgreSQL (an optional `?schema=NAME` selects a schema, created if needed).
 * Pending migrations are applied unless read-only.
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  const readonly = options.readonly === true;
  const connection = await connect(location, { readonly });
  try {
    if (!readonly) await migrate(connection);
  } catch (error) {
    await connection.close().catch(() => undefined);
    throw error;
  }
  return new SqlStore(connection, readonly);
}
