import { TrainingError } from '../errors';
import type { BackendName } from './backend-name';

/**
 * A TensorFlow.js backend could not be loaded or initialised (for the native one: tfjs-node is
 * not installed, its addon or libtensorflow is missing; `npm run provision:native` fixes that).
 * Not retryable: the same machine gives the same answer until it is provisioned.
 */
export class BackendUnavailableError extends TrainingError {
  override readonly name = 'BackendUnavailableError';
  readonly code = 'BACKEND_UNAVAILABLE';
  readonly retryable = false;
  constructor(
    readonly backend: BackendName,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`TensorFlow.js backend '${backend}' is unavailable: ${reason}`, options);
  }
}
