import type BetterSqlite3 from 'better-sqlite3';

const SQLITE_WAL_CHECKPOINT_PAGES = 10_000;

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
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 10000');
  if (readonly) raw.pragma('query_only = ON');
}
