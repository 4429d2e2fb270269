import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReadOnlyQuery } from '@thresher/store';
import { runCli, tempDir, writeSweep } from './run-cli';

// A searched sweep end to end: the built CLI, coordinator and 2 workers training with real
// TensorFlow; rounds after round 0 come from the coordinator's search driver.
const SWEEP = `
name: searched
grid:
  width: [16]
  seed: { range: [0, 2] }
search:
  n: { from: 8, to: 512, target_ci: 2.0, max_trials: 60 }
fixed:
  d: 5
  lr: 0.2
  steps: 2000
  test_size: 200
`;

describe('thresher run on a searched sweep', () => {
  it('trains round 0, then the rounds the coordinator proposes, and reports each round', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'search.db');
    const file = writeSweep(dir, 'searched.yaml', SWEEP);
    const run = await runCli(['run', file, '--db', db, '--no-progress', '--workers', '2'], {
      cwd: dir,
      timeoutMs: 240_000,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('sweep searched: 9 trials');
    expect(run.stdout).toMatch(/search of n in 8\.\.512, target_ci 2:/);
    // Later rounds name the free slots they were sized to (a climbing step has a fixed size).
    expect(run.stdout).toMatch(/round 0: 8, 23, 64; round 1( \(\d+ free slots\))?: /);
    const { rows } = await runReadOnlyQuery(
      db,
      "SELECT n, seed, status FROM trial_results WHERE sweep = 'searched'",
    );
    // More than round 0, within max_trials, each (n, seed) once, all settled.
    expect(rows.length).toBeGreaterThan(9);
    expect(rows.length).toBeLessThanOrEqual(60);
    expect(new Set(rows.map((r) => `${String(r[0])}/${String(r[1])}`)).size).toBe(rows.length);
    expect(rows.every((r) => r[2] === 'done')).toBe(true);
    // Every trial past round 0 belongs to a recorded round: its n on each of the 3 seeds.
    const rounds = await runReadOnlyQuery(
      db,
      'SELECT round, points, free_slots FROM search_rounds',
    );
    expect(rounds.rows.length).toBeGreaterThan(0);
    const points = rounds.rows.reduce((sum: number, r) => sum + Number(r[1]), 0);
    expect(rows.length).toBe(9 + 3 * points);
    // The report replays the rounds from the database alone.
    const report = await runCli(
      ['report', 'searched', '--db', db, '--format', 'md', '--out', '-'],
      {
        cwd: dir,
      },
    );
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toContain('## Search of n in 8..512 (target_ci 2)');
    expect(report.stdout).toMatch(/width=16|all trials/);
  }, 300_000);
});
