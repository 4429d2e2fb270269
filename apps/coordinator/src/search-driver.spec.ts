import { createCoordinatorClient, type CoordinatorClient, type thresher } from '@thresher/proto';
import { openStore, type Store } from '@thresher/store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Scheduler } from '@thresher/scheduler';
import { startCoordinatorServer, type CoordinatorServer } from './server';
import { withSearchDriver } from './search-driver';

// A searched sweep through the real server, socket and SQLite file; the "worker" reports a
// synthetic interp_ratio (a logistic in ln n around n* = 60) instead of training, so that
// the rounds, not TensorFlow, are under test (apps/e2e runs the real thing).

const dir = mkdtempSync(path.join(tmpdir(), 'thresher-search-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SPEC = {
  name: 'search',
  grid: { width: [8], seed: { range: [0, 3] } },
  search: { n: { from: 8, to: 4096, target_ci: 1.01, max_trials: 200, max_rounds: 3 } },
  fixed: { steps: 10, test_size: 20 },
};

const ratio = (n: number, seed: number) =>
  1 / (1 + Math.exp(-4 * (Math.log(n) - Math.log(60 + 5 * seed))));

async function start(
  db: string,
  log: (line: string) => void = () => undefined,
): Promise<{
  store: Store;
  server: CoordinatorServer;
  api: CoordinatorClient;
}> {
  const store = await openStore(path.join(dir, db));
  const server = await startCoordinatorServer({
    store,
    host: '127.0.0.1',
    port: 0,
    token: 't',
    scheduler: { leaseMs: 60_000 },
    log,
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

/** A registered worker: its id and the secret that proves it. */
type Credentials = { workerId: string; workerSecret: string };

/** A synthetic result of a leased trial. */
function result(t: thresher.v1.ILeasedTrial) {
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
}

/**
 * Leases and completes up to `limit` trials, as the given worker or a new one-slot worker;
 * returns how many it completed.
 */
async function work(api: CoordinatorClient, limit: number, worker?: Credentials): Promise<number> {
  const { workerId, workerSecret } =
    worker ?? (await api.registerWorker({ host: 'h', cores: 1, backend: 'cpu', version: 'v' }));
  let completed = 0;
  while (completed < limit) {
    const { trials, heldBack, retryAfterMs } = await api.leaseWork({
      workerId,
      workerSecret,
      capacity: Math.min(8, limit - completed),
      slotFlopsPerSecond: 1e12,
      slotMemoryBytes: 2 ** 30,
    });
    // Held back by a busy coordinator (a loaded machine): not an empty queue; ask again as told.
    if (heldBack) {
      await new Promise((resolve) => setTimeout(resolve, retryAfterMs));
      continue;
    }
    if (trials.length === 0) break;
    const results = trials.map(result);
    await api.completeTrials({ workerId, workerSecret, results });
    completed += trials.length;
  }
  return completed;
}

describe('search driver', () => {
  it('creates rounds as results come in, resumes after a restart, never repeats a trial', async () => {
    let c = await start('restart.db');
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
    c = await start('restart.db');
    for (let i = 0; i < 10 && (await work(c.api, 1000)) > 0; i++);
    const rows = await c.store.trialResults('search');
    const status = await c.api.getSweepStatus({ name: 'search' });
    expect(status.counts).toMatchObject({ pending: 0, leased: 0 });
    expect(rows.every((r) => r.status === 'done')).toBe(true);
    const keys = rows.map((r) => `${r.n}/${r.seed}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Round 0 plus max_rounds refinements, each as large as it was recorded, on 4 seeds.
    const rounds = await c.store.searchRounds('search');
    expect(rounds.map((r) => r.round)).toEqual([1, 2, 3]);
    expect(rows.length).toBe(12 + 4 * rounds.reduce((sum, r) => sum + r.points, 0));
    // The refinements stayed near n* ~ 60-75: nothing above the round-0 point 181.
    expect(Math.max(...rows.map((r) => r.n))).toBe(181);
    await stop(c);
  });

  it('sizes each round to the slots free when it opens, and records it', async () => {
    const lines: string[] = [];
    const c = await start('sized.db', (line) => lines.push(line));
    const register = async (name: string, slots: number) =>
      c.api.registerWorker({ host: 'h', cores: slots, slots, backend: 'cpu', version: 'v' });
    const a = await register('a', 6);
    const b = await register('b', 2);
    // Worker b trains two bundles of another sweep (heavier, so leased first) all along.
    await c.api.submitSweep({
      specJson: JSON.stringify({
        name: 'other',
        grid: { n: [500, 600], width: [8] },
        fixed: { steps: 10, test_size: 20 },
      }),
    });
    const held: thresher.v1.ILeasedTrial[] = [];
    for (const _ of [1, 2]) {
      const { trials } = await c.api.leaseWork({
        workerId: b.workerId,
        workerSecret: b.workerSecret,
        capacity: 1,
        slotFlopsPerSecond: 1e12,
        slotMemoryBytes: 2 ** 30,
      });
      expect(trials).toHaveLength(1);
      held.push(...trials);
      await new Promise((resolve) => setTimeout(resolve, 5)); // two bundles, two lease times
    }
    const { search: _s, ...rest } = SPEC;
    await c.api.submitSweep({
      specJson: JSON.stringify({
        ...rest,
        name: 'sized',
        search: { n: { from: 8, to: 4096, target_ci: 1.01, max_rounds: 2 } },
      }),
    });
    const spec = (await c.store.getSweep('sized'))?.spec as {
      search: { n: Record<string, number> };
    };
    // Nothing about rounds is fixed at submission: each is sized when it opens.
    expect(spec.search.n['points_per_round']).toBeUndefined();
    expect(await work(c.api, 12, a)).toBe(12);
    // Round 0 done: 8 slots, b's 2 busy, nothing pending: 6 free, 6 n for the one group.
    let rounds = await c.store.searchRounds('sized');
    expect(rounds.map(({ createdAt: _c, groupKey: _k, ...r }) => r)).toEqual([
      { round: 1, points: 6, freeSlots: 6 },
    ]);
    expect((await c.store.sweepCounts('sized')).total).toBe(12 + 6 * 4);
    // b finishes one of its bundles: round 2 finds 7 slots free.
    await c.api.completeTrials({
      workerId: b.workerId,
      workerSecret: b.workerSecret,
      results: [result(held[0] ?? {})],
    });
    expect(await work(c.api, 6 * 4, a)).toBe(6 * 4);
    rounds = await c.store.searchRounds('sized');
    expect(rounds.map((r) => [r.round, r.points, r.freeSlots])).toEqual([
      [1, 6, 6],
      [2, 7, 7],
    ]);
    expect(lines).toContain('search sized: round 2 (7 free slots: 7 n), 28 new trials');
    await stop(c);
  });

  it('opens a round once when another coordinator opens it first', async () => {
    const store = await openStore(path.join(dir, 'race.db'));
    const scheduler = new Scheduler(store);
    const lines: string[] = [];
    let opens = 0;
    const driver = withSearchDriver(store, {
      log: (line) => lines.push(line),
      freeSlots: async () => 4,
      addRound: async (name, spec, params, rounds) => {
        // A rival coordinator on the same database replayed the same results first.
        if (++opens === 1) await scheduler.addSweepTrials(name, spec, params, rounds);
        return scheduler.addSweepTrials(name, spec, params, rounds);
      },
    });
    await scheduler.submitSweep({ ...SPEC, name: 'race' });
    const leases = await store.leaseTrials({
      workerId: 'w',
      max: 100,
      leaseMs: 60_000,
      now: new Date(),
    });
    expect(leases).toHaveLength(12);
    await driver.store.completeAttempts(
      leases.map((l) => {
        const y = ratio(l.params.n, l.params.seed);
        return {
          attemptId: l.attemptId,
          workerId: 'w',
          now: new Date(),
          outcome: {
            metrics: {
              train_loss: y,
              test_loss: 1,
              excess_risk: 1,
              ols_train_loss: 1,
              ols_test_loss: 1,
              ols_excess_risk: 1,
              interp_ratio: y,
              test_ratio: 1,
              aligned_fraction: 1,
              converged: true,
            },
            curve: [{ step: 10, train_loss: y, test_loss: 1 }],
            wall_ms: 1,
            backend: 'cpu',
          },
        };
      }),
    );
    // The driver's own opening was refused (SearchRoundTakenError); instead of failing the pass
    // it replayed, found the rival's round stored, and opened nothing more.
    expect(opens).toBe(1);
    const rounds = await store.searchRounds('race');
    expect(rounds.map((r) => [r.round, r.points, r.freeSlots])).toEqual([[1, 4, 4]]);
    expect((await store.sweepCounts('race')).total).toBe(12 + 4 * 4);
    expect(lines.filter((l) => l.startsWith('search driver:'))).toEqual([]);
    await store.close();
  });
});
