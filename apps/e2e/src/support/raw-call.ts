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
