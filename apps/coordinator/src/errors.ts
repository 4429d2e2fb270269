import { status, type ServiceError, Metadata } from '@grpc/grpc-js';
import { findThresherError, ThresherError } from '@thresher/sweep';

/** A request refused before reaching the scheduler (malformed bytes, bad field). */
export class BadRequestError extends ThresherError {
  override readonly name = 'BadRequestError';
  readonly code = 'BAD_REQUEST';
  readonly retryable = false;
  constructor(
    readonly field: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(field ? `${field}: ${reason}` : reason, options);
  }
}

/** A request over one of the coordinator's limits (bytes, entries, trials); `limit` names it. */
export class RequestTooLargeError extends ThresherError {
  override readonly name = 'RequestTooLargeError';
  readonly code = 'REQUEST_TOO_LARGE';
  readonly retryable = false;
  constructor(
    readonly field: string,
    readonly limit: string,
    readonly size: number,
    readonly max: number,
  ) {
    super(`${field}: ${size} is more than the limit of ${max} (${limit})`);
  }
}

/** Missing or wrong bearer token. */
export class AuthenticationError extends ThresherError {
  override readonly name = 'AuthenticationError';
  readonly code = 'UNAUTHENTICATED';
  readonly retryable = false;
}

/** An HTTP request for a path the dashboard does not serve. */
export class UnknownRouteError extends ThresherError {
  override readonly name = 'UnknownRouteError';
  readonly code = 'UNKNOWN_ROUTE';
  readonly retryable = false;
  constructor(readonly path: string) {
    super(`no such page or API: ${path.slice(0, 200)}`);
  }
}

/** The dashboard is read-only: only GET and HEAD. */
export class MethodNotAllowedError extends ThresherError {
  override readonly name = 'MethodNotAllowedError';
  readonly code = 'METHOD_NOT_ALLOWED';
  readonly retryable = false;
  constructor(readonly method: string) {
    super(`method ${method.slice(0, 20)} not allowed: the dashboard only answers GET and HEAD`);
  }
}

/** Too many open event streams on the dashboard; try again later. */
export class DashboardBusyError extends ThresherError {
  override readonly name = 'DashboardBusyError';
  readonly code = 'DASHBOARD_BUSY';
  readonly retryable = true;
  constructor(readonly limit: number) {
    super(`too many open event streams (at most ${limit})`);
  }
}

/** A read handed to the read thread failed there, or the thread stopped (`code` says which). */
export class ReadThreadError extends ThresherError {
  override readonly name = 'ReadThreadError';
  constructor(
    readonly code: string,
    readonly retryable: boolean,
    message: string,
  ) {
    super(message);
  }
}

type StatusError = Partial<ServiceError> & { code: status; details: string };

/**
 * The gRPC status of each stable error code of the libs and this app: the mapping of
 * typed errors to the wire, at the edge only. Codes not listed fall back on `retryable`.
 */
const STATUS_BY_CODE: Readonly<Record<string, status>> = {
  UNAUTHENTICATED: status.UNAUTHENTICATED,
  WORKER_UNAUTHENTICATED: status.UNAUTHENTICATED,
  SWEEP_INVALID: status.INVALID_ARGUMENT,
  SWEEP_TOO_LARGE: status.RESOURCE_EXHAUSTED,
  REQUEST_TOO_LARGE: status.RESOURCE_EXHAUSTED,
  TOO_MANY_WORKERS: status.RESOURCE_EXHAUSTED,
  INVALID_MESSAGE: status.INVALID_ARGUMENT,
  INVALID_REQUEST: status.INVALID_ARGUMENT,
  BAD_REQUEST: status.INVALID_ARGUMENT,
  INVALID_RESULT: status.INVALID_ARGUMENT,
  RESULT_REJECTED: status.INVALID_ARGUMENT,
  INVALID_INPUT: status.INVALID_ARGUMENT,
  INVALID_TRIAL_PARAMS: status.INVALID_ARGUMENT,
  UNKNOWN_SWEEP: status.NOT_FOUND,
  UNKNOWN_WORKER: status.NOT_FOUND,
  UNKNOWN_ATTEMPT: status.NOT_FOUND,
  FOREIGN_ATTEMPT: status.PERMISSION_DENIED,
  STORE_BUSY: status.UNAVAILABLE,
  STORE_UNREACHABLE: status.UNAVAILABLE,
  STORE_READ_ONLY: status.FAILED_PRECONDITION,
  SEARCH_ROUND_TAKEN: status.ABORTED,
  SWEEP_INSERT_BUSY: status.ABORTED,
};

/**
 * Typed errors of every layer -> gRPC status, by their stable `code` (found through
 * `cause`). Unexpected errors become INTERNAL with a generic message (details go to the log).
 */
export function toStatus(err: unknown): StatusError {
  const make = (code: status, details: string): StatusError => ({
    code,
    details,
    metadata: new Metadata(),
  });
  const typed = findThresherError(err);
  if (typed) {
    const mapped = STATUS_BY_CODE[typed.code];
    if (mapped !== undefined) return make(mapped, typed.message);
    if (typed.retryable) return make(status.UNAVAILABLE, typed.message);
    return make(status.INTERNAL, `internal error (${typed.code}): ${typed.message}`);
  }
  return make(status.INTERNAL, 'internal error');
}

/** Whether a status is worth logging as a server fault. */
export function isServerFault(code: status): boolean {
  return code === status.INTERNAL || code === status.UNKNOWN;
}
