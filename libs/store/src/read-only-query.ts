import BetterSqlite3 from 'better-sqlite3';
import {
  configureSqlite,
  isPostgresLocation,
  loadPg,
  parsePostgresLocation,
  pgTypeParsers,
} from './connect';
import { mapDatabaseError, redactLocation } from './db-errors';
import { QueryRejectedError, ReadOnlyViolationError, StoreConnectionError } from './errors';
import { leadingWords, splitStatements } from './sql-text';

export interface QueryResult {
  columns: string[];
  rows: unknown[][];
}

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
 * Runs one read-only SQL statement for `thresher query`. Read-only for real: SQLite is
 * opened read-only with query_only; PostgreSQL runs in a READ ONLY transaction that is
 * rolled back, through the extended protocol (one statement only). Writes are refused
 * with ReadOnlyViolationError; any other refusal by the database is a QueryRejectedError
 * carrying its message.
 */
export async function runReadOnlyQuery(location: string, text: string): Promise<QueryResult> {
  if (isPostgresLocation(location)) return runPostgres(location, text);
  return runSqlite(location, text);
}

function runSqlite(path: string, text: string): QueryResult {
  const keyword = checkReadOnlySql(text, 'sqlite');
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    configureSqlite(raw, true);
  } catch (error) {
    throw new StoreConnectionError(path, error instanceof Error ? error.message : String(error), {
      cause: error,
    });
  }
  try {
    let statement: BetterSqlite3.Statement;
    try {
      statement = raw.prepare(text);
    } catch (error) {
      throw new QueryRejectedError(error instanceof Error ? error.message : String(error), text, {
        cause: error,
      });
    }
    if (!statement.readonly) {
      throw new ReadOnlyViolationError(
        keyword,
        'the statement would modify the database; queries are read-only',
      );
    }
    try {
      if (!statement.reader) {
        statement.run();
        return { columns: [], rows: [] };
      }
      const columns = statement.columns().map((c) => c.name);
      const rows = statement.raw(true).all() as unknown[][];
      return { columns, rows };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // query_only and read-only connections both refuse writes with SQLITE_READONLY.
      const code = (error as { code?: unknown } | null)?.code;
      if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) {
        throw new ReadOnlyViolationError(keyword, message, { cause: error });
      }
      throw new QueryRejectedError(message, text, { cause: error });
    }
  } finally {
    raw.close();
  }
}

async function runPostgres(location: string, text: string): Promise<QueryResult> {
  const keyword = checkReadOnlySql(text, 'postgres');
  const shown = redactLocation(location);
  const config = parsePostgresLocation(location);
  const pg = await loadPg();
  const client = new pg.Client({
    connectionString: config.connectionString,
    connectionTimeoutMillis: 10_000,
    types: pgTypeParsers(pg),
    ...(config.schema !== undefined ? { options: `-c search_path=${config.schema}` } : {}),
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new StoreConnectionError(shown, error instanceof Error ? error.message : String(error), {
      cause: error,
    });
  }
  try {
    await client.query('BEGIN READ ONLY');
    await client.query("SET LOCAL statement_timeout = '120s'");
    // The extended protocol refuses several commands in one string, as a second guard.
    const result = await client.query({ text, rowMode: 'array', queryMode: 'extended' } as {
      text: string;
      rowMode: 'array';
    });
    return {
      columns: (result.fields ?? []).map((f) => f.name),
      rows: (result.rows ?? []) as unknown[][],
    };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    if (code === '25006') throw new ReadOnlyViolationError(keyword, message, { cause: error });
    const mapped = mapDatabaseError(error, shown);
    if (mapped instanceof StoreConnectionError) throw mapped;
    throw new QueryRejectedError(message, text, { cause: error });
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
