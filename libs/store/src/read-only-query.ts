import { isPostgresLocation } from './connect';
import {
  InvalidInputError,
  QueryRejectedError,
  QueryTimeoutError,
  ReadOnlyViolationError,
} from './errors';
import { streamPostgresQuery } from './postgres-query';
import type { QueryChunk } from './query-chunk';
import { leadingWords, splitStatements } from './sql-text';
import { streamSqliteQuery } from './sqlite-query';

export type { QueryChunk } from './query-chunk';

export interface QueryResult {
  columns: string[];
  rows: unknown[][];
}

export interface QueryOptions {
  /** Time limit of the whole query, reading its rows included; DEFAULT_QUERY_TIMEOUT_MS if absent. */
  timeoutMs?: number;
}

export const DEFAULT_QUERY_TIMEOUT_MS = 60_000;

const READ_KEYWORDS = new Set(['SELECT', 'WITH', 'VALUES', 'EXPLAIN', 'TABLE', 'SHOW', 'PRAGMA']);

/** Pragmas that only read; the ones marked true may take an argument (a table or index name). */
const READ_PRAGMAS: Record<string, boolean> = {
  TABLE_INFO: true,
  TABLE_XINFO: true,
  TABLE_LIST: true,
  INDEX_INFO: true,
  INDEX_XINFO: true,
  INDEX_LIST: true,
  FOREIGN_KEY_LIST: true,
  FOREIGN_KEY_CHECK: true,
  INTEGRITY_CHECK: true,
  QUICK_CHECK: true,
  DATABASE_LIST: false,
  COLLATION_LIST: false,
  FUNCTION_LIST: false,
  PRAGMA_LIST: false,
  COMPILE_OPTIONS: false,
  USER_VERSION: false,
  SCHEMA_VERSION: false,
  PAGE_COUNT: false,
  PAGE_SIZE: false,
  FREELIST_COUNT: false,
  JOURNAL_MODE: false,
  ENCODING: false,
  FOREIGN_KEYS: false,
};

/**
 * Refuses, with the reason, anything but one read statement. Returns the statement's
 * first keyword (for messages).
 */
export function checkReadOnlySql(text: string, dialect: 'sqlite' | 'postgres'): string {
  if (typeof text !== 'string') throw new QueryRejectedError('the query must be a string');
  const { statements } = splitStatements(text);
  if (statements.length === 0) throw new QueryRejectedError('the query is empty', text);
  if (statements.length > 1) {
    throw new QueryRejectedError(
      `only one statement per query is allowed (found ${statements.length}); run them one at a time`,
      text,
    );
  }
  const statement = statements[0] as string;
  const [first = '', second = ''] = leadingWords(statement);
  if (
    !READ_KEYWORDS.has(first) ||
    (dialect === 'sqlite' && (first === 'TABLE' || first === 'SHOW'))
  ) {
    throw new ReadOnlyViolationError(
      first,
      `${first} statements are not allowed: queries are read-only (SELECT, WITH, VALUES, EXPLAIN${
        dialect === 'sqlite' ? ', read-only PRAGMA' : ', SHOW, TABLE'
      })`,
    );
  }
  if (first === 'PRAGMA') {
    // PRAGMA [schema.]name [= value | (arg)]
    const body = statement.replace(/^\s*pragma\s+/i, '');
    const name = (
      /^(?:[A-Za-z_][A-Za-z_0-9]*\s*\.\s*)?([A-Za-z_][A-Za-z_0-9]*)/.exec(body)?.[1] ?? second
    ).toUpperCase();
    const label = `PRAGMA ${name.toLowerCase()}`;
    if (body.includes('=')) {
      throw new ReadOnlyViolationError(
        label,
        `${label} = ... changes a database setting; queries are read-only`,
      );
    }
    if (dialect === 'postgres')
      throw new QueryRejectedError('PRAGMA is SQLite syntax, not PostgreSQL', text);
    const takesArgument = READ_PRAGMAS[name];
    if (takesArgument === undefined) {
      throw new ReadOnlyViolationError(
        label,
        `${label} is not among the read-only pragmas allowed in queries`,
      );
    }
    if (!takesArgument && body.includes('(')) {
      throw new ReadOnlyViolationError(
        label,
        `${label}(...) changes a database setting; queries are read-only`,
      );
    }
    return label;
  }
  return first;
}

/**
 * Runs one read-only SQL statement for `thresher query` and collects its rows; see
 * streamReadOnlyQuery for the guarantees.
 */
export async function runReadOnlyQuery(
  location: string,
  text: string,
  options: QueryOptions = {},
): Promise<QueryResult> {
  let columns: string[] = [];
  const rows: unknown[][] = [];
  for await (const chunk of streamReadOnlyQuery(location, text, options)) {
    columns = chunk.columns;
    for (const row of chunk.rows) rows.push(row);
  }
  return { columns, rows };
}

/**
 * Streams one read-only SQL statement's rows in chunks (the caller holds one at a time and
 * may stop early by leaving its loop). Read-only for real: SQLite is opened read-only with
 * query_only; PostgreSQL runs in a READ ONLY transaction that is rolled back. Writes are
 * refused with ReadOnlyViolationError; any other refusal by the database is a
 * QueryRejectedError carrying its message. The query is stopped, with QueryTimeoutError,
 * once `timeoutMs` has passed: SQLite runs in a process of its own that is killed then
 * (better-sqlite3 cannot interrupt a statement), PostgreSQL under statement_timeout.
 */
export async function* streamReadOnlyQuery(
  location: string,
  text: string,
  options: QueryOptions = {},
): AsyncGenerator<QueryChunk> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0 || timeoutMs > 2 ** 31 - 1) {
    throw new InvalidInputError('query time limit', `${timeoutMs} ms is not a positive time limit`);
  }
  const postgres = isPostgresLocation(location);
  const keyword = checkReadOnlySql(text, postgres ? 'postgres' : 'sqlite');
  let timedOut = false;
  let stop = () => undefined as void;
  const timer = setTimeout(() => {
    timedOut = true;
    stop();
  }, timeoutMs);
  const source = postgres
    ? streamPostgresQuery(location, text, keyword, Date.now() + timeoutMs, timeoutMs, (client) => {
        // statement_timeout stops the server; this stops a client waiting on anything else.
        stop = () => void client.end().catch(() => undefined);
      })
    : streamSqliteQuery(location, text, keyword, (child) => {
        stop = () => void child.kill('SIGKILL');
      });
  try {
    for await (const chunk of source) {
      if (timedOut) break;
      yield chunk;
    }
    if (timedOut) throw new QueryTimeoutError(timeoutMs);
  } catch (error) {
    if (timedOut && !(error instanceof QueryTimeoutError)) {
      throw new QueryTimeoutError(timeoutMs, { cause: error });
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
