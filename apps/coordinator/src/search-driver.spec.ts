import { createCoordinatorClient, type CoordinatorClient } from '@thresher/proto';
import { openStore, type Store } from '@thresher/store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCoordinatorServer, type CoordinatorServer } from './server';

// A searched sweep through the real server, socket and SQLite file; the "worker" reports a
// synthetic interp_ratio (a logistic in ln n around n* = 60) instead of training, so that
// the rounds, not TensorFlow, are under test (apps/e2e runs the real thing).

const dir = mkdtempSync(path.join(tmpdir(), 'thresher-search-'));
const db = path.join(dir, 's.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SPEC = {
  name: 'search',
  grid: { width: [8], seed: { range: [0, 3] } },
  search: { n: { from: 8, to: 4096, target_ci: 1.01, max_trials: 200, max_rounds: 3 } },
  fixed: { steps: 10, test_size: 20 },
};

const ratio = (n: number, seed: number) =>
  1 / (1 + Math.exp(-4 * (Math.log(n) - Math.log(60 + 5 * seed))));

async function start(): Promise<{
  store: Store;
  server: CoordinatorServer;
  api: CoordinatorClient;
}> {
  const store = await openStore(db);
  const server = await startCoordinatorServer({
    store,
    host: '127.0.0.1',
    port: 0,
    token: 't',
    scheduler: { leaseMs: 5_000 },
    log: () => undefined,
  });
  return {
    store,
    server,
    api: createCoordinatorClient(server.address, { token: 't', deadlineMs: 5_000 }),
  };
}

async function stop(c: Awaited<ReturnType<typeof start>>) {
  c.api.close();
  await c.server.close(1_000);
  await c.store.close();
}

/** Leases and completes up to `limit` trials; returns how many it completed. */
async function work(api: CoordinatorClient, limit: number): Promise<number> {
  const { workerId } = await api.registerWorker({
    host: 'h',
    cores: 1,
    backend: 'cpu',
    version: 'v',
  });
  let completed = 0;
  while (completed < limit) {
    const { trials } = await api.leaseWork({
      workerId,
      capacity: Math.min(8, limit - completed),
      slotFlopsPerSecond: 1e12,
      slotMemoryBytes: 2 ** 30,
    });
    if (trials.length === 0) break;
    const results = trials.map((t) => {
      const y = ratio(t.params?.n as number, t.params?.seed as number);
      return {
        attemptId: t.attemptId as number,
        metrics: {
          trainLoss: y,
          testLoss: 1,
          excessRisk: 1,
          olsTrainLoss: 1,
          olsTestLoss: 1,
          olsExcessRisk: 1,
          interpRatio: y,
          testRatio: 1,
          alignedFraction: 1,
          converged: true,
        },
        curve: { step: [10], trainLoss: [y], testLoss: [1] },
        wallMs: 1,
        backend: 'cpu',
      };
    });
    await api.completeTrials({ workerId, results });
    completed += trials.length;
  }
  return completed;
}

describe('search driver', () => {
  it('creates rounds as results come in, resumes after a restart, never repeats a trial', async () => {
    let c = await start();
    const submitted = await c.api.submitSweep({ specJson: JSON.stringify(SPEC) });
    // Round 0: the lower 3 points of the coarse grid (8, 38, 181) on 4 seeds.
    expect(submitted).toMatchObject({ inserted: 12, total: 12 });
    expect(await work(c.api, 12)).toBe(12);
    // Round 1 was queued by the completion that finished round 0.
    const afterRound0 = await c.store.trialResults('search');
    expect(afterRound0.length).toBeGreaterThan(12);
    // Stop halfway through round 1, restart, finish.
    await work(c.api, 4);
    await stop(c);
    c = await start();
    for (let i = 0; i < 10 && (await work(c.api, 1000)) > 0; i++);
    const rows = await c.store.trialResults('search');
    const status = await c.api.getSweepStatus({ name: 'search' });
    expect(status.counts).toMatchObject({ pending: 0, leased: 0 });
    expect(rows.every((r) => r.status === 'done')).toBe(true);
    const keys = rows.map((r) => `${r.n}/${r.seed}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Round 0 plus at most max_rounds refinements of 3 n, each on 4 seeds.
    expect(rows.length).toBeLessThanOrEqual(12 + 3 * 3 * 4);
    // The refinements stayed near n* ~ 60-75: nothing above the round-0 point 181.
    expect(Math.max(...rows.map((r) => r.n))).toBe(181);
    await stop(c);
  });

  it('sizes rounds to the registered slots at submission, and stores that with the sweep', async () => {
    const c = await start();
    for (const name of ['a', 'b']) {
      await c.api.registerWorker({
        host: 'h',
        cores: 4,
        slots: 4,
        backend: 'cpu',
        version: 'v',
        name,
      });
    }
    const { search: _s, ...rest } = SPEC;
    await c.api.submitSweep({
      specJson: JSON.stringify({
        ...rest,
        name: 'sized',
        search: { n: { from: 8, to: 4096, target_ci: 2 } },
      }),
    });
    const spec = (await c.store.getSweep('sized'))?.spec as {
      search: { n: Record<string, number> };
    };
    // 8 slots, one group: 8 n per round (the most); an explicit points_per_round is kept as given.
    expect(spec.search.n['points_per_round']).toBe(8);
    await stop(c);
  });
});
