import { status, type ServiceError, Metadata } from '@grpc/grpc-js';

/** A request refused before reaching the scheduler (malformed bytes, bad field). */
export class BadRequestError extends Error {
  override readonly name = 'BadRequestError';
  readonly retryable = false;
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(field ? `${field}: ${reason}` : reason);
  }
}

/** Missing or wrong bearer token. */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
  readonly retryable = false;
}

type StatusError = Partial<ServiceError> & { code: status; details: string };

interface NamedError {
  name?: string;
  message?: string;
  field?: string;
  issues?: { path: string; message: string }[];
  retryable?: boolean;
}

/**
 * Typed errors of every layer -> gRPC status, at the edge only. Errors are matched by
 * their stable `name` so the mapping does not depend on class identity across packages.
 * Unexpected errors become INTERNAL with a generic message (details go to the log).
 */
export function toStatus(err: unknown): StatusError {
  const e = (err ?? {}) as NamedError;
  const message = e.message ?? String(err);
  const make = (code: status, details: string): StatusError => ({
    code,
    details,
    metadata: new Metadata(),
  });
  switch (e.name) {
    case 'AuthenticationError':
      return make(status.UNAUTHENTICATED, message);
    case 'SweepValidationError':
    case 'SweepTooLargeError':
    case 'MessageValidationError':
    case 'InvalidRequestError':
    case 'BadRequestError':
    case 'InvalidResultError':
    case 'InvalidInputError':
      return make(status.INVALID_ARGUMENT, message);
    case 'UnknownSweepError':
    case 'UnknownWorkerError':
      return make(status.NOT_FOUND, message);
    case 'UnknownAttemptError':
      // The store uses one error for "no such attempt" and "another worker's attempt".
      return /not to this one|another worker/i.test(message)
        ? make(status.PERMISSION_DENIED, message)
        : make(status.NOT_FOUND, message);
    case 'LeaseNotOwnedError':
      return make(status.PERMISSION_DENIED, message);
    case 'StoreBusyError':
    case 'StoreConnectionError':
      return make(status.UNAVAILABLE, message);
    case 'ReadOnlyStoreError':
      return make(status.FAILED_PRECONDITION, message);
    default:
      if (e.retryable === true) return make(status.UNAVAILABLE, message);
      return make(status.INTERNAL, `internal error: ${message}`);
  }
}

/** Whether a status is worth logging as a server fault. */
export function isServerFault(code: status): boolean {
  return code === status.INTERNAL || code === status.UNKNOWN;
}
