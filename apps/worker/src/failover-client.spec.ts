import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { CoordinatorRpcError } from '@thresher/proto';
import { describe, expect, it } from 'vitest';
import { failoverClient } from './failover-client';
import type { WorkerCoordinatorClient } from './worker';

const rpcError = (code: status) =>
  new CoordinatorRpcError('Heartbeat', {
    code,
    details: status[code],
    metadata: new Metadata(),
    name: 'Error',
    message: status[code],
  } as ServiceError);

/** A coordinator whose heartbeat answers its name, or fails with `error` while set. */
function endpoint(name: string) {
  const e = {
    name,
    error: undefined as unknown,
    /** Resolves pending calls together (to fail several in flight at once). */
    release: Promise.resolve(),
    heartbeat: async () => {
      await e.release;
      if (e.error) throw e.error;
      return { name };
    },
  };
  return e;
}

const asClients = (...es: ReturnType<typeof endpoint>[]) =>
  es as unknown as WorkerCoordinatorClient[];
const beat = (c: WorkerCoordinatorClient) =>
  (c.heartbeat({ workerId: 'w' }) as unknown as Promise<{ name: string }>).then((r) => r.name);

describe('failoverClient', () => {
  it('moves to the next coordinator (round robin) only when one is unreachable', async () => {
    const [a, b, c] = [endpoint('a'), endpoint('b'), endpoint('c')];
    const switches: [number, number][] = [];
    const client = failoverClient(asClients(a, b, c), (from, to) => switches.push([from, to]));
    expect(await beat(client)).toBe('a');

    // Refused by the coordinator (not unreachable): the caller sees it, no switch.
    a.error = rpcError(status.NOT_FOUND);
    await expect(beat(client)).rejects.toBe(a.error);
    expect(client.current).toBe(0);

    a.error = rpcError(status.UNAVAILABLE);
    await expect(beat(client)).rejects.toBe(a.error);
    expect(await beat(client)).toBe('b');
    b.error = rpcError(status.DEADLINE_EXCEEDED);
    await expect(beat(client)).rejects.toBe(b.error);
    c.error = rpcError(status.UNAVAILABLE);
    await expect(beat(client)).rejects.toBe(c.error);
    // Back to the first.
    a.error = undefined;
    expect(await beat(client)).toBe('a');
    expect(switches).toEqual([
      [0, 1],
      [1, 2],
      [2, 0],
    ]);
  });

  it('moves on once for calls that failed together on the same coordinator', async () => {
    const [a, b] = [endpoint('a'), endpoint('b')];
    let release!: () => void;
    a.release = new Promise((r) => (release = r));
    a.error = rpcError(status.UNAVAILABLE);
    const client = failoverClient(asClients(a, b));
    const inFlight = [beat(client), beat(client), beat(client)].map((p) => p.catch(() => 'failed'));
    release();
    expect(await Promise.all(inFlight)).toEqual(['failed', 'failed', 'failed']);
    // Three failures on A, one switch: B, not back to A.
    expect(client.current).toBe(1);
    expect(await beat(client)).toBe('b');
  });

  it('never moves with a single coordinator, nor for errors that are not RPC failures', async () => {
    const a = endpoint('a');
    const single = failoverClient(asClients(a));
    a.error = rpcError(status.UNAVAILABLE);
    await expect(beat(single)).rejects.toBe(a.error);
    expect(single.current).toBe(0);
    const [x, y] = [endpoint('x'), endpoint('y')];
    x.error = new Error('UNAVAILABLE');
    const two = failoverClient(asClients(x, y));
    await expect(beat(two)).rejects.toThrow('UNAVAILABLE');
    expect(two.current).toBe(0);
  });
});
