import * as grpc from '@grpc/grpc-js';
import { readFileSync } from 'node:fs';
import { CoordinatorRpcError } from './errors';
import {
  COORDINATOR_METHODS,
  COORDINATOR_SERVICE_NAME,
  COORDINATOR_STREAMS,
  MAX_MESSAGE_BYTES,
  coordinatorServiceDefinition,
  type CoordinatorMethodName,
  type CoordinatorStreamName,
  type RequestOf,
  type ResponseOf,
  type StreamMessageOf,
  type StreamRequestOf,
} from './service-definition';

/** TLS material: file paths or PEM contents (a value starting with -----BEGIN). */
export interface TlsOptions {
  ca?: string | Buffer;
  cert?: string | Buffer;
  key?: string | Buffer;
}

export interface CoordinatorClientOptions {
  /** Sent as `authorization: Bearer <token>` on every call. */
  token?: string;
  /** When given, the channel uses TLS (CA optional: system roots otherwise). */
  tls?: TlsOptions;
  /** Default per-call deadline (ms); 30 s when omitted. */
  deadlineMs?: number;
}

export interface CallOptions {
  deadlineMs?: number;
  /** Wait for the channel to connect instead of failing fast when unreachable. */
  waitForReady?: boolean;
}

export interface StreamOptions {
  /** Ends the stream (the iteration returns) when aborted. */
  signal?: AbortSignal;
}

/** The messages of a server stream, in order; breaking out of the loop cancels the call. */
export interface ServerStream<T> extends AsyncIterable<T> {
  /** Cancels the call: the iteration ends without an error. */
  cancel(): void;
}

export type CoordinatorClient = {
  [K in CoordinatorMethodName]: (
    request: RequestOf<K>,
    options?: CallOptions,
  ) => Promise<ResponseOf<K>>;
} & {
  [K in CoordinatorStreamName]: (
    request: StreamRequestOf<K>,
    options?: StreamOptions,
  ) => ServerStream<StreamMessageOf<K>>;
} & {
  readonly address: string;
  close(): void;
};

/** PEM contents from a path or from the PEM itself. */
export function readPem(value: string | Buffer | undefined): Buffer | undefined {
  if (value === undefined) return undefined;
  if (Buffer.isBuffer(value)) return value;
  return value.trimStart().startsWith('-----BEGIN') ? Buffer.from(value) : readFileSync(value);
}

export function channelCredentials(tls: TlsOptions | undefined): grpc.ChannelCredentials {
  if (!tls) return grpc.credentials.createInsecure();
  const cert = readPem(tls.cert);
  const key = readPem(tls.key);
  return grpc.credentials.createSsl(readPem(tls.ca) ?? null, key ?? null, cert ?? null);
}

export const CHANNEL_OPTIONS: grpc.ChannelOptions = {
  'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
  'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
  'grpc.keepalive_time_ms': 30_000,
  'grpc.keepalive_timeout_ms': 10_000,
  // Reconnect quickly after a coordinator restart; callers add their own backoff.
  'grpc.initial_reconnect_backoff_ms': 200,
  'grpc.max_reconnect_backoff_ms': 2_000,
};

const GenericClient = grpc.makeGenericClientConstructor(
  coordinatorServiceDefinition,
  COORDINATOR_SERVICE_NAME,
);

/** A typed, promise-based client of thresher.v1.Coordinator (used by the worker and the CLI). */
export function createCoordinatorClient(
  address: string,
  options: CoordinatorClientOptions = {},
): CoordinatorClient {
  const raw = new GenericClient(
    address,
    channelCredentials(options.tls),
    CHANNEL_OPTIONS,
  ) as unknown as grpc.Client &
    Record<string, grpc.requestCallback<unknown> & ((...args: unknown[]) => grpc.ClientUnaryCall)>;
  const defaultDeadline = options.deadlineMs ?? 30_000;
  const client: Record<string, unknown> = {
    address,
    close: () => raw.close(),
  };
  for (const key of Object.keys(COORDINATOR_METHODS) as CoordinatorMethodName[]) {
    client[key] = (request: unknown, callOptions: CallOptions = {}) =>
      new Promise((resolve, reject) => {
        const metadata = new grpc.Metadata();
        if (options.token) metadata.set('authorization', `Bearer ${options.token}`);
        const deadline = Date.now() + (callOptions.deadlineMs ?? defaultDeadline);
        const fn = raw[key] as unknown as (
          req: unknown,
          md: grpc.Metadata,
          opts: grpc.CallOptions,
          cb: (err: grpc.ServiceError | null, res?: unknown) => void,
        ) => void;
        fn.call(
          raw,
          request,
          metadata,
          { deadline, waitForReady: callOptions.waitForReady ?? false },
          (err, res) => {
            if (err) reject(new CoordinatorRpcError(COORDINATOR_METHODS[key].name, err));
            else resolve(res);
          },
        );
      });
  }
  for (const key of Object.keys(COORDINATOR_STREAMS) as CoordinatorStreamName[]) {
    client[key] = (request: unknown, streamOptions: StreamOptions = {}) => {
      const metadata = new grpc.Metadata();
      if (options.token) metadata.set('authorization', `Bearer ${options.token}`);
      const fn = raw[key] as unknown as (
        req: unknown,
        md: grpc.Metadata,
        opts: grpc.CallOptions,
      ) => grpc.ClientReadableStream<unknown>;
      return serverStream(
        COORDINATOR_STREAMS[key].name,
        () => fn.call(raw, request, metadata, {}),
        streamOptions.signal,
      );
    };
  }
  return client as CoordinatorClient;
}

/** Wraps a grpc-js readable stream: typed errors, and cancelling is a normal end. */
function serverStream<T>(
  method: string,
  start: () => grpc.ClientReadableStream<unknown>,
  signal: AbortSignal | undefined,
): ServerStream<T> {
  let call: grpc.ClientReadableStream<unknown> | undefined;
  let cancelled = false;
  const cancel = () => {
    cancelled = true;
    call?.cancel();
  };
  return {
    cancel,
    async *[Symbol.asyncIterator]() {
      if (cancelled || signal?.aborted) return;
      call = start();
      signal?.addEventListener('abort', cancel, { once: true });
      try {
        for await (const message of call) yield message as T;
      } catch (err) {
        if (cancelled) return;
        throw new CoordinatorRpcError(method, err as grpc.ServiceError);
      } finally {
        signal?.removeEventListener('abort', cancel);
        if (!cancelled) {
          cancelled = true;
          call.cancel();
        }
      }
    },
  };
}
