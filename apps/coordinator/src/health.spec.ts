import * as grpc from '@grpc/grpc-js';
import {
  COORDINATOR_SERVICE_NAME,
  CoordinatorNotServingError,
  type CoordinatorRpcError,
  createCoordinatorClient,
  waitForServing,
} from '@thresher/proto';
import { openStore, type Store } from '@thresher/store';
import { service as healthService } from 'grpc-health-check';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoordinatorServer } from './server';

// grpc.health.v1 on the coordinator, over a real socket: no token needed, TLS when configured,
// SERVING once started and NOT_SERVING while it shuts down.

const dir = mkdtempSync(path.join(tmpdir(), 'thresher-health-'));
let store: Store;

beforeAll(async () => {
  store = await openStore(path.join(dir, 'h.db'));
});

afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const HealthClient = grpc.makeGenericClientConstructor(
  healthService as unknown as grpc.ServiceDefinition,
  'Health',
);
type HealthClient = grpc.Client & {
  check(
    req: { service: string },
    cb: (err: grpc.ServiceError | null, res?: { status: string }) => void,
  ): void;
  watch(req: { service: string }): grpc.ClientReadableStream<{ status: string }>;
};
const healthClient = (address: string, creds = grpc.credentials.createInsecure()) =>
  new HealthClient(address, creds) as unknown as HealthClient;

const check = (client: HealthClient, service: string) =>
  new Promise<string>((resolve, reject) =>
    client.check({ service }, (err, res) => (err ? reject(err) : resolve(res!.status))),
  );

const start = (extra: { token?: string; tls?: { cert: string; key: string } } = {}) =>
  startCoordinatorServer({ store, host: '127.0.0.1', port: 0, log: () => undefined, ...extra });

describe('coordinator health service', () => {
  it('reports SERVING for "" and the API without the token the API requires', async () => {
    const server = await start({ token: 'secret' });
    const client = healthClient(server.address);
    try {
      await waitForServing(server.address, { deadline: Date.now() + 5_000 });
      await waitForServing(server.address, { service: COORDINATOR_SERVICE_NAME });
      expect(await check(client, '')).toBe('SERVING');
      expect(await check(client, COORDINATOR_SERVICE_NAME)).toBe('SERVING');
      await expect(check(client, 'no.such.Service')).rejects.toMatchObject({
        code: grpc.status.NOT_FOUND,
      });
      // The API itself still refuses calls without the token.
      const api = createCoordinatorClient(server.address, { deadlineMs: 5_000 });
      const refused = await api.listWorkers({}).catch((e: unknown) => e);
      api.close();
      expect((refused as CoordinatorRpcError).codeName).toBe('UNAUTHENTICATED');
    } finally {
      client.close();
      await server.close(1_000);
    }
  });

  it('tells watchers NOT_SERVING on shutdown and ends their streams', async () => {
    const server = await start();
    const client = healthClient(server.address);
    const statuses: string[] = [];
    const stream = client.watch({ service: '' });
    const ended = new Promise<grpc.StatusObject>((resolve) => stream.on('status', resolve));
    const first = new Promise<void>((resolve) =>
      stream.on('data', (m: { status: string }) => {
        statuses.push(m.status);
        resolve();
      }),
    );
    await first;
    const t0 = Date.now();
    // The open stream must not hold the shutdown up to its grace period.
    await server.close(10_000);
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect((await ended).code).toBe(grpc.status.OK);
    expect(statuses).toEqual(['SERVING', 'NOT_SERVING']);
    client.close();
  });

  it('works over TLS', async () => {
    const cert = path.join(dir, 'server.pem');
    const key = path.join(dir, 'server.key');
    execFileSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'],
        ...['-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=thresher-coordinator'],
        ...['-addext', 'subjectAltName=IP:127.0.0.1'],
      ],
      { stdio: 'ignore' },
    );
    const server = await start({ token: 'secret', tls: { cert, key } });
    try {
      await waitForServing(server.address, { tls: { ca: cert }, deadline: Date.now() + 5_000 });
      // Plaintext against a TLS port never gets an answer.
      const plain = await waitForServing(server.address, { deadline: Date.now() + 500 }).catch(
        (e: unknown) => e,
      );
      expect(plain).toBeInstanceOf(CoordinatorNotServingError);
    } finally {
      await server.close(1_000);
    }
  });
});

describe('waitForServing', () => {
  it('fails with a typed, retryable error at the deadline when nothing listens', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const t0 = Date.now();
    const err = await waitForServing(`127.0.0.1:${port}`, { deadline: Date.now() + 400 }).catch(
      (e: unknown) => e,
    );
    expect(Date.now() - t0).toBeLessThan(3_000);
    expect(err).toBeInstanceOf(CoordinatorNotServingError);
    expect(err).toMatchObject({
      reason: 'deadline',
      retryable: true,
      code: 'COORDINATOR_NOT_SERVING',
    });
    expect((err as Error).message).toMatch(
      /not serving: no SERVING within \d+ ms \(last error UNAVAILABLE/,
    );
  });

  it('stops when its signal aborts, with the reason', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('the coordinator exited with code 1')), 100);
    const err = await waitForServing('127.0.0.1:1', { signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ reason: 'aborted', retryable: false });
    expect((err as Error).message).toContain('the coordinator exited with code 1');
  });

  it('sees SERVING once a server that starts later is up', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => resolve(p));
      });
    });
    const waiting = waitForServing(`127.0.0.1:${port}`, { deadline: Date.now() + 10_000 });
    await new Promise((r) => setTimeout(r, 300));
    const server = await startCoordinatorServer({
      store,
      host: '127.0.0.1',
      port,
      log: () => undefined,
    });
    try {
      await waiting;
    } finally {
      await server.close(1_000);
    }
  });
});
