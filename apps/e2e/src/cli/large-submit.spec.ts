import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCoordinatorClient, type thresher } from '@thresher/proto';
import { runReadOnlyQuery } from '@thresher/store';
import { startCoordinator, type Coordinator } from '../support/processes';
import { runCli, tempDir, writeSweep } from './run-cli';

// Grids too large for one transaction, through the real binaries: `thresher submit` shows the
// insert's progress and exits 0 once the sweep is complete in the store; a coordinator killed
// mid-insert resumes it when it starts again, and the sweep never reads as complete before.

const grid = (name: string, seeds: number) =>
  `name: ${name}\ngrid:\n  n: { range: [8, 207] }\n  seed: { range: [0, ${seeds - 1}] }\n` +
  'fixed:\n  width: 8\n  d: 2\n  steps: 1\n  test_size: 10\n';

describe('large sweeps inserted in chunks', () => {
  const dir = tempDir();
  let coordinator: Coordinator | undefined;
  afterEach(async () => {
    await coordinator?.proc.stop('SIGTERM');
  });

  it('thresher submit shows the insert and exits 0 when the sweep is stored; cancel walks it', async () => {
    const db = path.join(dir, 'submit.db');
    // --submit-wait-ms 0: the coordinator answers before the insert is complete.
    coordinator = await startCoordinator(['--db', db, '--port', '0', '--submit-wait-ms', '0']);
    const file = writeSweep(dir, 'big.yaml', grid('big', 100)); // 200 x 100 = 20 000 trials
    const cli = (args: string[]) => runCli([...args, '--coordinator', coordinator!.address]);
    const submitted = await cli(['submit', file]);
    expect(submitted.code).toBe(0);
    expect(submitted.stderr).toMatch(/inserting \d+\/20000 trials/);
    expect(submitted.stdout).toContain('submitted sweep big: 20000 trials, stored in chunks');
    const stored = await runReadOnlyQuery(
      db,
      "SELECT count(*), sum(CASE WHEN status = 'pending' THEN 1 ELSE 0 END) FROM trial_results WHERE sweep = 'big'",
    );
    expect(stored.rows).toEqual([[20_000, 20_000]]);
    expect((await cli(['status', 'big'])).stdout).toMatch(/big \[active\] 0\/20000 settled/);
    expect((await cli(['cancel', 'big'])).stdout).toContain('20000 trials stopped or dropped');
  });

  it('resumes an insert after the coordinator was killed in the middle of it', async () => {
    const db = path.join(dir, 'resume.db');
    coordinator = await startCoordinator(['--db', db, '--port', '0', '--submit-wait-ms', '0']);
    const api = createCoordinatorClient(coordinator.address);
    const answer = await api.submitSweep({ specJson: JSON.stringify(bigSpec()) });
    api.close();
    expect(answer).toMatchObject({ total: 100_000, inserting: true });
    // Killed at once: no chance to finish the 100 000 trials or to say goodbye.
    await coordinator.proc.stop('SIGKILL');
    const left = await runReadOnlyQuery(db, 'SELECT next_index, total FROM sweep_inserts');
    expect(left.rows).toHaveLength(1);
    expect(Number(left.rows[0]?.[0])).toBeLessThan(100_000);
    const half = await runReadOnlyQuery(
      db,
      "SELECT count(*) FROM trial_results WHERE sweep = 'resume'",
    );
    expect(Number(half.rows[0]?.[0])).toBe(Number(left.rows[0]?.[0]));

    coordinator = await startCoordinator(['--db', db, '--port', '0']);
    const last = await watchUntil(coordinator.address, 'resume', (s) => s.inserting !== true);
    expect(last).toMatchObject({ inserting: false, counts: { total: 100_000 } });
    expect((await runReadOnlyQuery(db, 'SELECT count(*) FROM sweep_inserts')).rows).toEqual([[0]]);
  });

  it('finishes a cancel that the coordinator was killed in the middle of', async () => {
    const db = path.join(dir, 'resume.db'); // the 100 000 trials of the test before
    coordinator = await startCoordinator(['--db', db, '--port', '0']);
    const api = createCoordinatorClient(coordinator.address);
    const cancelling = api.cancelSweep({ name: 'resume' }, { deadlineMs: 600_000 }).catch(() => 0);
    // The sweep reads as cancelled after the cancel's first transaction; its trials go in chunks.
    for await (const status of api.watchSweep({ name: 'resume', minIntervalMs: 250 })) {
      if (status.status === 'cancelled') break;
    }
    await coordinator.proc.stop('SIGKILL');
    await cancelling;
    api.close();
    const open = "SELECT count(*) FROM trial_results WHERE sweep = 'resume' AND status = 'pending'";
    expect(Number((await runReadOnlyQuery(db, open)).rows[0]?.[0])).toBeGreaterThan(0);

    coordinator = await startCoordinator(['--db', db, '--port', '0']);
    const last = await watchUntil(
      coordinator.address,
      'resume',
      (s) => (s.counts?.pending ?? 0) + (s.counts?.leased ?? 0) === 0,
    );
    expect(last).toMatchObject({ status: 'cancelled', counts: { cancelled: 100_000 } });
  });
});

/** Follows the sweep over WatchSweep (pushed, not polled) until `done` says so; the last status. */
async function watchUntil(
  address: string,
  sweep: string,
  done: (status: thresher.v1.ISweepStatus) => boolean,
): Promise<thresher.v1.ISweepStatus | undefined> {
  const client = createCoordinatorClient(address);
  try {
    let last: thresher.v1.ISweepStatus | undefined;
    for await (const status of client.watchSweep({ name: sweep, minIntervalMs: 250 })) {
      last = status;
      if (done(status)) break;
    }
    return last;
  } finally {
    client.close();
  }
}

function bigSpec() {
  return {
    name: 'resume',
    grid: { n: { range: [8, 207] }, seed: { range: [0, 499] } }, // 100 000 trials
    fixed: { width: 8, d: 2, steps: 1, test_size: 10 },
  };
}
