import {
  QueryRejectedError,
  ReadOnlyStoreError,
  StoreBusyError,
  StoreConnectionError,
  StoreError,
} from './errors';

const PG_CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
]);
const PG_BUSY_CODES = new Set(['40001', '40P01', '55P03']);

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Turns a driver error into the store's typed errors where it has a meaning; else returns it. */
export function mapDatabaseError(error: unknown, location: string): unknown {
  if (error instanceof StoreError) return error;
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (
    code === 'SQLITE_BUSY' ||
    code === 'SQLITE_LOCKED' ||
    (code !== undefined && PG_BUSY_CODES.has(code))
  ) {
    return new StoreBusyError(message, { cause: error });
  }
  if (code === 'SQLITE_READONLY') return new ReadOnlyStoreError(message);
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new StoreConnectionError(location, message, { cause: error });
  }
  if (code !== undefined && (PG_CONNECTION_CODES.has(code) || code.startsWith('08'))) {
    return new StoreConnectionError(location, message, { cause: error });
  }
  if (
    /Connection terminated|connection timeout|Client has encountered a connection error/i.test(
      message,
    )
  ) {
    return new StoreConnectionError(location, message, { cause: error });
  }
  if (code !== undefined && /^[0-9A-Z]{5}$/.test(code) && code.startsWith('42')) {
    return new QueryRejectedError(message, undefined, { cause: error });
  }
  return error;
}

/** Hides the password of a connection URL for messages. */
export function redactLocation(location: string): string {
  return location.replace(/^(postgres(?:ql)?:\/\/[^:/@]*:)[^@]*@/, '$1***@');
}
