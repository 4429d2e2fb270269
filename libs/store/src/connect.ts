import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type SqliteDatabase } from 'kysely';
import type * as PgNamespace from 'pg';
import type { Pool } from 'pg';
import type { Database } from './schema';
import { SqlDialect } from './dialect';
import { mapDatabaseError, redactLocation } from './db-errors';
import { InvalidInputError, StoreConnectionError } from './errors';
import { configureSqlite, opensBeside, SQLITE_WAL_CHECKPOINT_PAGES } from './configure-sqlite';
import { CheckpointThread, SAFETY_CHECKPOINT_PAGES } from './checkpoint-thread';
import { WalkThread } from './walk-thread';

export { configureSqlite };

export interface Connection {
  db: Kysely<Database>;
  dialect: SqlDialect;
  /** The location with any password hidden, for messages. */
  location: string;
  /** PostgreSQL schema given as `?schema=` in the URL (tests isolate themselves this way). */
  schema?: string;
  /** SQLite opened with backgroundCheckpoints: the thread running them. */
  checkpoints?: CheckpointThread;
  /** SQLite opened with backgroundWalks: the thread running cancel and retry chunks. */
  walks?: WalkThread;
  close(): Promise<void>;
}

export interface ConnectOptions {
  readonly?: boolean;
  /** SQLite: checkpoint the WAL on a thread of its own (`CheckpointThread`). */
  backgroundCheckpoints?: boolean;
  /** SQLite: run cancel and retry walks on a thread of their own (`WalkThread`). */
  backgroundWalks?: boolean;
  /** PostgreSQL: connections in the pool (default 10). */
  poolSize?: number;
}

export function isPostgresLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export async function connect(location: string, options: ConnectOptions = {}): Promise<Connection> {
  if (typeof location !== 'string' || location.trim() === '') {
    throw new InvalidInputError('location', 'a database file path or postgres:// URL is required');
  }
  return isPostgresLocation(location)
    ? connectPostgres(location, options)
    : connectSqlite(location, options);
}

/** better-sqlite3 with a statement cache: Kysely prepares every query; we reuse them. */
function cachingDatabase(raw: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => raw.close(),
    prepare(text: string) {
      let statement = cache.get(text);
      if (statement === undefined) {
        statement = raw.prepare(text);
        if (cache.size >= 256) cache.delete(cache.keys().next().value as string);
        cache.set(text, statement);
      }
      return statement as unknown as ReturnType<SqliteDatabase['prepare']>;
    },
  };
}

async function connectSqlite(path: string, options: ConnectOptions): Promise<Connection> {
  const readonly = options.readonly === true;
  let raw: BetterSqlite3.Database;
  try {
    raw = new BetterSqlite3(path, { readonly, fileMustExist: readonly });
    configureSqlite(raw, readonly);
  } catch (error) {
    throw new StoreConnectionError(path, error instanceof Error ? error.message : String(error), {
      cause: error,
    });
  }
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: cachingDatabase(raw) }),
  });
  const background = options.backgroundCheckpoints === true && !readonly && opensBeside(path);
  if (background) raw.pragma(`wal_autocheckpoint = ${SAFETY_CHECKPOINT_PAGES}`);
  const checkpoints = background
    ? new CheckpointThread(path, () => {
        // The thread is gone: the connection checkpoints by itself again, as any other.
        if (raw.open) raw.pragma(`wal_autocheckpoint = ${SQLITE_WAL_CHECKPOINT_PAGES}`);
      })
    : undefined;
  const walks =
    options.backgroundWalks === true && !readonly && opensBeside(path)
      ? new WalkThread(path, background ? SAFETY_CHECKPOINT_PAGES : SQLITE_WAL_CHECKPOINT_PAGES)
      : undefined;
  return {
    db,
    dialect: new SqlDialect('sqlite'),
    location: path,
    ...(checkpoints ? { checkpoints } : {}),
    ...(walks ? { walks } : {}),
    close: async () => {
      await walks?.close();
      await checkpoints?.close();
      await db.destroy();
    },
  };
}

type PgModule = typeof PgNamespace;

/** pg is loaded on first use only: SQLite users never pay for (or trip over) it. */
export async function loadPg(): Promise<PgModule> {
  const loaded = (await import('pg')) as PgModule & { default?: PgModule };
  return loaded.default ?? loaded;
}

/** int8 (counts, sums, epoch ms) and numeric as JavaScript numbers, for this pool only. */
export function pgTypeParsers(pg: PgModule) {
  return {
    getTypeParser(oid: number, format?: 'text' | 'binary') {
      if (oid === 20 || oid === 1700) {
        return (value: string) => (value === null ? null : Number(value));
      }
      return pg.types.getTypeParser(oid, format as 'text');
    },
  };
}

export interface PostgresConfig {
  connectionString: string;
  schema?: string;
}

/** Splits our `?schema=NAME` option off a postgres:// URL. */
export function parsePostgresLocation(location: string): PostgresConfig {
  const url = new URL(location);
  const schema = url.searchParams.get('schema') ?? undefined;
  url.searchParams.delete('schema');
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new InvalidInputError('schema', `"${schema}" must be a lower-case identifier`);
  }
  return { connectionString: url.toString(), schema };
}

export async function createPool(config: PostgresConfig, max = 10): Promise<Pool> {
  const pg = await loadPg();
  return new pg.Pool({
    connectionString: config.connectionString,
    max,
    connectionTimeoutMillis: 10_000,
    types: pgTypeParsers(pg),
    ...(config.schema !== undefined ? { options: `-c search_path=${config.schema}` } : {}),
  });
}

async function connectPostgres(location: string, options: ConnectOptions): Promise<Connection> {
  const shown = redactLocation(location);
  const config = parsePostgresLocation(location);
  const pool = await createPool(config, options.poolSize);
  // A pool emits errors of idle clients (server restart); without a listener they crash the process.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    if (config.schema !== undefined && options.readonly !== true) {
      await sql`create schema if not exists ${sql.id(config.schema)}`
        .execute(db)
        .catch((error: unknown) => {
          // A concurrent opener created it first (catalog unique violation): fine.
          if ((error as { code?: unknown }).code !== '23505') throw error;
        });
    } else {
      await sql`select 1`.execute(db);
    }
  } catch (error) {
    await db.destroy().catch(() => undefined);
    const mapped = mapDatabaseError(error, shown);
    if (mapped instanceof StoreConnectionError) throw mapped;
    throw new StoreConnectionError(shown, error instanceof Error ? error.message : String(error), {
      cause: error,
    });
  }
  return {
    db,
    dialect: new SqlDialect('postgres'),
    location: shown,
    schema: config.schema,
    close: () => db.destroy(),
  };
}
