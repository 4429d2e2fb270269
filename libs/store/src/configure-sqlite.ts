import type BetterSqlite3 from 'better-sqlite3';

export const SQLITE_WAL_CHECKPOINT_PAGES = 10_000;

/** Applies the pragmas of every SQLite connection the store makes. */
export function configureSqlite(raw: BetterSqlite3.Database, readonly: boolean): void {
  // WAL + synchronous=NORMAL: a committed transaction is in the WAL file before the call
  // returns, so it survives the process being killed; only an OS crash or power loss
  // could lose the last transactions (FULL would also cover those, at a large cost).
  if (!readonly) raw.pragma('journal_mode = WAL');
  // Checkpoints (the only fsyncs in WAL+NORMAL) every ~40 MB of WAL instead of 4 MB:
  // a results stream then pays for one fsync per ~1000 commits, not per ~100.
  if (!readonly) raw.pragma(`wal_autocheckpoint = ${SQLITE_WAL_CHECKPOINT_PAGES}`);
  if (!readonly) raw.pragma('journal_size_limit = 67108864');
  raw.pragma('synchronous = NORMAL');
  // 64 MiB of page cache instead of 2 MiB: trial ids are hashes, so inserts land on random
  // pages of the primary key and of sweep_trials; with 2 MiB, a 10^6-trial grid read most of
  // them back from the OS on every insert (insert cost grew with the table, ~3x by 10^6).
  raw.pragma('cache_size = -65536');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 10000');
  if (readonly) raw.pragma('query_only = ON');
}

/**
 * Whether a second connection of this process can open the database at `path`: not one in
 * memory, a private temporary one ('') or a URI (whose options the second one would not share).
 */
export function opensBeside(path: string): boolean {
  return path !== '' && path !== ':memory:' && !path.startsWith('file:');
}
