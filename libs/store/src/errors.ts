import { ThresherError } from '@thresher/sweep';

/**
 * Typed errors of the store. Every error has a stable `code`, its fields, the
 * underlying `cause` when there is one, and `retryable`: whether the same call may
 * succeed if simply tried again later (connection lost, database busy).
 */
export abstract class StoreError extends ThresherError {}

/** The database cannot be reached or dropped the connection; try again later. */
export class StoreConnectionError extends StoreError {
  override readonly name = 'StoreConnectionError';
  readonly code = 'STORE_UNREACHABLE';
  readonly retryable = true;
  constructor(
    readonly location: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot use database ${location}: ${detail}`, options);
  }
}

/** Another writer held the database too long (SQLite busy, PostgreSQL deadlock/serialization). */
export class StoreBusyError extends StoreError {
  override readonly name = 'StoreBusyError';
  readonly code = 'STORE_BUSY';
  readonly retryable = true;
  constructor(detail: string, options?: { cause?: unknown }) {
    super(`database busy: ${detail}`, options);
  }
}

/** The database refused a query (syntax error, unknown column...). Carries its message. */
export class QueryRejectedError extends StoreError {
  override readonly name = 'QueryRejectedError';
  readonly code = 'QUERY_REJECTED';
  readonly retryable = false;
  constructor(
    readonly dbMessage: string,
    readonly sql?: string,
    options?: { cause?: unknown },
  ) {
    super(`query rejected: ${dbMessage}`, options);
  }
}

/** A read-only query ran past its time limit and was stopped; nothing was changed. */
export class QueryTimeoutError extends StoreError {
  override readonly name = 'QueryTimeoutError';
  readonly code = 'QUERY_TIMEOUT';
  readonly retryable = false;
  constructor(
    readonly timeoutMs: number,
    options?: { cause?: unknown },
  ) {
    super(
      `query stopped after its time limit of ${timeoutMs / 1000} s (raise it with --timeout SECONDS, or narrow the query)`,
      options,
    );
  }
}

/** A read-only query tried to change something; nothing was changed. */
export class ReadOnlyViolationError extends StoreError {
  override readonly name = 'ReadOnlyViolationError';
  readonly code = 'QUERY_NOT_READ_ONLY';
  readonly retryable = false;
  constructor(
    /** The offending statement kind, e.g. DELETE, DROP, PRAGMA writable_schema. */
    readonly statement: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`read-only query refused (${statement}): ${reason}`, options);
  }
}

/** Applying the schema migrations failed; the database is left at `version`. */
export class MigrationError extends StoreError {
  override readonly name = 'MigrationError';
  readonly code = 'MIGRATION_FAILED';
  readonly retryable = false;
  constructor(
    readonly migration: string | undefined,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`migration ${migration ?? '(unknown)'} failed: ${detail}`, options);
  }
}

/** A result, curve or parameter set handed to the store is not valid (e.g. a NaN metric). */
export class InvalidResultError extends StoreError {
  override readonly name = 'InvalidResultError';
  readonly code = 'INVALID_RESULT';
  readonly retryable = false;
  constructor(
    readonly field: string,
    readonly value: unknown,
    readonly detail: string,
  ) {
    super(`invalid ${field}: ${detail} (got ${String(value)})`);
  }
}

/** Bad arguments to a store call (empty sweep name, unknown sweep, max < 1...). */
export class InvalidInputError extends StoreError {
  override readonly name = 'InvalidInputError';
  readonly code = 'INVALID_INPUT';
  readonly retryable = false;
  constructor(
    readonly field: string,
    detail: string,
  ) {
    super(`invalid ${field}: ${detail}`);
  }
}

/** The attempt id is unknown. */
export class UnknownAttemptError extends StoreError {
  override readonly name = 'UnknownAttemptError';
  readonly code = 'UNKNOWN_ATTEMPT';
  readonly retryable = false;
  constructor(
    readonly attemptId: number,
    readonly workerId: string,
    detail: string,
  ) {
    super(`attempt ${attemptId} (worker ${workerId}): ${detail}`);
  }
}

/**
 * A well-formed result that cannot be the answer to the trial it claims: a metric outside
 * its possible range, a ratio that disagrees with its losses, a curve past the trial's
 * steps, a wall time longer than the lease has existed. Nothing of it is stored.
 */
export class ResultRejectedError extends StoreError {
  override readonly name = 'ResultRejectedError';
  readonly code = 'RESULT_REJECTED';
  readonly retryable = false;
  constructor(
    readonly attemptId: number,
    readonly field: string,
    readonly value: unknown,
    readonly reason: string,
  ) {
    super(`result of attempt ${attemptId} rejected: ${field} ${reason} (got ${String(value)})`);
  }
}

/** The attempt exists but was leased to another worker. */
export class ForeignAttemptError extends StoreError {
  override readonly name = 'ForeignAttemptError';
  readonly code = 'FOREIGN_ATTEMPT';
  readonly retryable = false;
  constructor(
    readonly attemptId: number,
    readonly workerId: string,
  ) {
    super(`attempt ${attemptId} was leased to another worker, not to this one (${workerId})`);
  }
}

/** Writing through a store opened with `readonly: true`. */
export class ReadOnlyStoreError extends StoreError {
  override readonly name = 'ReadOnlyStoreError';
  readonly code = 'STORE_READ_ONLY';
  readonly retryable = false;
  constructor(readonly operation: string) {
    super(`store opened read-only: ${operation} is not allowed`);
  }
}

/** No sweep by that name. */
export class UnknownSweepError extends StoreError {
  override readonly name = 'UnknownSweepError';
  readonly code = 'UNKNOWN_SWEEP';
  readonly retryable = false;
  constructor(readonly sweep: string) {
    super(`no sweep named "${sweep}"`);
  }
}

/**
 * A round of a searched sweep was already opened (by another coordinator on the same
 * database, between this one's read and its write); nothing was written. Replaying the
 * search from the stored results gives the round as it was opened.
 */
export class SearchRoundTakenError extends StoreError {
  override readonly name = 'SearchRoundTakenError';
  readonly code = 'SEARCH_ROUND_TAKEN';
  readonly retryable = true;
  constructor(
    readonly sweep: string,
    readonly groupKey: string,
    readonly round: number,
  ) {
    super(`sweep "${sweep}": search round ${round} of a group was already opened`);
  }
}

/**
 * A different grid of this sweep is still being inserted (a submission of the same grid joins
 * the insert instead). Retryable: once that insert is complete, the new grid can be added.
 */
export class SweepInsertBusyError extends StoreError {
  override readonly name = 'SweepInsertBusyError';
  readonly code = 'SWEEP_INSERT_BUSY';
  readonly retryable = true;
  constructor(
    readonly sweep: string,
    readonly nextIndex: number,
    readonly total: number,
  ) {
    super(
      `sweep "${sweep}" is still inserting another grid (${nextIndex} of ${total} trials); ` +
        'submit again when it is complete',
    );
  }
}
