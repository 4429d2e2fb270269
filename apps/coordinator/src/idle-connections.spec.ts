import * as grpc from '@grpc/grpc-js';
import { openStore, type Store } from '@thresher/store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoordinatorServer, type CoordinatorServer } from './server';

// Connections that hold no call are closed after --idle-connection-ms (here 300 ms), token
// or not: thousands of idle connections cannot pile up.

const dir = mkdtempSync(path.join(tmpdir(), 'thresher-idle-'));
let store: Store;
let server: CoordinatorServer;

beforeAll(async () => {
  store = await openStore(path.join(dir, 'i.db'));
  server = await startCoordinatorServer({
    store,
    host: '127.0.0.1',
    port: 0,
    token: 'secret',
    idleConnectionMs: 300,
    log: () => undefined,
  });
});

afterAll(async () => {
  await server.close(1_000);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The next connectivity state of the channel after `from` (waits for the change). */
function nextState(
  channel: ReturnType<grpc.Client['getChannel']>,
  from: grpc.connectivityState,
  within: number,
) {
  return new Promise<grpc.connectivityState>((resolve, reject) =>
    channel.watchConnectivityState(from, Date.now() + within, (err) =>
      err ? reject(err) : resolve(channel.getConnectivityState(false)),
    ),
  );
}

describe('idle connections', () => {
  it('are closed by the coordinator once no call is in flight', async () => {
    // No client idle timer of its own: only the server can end this connection.
    const client = new grpc.Client(server.address, grpc.credentials.createInsecure(), {
      'grpc.client_idle_timeout_ms': 3_600_000,
    });
    const channel = client.getChannel();
    try {
      channel.getConnectivityState(true);
      let state = channel.getConnectivityState(false);
      while (state !== grpc.connectivityState.READY) state = await nextState(channel, state, 5_000);
      // Connected, no call, no token: the server sends GOAWAY and the channel goes idle.
      const after = await nextState(channel, grpc.connectivityState.READY, 5_000);
      expect(after).not.toBe(grpc.connectivityState.READY);
    } finally {
      client.close();
    }
  });
});
