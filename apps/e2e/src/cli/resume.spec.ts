import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runReadOnlyQuery } from '@thresher/store';
import { ManagedProcess, waitFor } from '../support/processes';
import { THRESHER_BIN, runCli, tempDir, writeSweep } from './run-cli';

// Six step counts make six bundles (trials with different steps are never batched
// together), trained one after another: an interrupt lands in the middle of the sweep.
const SWEEP = `
name: resumable
grid:
  steps: [500, 4000, 5000, 6000, 7000, 8000]
  n: [16, 32, 64, 128]
fixed:
  width: 16
  test_size: 200
`;

describe('an interrupted thresher run', () => {
  it('drains on SIGINT, exits 130, and a second run resumes without retraining finished trials', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'resume.db');
    const file = writeSweep(dir, 'resumable.yaml', SWEEP);
    const child = spawn(
      process.execPath,
      [THRESHER_BIN, 'run', file, '--db', db, '--no-progress', '--workers', '2'],
      {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const first = new ManagedProcess('run', child);
    await first.waitForLine(/^sweep resumable: 24 trials/, 60_000);
    await waitFor(
      'a first finished trial',
      async () => {
        const { rows } = await runReadOnlyQuery(
          db,
          "SELECT count(*) FROM trial_results WHERE status = 'done'",
        );
        return Number(rows[0]![0]) >= 1 ? true : undefined;
      },
      120_000,
      100,
    );
    child.kill('SIGINT');
    const exit = await first.exited;
    expect(exit.code).toBe(130);
    expect(first.lines.join('\n')).toContain('interrupted');

    const { rows: before } = await runReadOnlyQuery(
      db,
      "SELECT trial_id, wall_ms, worker FROM trial_results WHERE status = 'done' ORDER BY trial_id",
    );
    expect(before.length).toBeGreaterThanOrEqual(1);
    expect(before.length).toBeLessThan(24);

    const second = await runCli(['run', file, '--db', db, '--no-progress', '--workers', '2'], {
      cwd: dir,
      timeoutMs: 300_000,
    });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/sweep resumable: 24 trials \(0 new, 24 already known\)/);
    const { rows: after } = await runReadOnlyQuery(
      db,
      "SELECT trial_id, wall_ms, worker FROM trial_results WHERE status = 'done' ORDER BY trial_id",
    );
    expect(after).toHaveLength(24);
    // Results finished before the interrupt are the same rows: not trained again.
    const afterById = new Map(after.map((r) => [r[0], r]));
    for (const row of before) expect(afterById.get(row[0])).toEqual(row);
    const { rows: results } = await runReadOnlyQuery(
      db,
      'SELECT count(*), count(DISTINCT trial_id) FROM results',
    );
    expect(results[0]).toEqual([24, 24]);
  });
});
