import { execFileSync, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from './open-store';
import { runReadOnlyQuery } from './read-only-query';
import { DIALECTS, freshLocation, type DialectName } from './test-support/databases';
import { grid } from './test-support/fixtures';

const ROOT = resolve(__dirname, '..');
const CHILD = resolve(__dirname, 'test-support/queue-child.js');
const ENV = { ...process.env, THRESHER_STORE_DIST: resolve(ROOT, 'dist/index.js') };

/** Runs the child worker; calls onAck for every acknowledged write; resolves on exit. */
function worker(
  location: string,
  max: number,
  onAck: (line: string, kill: () => void) => void = () => undefined,
) {
  const child = spawn(process.execPath, [CHILD, location, String(max)], {
    env: ENV,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acks: string[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    acks.push(line);
    onAck(line, () => child.kill('SIGKILL'));
  });
  return new Promise<{
    acks: string[];
    code: number | null;
    signal: NodeJS.Signals | null;
    stderr: string;
  }>((done) => child.on('close', (code, signal) => done({ acks, code, signal, stderr })));
}

async function seed(dialect: DialectName, trials: number): Promise<string> {
  const location = freshLocation(dialect);
  const store = await openStore(location);
  await store.insertSweep({
    name: 's',
    spec: {},
    trials: grid(
      Array.from({ length: trials }, (_, i) => i + 1),
      [0],
    ),
  });
  await store.close();
  return location;
}

/** Newest modification time of the library sources (specs and test support excluded). */
function newestSource(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === 'test-support' ? newest : Math.max(newest, newestSource(path));
    return entry.name.endsWith('.spec.ts') ? newest : Math.max(newest, statSync(path).mtimeMs);
  }, 0);
}

beforeAll(() => {
  // The children run the built library, as the CLI and workers do; rebuilt when stale
  // (under Nx the test target depends on build, so it is normally fresh).
  const built = resolve(ROOT, 'dist/index.js');
  if (!existsSync(built) || statSync(built).mtimeMs < newestSource(resolve(ROOT, 'src'))) {
    execFileSync(
      process.execPath,
      [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.lib.json'],
      { cwd: ROOT },
    );
  }
}, 120_000);

describe('crash safety (SQLite)', () => {
  it('keeps every acknowledged result when the writer is SIGKILLed mid-stream', async () => {
    const location = await seed('sqlite', 200);
    let seen = 0;
    const run = await worker(location, 4, (_line, kill) => {
      // Killed while it keeps writing: lines already read were acknowledged writes.
      if (++seen === 37) kill();
    });
    expect(run.signal).toBe('SIGKILL');
    const acked = run.acks.map((line) => line.split(' ')[1] as string);
    expect(acked.length).toBeGreaterThan(0);
    expect(acked.length).toBeLessThan(200);

    expect((await runReadOnlyQuery(location, 'PRAGMA integrity_check')).rows).toEqual([['ok']]);
    const store = await openStore(location);
    try {
      const done = new Set(
        (await store.trialResults('s')).filter((r) => r.status === 'done').map((r) => r.trial_id),
      );
      for (const id of acked) expect(done.has(id)).toBe(true);
      const points = await runReadOnlyQuery(location, 'SELECT count(*) FROM trial_curves');
      expect(points.rows[0]).toEqual([done.size * 50]);
    } finally {
      await store.close();
    }
  });
});

describe.each(DIALECTS)('several worker processes on %s', (dialect) => {
  it('share the queue without ever training a trial twice', async () => {
    const location = await seed(dialect, 60);
    const runs = await Promise.all([worker(location, 3), worker(location, 3), worker(location, 5)]);
    for (const run of runs) expect(run, run.stderr).toMatchObject({ code: 0 });
    const acks = runs.flatMap((r) => r.acks);
    expect(acks.every((line) => line.endsWith(' recorded'))).toBe(true);
    expect(new Set(acks.map((line) => line.split(' ')[1])).size).toBe(60);
    expect(acks).toHaveLength(60);
    const counts = await runReadOnlyQuery(
      location,
      "SELECT count(*) FROM trial_results WHERE status = 'done'",
    );
    expect(counts.rows[0]).toEqual([60]);
  });
});
