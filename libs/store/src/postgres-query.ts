import type { Client } from 'pg';
import { loadPg, parsePostgresLocation, pgTypeParsers } from './connect';
import { mapDatabaseError, redactLocation } from './db-errors';
import {
  QueryRejectedError,
  QueryTimeoutError,
  ReadOnlyViolationError,
  StoreConnectionError,
} from './errors';
import type { QueryChunk } from './query-chunk';

/** Rows per FETCH: the client holds one page at a time. */
const PAGE_ROWS = 500;
const CURSOR = 'thresher_query';

type ArrayQuery = { text: string; rowMode: 'array' };
type ArrayResult = { fields?: { name: string }[]; rows?: unknown[][] };

/**
 * Streams one checked read-only PostgreSQL query: in a READ ONLY transaction that is rolled
 * back, through a cursor read a page at a time, each page under what is left of the time
 * limit (statement_timeout). A statement that cannot be a cursor (EXPLAIN, SHOW, or one that
 * PostgreSQL refuses) runs once as it is, through the extended protocol (one statement only).
 */
export async function* streamPostgresQuery(
  location: string,
  statement: string,
  keyword: string,
  deadline: number,
  timeoutMs: number,
  onClient: (client: Client) => void,
): AsyncGenerator<QueryChunk> {
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
  onClient(client);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new StoreConnectionError(shown, error instanceof Error ? error.message : String(error), {
      cause: error,
    });
  }
  const limit = async () => {
    const left = Math.max(1, Math.ceil(deadline - Date.now()));
    await client.query(`SET LOCAL statement_timeout = ${left}`);
  };
  try {
    await client.query('BEGIN READ ONLY');
    await client.query('SAVEPOINT before_cursor');
    await limit();
    const declared = await client
      // The extended protocol refuses several commands in one string, as a second guard.
      .query({
        text: `DECLARE ${CURSOR} NO SCROLL CURSOR FOR ${statement}\n`,
        queryMode: 'extended',
      } as { text: string })
      .then(() => true)
      .catch(() => false);
    if (!declared) {
      await client.query('ROLLBACK TO SAVEPOINT before_cursor');
      await limit();
      const result = (await client.query({
        text: statement,
        rowMode: 'array',
        queryMode: 'extended',
      } as ArrayQuery)) as ArrayResult;
      yield { columns: (result.fields ?? []).map((f) => f.name), rows: result.rows ?? [] };
      return;
    }
    for (let first = true; ; first = false) {
      await limit();
      const page = (await client.query({
        text: `FETCH FORWARD ${PAGE_ROWS} FROM ${CURSOR}`,
        rowMode: 'array',
      } as ArrayQuery)) as ArrayResult;
      const rows = page.rows ?? [];
      if (first || rows.length > 0) yield { columns: (page.fields ?? []).map((f) => f.name), rows };
      if (rows.length < PAGE_ROWS) return;
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = error instanceof Error ? error.message : String(error);
    if (code === '25006') throw new ReadOnlyViolationError(keyword, message, { cause: error });
    if (code === '57014') throw new QueryTimeoutError(timeoutMs, { cause: error });
    const mapped = mapDatabaseError(error, shown);
    if (mapped instanceof StoreConnectionError) throw mapped;
    throw new QueryRejectedError(message, statement, { cause: error });
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end().catch(() => undefined);
  }
}
