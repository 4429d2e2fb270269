import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReadOnlyQuery } from '@thresher/store';
import { runCli, tempDir, writeSweep } from './run-cli';

describe('the native TensorFlow backend', () => {
  it('a worker started with --backend tensorflow completes a sweep and its results say so', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'native.db');
    const sweep = writeSweep(
      dir,
      'native.yaml',
      'name: native\ngrid: {n: [16, 64]}\nfixed: {width: 16, steps: 200, test_size: 200}\n',
    );
    const run = await runCli(
      ['run', sweep, '--db', db, '--backend', 'tensorflow', '--workers', '1', '--no-progress'],
      {
        cwd: dir,
      },
    );
    expect(run.code).toBe(0);
    const { rows } = await runReadOnlyQuery(
      db,
      "SELECT status, backend FROM trial_results WHERE sweep = 'native'",
    );
    expect(rows).toEqual([
      ['done', 'tensorflow'],
      ['done', 'tensorflow'],
    ]);
  });
});
