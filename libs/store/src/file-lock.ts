import { resolve } from 'node:path';

const tails = new Map<string, Promise<void>>();

/**
 * Serializes write transactions on one SQLite file across every store of this process.
 * better-sqlite3 waits for a busy database synchronously: a second connection of the
 * same process that tried BEGIN IMMEDIATE while the first held the lock across an await
 * would freeze the event loop, so the holder could never finish. Other processes are
 * handled by SQLite's own locking (busy_timeout).
 */
export async function withFileLock<T>(path: string, fn: () => Promise<T>): Promise<T> {
  if (path === ':memory:' || path === '') return fn();
  const key = resolve(path);
  const previous = tails.get(key) ?? Promise.resolve();
  let release = () => undefined as void;
  const current = new Promise<void>((done) => (release = done));
  const tail = previous.then(() => current);
  tails.set(key, tail);
  await previous;
  try {
    return await fn();
  } finally {
    release();
    if (tails.get(key) === tail) tails.delete(key);
  }
}
