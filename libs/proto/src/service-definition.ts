import type { MethodDefinition, ServiceDefinition } from '@grpc/grpc-js';
import { thresher } from './generated/coordinator';

const pb = thresher.v1;

/** A message class of the generated static code. */
interface MessageClass<I, T> {
  encode(message: I): { finish(): Uint8Array };
  decode(data: Uint8Array): T;
}

function method<I, T, RI, R>(name: string, req: MessageClass<I, T>, res: MessageClass<RI, R>) {
  return { name, req, res };
}

/** The RPCs of thresher.v1.Coordinator: key (client method name) -> name and messages. */
export const COORDINATOR_METHODS = {
  submitSweep: method('SubmitSweep', pb.SubmitSweepRequest, pb.SubmitSweepResponse),
  getSweepStatus: method('GetSweepStatus', pb.GetSweepStatusRequest, pb.SweepStatus),
  listSweeps: method('ListSweeps', pb.ListSweepsRequest, pb.ListSweepsResponse),
  cancelSweep: method('CancelSweep', pb.CancelSweepRequest, pb.CancelSweepResponse),
  retrySweep: method('RetrySweep', pb.RetrySweepRequest, pb.RetrySweepResponse),
  listWorkers: method('ListWorkers', pb.ListWorkersRequest, pb.ListWorkersResponse),
  registerWorker: method('RegisterWorker', pb.RegisterWorkerRequest, pb.RegisterWorkerResponse),
  leaseWork: method('LeaseWork', pb.LeaseWorkRequest, pb.LeaseWorkResponse),
  heartbeat: method('Heartbeat', pb.HeartbeatRequest, pb.HeartbeatResponse),
  completeTrial: method('CompleteTrial', pb.CompleteTrialRequest, pb.CompleteTrialResponse),
  completeTrials: method('CompleteTrials', pb.CompleteTrialsRequest, pb.CompleteTrialsResponse),
  failTrial: method('FailTrial', pb.FailTrialRequest, pb.FailTrialResponse),
  drain: method('Drain', pb.DrainRequest, pb.DrainResponse),
} as const;

/** The server-streaming RPCs: key (client method name) -> name and messages. */
export const COORDINATOR_STREAMS = {
  watchSweep: method('WatchSweep', pb.WatchSweepRequest, pb.SweepStatus),
} as const;

type Streams = typeof COORDINATOR_STREAMS;
export type CoordinatorStreamName = keyof Streams;
/** What a caller may pass as the request of a streaming method. */
export type StreamRequestOf<K extends CoordinatorStreamName> = Parameters<
  Streams[K]['req']['encode']
>[0];
export type DecodedStreamRequestOf<K extends CoordinatorStreamName> = ReturnType<
  Streams[K]['req']['decode']
>;
/** A decoded message of the stream, as a client receives it. */
export type StreamMessageOf<K extends CoordinatorStreamName> = ReturnType<
  Streams[K]['res']['decode']
>;
/** What the server may write on the stream (plain object). */
export type StreamMessageInputOf<K extends CoordinatorStreamName> = Parameters<
  Streams[K]['res']['encode']
>[0];

type Methods = typeof COORDINATOR_METHODS;
export type CoordinatorMethodName = keyof Methods;
/** What a caller may pass as the request of a method (plain object). */
export type RequestOf<K extends CoordinatorMethodName> = Parameters<Methods[K]['req']['encode']>[0];
/** The decoded request the server receives. */
export type DecodedRequestOf<K extends CoordinatorMethodName> = ReturnType<
  Methods[K]['req']['decode']
>;
/** The decoded response a client receives. */
export type ResponseOf<K extends CoordinatorMethodName> = ReturnType<Methods[K]['res']['decode']>;
export type ResponseInputOf<K extends CoordinatorMethodName> = Parameters<
  Methods[K]['res']['encode']
>[0];

export const COORDINATOR_SERVICE_NAME = 'thresher.v1.Coordinator';

/** Marker the server-side deserializer returns instead of throwing on undecodable bytes. */
export class MalformedRequest {
  constructor(
    readonly messageType: string,
    readonly reason: string,
  ) {}
}

const encode =
  <I>(cls: MessageClass<I, unknown>) =>
  (value: I) =>
    Buffer.from(cls.encode(value).finish());

/**
 * The grpc-js service definition built from the static code. With `tolerant`, request
 * decoding never throws (grpc-js would answer INTERNAL): it yields a MalformedRequest
 * the handler turns into INVALID_ARGUMENT.
 */
export function buildCoordinatorServiceDefinition(
  options: { tolerant?: boolean } = {},
): ServiceDefinition {
  const definition: Record<string, MethodDefinition<unknown, unknown>> = {};
  const all = [
    ...Object.entries(COORDINATOR_METHODS).map(([key, m]) => ({ key, m, stream: false })),
    ...Object.entries(COORDINATOR_STREAMS).map(([key, m]) => ({ key, m, stream: true })),
  ];
  for (const { key, m, stream } of all) {
    const req = m.req as MessageClass<unknown, unknown>;
    const res = m.res as MessageClass<unknown, unknown>;
    const typeName = `thresher.v1.${(m.req as unknown as { name: string }).name}`;
    definition[key] = {
      path: `/${COORDINATOR_SERVICE_NAME}/${m.name}`,
      originalName: m.name,
      requestStream: false,
      responseStream: stream,
      requestSerialize: encode(req),
      requestDeserialize: options.tolerant
        ? (bytes: Buffer) => {
            try {
              return req.decode(bytes);
            } catch (err) {
              return new MalformedRequest(typeName, (err as Error).message);
            }
          }
        : (bytes: Buffer) => req.decode(bytes),
      responseSerialize: encode(res),
      responseDeserialize: (bytes: Buffer) => res.decode(bytes),
    };
  }
  return definition;
}

/** Client-side definition (strict decoding). */
export const coordinatorServiceDefinition: ServiceDefinition = buildCoordinatorServiceDefinition();

/** Largest message either side accepts (a submitted sweep of ~100k trials fits easily). */
export const MAX_MESSAGE_BYTES = 32 * 1024 * 1024;
