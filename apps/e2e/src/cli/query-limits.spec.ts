import { spawn } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '@thresher/store';
import { THRESHER_BIN, runCli, tempDir } from './run-cli';

const ENDLESS = 'WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r)';
/** Rows of about 400 bytes: 200 000 of them make 80 MB of CSV. */
const wideRows = (count: number) =>
  `${ENDLESS} SELECT x, hex(zeroblob(200)) AS pad FROM r LIMIT ${count}`;

/**
 * Runs `thresher query ... --format csv` under /usr/bin/time: counts the lines it prints
 * (without keeping them) and returns the largest resident set of the process and its
 * children, in KiB.
 */
function csvUnderTime(
  db: string,
  sql: string,
): Promise<{ code: number | null; lines: number; maxRssKiB: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      '/usr/bin/time',
      [
        '-f',
        'maxrss_kib=%M',
        process.execPath,
        THRESHER_BIN,
        'query',
        '--db',
        db,
        '--format',
        'csv',
        sql,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let lines = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      for (const byte of chunk) if (byte === 10) lines++;
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const kib = /maxrss_kib=(\d+)/.exec(stderr)?.[1];
      if (kib === undefined) reject(new Error(`no maxrss from /usr/bin/time: ${stderr}`));
      else resolve({ code, lines, maxRssKiB: Number(kib) });
    });
  });
}

describe('thresher query ends, and holds bounded memory', () => {
  let db: string;

  beforeAll(async () => {
    db = path.join(tempDir(), 'results.db');
    const store = await openStore(db);
    await store.close();
  });

  it('stops an endless query at --timeout with a clear error and exit code 1', async () => {
    const started = Date.now();
    const result = await runCli(
      ['query', '--db', db, '--timeout', '1', `${ENDLESS} SELECT count(*) FROM r`],
      {
        timeoutMs: 60_000,
      },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('query stopped after its time limit of 1 s');
    expect(result.stderr).not.toContain('unexpected error');
    // Ends: well before the runCli guard of 60 s, even on a loaded machine.
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('streams 200 000 rows of csv in about the memory of 2 000', async () => {
    const small = await csvUnderTime(db, wideRows(2000));
    const large = await csvUnderTime(db, wideRows(200_000));
    expect(small).toMatchObject({ code: 0, lines: 2001 });
    expect(large).toMatchObject({ code: 0, lines: 200_001 });
    // 80 MB of output: holding it (or its rows) at once would add far more than 60 MiB.
    expect(large.maxRssKiB - small.maxRssKiB).toBeLessThan(60 * 1024);
  });

  it('caps the table at --limit rows and says how to get the rest', async () => {
    const capped = await runCli(['query', '--db', db, `${ENDLESS} SELECT x FROM r LIMIT 150000`]);
    expect(capped.code).toBe(0);
    expect(capped.stdout).toContain('(1000 rows)');
    expect(capped.stdout).toContain('only the first 1000 rows are shown');
    expect(capped.stdout).toContain('--format csv');
    const five = await runCli(['query', '--db', db, '--limit', '5', `${ENDLESS} SELECT x FROM r`]);
    expect(five.code).toBe(0);
    expect(five.stdout).toContain('(5 rows)');
    expect(five.stdout).toContain('only the first 5 rows are shown');
    const all = await runCli(['query', '--db', db, '--limit', '5', 'SELECT 1 AS one']);
    expect(all.stdout).toContain('(1 row)');
    expect(all.stdout).not.toContain('only the first');
  });

  it('takes a query that starts with a comment after --, and says so without it', async () => {
    const sql = '-- how many trials\nSELECT count(*) AS trials FROM trials';
    const ok = await runCli(['query', '--db', db, '--format', 'csv', '--', sql]);
    expect(ok).toMatchObject({ code: 0, stdout: 'trials\n0\n' });
    const refused = await runCli(['query', '--db', db, sql]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("unknown option '-- how many trials'");
    expect(refused.stderr).toContain('thresher query [options] -- "SQL"');
  });
});
