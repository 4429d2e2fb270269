import type { CoordinatorClient } from '@thresher/proto';
import type { Store } from '@thresher/store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HONEST_METRICS,
  errorOf,
  startTestCoordinator,
  type TestCoordinator,
} from './test-support/test-coordinator';

// Per-worker secrets: a worker id is a name anyone with the token may see (ListWorkers);
// only the secret RegisterWorker gave that worker lets a caller act as it.

const dir = mkdtempSync(path.join(tmpdir(), 'thresher-credentials-'));
const db = path.join(dir, 'w.db');
let coordinator: TestCoordinator;
let store: Store;
let api: CoordinatorClient;

const start = async () => {
  coordinator = await startTestCoordinator(db, {
    token: 'shared-token',
    scheduler: { leaseMs: 60_000 },
  });
  ({ store, api } = coordinator);
};
const stop = () => coordinator.close();

beforeAll(start);
afterAll(async () => {
  await stop();
  rmSync(dir, { recursive: true, force: true });
});

const honest = (attemptId: number) => ({
  attemptId,
  metrics: HONEST_METRICS,
  curve: { step: [0, 10], trainLoss: [1, 0.1], testLoss: [1, 0.2] },
  wallMs: 3,
  backend: 'cpu',
});

describe('per-worker credentials', () => {
  it('lets no caller act as a worker whose id it read from ListWorkers', async () => {
    await api.submitSweep({
      specJson: JSON.stringify({
        name: 'c',
        grid: { n: [16], width: [8], seed: [0, 1] },
        fixed: { steps: 10, test_size: 20 },
      }),
    });
    const reg = { host: 'h', cores: 1, backend: 'cpu', version: 'v' };
    const alice = await api.registerWorker({ ...reg, name: 'alice' });
    const mallory = await api.registerWorker({ ...reg, name: 'mallory' });
    // 256 random bits each, different, and never listed.
    expect(alice.workerSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(mallory.workerSecret).not.toBe(alice.workerSecret);
    const listed = JSON.stringify(await api.listWorkers({}));
    expect(listed).toContain(alice.workerId);
    expect(listed).not.toContain(alice.workerSecret);
    const { trials } = await api.leaseWork({
      workerId: alice.workerId,
      workerSecret: alice.workerSecret,
      capacity: 1,
    });
    expect(trials).toHaveLength(1);
    const attempt = trials[0]!.attemptId as number;

    // Mallory names Alice's id: with its own secret, with none, with a guess.
    for (const workerSecret of [mallory.workerSecret, '', 'x'.repeat(43)]) {
      const as = { workerId: alice.workerId, workerSecret };
      const tries = [
        api.completeTrial({ ...as, ...honest(attempt) }),
        api.completeTrials({ ...as, results: [honest(attempt)] }),
        api.failTrial({ ...as, attemptId: attempt, error: 'x', retryable: false }),
        api.heartbeat({ ...as, attemptIds: [attempt] }),
        api.leaseWork({ ...as, capacity: 1 }),
        api.drain(as),
      ];
      for (const err of await Promise.all(tries.map(errorOf))) {
        expect(err?.codeName).toBe('UNAUTHENTICATED');
        expect(err?.details).toMatch(
          workerSecret ? /worker_secret does not match this worker id/ : /missing worker_secret/,
        );
      }
    }
    // With its own id, Mallory still cannot touch Alice's attempt.
    const foreign = await errorOf(
      api.completeTrial({
        workerId: mallory.workerId,
        workerSecret: mallory.workerSecret,
        ...honest(attempt),
      }),
    );
    expect(foreign?.codeName).toBe('PERMISSION_DENIED');
    expect((await store.trialResults('c')).filter((r) => r.status === 'done')).toEqual([]);

    // Alice, restarted coordinator or not, proves her id with her secret: it is in the database.
    await stop();
    await start();
    const done = await api.completeTrial({
      workerId: alice.workerId,
      workerSecret: alice.workerSecret,
      ...honest(attempt),
    });
    expect(done.status).toBe(1);
    const [row] = (await store.trialResults('c')).filter((r) => r.status === 'done');
    expect(row?.worker).toBe(alice.workerId);
  });

  it('sends an unknown id to register (NOT_FOUND), whatever the secret', async () => {
    const err = await errorOf(api.leaseWork({ workerId: 'ghost', workerSecret: 's', capacity: 1 }));
    expect(err?.codeName).toBe('NOT_FOUND');
    expect(err?.details).toMatch(/unknown worker id "ghost"/);
  });
});
