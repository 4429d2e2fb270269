import BetterSqlite3 from 'better-sqlite3';
import { lowerThreadPriority } from './background-priority';
import { configureSqlite } from './configure-sqlite';
import type { FromQueryChild, ToQueryChild } from './sqlite-query-protocol';

/**
 * Runs one SQLite query for runSqliteQuery in a process of its own: better-sqlite3 runs
 * synchronously and has no progress handler, so only killing the process can stop a query
 * that never ends. Rows go to the parent in batches, one batch per request of the parent
 * (its memory stays bounded however many rows the query returns).
 */
// A user's query must not take the CPU from the coordinator that started it.
lowerThreadPriority();

const send = (message: FromQueryChild) =>
  new Promise<void>((resolve) => process.send?.(message, () => resolve()));

let granted = 0;
let wake: (() => void) | undefined;

async function run(path: string, text: string, batch: number): Promise<void> {
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    configureSqlite(raw, true);
  } catch (error) {
    return send({ type: 'error', stage: 'open', ...describe(error) });
  }
  let statement: BetterSqlite3.Statement;
  try {
    statement = raw.prepare(text);
  } catch (error) {
    return send({ type: 'error', stage: 'prepare', ...describe(error) });
  }
  if (!statement.readonly) return send({ type: 'error', stage: 'not-read-only', message: '' });
  try {
    if (!statement.reader) {
      statement.run();
      return send({ type: 'columns', columns: [] });
    }
    await send({ type: 'columns', columns: statement.columns().map((c) => c.name) });
    let rows: unknown[][] = [];
    for (const row of statement.raw(true).iterate() as IterableIterator<unknown[]>) {
      rows.push(row);
      if (rows.length < batch) continue;
      await flush(rows);
      rows = [];
    }
    await flush(rows);
  } catch (error) {
    return send({ type: 'error', stage: 'run', ...describe(error) });
  }
}

/** Waits for the parent's request, then sends the rows. */
async function flush(rows: unknown[][]): Promise<void> {
  while (granted === 0) await new Promise<void>((resolve) => (wake = resolve));
  granted--;
  await send({ type: 'rows', rows });
}

function describe(error: unknown): { message: string; code?: string } {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? { message, code } : { message };
}

process.on('message', (message: ToQueryChild) => {
  if (message.type === 'more') {
    granted++;
    wake?.();
    return;
  }
  void run(message.path, message.text, message.batch).then(() => send({ type: 'end' }));
});
// The parent gone (killed, or it stopped reading): nothing left to answer.
process.on('disconnect', () => process.exit(0));
