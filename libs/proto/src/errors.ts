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

/**
 * Status codes that say the coordinator itself is gone or not answering (connection
 * refused or reset, deadline passed): another coordinator of the same database may answer.
 */
const UNREACHABLE_CODES = new Set<number>([Status.UNAVAILABLE, Status.DEADLINE_EXCEEDED]);

/** A failed call to the coordinator, with the gRPC status and whether retrying may help. */
export class CoordinatorRpcError extends ThresherError {
  override readonly name = 'CoordinatorRpcError';
  readonly code = 'COORDINATOR_RPC_FAILED';
  /** The gRPC status code (`status` of @grpc/grpc-js) and its name. */
  readonly status: number;
  readonly codeName: string;
  readonly details: string;
  readonly retryable: boolean;
  /** The coordinator did not answer (UNAVAILABLE, DEADLINE_EXCEEDED): worth trying another. */
  readonly unreachable: boolean;
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
    this.unreachable = UNREACHABLE_CODES.has(cause.code);
  }
}

/** True for a coordinator call that failed because the coordinator did not answer. */
export function isCoordinatorUnreachable(err: unknown): boolean {
  return err instanceof CoordinatorRpcError && err.unreachable;
}

/** A `--coordinator` value that is not a list of HOST:PORT addresses; names the bad entry. */
export class CoordinatorAddressError extends ThresherError {
  override readonly name = 'CoordinatorAddressError';
  readonly code = 'INVALID_COORDINATOR_ADDRESS';
  readonly retryable = false;
  constructor(
    /** The offending entry as given (empty for an empty entry). */
    readonly address: string,
    readonly reason: string,
  ) {
    super(`coordinator address ${JSON.stringify(address)}: ${reason}`);
  }
}
