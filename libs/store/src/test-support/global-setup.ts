import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL database for this run; each test makes its own schema in it. */
    pgUrl: string;
  }
}

const run = promisify(execFile);
const SCRIPT = resolve(__dirname, '../../../../tools/scripts/start-postgres.sh');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        done(typeof address === 'object' && address !== null ? address.port : 55432),
      );
    });
  });
}

/**
 * Uses THRESHER_TEST_PG_URL when set; otherwise starts a throwaway PostgreSQL cluster
 * with tools/scripts/start-postgres.sh (the same way developers and CI do) and removes
 * it after the run. The PostgreSQL suite is never skipped.
 */
export default async function setup(project: {
  provide(key: 'pgUrl', value: string): void;
}): Promise<() => Promise<void>> {
  const given = process.env['THRESHER_TEST_PG_URL'];
  if (given !== undefined && given !== '') {
    project.provide('pgUrl', given);
    return async () => undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'thresher-pg-'));
  const env = {
    ...process.env,
    THRESHER_PG_DIR: dir,
    THRESHER_PG_PORT: String(await freePort()),
    THRESHER_PG_FAST: '1',
  };
  const { stdout } = await run('bash', [SCRIPT], { env, timeout: 90_000 });
  const url = /THRESHER_TEST_PG_URL=(\S+)/.exec(stdout)?.[1];
  if (url === undefined) throw new Error(`start-postgres.sh printed no URL:\n${stdout}`);
  project.provide('pgUrl', url);
  return async () => {
    await run('bash', [SCRIPT, '--stop'], { env, timeout: 60_000 }).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
}
