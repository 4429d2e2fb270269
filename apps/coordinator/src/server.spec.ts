import type { CoordinatorRpcError } from '@thresher/proto';
import { createCoordinatorClient, type CoordinatorClient } from '@thresher/proto';
import { openStore, type Store } from '@thresher/store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCoordinatorServer, type CoordinatorServer } from './server';

// The server in this process over a real socket and a real SQLite file.

const dir = mkdtempSync(path.join(tmpdir(), 'thresher-coordinator-'));
let store: Store;
let server: CoordinatorServer;
let api: CoordinatorClient;

beforeAll(async () => {
  store = await openStore(path.join(dir, 'c.db'));
  server = await startCoordinatorServer({
    store,
    host: '127.0.0.1',
    port: 0,
    token: 'secret',
    scheduler: { leaseMs: 5_000 },
    log: () => undefined,
  });
  api = createCoordinatorClient(server.address, { token: 'secret', deadlineMs: 5_000 });
});

afterAll(async () => {
  api.close();
  await server.close(1_000);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as CoordinatorRpcError,
  );

describe('coordinator server', () => {
  it('serves the protocol: submit, register, lease, complete in a batch, status', async () => {
    const spec = {
      name: 's',
      grid: { n: [16], width: [8], seed: [0, 1] },
      fixed: { steps: 10, test_size: 20 },
    };
    expect(await api.submitSweep({ specJson: JSON.stringify(spec) })).toMatchObject({
      inserted: 2,
      total: 2,
    });
    const reg = await api.registerWorker({
      host: 'h',
      cores: 2,
      backend: 'cpu',
      version: 'v',
      name: 'w',
    });
    expect(reg).toMatchObject({ leaseMs: 5_000, heartbeatIntervalMs: 1_666 });
    const { trials } = await api.leaseWork({
      workerId: reg.workerId,
      workerSecret: reg.workerSecret,
      capacity: 8,
      slotFlopsPerSecond: 1e9,
      slotMemoryBytes: 2 ** 30,
    });
    expect(trials.map((t) => [t.params?.seed, t.params?.steps, t.attempt])).toEqual([
      [0, 10, 1],
      [1, 10, 1],
    ]);
    // A slot profile that is not a finite number >= 0 is refused, naming the field.
    const bad = await errorOf(
      api.leaseWork({
        workerId: reg.workerId,
        workerSecret: reg.workerSecret,
        capacity: 1,
        slotFlopsPerSecond: -1,
      }),
    );
    expect(bad?.codeName).toBe('INVALID_ARGUMENT');
    expect(bad?.details).toMatch(/slot_flops_per_second/);
    const result = (attemptId: number) => ({
      attemptId,
      metrics: {
        trainLoss: 0.1,
        testLoss: 0.2,
        excessRisk: 0.1,
        olsTrainLoss: 0.2,
        olsTestLoss: 0.3,
        olsExcessRisk: 0.1,
        interpRatio: 0.5,
        testRatio: 0.2 / 0.3,
        alignedFraction: 1,
        converged: true,
      },
      curve: { step: [0, 10], trainLoss: [1, 0.1], testLoss: [1, 0.2] },
      wallMs: 3,
      backend: 'cpu',
    });
    const ids = trials.map((t) => t.attemptId as number);
    const done = await api.completeTrials({
      workerId: reg.workerId,
      workerSecret: reg.workerSecret,
      results: ids.map(result),
    });
    expect(done.outcomes.map((o) => o.status)).toEqual([1, 1]);
    const again = await api.completeTrial({
      workerId: reg.workerId,
      workerSecret: reg.workerSecret,
      ...result(ids[0]!),
    });
    expect(again.status).toBe(2); // duplicate: the first result stays
    const status = await api.getSweepStatus({ name: 's' });
    expect(status.counts).toMatchObject({ done: 2, total: 2 });
    expect(status.etaSeconds).toBe(0);
    expect(await store.trialCurve((await store.trialResults('s'))[0]!.trial_id)).toHaveLength(2);
  });

  it('maps refusals to status codes and keeps serving', async () => {
    const anonymous = createCoordinatorClient(server.address);
    expect((await errorOf(anonymous.listSweeps({})))?.codeName).toBe('UNAUTHENTICATED');
    anonymous.close();
    const bad = await errorOf(
      api.submitSweep({ specJson: JSON.stringify({ name: 'x', grid: { n: [8] } }) }),
    );
    expect(bad?.codeName).toBe('INVALID_ARGUMENT');
    expect(bad?.details).toMatch(/width/);
    expect((await errorOf(api.cancelSweep({ name: 'nope' })))?.codeName).toBe('NOT_FOUND');
    expect((await errorOf(api.drain({ workerId: '' })))?.details).toBe('worker_id: missing');
    expect((await api.listSweeps({})).sweeps.map((s) => s.name)).toEqual(['s']);
  });
});

describe('request limits', () => {
  const submit = (spec: unknown) => errorOf(api.submitSweep({ specJson: JSON.stringify(spec) }));

  it('counts a huge range instead of expanding it (the 100-byte request that used to kill it)', async () => {
    const err = await submit({
      name: 'b',
      grid: { seed: { range: [0, 300_000_000] } },
      fixed: { width: 8, n: 16 },
    });
    expect(err?.codeName).toBe('INVALID_ARGUMENT');
    expect(err?.details).toContain(
      '300000001 values on one axis, more than the limit of 100000 values per axis',
    );
  });

  it('refuses sweeps over the trials limit, and oversized or deep requests, naming the limit', async () => {
    const big = await submit({
      name: 'big',
      grid: { n: { range: [1, 2000] }, width: { range: [1, 1000] } },
    });
    expect(big?.codeName).toBe('RESOURCE_EXHAUSTED');
    expect(big?.details).toContain('2000000 trials, more than 1000000 (limit: trials per sweep)');
    const bytes = await submit({
      name: 'x',
      description: 'y'.repeat(1024 * 1024),
      grid: { n: [8], width: [4] },
    });
    expect(bytes?.codeName).toBe('RESOURCE_EXHAUSTED');
    expect(bytes?.details).toMatch(
      /spec_json: \d+ is more than the limit of 1048576 \(bytes of a sweep\)/,
    );
    // Past the largest request any RPC takes, grpc-js refuses the message unread.
    const unread = await submit({ name: 'x', description: 'y'.repeat(2 * 1024 * 1024) });
    expect(unread?.codeName).toBe('RESOURCE_EXHAUSTED');
    const levels = 400_000;
    const nested = await errorOf(
      api.submitSweep({
        specJson: `{"name":"d","grid":{"n":${'['.repeat(levels)}8${']'.repeat(levels)},"width":[4]}}`,
      }),
    );
    expect(nested?.codeName).toBe('RESOURCE_EXHAUSTED');
    expect(nested?.details).toContain('nesting depth');
    const depth = await submit({
      name: 'd',
      grid: { n: [[[[[[[[[[[[[[[[[8]]]]]]]]]]]]]]]]] },
      fixed: { width: 4 },
    });
    expect(depth?.codeName).toBe('RESOURCE_EXHAUSTED');
    expect(depth?.details).toContain('nesting depth');
    // Nothing of the refused sweeps was stored; the coordinator still serves.
    expect((await api.listSweeps({})).sweeps?.map((s) => s.name)).not.toContain('big');
  });

  it('refuses steps: 0 at submission, so no trial fails on a worker for it', async () => {
    const err = await submit({ name: 'z', grid: { n: [8] }, fixed: { width: 4, steps: 0 } });
    expect(err?.codeName).toBe('INVALID_ARGUMENT');
    expect(err?.details).toContain(
      'fixed.steps: expected an integer between 1 and 100000000, got 0',
    );
  });
});
