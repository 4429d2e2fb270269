import type { MethodDefinition, ServiceDefinition } from '@grpc/grpc-js';
import { MAX_REQUEST_BYTES } from '@thresher/proto';
import { RequestTooLargeError } from './errors';

/** What the deserializer hands the handler instead of decoding a request over its limit. */
export class OversizedRequest {
  constructor(
    readonly method: string,
    readonly bytes: number,
    readonly max: number,
  ) {}
}

/**
 * Wraps each method's request decoding with its byte limit (MAX_REQUEST_BYTES): a request
 * over it is never decoded, only measured, and the handler answers RESOURCE_EXHAUSTED.
 */
export function limitRequestBytes(definition: ServiceDefinition): ServiceDefinition {
  const limited: Record<string, MethodDefinition<unknown, unknown>> = {};
  for (const [key, method] of Object.entries(definition)) {
    const max = (MAX_REQUEST_BYTES as Record<string, number | undefined>)[key];
    if (max === undefined) throw new Error(`no request byte limit for ${key}`);
    const decode = method.requestDeserialize;
    limited[key] = {
      ...method,
      requestDeserialize: (bytes: Buffer) =>
        bytes.length > max
          ? new OversizedRequest(method.originalName ?? key, bytes.length, max)
          : decode(bytes),
    };
  }
  return limited;
}

/** Throws the typed error for a request the deserializer refused to decode. */
export function refuseOversized(request: unknown): void {
  if (request instanceof OversizedRequest) {
    throw new RequestTooLargeError(
      'request',
      `bytes of a ${request.method} request`,
      request.bytes,
      request.max,
    );
  }
}
