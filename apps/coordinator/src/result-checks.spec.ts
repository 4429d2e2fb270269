import type { thresher } from '@thresher/proto';
import { MAX_REQUEST_BYTES, type CoordinatorClient } from '@thresher/proto';
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

// Results checked against the trial they answer, and request sizes bounded before decoding:
// the server in this process over a real socket and a real SQLite file.

const STEPS = 20;
const dir = mkdtempSync(path.join(tmpdir(), 'thresher-results-'));
let coordinator: TestCoordinator;
let store: Store;
let api: CoordinatorClient;
let workerId: string;
let workerSecret: string;

beforeAll(async () => {
  coordinator = await startTestCoordinator(path.join(dir, 'r.db'), {
    token: 'secret',
    scheduler: { leaseMs: 60_000 },
  });
  ({ store, api } = coordinator);
  await api.submitSweep({
    specJson: JSON.stringify({
      name: 'r',
      grid: { n: [16], width: [8], seed: [0, 1, 2] },
      fixed: { steps: STEPS, record_every: 5, test_size: 20 },
    }),
  });
  ({ workerId, workerSecret } = await api.registerWorker({
    host: 'h',
    cores: 1,
    backend: 'cpu',
    name: 'w',
  }));
});

afterAll(async () => {
  await coordinator.close();
  rmSync(dir, { recursive: true, force: true });
});

/** An honest result: ratios from their losses, 5 points 0..20, the last the final losses. */
function honest(attemptId: number): thresher.v1.ICompleteTrialRequest {
  return {
    attemptId,
    metrics: HONEST_METRICS,
    curve: {
      step: [0, 5, 10, 15, 20],
      trainLoss: [1, 0.5, 0.3, 0.2, 0.1],
      testLoss: [1, 0.6, 0.4, 0.3, 0.2],
    },
    wallMs: 3,
    backend: 'cpu',
  };
}

describe('results checked against their trial', () => {
  it('refuses false results one by one (INVALID_ARGUMENT), records the honest one of the batch', async () => {
    const { trials } = await api.leaseWork({ workerId, workerSecret, capacity: 3 });
    expect(trials).toHaveLength(3);
    const [a, b, c] = trials.map((t) => t.attemptId as number) as [number, number, number];
    const ratio = honest(a);
    ratio.metrics = { ...ratio.metrics, interpRatio: 1e308 };
    const curve = honest(b);
    curve.curve = {
      step: [0, 5, 10, 15, 2 ** 31],
      trainLoss: [1, 1, 1, 1, 0.1],
      testLoss: [1, 1, 1, 1, 0.2],
    };
    const { outcomes } = await api.completeTrials({
      workerId,
      workerSecret,
      results: [ratio, curve, honest(c)],
    });
    expect(outcomes.map((o) => [o.attemptId, o.status, o.errorCode])).toEqual([
      [a, 0, 3], // INVALID_ARGUMENT
      [b, 0, 3],
      [c, 1, 0], // recorded
    ]);
    expect(outcomes[0]?.error).toMatch(
      /RESULT|interp_ratio .*must equal train_loss \/ ols_train_loss/,
    );
    expect(outcomes[1]?.error).toContain(`past the trial's steps (${STEPS})`);
    const rows = await store.trialResults('r');
    expect(rows.filter((r) => r.status === 'done')).toHaveLength(1);
    const single = honest(a);
    single.wallMs = 1e308;
    const err = await errorOf(api.completeTrial({ workerId, workerSecret, ...single }));
    expect(err?.codeName).toBe('INVALID_ARGUMENT');
    expect(err?.details).toMatch(/wall_ms is longer than the lease has existed/);
    // The refused attempts are still open: their honest results are recorded.
    const again = await api.completeTrials({
      workerId,
      workerSecret,
      results: [honest(a), honest(b)],
    });
    expect(again.outcomes.map((o) => o.status)).toEqual([1, 1]);
  });

  it('refuses a request over its byte limit without decoding it, and keeps serving', async () => {
    const huge = 200_000; // ~3.6 MiB of curve: past every limit
    const step = Array.from({ length: huge }, (_, i) => i);
    const over = {
      ...honest(1),
      curve: { step, trainLoss: step.map(() => 0.5), testLoss: step.map(() => 0.5) },
    };
    const err = await errorOf(api.completeTrial({ workerId, workerSecret, ...over }));
    expect(err?.codeName).toBe('RESOURCE_EXHAUSTED');
    // Between an RPC's own limit and the largest (SubmitSweep's), the handler names the limit.
    const ids = Array.from({ length: 200_000 }, (_, i) => i + 1); // ~0.6 MiB of varints
    const named = await errorOf(api.heartbeat({ workerId, workerSecret, attemptIds: ids }));
    expect(named?.codeName).toBe('RESOURCE_EXHAUSTED');
    expect(named?.details).toMatch(
      new RegExp(
        `request: \\d+ is more than the limit of ${MAX_REQUEST_BYTES.heartbeat} \\(bytes of a Heartbeat request\\)`,
      ),
    );
    // A curve longer than any sweep allows, inside the byte limit, is refused before conversion.
    const points = 10_002;
    const long = step.slice(0, points);
    const { outcomes } = await api.completeTrials({
      workerId,
      workerSecret,
      results: [
        {
          ...honest(1),
          curve: { step: long, trainLoss: long.map(() => 1), testLoss: long.map(() => 1) },
        },
      ],
    });
    expect(outcomes[0]?.errorCode).toBe(8); // RESOURCE_EXHAUSTED
    expect(outcomes[0]?.error).toContain('results[0].curve: 10002 is more than the limit of 10001');
    expect((await api.listSweeps({})).sweeps.map((s) => s.name)).toEqual(['r']);
  });

  it('answers a result for a cancelled sweep LATE, and the trial stays cancelled', async () => {
    await api.submitSweep({
      specJson: JSON.stringify({
        name: 'gone',
        grid: { n: [16], width: [8], seed: [7] },
        fixed: { steps: STEPS, record_every: 5, test_size: 20 },
      }),
    });
    const { trials } = await api.leaseWork({ workerId, workerSecret, capacity: 1 });
    expect(trials).toHaveLength(1);
    expect(await api.cancelSweep({ name: 'gone' })).toMatchObject({ cancelled: 1 });
    const late = await api.completeTrials({
      workerId,
      workerSecret,
      results: [honest(trials[0]!.attemptId as number)],
    });
    expect(late.outcomes.map((o) => [o.status, o.errorCode])).toEqual([[3, 0]]); // LATE
    const status = await api.getSweepStatus({ name: 'gone' });
    expect(status.counts).toMatchObject({ done: 0, cancelled: 1 });
  });
});
