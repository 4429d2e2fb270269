import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickFreePort, waitForServing } from '@thresher/proto';
import { runReadOnlyQuery } from '@thresher/store';
import { ManagedProcess, waitFor } from '../support/processes';
import { THRESHER_BIN, runCli, tempDir, writeSweep } from './run-cli';
import { spawn } from 'node:child_process';

const TOKEN = 'e2e-remote-token';

/** Runs `thresher <args>` in the background, as a user would in another terminal. */
function thresherInBackground(label: string, args: string[]): ManagedProcess {
  const child = spawn(process.execPath, [THRESHER_BIN, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, THRESHER_TOKEN: TOKEN },
  });
  return new ManagedProcess(label, child);
}

describe('coordinator, worker, submit, status, workers, cancel and retry through the thresher binary', () => {
  const dir = tempDir();
  const db = path.join(dir, 'remote.db');
  let coordinator: ManagedProcess;
  let worker: ManagedProcess | undefined;
  let address = '';
  const cli = (args: string[]) =>
    runCli([...args, '--coordinator', address], { env: { THRESHER_TOKEN: TOKEN } });

  beforeAll(async () => {
    const port = await pickFreePort();
    coordinator = thresherInBackground('coordinator', [
      'coordinator',
      '--db',
      db,
      '--port',
      String(port),
      '--lease-ms',
      '5000',
    ]);
    address = `127.0.0.1:${port}`;
    // Ready when grpc.health.v1 says so (no token needed), not when it prints.
    await waitForServing(address, { deadline: Date.now() + 30_000 }).catch((err: Error) => {
      throw new Error(`${err.message}; output:\n${coordinator.tail()}`);
    });
  });

  afterAll(async () => {
    for (const proc of [worker, coordinator]) {
      if (proc?.running) {
        proc.child.kill('SIGTERM');
        await proc.exited;
      }
    }
  });

  it('submits idempotently, trains, and reports a diverged trial as failed with its reason', async () => {
    const sweep = writeSweep(
      dir,
      'remote.yaml',
      'name: remote\ngrid:\n  n: [16, 64]\n  lr: [0.1, 1000]\nfixed:\n  width: 16\n  steps: 300\n  test_size: 200\n',
    );
    const submitted = await cli(['submit', sweep]);
    expect(submitted.stderr).toBe('');
    expect(submitted.stdout).toContain('submitted sweep remote: 4 trials (4 new, 0 already known)');
    expect((await cli(['submit', sweep])).stdout).toContain('4 trials (0 new, 4 already known)');

    const before = await cli(['status', 'remote']);
    expect(before.stdout).toMatch(/remote \[active\] 0\/4 settled: 0 done, 0 running, 4 pending/);

    worker = thresherInBackground('worker', [
      'worker',
      '--coordinator',
      address,
      '--concurrency',
      '1',
      '--name',
      'remote-w',
    ]);
    const watched = await cli(['status', 'remote', '--watch', '--interval', '200']);
    expect(watched.code).toBe(0);
    const after = await cli(['status']);
    expect(after.stdout).toMatch(
      /remote \[active\] 4\/4 settled: 2 done, 0 running, 0 pending, 2 failed/,
    );

    const workers = await cli(['workers', '--format', 'json']);
    const listed = JSON.parse(workers.stdout) as { worker_id: string; completed: number }[];
    expect(listed).toHaveLength(1);
    expect(listed[0]!.worker_id).toMatch(/^remote-w/);

    const { rows } = await runReadOnlyQuery(
      db,
      "SELECT lr, status, error, attempts FROM trial_results WHERE sweep = 'remote' ORDER BY lr, n",
    );
    expect(rows.map((r) => r[1])).toEqual(['done', 'done', 'failed', 'failed']);
    for (const row of rows.slice(2)) {
      expect(String(row[2])).toMatch(/diverge/i);
      expect(row[3]).toBe(1); // divergence is not retryable: one attempt
    }
  });

  it('retries failed trials on request and keeps every attempt', async () => {
    const retried = await cli(['retry', 'remote']);
    expect(retried.stdout).toContain('requeued 2 trials of sweep remote');
    // Each failed trial now has two attempts on record, each with its error.
    await waitFor(
      'the retried trials to fail again',
      async () => {
        const { rows } = await runReadOnlyQuery(
          db,
          `SELECT a.trial_id, count(*), count(a.error) FROM attempts a JOIN trial_results t ON t.trial_id = a.trial_id
          WHERE t.sweep = 'remote' AND t.status = 'failed' AND a.ended_at IS NOT NULL GROUP BY a.trial_id`,
        );
        return rows.length === 2 && rows.every((r) => r[1] === 2 && r[2] === 2) ? true : undefined;
      },
      30_000,
    );
  });

  it('cancels a sweep: its pending trials are dropped', async () => {
    worker?.child.kill('SIGTERM');
    await worker?.exited;
    const sweep = writeSweep(
      dir,
      'cancel.yaml',
      'name: to-cancel\ngrid:\n  n: [8, 16, 32]\nfixed:\n  width: 8\n  steps: 100\n',
    );
    expect((await cli(['submit', sweep])).code).toBe(0);
    const cancelled = await cli(['cancel', 'to-cancel']);
    expect(cancelled.stdout).toContain('cancelled sweep to-cancel: 3 trials');
    const status = await cli(['status', 'to-cancel']);
    expect(status.stdout).toMatch(
      /to-cancel \[cancelled\] 3\/3 settled: 0 done, 0 running, 0 pending, 0 failed, 3 cancelled/,
    );
  });

  it('refuses clients without the token and names the missing sweep', async () => {
    const noToken = await runCli(['status', '--coordinator', address], {
      env: { THRESHER_TOKEN: '' },
    });
    expect(noToken.code).toBe(1);
    expect(noToken.stderr).toMatch(/UNAUTHENTICATED/);
    const missing = await cli(['status', 'no-such-sweep']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('no-such-sweep');
  });
});
