import path from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runReadOnlyQuery } from '@thresher/store';
import { runCli, tempDir, writeSweep } from './run-cli';

// Small enough for a few seconds of training, large enough that the threshold shows:
// the network interpolates 8 points and behaves like OLS on 256.
const TINY_SWEEP = `
name: tiny
grid:
  n: [8, 32, 256]
  seed: [0, 1]
fixed:
  width: 32
  steps: 2000
  test_size: 500
`;

describe('thresher run, end to end', () => {
  const dir = tempDir();
  const db = path.join(dir, 'tiny.db');
  let first: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    const sweep = writeSweep(dir, 'tiny.yaml', TINY_SWEEP);
    first = await runCli(['run', sweep, '--db', db, '--no-progress', '--workers', '2'], {
      cwd: dir,
      timeoutMs: 300_000,
    });
  }, 320_000);

  it('finishes, prints the threshold table and writes the report', () => {
    expect(first.stderr).not.toContain('unexpected error');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('sweep tiny: 6 trials (6 new, 0 already known)');
    // The dashboard's address, with the run's token (a cookie after the first visit).
    expect(first.stdout).toMatch(/^dashboard: http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{32}$/m);
    expect(first.stdout).toMatch(/n\s+width=32/);
    expect(first.stdout).toMatch(/n\*\s+\d/);
    const report = /report: (.+)$/m.exec(first.stdout)?.[1];
    expect(report).toBe(path.join(dir, 'tiny-report.html'));
    expect(readFileSync(report!, 'utf8')).toContain('<svg');
  });

  it('stores finite metrics for every trial, with interp_ratio rising with n', async () => {
    const { columns, rows } = await runReadOnlyQuery(
      db,
      `SELECT status, n, train_loss, test_loss, excess_risk, ols_train_loss, ols_test_loss,
              interp_ratio, test_ratio, aligned_fraction, backend, worker
         FROM trial_results WHERE sweep = 'tiny' ORDER BY n, seed`,
    );
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      const record = Object.fromEntries(columns.map((c, i) => [c, row[i]]));
      expect(record.status).toBe('done');
      for (const metric of [
        'train_loss',
        'test_loss',
        'excess_risk',
        'ols_train_loss',
        'ols_test_loss',
        'interp_ratio',
        'test_ratio',
        'aligned_fraction',
      ]) {
        expect(Number.isFinite(record[metric])).toBe(true);
      }
      expect(record.backend).toMatch(/^(tensorflow|wasm|cpu)$/);
      expect(record.worker).toBeTruthy();
    }
    const { rows: byN } = await runReadOnlyQuery(
      db,
      `SELECT n, avg(interp_ratio) FROM trial_results WHERE sweep = 'tiny' GROUP BY n ORDER BY n`,
    );
    const means = byN.map((r) => Number(r[1]));
    expect(means[0]).toBeLessThan(0.1);
    expect(means[1]).toBeGreaterThan(means[0]!);
    expect(means[2]).toBeGreaterThan(means[1]!);
    expect(means[2]).toBeGreaterThan(0.8);
  });

  it('trains nothing again when the same sweep runs twice', async () => {
    const again = await runCli(
      ['run', path.join(dir, 'tiny.yaml'), '--db', db, '--no-progress', '--workers', '1'],
      { cwd: dir },
    );
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('sweep tiny: 6 trials (0 new, 6 already known)');
    const { rows } = await runReadOnlyQuery(
      db,
      'SELECT sum(attempts), count(*) FROM trial_results',
    );
    expect(rows[0]).toEqual([6, 6]);
  });

  it('answers read-only SQL in table, csv and json, and refuses writes', async () => {
    const table = await runCli([
      'query',
      'SELECT n, count(*) AS trials FROM trial_results GROUP BY n ORDER BY n',
      '--db',
      db,
    ]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/trials/);
    expect(table.stdout).toContain('(3 rows)');
    const csv = await runCli([
      'query',
      'SELECT n, count(*) AS trials FROM trial_results GROUP BY n ORDER BY n',
      '--db',
      db,
      '--format',
      'csv',
    ]);
    expect(csv.stdout).toBe('n,trials\n8,2\n32,2\n256,2\n');
    const json = await runCli([
      'query',
      'SELECT count(*) AS c FROM trial_curves',
      '--db',
      db,
      '--format',
      'json',
    ]);
    expect(JSON.parse(json.stdout)[0].c).toBeGreaterThan(6 * 40);
    const write = await runCli(['query', 'DELETE FROM results', '--db', db]);
    expect(write.code).toBe(1);
    expect(write.stderr).toMatch(/read-only|not allowed|refused/i);
    expect(write.stderr).not.toMatch(/\n\s+at /);
    const bad = await runCli(['query', 'SELECT * FROM no_such_table', '--db', db]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('no such table: no_such_table');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const { rows } = await runReadOnlyQuery(
      db,
      "SELECT count(*) FROM trial_results WHERE status = 'done'",
    );
    expect(rows[0]![0]).toBe(6);
  });

  it('writes reports in html, md and json, and exports csv and jsonl', async () => {
    const md = await runCli(['report', 'tiny', '--db', db, '--format', 'md', '--out', '-']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('|');
    const json = await runCli([
      'report',
      'tiny',
      '--db',
      db,
      '--format',
      'json',
      '--out',
      path.join(dir, 'r.json'),
    ]);
    expect(json.code).toBe(0);
    const model = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8'));
    expect(model.schemaVersion).toBe(1);
    const missing = await runCli(['report', 'nope', '--db', db]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no sweep named "nope"');

    const csv = await runCli([
      'export',
      'tiny',
      '--db',
      db,
      '--format',
      'csv',
      '--out',
      path.join(dir, 'x.csv'),
    ]);
    expect(csv.code).toBe(0);
    expect(existsSync(path.join(dir, 'x.csv'))).toBe(true);
    expect(readFileSync(path.join(dir, 'x.csv'), 'utf8').split('\n')[0]).toContain('trial_id');
    const jsonl = await runCli(['export', 'tiny', '--db', db, '--format', 'jsonl']);
    expect(jsonl.code).toBe(0);
    const lines = jsonl.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThanOrEqual(6);
  });
});
