import { connect } from './connect';
import { migrate } from './migrate';
import { SqlStore } from './sql-store';
import type { Store } from './store';

export interface OpenStoreOptions {
  /** Open without migrating and refuse every write (reports, `thresher status`). */
  readonly?: boolean;
  /**
   * SQLite: checkpoint the WAL on a thread of its own instead of in the committing call (a
   * long-running writer such as the coordinator, whose event loop a checkpoint would hold).
   */
  backgroundCheckpoints?: boolean;
  /**
   * SQLite: run the chunks of cancel and retry walks on a thread of their own instead of the
   * event loop (the coordinator, whose calls would wait behind each chunk).
   */
  backgroundWalks?: boolean;
  /** PostgreSQL: connections in the pool (default 10). */
  poolSize?: number;
}

/**
 * Opens the results database: a file path (or ':memory:') is SQLite, a postgres:// URL
 * is PostgreSQL (an optional `?schema=NAME` selects a schema, created if needed).
 * Pending migrations are applied unless read-only.
 */
export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  const readonly = options.readonly === true;
  const connection = await connect(location, {
    readonly,
    ...(options.backgroundCheckpoints ? { backgroundCheckpoints: true } : {}),
    ...(options.backgroundWalks ? { backgroundWalks: true } : {}),
    ...(options.poolSize !== undefined ? { poolSize: options.poolSize } : {}),
  });
  try {
    if (!readonly) await migrate(connection);
  } catch (error) {
    await connection.close().catch(() => undefined);
    throw error;
  }
  return new SqlStore(connection, readonly);
}
