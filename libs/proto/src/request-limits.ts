import { SWEEP_LIMITS } from '@thresher/sweep';
import type { CoordinatorMethodName, CoordinatorStreamName } from './service-definition';

/**
 * The most bytes the coordinator accepts for one request of each RPC, checked before the
 * bytes are decoded: protobufjs decodes about 2 ms per MiB (a packed curve), so no request
 * holds the coordinator's event loop for more than a few ms. Workers send CompleteTrials in
 * calls of at most this size (one honest result of 10 000 curve points, aligned_fraction
 * included, is ~0.26 MiB).
 */
export const MAX_REQUEST_BYTES: Readonly<
  Record<CoordinatorMethodName | CoordinatorStreamName, number>
> = {
  // The sweep's JSON (itself bounded) plus its file name (1024 characters, 4 bytes each).
  submitSweep: SWEEP_LIMITS.maxBytes + 8 * 1024,
  completeTrials: 1024 * 1024,
  completeTrial: 1024 * 1024,
  // 10 000 attempt ids and progress entries per call.
  heartbeat: 512 * 1024,
  getSweepStatus: 64 * 1024,
  listSweeps: 64 * 1024,
  cancelSweep: 64 * 1024,
  retrySweep: 64 * 1024,
  listWorkers: 64 * 1024,
  registerWorker: 64 * 1024,
  leaseWork: 64 * 1024,
  // The error text: 64 Ki characters, up to 4 bytes each.
  failTrial: 320 * 1024,
  drain: 64 * 1024,
  watchSweep: 64 * 1024,
};

/** The largest of them: the server's gRPC receive limit (grpc-js refuses more unread). */
export const MAX_REQUEST_BYTES_ANY = Math.max(...Object.values(MAX_REQUEST_BYTES));
