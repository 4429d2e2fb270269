import * as grpc from '@grpc/grpc-js';
import { service as healthServiceDefinition } from 'grpc-health-check';
import { channelCredentials, type TlsOptions } from './client';
import { COORDINATOR_SERVICE_NAME } from './service-definition';
import { ThresherError } from '@thresher/sweep';

/** The standard gRPC health service (grpc.health.v1.Health) the coordinator serves. */
export const HEALTH_SERVICE_NAME = 'grpc.health.v1.Health';

/** Service names whose health the coordinator reports: "" (the whole server) and its API. */
export const HEALTH_CHECKED_SERVICES = ['', COORDINATOR_SERVICE_NAME] as const;

export type ServingStatus = 'UNKNOWN' | 'SERVING' | 'NOT_SERVING' | 'SERVICE_UNKNOWN';

export interface WaitForServingOptions {
  /** TLS material, as for createCoordinatorClient; omitted: plaintext. */
  tls?: TlsOptions;
  /** Ready-made channel credentials (instead of `tls`). */
  credentials?: grpc.ChannelCredentials;
  /** Service name to check; "" (the default) is the server as a whole. */
  service?: string;
  /** When to give up: a Date or epoch milliseconds. Default: 30 s from now. */
  deadline?: Date | number;
  /** Stops waiting (e.g. when the coordinator process exits); `signal.reason` goes in the error. */
  signal?: AbortSignal;
}

export type NotServingReason = 'deadline' | 'aborted' | 'unimplemented';

/** The coordinator did not report SERVING: timed out, aborted, or has no health service. */
export class CoordinatorNotServingError extends ThresherError {
  override readonly name = 'CoordinatorNotServingError';
  readonly code = 'COORDINATOR_NOT_SERVING';
  /** Waiting longer may help (true after a timeout), or will not (no health service). */
  readonly retryable: boolean;
  constructor(
    readonly address: string,
    readonly reason: NotServingReason,
    /** The last status the health service reported, if it answered at all. */
    readonly lastStatus: ServingStatus | undefined,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`coordinator at ${address} is not serving: ${detail}`, options);
    this.retryable = reason === 'deadline';
  }
}

// Its own channel, retrying connections quickly: the coordinator is usually starting up.
const HEALTH_CHANNEL_OPTIONS: grpc.ChannelOptions = {
  'grpc.initial_reconnect_backoff_ms': 50,
  'grpc.max_reconnect_backoff_ms': 500,
};

const HealthClient = grpc.makeGenericClientConstructor(
  healthServiceDefinition as unknown as grpc.ServiceDefinition,
  'Health',
);

type CheckFn = (
  request: { service: string },
  metadata: grpc.Metadata,
  options: grpc.CallOptions,
  callback: (err: grpc.ServiceError | null, response?: { status: ServingStatus }) => void,
) => grpc.ClientUnaryCall;

/**
 * Waits until the health service at `address` reports SERVING for `service` (Check, retried
 * with backoff). Needs no bearer token. Rejects with CoordinatorNotServingError at the
 * deadline, when `signal` aborts, or at once when the server has no health service.
 */
export async function waitForServing(
  address: string,
  options: WaitForServingOptions = {},
): Promise<void> {
  const started = Date.now();
  const deadline =
    options.deadline === undefined ? started + 30_000 : new Date(options.deadline).getTime();
  const service = options.service ?? '';
  const client = new HealthClient(
    address,
    options.credentials ?? channelCredentials(options.tls),
    HEALTH_CHANNEL_OPTIONS,
  );
  const check = (client as unknown as { check: CheckFn }).check.bind(client);
  let lastStatus: ServingStatus | undefined;
  let lastError: grpc.ServiceError | undefined;
  let pause = 25;
  let wake: (() => void) | undefined;
  const onAbort = () => wake?.();
  options.signal?.addEventListener('abort', onAbort);
  const fail = (reason: NotServingReason, detail: string) =>
    new CoordinatorNotServingError(address, reason, lastStatus, detail, { cause: lastError });
  const last = () =>
    lastStatus !== undefined
      ? `last status ${lastStatus}`
      : lastError
        ? `last error ${grpc.status[lastError.code] ?? lastError.code}: ${lastError.details}`
        : 'no answer';
  try {
    for (;;) {
      if (options.signal?.aborted) {
        const why = options.signal.reason;
        throw fail('aborted', `${why instanceof Error ? why.message : String(why)} (${last()})`);
      }
      const now = Date.now();
      if (now >= deadline) {
        throw fail('deadline', `no SERVING within ${now - started} ms (${last()})`);
      }
      const callDeadline = Math.min(deadline, now + 2_000);
      const result = await new Promise<{ status?: ServingStatus; error?: grpc.ServiceError }>(
        (resolve) => {
          const call = check(
            { service },
            new grpc.Metadata(),
            { deadline: callDeadline },
            (error, response) => resolve(error ? { error } : { status: response?.status }),
          );
          wake = () => call.cancel();
        },
      );
      wake = undefined;
      if (result.status === 'SERVING') return;
      if (result.error) {
        lastError = result.error;
        if (result.error.code === grpc.status.UNIMPLEMENTED) {
          throw fail('unimplemented', `it does not serve ${HEALTH_SERVICE_NAME}`);
        }
        // NOT_FOUND: the service is not registered yet; UNAVAILABLE: nothing listens yet.
        if (result.error.code === grpc.status.NOT_FOUND) lastStatus = 'SERVICE_UNKNOWN';
      } else {
        lastStatus = result.status ?? 'UNKNOWN';
      }
      const sleepMs = Math.max(0, Math.min(pause, deadline - Date.now()));
      pause = Math.min(pause * 2, 500);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, sleepMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    client.close();
  }
}
