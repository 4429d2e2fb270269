import type { ServiceError } from '@grpc/grpc-js';
import { status as Status } from '@grpc/grpc-js';
import { ThresherError } from '@thresher/sweep';

/** A message field that is missing or out of range; `field` names it (e.g. `params.n`). */
export class MessageValidationError extends ThresherError {
  override readonly name = 'MessageValidationError';
  readonly code = 'INVALID_MESSAGE';
  readonly retryable = false;
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

/** Status codes worth retrying: the coordinator was unreachable or busy. */
const RETRYABLE_CODES = new Set<number>([
  Status.UNAVAILABLE,
  Status.DEADLINE_EXCEEDED,
  Status.RESOURCE_EXHAUSTED,
  Status.ABORTED,
]);

/** A failed call to the coordinator, with the gRPC status and whether retrying may help. */
export class CoordinatorRpcError extends ThresherError {
  override readonly name = 'CoordinatorRpcError';
  readonly code = 'COORDINATOR_RPC_FAILED';
  /** The gRPC status code (`status` of @grpc/grpc-js) and its name. */
  readonly status: number;
  readonly codeName: string;
  readonly details: string;
  readonly retryable: boolean;
  constructor(
    readonly method: string,
    cause: ServiceError,
  ) {
    const codeName = Status[cause.code] ?? String(cause.code);
    super(`${method}: ${codeName}: ${cause.details || cause.message}`, { cause });
    this.status = cause.code;
    this.codeName = codeName;
    this.details = cause.details;
    this.retryable = RETRYABLE_CODES.has(cause.code);
  }
}
