import * as grpc from '@grpc/grpc-js';
import {
  CoordinatorRpcError,
  createCoordinatorClient,
  pb,
  type CoordinatorClient,
} from '@thresher/proto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  requireBuiltApps,
  startCoordinator,
  startWorker,
  waitFor,
  type Coordinator,
  type Worker,
} from './support/processes';
import { auditSweep } from './support/results';
import { rawCall as rawUnary } from './support/raw-call';
import { smallSweep } from './support/sweeps';

// A coordinator that requires a token, attacked by clients sending garbage while a real
// worker trains a sweep: every bad call gets a clear error with the right status code,
// and the worker keeps working.

const TOKEN = 'e2e-secret-token';
const dir = mkdtempSync(path.join(tmpdir(), 'thresher-security-'));
const db = path.join(dir, 'security.db');
let coordinator: Coordinator;
let api: CoordinatorClient;
let honest: Worker | undefined;

beforeAll(async () => {
  requireBuiltApps();
  coordinator = await startCoordinator([
    '--port',
    '0',
    '--db',
    db,
    '--token',
    TOKEN,
    '--lease-ms',
    '5000',
  ]);
  api = createCoordinatorClient(coordinator.address, { token: TOKEN, deadlineMs: 10_000 });
});

afterAll(async () => {
  api?.close();
  await honest?.proc.stop('SIGKILL');
  await coordinator?.proc.stop('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** The gRPC status name of a failed call. */
async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (err) {
    if (err instanceof CoordinatorRpcError) return `${err.codeName}: ${err.details}`;
    throw err;
  }
  throw new Error('the call succeeded');
}

/** A raw call on a channel of its own. */
async function rawCall(method: string, bytes: Buffer, token?: string) {
  const client = new grpc.Client(coordinator.address, grpc.credentials.createInsecure());
  try {
    return await rawUnary(client, method, bytes, token, 5_000);
  } finally {
    client.close();
  }
}

const validMetrics = {
  trainLoss: 0.1,
  testLoss: 0.2,
  excessRisk: 0.05,
  olsTrainLoss: 0.2,
  olsTestLoss: 0.25,
  olsExcessRisk: 0.01,
  interpRatio: 0.5,
  testRatio: 0.8,
  alignedFraction: 0.9,
  converged: true,
};

describe('a coordinator with a token', () => {
  it(
    'refuses workers and clients with a missing or wrong token (UNAUTHENTICATED)',
    { timeout: 60_000 },
    async () => {
      const wrong = startWorker('intruder', [
        '--coordinator',
        coordinator.address,
        '--concurrency',
        '1',
        '--token',
        'nope',
      ]);
      const missing = startWorker('anonymous', [
        '--coordinator',
        coordinator.address,
        '--concurrency',
        '1',
      ]);
      for (const w of [wrong, missing]) {
        const exit = await w.proc.exited;
        expect(exit.code).toBe(1);
        expect(w.proc.lines.join('\n')).toMatch(/cannot register.*UNAUTHENTICATED/);
      }
      const anonymous = createCoordinatorClient(coordinator.address);
      expect(await codeOf(anonymous.listSweeps({}))).toMatch(
        /^UNAUTHENTICATED: missing authorization/,
      );
      anonymous.close();
      const bad = createCoordinatorClient(coordinator.address, { token: 'wrong' });
      expect(await codeOf(bad.listWorkers({}))).toBe('UNAUTHENTICATED: invalid token');
      bad.close();
      const garbage = await rawCall('LeaseWork', Buffer.from([0xff, 0xff, 0xff]));
      expect((garbage as grpc.ServiceError).code).toBe(grpc.status.UNAUTHENTICATED);
    },
  );

  it(
    'answers hostile messages with clear errors while an honest worker finishes its sweep',
    { timeout: 120_000 },
    async () => {
      const spec = smallSweep('under-attack', { seeds: 2, steps: 300 });
      expect(
        await codeOf(api.submitSweep({ specJson: '{"name": "x", "grid": {"n": [0]}' })),
      ).toMatch(/^INVALID_ARGUMENT: spec_json: not JSON/);
      expect(
        await codeOf(
          api.submitSweep({
            specJson: JSON.stringify({ ...spec, grid: { ...spec.grid, n: [8, -3] } }),
          }),
        ),
      ).toMatch(/^INVALID_ARGUMENT: .*grid\.n\[1\]/);
      await api.submitSweep({ specJson: JSON.stringify(spec) });

      // Two fake workers speaking the protocol by hand.
      const reg = { host: 'test', cores: 1, backend: 'cpu', version: 'test' };
      // Each gets its own secret; ids are names (ListWorkers shows them), secrets are keys.
      const { workerId: mallory, workerSecret: mallorySecret } = await api.registerWorker({
        ...reg,
        name: 'mallory',
      });
      const { workerId: alice, workerSecret: aliceSecret } = await api.registerWorker({
        ...reg,
        name: 'alice',
      });
      const leased = await api.leaseWork({
        workerId: alice,
        workerSecret: aliceSecret,
        capacity: 1,
      });
      expect(leased.trials).toHaveLength(1);
      const aliceAttempt = leased.trials[0]!.attemptId!;

      // Only now the honest worker starts: the attacks below run while it trains.
      honest = startWorker('honest', [
        '--coordinator',
        coordinator.address,
        '--concurrency',
        '1',
        '--token',
        TOKEN,
        '--max-bundle',
        '2',
      ]);
      await honest.id();

      expect(
        await codeOf(
          api.completeTrial({
            workerId: mallory,
            workerSecret: mallorySecret,
            attemptId: aliceAttempt,
            metrics: validMetrics,
            wallMs: 1,
            backend: 'cpu',
          }),
        ),
      ).toMatch(/^PERMISSION_DENIED: attempt \d+ .*not to this one/);
      expect(
        await codeOf(
          api.failTrial({
            workerId: mallory,
            workerSecret: mallorySecret,
            attemptId: aliceAttempt,
            error: 'x',
            retryable: true,
          }),
        ),
      ).toMatch(/^PERMISSION_DENIED/);
      expect(
        await codeOf(
          api.completeTrial({
            workerId: alice,
            workerSecret: aliceSecret,
            attemptId: aliceAttempt,
            metrics: { ...validMetrics, testLoss: Number.NaN },
            wallMs: 1,
            backend: 'cpu',
          }),
        ),
      ).toBe('INVALID_ARGUMENT: metrics.test_loss: must be a finite number, got NaN');
      expect(
        await codeOf(
          api.completeTrial({
            workerId: alice,
            workerSecret: aliceSecret,
            attemptId: aliceAttempt,
            metrics: validMetrics,
            wallMs: -5,
            backend: 'cpu',
          }),
        ),
      ).toMatch(/^INVALID_ARGUMENT: wall_ms/);
      expect(
        await codeOf(
          api.completeTrial({
            workerId: alice,
            workerSecret: aliceSecret,
            attemptId: 987654,
            metrics: validMetrics,
            wallMs: 1,
            backend: 'cpu',
          }),
        ),
      ).toMatch(/^NOT_FOUND: attempt 987654/);
      expect(
        await codeOf(
          api.completeTrial({
            workerId: alice,
            workerSecret: aliceSecret,
            metrics: validMetrics,
            wallMs: 1,
            backend: 'cpu',
          }),
        ),
      ).toBe('INVALID_ARGUMENT: attempt_id: missing');
      expect(
        await codeOf(api.leaseWork({ workerId: alice, workerSecret: aliceSecret, capacity: -1 })),
      ).toMatch(
        /^INVALID_ARGUMENT: capacity: must be an integer in \[0, 100000\], got 4294967295 \(a negative number\?\)/,
      );
      expect(await codeOf(api.registerWorker({ ...reg, cores: -2 }))).toMatch(
        /^INVALID_ARGUMENT: cores/,
      );
      expect(await codeOf(api.leaseWork({ workerId: 'ghost-1234', capacity: 1 }))).toMatch(
        /^NOT_FOUND: unknown worker id/,
      );
      expect(await codeOf(api.getSweepStatus({ name: 'no-such-sweep' }))).toMatch(
        /^NOT_FOUND: no sweep named "no-such-sweep"/,
      );
      expect(
        await codeOf(
          api.heartbeat({ workerId: alice, workerSecret: aliceSecret, attemptIds: [0] }),
        ),
      ).toMatch(/^INVALID_ARGUMENT: attempt_ids\[0\]/);

      // A batch of results: each one answered on its own.
      const batch = await api.completeTrials({
        workerId: alice,
        workerSecret: aliceSecret,
        results: [
          {
            attemptId: aliceAttempt,
            metrics: { ...validMetrics, testLoss: Number.NaN },
            wallMs: 1,
            backend: 'cpu',
          },
          { attemptId: 987654, metrics: validMetrics, wallMs: 1, backend: 'cpu' },
          {
            workerId: mallory,
            workerSecret: mallorySecret,
            attemptId: aliceAttempt,
            metrics: validMetrics,
            wallMs: 1,
            backend: 'cpu',
          },
        ],
      });
      expect(batch.outcomes.map((o) => [o.status, o.errorCode, o.error])).toEqual([
        [
          0,
          grpc.status.INVALID_ARGUMENT,
          'results[0].metrics.test_loss: must be a finite number, got NaN',
        ],
        [0, grpc.status.NOT_FOUND, expect.stringMatching(/^attempt 987654/)],
        [0, grpc.status.INVALID_ARGUMENT, 'results[2].worker_id: differs from the batch worker_id'],
      ]);
      expect(
        (
          await api.completeTrials({
            workerId: mallory,
            workerSecret: mallorySecret,
            results: [
              { attemptId: aliceAttempt, metrics: validMetrics, wallMs: 1, backend: 'cpu' },
            ],
          })
        ).outcomes[0],
      ).toMatchObject({ status: 0, errorCode: grpc.status.PERMISSION_DENIED });

      // Garbage bytes through a raw client: INVALID_ARGUMENT, not a crash.
      // Undecodable bytes (truncated varint, length beyond the end): INVALID_ARGUMENT.
      const undecodable = [Buffer.from([0x10]), Buffer.from([0x1a, 0x10, 0x01])];
      for (const method of ['CompleteTrial', 'LeaseWork', 'SubmitSweep', 'Heartbeat']) {
        for (const bytes of undecodable) {
          const err = (await rawCall(method, bytes, TOKEN)) as grpc.ServiceError;
          expect(err.code, method).toBe(grpc.status.INVALID_ARGUMENT);
          expect(err.details).toMatch(/^malformed thresher\.v1\.\w+Request: index out of range/);
        }
      }
      // Bytes that decode into nonsense (a one-byte worker id, wrong wire types) fail validation.
      for (const method of [
        'CompleteTrial',
        'LeaseWork',
        'SubmitSweep',
        'Heartbeat',
        'FailTrial',
        'Drain',
      ]) {
        const err = (await rawCall(
          method,
          Buffer.from([0x0a, 0x10, 0x01]),
          TOKEN,
        )) as grpc.ServiceError;
        expect(
          [grpc.status.INVALID_ARGUMENT, grpc.status.NOT_FOUND],
          `${method}: ${err.details}`,
        ).toContain(err.code);
      }
      const unknownMethod = (await rawCall(
        'DropAllTables',
        Buffer.alloc(0),
        TOKEN,
      )) as grpc.ServiceError;
      expect(unknownMethod.code).toBe(grpc.status.UNIMPLEMENTED);

      // Alice's id is on ListWorkers for anyone with the token; without her secret it is
      // only a name: Mallory completing her attempt under it is refused.
      expect((await api.listWorkers({})).workers.map((w) => w.workerId)).toContain(alice);
      expect(
        await codeOf(
          api.completeTrial({
            workerId: alice,
            workerSecret: mallorySecret,
            attemptId: aliceAttempt,
            metrics: validMetrics,
            wallMs: 1,
            backend: 'cpu',
          }),
        ),
      ).toMatch(/^UNAUTHENTICATED: worker .*worker_secret does not match this worker id/);

      // Heartbeat on someone else's lease: told to stop, lease not extended.
      expect(
        await api.heartbeat({
          workerId: mallory,
          workerSecret: mallorySecret,
          attemptIds: [aliceAttempt],
        }),
      ).toMatchObject({
        extended: [],
        stop: [aliceAttempt],
      });
      // Alice hands her trial back; the honest worker trains everything.
      expect((await api.drain({ workerId: alice, workerSecret: aliceSecret })).released).toBe(1);

      await waitFor(
        'the sweep to finish',
        async () => {
          const s = await api.getSweepStatus({ name: 'under-attack' });
          return s.counts?.done === 16 ? s : undefined;
        },
        90_000,
      );
      const audit = await auditSweep(db, 'under-attack');
      expect(audit.notDone).toEqual([]);
      for (const [trial, n] of audit.completedAttempts) expect(n, trial).toBe(1);
      expect(honest.proc.running).toBe(true);
      expect(coordinator.proc.running).toBe(true);
      expect(pb.CompletionStatus.COMPLETION_STATUS_RECORDED).toBe(1);
    },
  );
});
