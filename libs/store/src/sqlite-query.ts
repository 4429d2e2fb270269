import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { QueryRejectedError, ReadOnlyViolationError, StoreConnectionError } from './errors';
import type { FromQueryChild } from './sqlite-query-protocol';
import type { QueryChunk } from './query-chunk';

/** Rows per message from the query process: small enough to bound memory, large enough to be cheap. */
const BATCH_ROWS = 500;

/** The built child next to this file; the specs run the sources, so they use the one in dist. */
function childPath(): string {
  const beside = path.join(__dirname, 'sqlite-query-child.js');
  if (existsSync(beside)) return beside;
  return path.resolve(__dirname, '../dist/sqlite-query-child.js');
}

/**
 * Streams one checked read-only SQLite query from a process of its own (see
 * sqlite-query-child): the caller stops it (`return()` on the generator) when it has read
 * enough, and `kill` ends it when its time is up, whatever SQLite is doing.
 */
export async function* streamSqliteQuery(
  file: string,
  text: string,
  keyword: string,
  onChild: (child: ChildProcess) => void,
): AsyncGenerator<QueryChunk> {
  const child = fork(childPath(), [], {
    serialization: 'advanced',
    // Not the parent's flags: under vitest they name loaders for TypeScript sources.
    execArgv: [],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  onChild(child);
  const inbox: (FromQueryChild | { type: 'exit' })[] = [];
  let wake: (() => void) | undefined;
  const push = (message: FromQueryChild | { type: 'exit' }) => {
    inbox.push(message);
    wake?.();
  };
  child.on('message', push);
  child.on('exit', () => push({ type: 'exit' }));
  child.on('error', () => undefined);
  const next = async () => {
    while (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve));
    return inbox.shift() as FromQueryChild | { type: 'exit' };
  };
  try {
    child.send({ type: 'run', path: file, text, batch: BATCH_ROWS });
    let columns: string[] = [];
    for (;;) {
      const message = await next();
      if (message.type === 'end') break;
      if (message.type === 'exit') {
        throw new QueryRejectedError('the query process ended before the query did', text);
      }
      if (message.type === 'error') throw childError(message, file, text, keyword);
      if (message.type === 'columns') {
        columns = message.columns;
        yield { columns, rows: [] };
      } else {
        yield { columns, rows: message.rows.map(restoreRow) };
      }
      child.send({ type: 'more' });
    }
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

/** The structured clone sends a Buffer (a BLOB) as a Uint8Array: give the caller a Buffer again. */
function restoreRow(row: unknown[]): unknown[] {
  return row.map((v) =>
    v instanceof Uint8Array && !Buffer.isBuffer(v)
      ? Buffer.from(v.buffer, v.byteOffset, v.byteLength)
      : v,
  );
}

function childError(
  error: Extract<FromQueryChild, { type: 'error' }>,
  file: string,
  text: string,
  keyword: string,
): Error {
  switch (error.stage) {
    case 'open':
      return new StoreConnectionError(file, error.message);
    case 'not-read-only':
      return new ReadOnlyViolationError(
        keyword,
        'the statement would modify the database; queries are read-only',
      );
    case 'prepare':
      return new QueryRejectedError(error.message, text);
    case 'run':
      // query_only and read-only connections both refuse writes with SQLITE_READONLY.
      if (error.code?.startsWith('SQLITE_READONLY'))
        return new ReadOnlyViolationError(keyword, error.message);
      return new QueryRejectedError(error.message, text);
  }
}
