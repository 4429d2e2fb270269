import type { thresher } from '@thresher/proto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestCoordinator, type TestCoordinator } from './test-support/test-coordinator';

// A large grid over gRPC: SubmitSweep answers before the insert is complete, the coordinator
// serves other calls meanwhile, WatchSweep says when the sweep is complete in the store, and
// cancel walks the sweep in chunks. The server in this process, a real socket and SQLite file.

const dir = mkdtempSync(path.join(tmpdir(), 'thresher-chunked-'));
let coordinator: TestCoordinator;

/** 200 n x 100 seeds = 20 000 trials, over the 5 000 that are inserted in one transaction. */
const BIG = {
  name: 'big',
  grid: { n: { range: [8, 207] }, seed: { range: [0, 99] } },
  fixed: { width: 8, d: 2, steps: 1, test_size: 10 },
};

beforeAll(async () => {
  coordinator = await startTestCoordinator(path.join(dir, 'c.db'), {
    token: 'secret',
    scheduler: { submitWaitMs: 0 },
  });
});

afterAll(async () => {
  await coordinator.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a sweep larger than one transaction', () => {
  it('is answered at once, inserted in chunks while other calls are served, then complete', async () => {
    const { api } = coordinator;
    const submitted = await api.submitSweep({ specJson: JSON.stringify(BIG) });
    expect(submitted).toMatchObject({ name: 'big', total: 20_000, inserting: true });

    const seen: thresher.v1.ISweepStatus[] = [];
    let answeredWhileInserting = 0;
    for await (const status of api.watchSweep({ name: 'big', minIntervalMs: 250 })) {
      seen.push(status);
      if (status.inserting !== true) break;
      // Another call while the insert goes on: answered, and it says the sweep is not complete.
      const now = await api.getSweepStatus({ name: 'big' });
      if (now.inserting === true) {
        answeredWhileInserting++;
        expect(now.expectedTrials).toBe(20_000);
        expect(now.counts?.total ?? 0).toBeLessThanOrEqual(20_000);
      }
    }
    const last = seen.at(-1);
    expect(last).toMatchObject({ inserting: false, counts: { pending: 20_000, total: 20_000 } });
    expect(seen[0]?.inserting).toBe(true);
    expect(answeredWhileInserting).toBeGreaterThan(0);
    // Totals only grow while inserting: chunks are whole transactions.
    const totals = seen.map((s) => s.counts?.total ?? 0);
    expect([...totals].sort((a, b) => a - b)).toEqual(totals);

    // Submitting the same file again stores nothing twice.
    const again = await api.submitSweep({ specJson: JSON.stringify(BIG) });
    expect(again.total).toBe(20_000);
    await coordinator.server.scheduler.insertsSettled();
    expect((await api.getSweepStatus({ name: 'big' })).counts?.total).toBe(20_000);

    // Cancel walks the 20 000 trials in chunks of links and answers with all of them.
    expect((await api.cancelSweep({ name: 'big' })).cancelled).toBe(20_000);
    expect((await api.getSweepStatus({ name: 'big' })).counts).toMatchObject({
      cancelled: 20_000,
      total: 20_000,
    });
    expect((await api.retrySweep({ name: 'big' })).requeued).toBe(20_000);
  });
});
