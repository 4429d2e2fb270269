import * as grpc from '@grpc/grpc-js';

/**
 * A unary call with identity serializers: any bytes to any method, with the token, a wrong
 * one, or none. Resolves with the response bytes or the error (never rejects).
 */
export function rawCall(
  client: grpc.Client,
  method: string,
  bytes: Buffer,
  token?: string,
  deadlineMs = 20_000,
): Promise<grpc.ServiceError | Buffer> {
  const metadata = new grpc.Metadata();
  if (token !== undefined) metadata.set('authorization', `Bearer ${token}`);
  return new Promise((resolve) => {
    client.makeUnaryRequest(
      `/thresher.v1.Coordinator/${method}`,
      (b: Buffer) => b,
      (b: Buffer) => b,
      bytes,
      metadata,
      { deadline: Date.now() + deadlineMs },
      (err, res) => resolve(err ?? (res as Buffer)),
    );
  });
}

/** What a raw server-streaming call came to. */
export interface RawStreamAnswer {
  /** The status it ended with; OK also when it was still streaming after `openMs`. */
  code: grpc.status;
  messages: number;
  /** Still open after `openMs` (then cancelled by the caller). */
  open: boolean;
}

/**
 * A server-streaming call with identity serializers: any bytes as the request. Reads for
 * at most `openMs`, then cancels a stream that is still open (never rejects).
 */
export function rawStream(
  client: grpc.Client,
  method: string,
  bytes: Buffer,
  token?: string,
  openMs = 200,
): Promise<RawStreamAnswer> {
  const metadata = new grpc.Metadata();
  if (token !== undefined) metadata.set('authorization', `Bearer ${token}`);
  return new Promise((resolve) => {
    let messages = 0;
    let open = false;
    const call = client.makeServerStreamRequest(
      `/thresher.v1.Coordinator/${method}`,
      (b: Buffer) => b,
      (b: Buffer) => b,
      bytes,
      metadata,
      { deadline: Date.now() + 20_000 },
    );
    const timer = setTimeout(() => {
      open = true;
      call.cancel();
    }, openMs);
    call.on('data', () => messages++);
    call.on('error', () => undefined);
    call.on('status', (s: grpc.StatusObject) => {
      clearTimeout(timer);
      resolve({ code: open ? grpc.status.OK : s.code, messages, open });
    });
  });
}
