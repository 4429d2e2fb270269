import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createCoordinatorClient, pickFreePort, type CoordinatorClient } from '@thresher/proto';
import { openStore, runReadOnlyQuery } from '@thresher/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ROOT,
  requireBuiltApps,
  startCoordinator,
  startWorker,
  waitFor,
  type ManagedProcess,
} from './support/processes';
import { runCli } from './cli/run-cli';
import { auditSweep } from './support/results';
import { smallSweep } from './support/sweeps';

// Two coordinator processes on one real PostgreSQL database, two workers given both
// addresses; the coordinator the sweep was submitted to is SIGKILLed mid-sweep. The sweep
// must finish through the other one, every trial done exactly once.

const run = promisify(execFile);
const START_POSTGRES = path.join(ROOT, 'tools/scripts/start-postgres.sh');
const pgDir = mkdtempSync(path.join(tmpdir(), 'thresher-e2e-pg-'));
const pgEnv = { ...process.env, THRESHER_PG_DIR: pgDir, THRESHER_PG_FAST: '1' };
let pgUrl = '';
let ownServer = false;
const started: ManagedProcess[] = [];
const clients: CoordinatorClient[] = [];

/** THRESHER_TEST_PG_URL when set, else a throwaway server, as the store tests do. */
beforeAll(async () => {
  requireBuiltApps();
  const given = process.env['THRESHER_TEST_PG_URL'];
  if (given) {
    pgUrl = given;
    return;
  }
  ownServer = true;
  const { stdout } = await run('bash', [START_POSTGRES], {
    env: { ...pgEnv, THRESHER_PG_PORT: String(await pickFreePort()) },
    timeout: 90_000,
  });
  const url = /THRESHER_TEST_PG_URL=(\S+)/.exec(stdout)?.[1];
  if (!url) throw new Error(`start-postgres.sh printed no URL:\n${stdout}`);
  pgUrl = url;
}, 120_000);

afterAll(async () => {
  clients.splice(0).forEach((c) => c.close());
  await Promise.all(started.splice(0).map((p) => p.stop('SIGKILL')));
  if (ownServer) {
    await run('bash', [START_POSTGRES, '--stop'], { env: pgEnv, timeout: 60_000 }).catch(
      () => undefined,
    );
  }
  rmSync(pgDir, { recursive: true, force: true });
}, 90_000);

/** A fresh schema of the test database, so that runs never see each other's rows. */
function freshDatabase(): string {
  const url = new URL(pgUrl);
  url.searchParams.set('schema', `e2e_${randomBytes(5).toString('hex')}`);
  return url.toString();
}

describe('two coordinators on one PostgreSQL database', () => {
  it(
    'finish a sweep through the survivor after the first is SIGKILLed mid-sweep',
    { timeout: 240_000 },
    async () => {
      const db = freshDatabase();
      // A short lease: a lease taken by a call the dying coordinator never answered comes
      // back to the queue within seconds (the survivor's reaper).
      const args = ['--port', '0', '--db', db, '--lease-ms', '3000'];
      const a = await startCoordinator(args);
      started.push(a.proc);
      const b = await startCoordinator(args);
      started.push(b.proc);
      const both = `${a.address},${b.address}`;
      const workers = ['alpha', 'beta'].map((name) => {
        const w = startWorker(name, [
          ...['--coordinator', both, '--concurrency', '1', '--backend', 'auto'],
          ...['--max-bundle', '1'],
        ]);
        started.push(w.proc);
        return w;
      });
      const ids = await Promise.all(workers.map((w) => w.id()));

      const apiA = createCoordinatorClient(a.address, { deadlineMs: 10_000 });
      const apiB = createCoordinatorClient(b.address, { deadlineMs: 10_000 });
      clients.push(apiA, apiB);
      const spec = smallSweep('failover', {
        seeds: 3,
        ns: [16, 32, 48, 64],
        widths: [32],
        steps: 1500,
      });
      expect(await apiA.submitSweep({ specJson: JSON.stringify(spec) })).toMatchObject({
        inserted: 12,
        total: 12,
      });

      // Read the database directly: neither coordinator is needed to watch.
      const store = await openStore(db, { readonly: true });
      try {
        const doneAtKill = await waitFor(
          'some but not all trials done',
          async () => {
            const c = await store.sweepCounts('failover');
            return c.done >= 3 ? c.done : undefined;
          },
          120_000,
          50,
        );
        const killedAt = Date.now();
        expect(await a.proc.stop('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
        expect(doneAtKill).toBeLessThan(12);

        await waitFor(
          'the sweep to finish through B',
          async () => {
            const s = await apiB.getSweepStatus({ name: 'failover' });
            return (s.counts?.done ?? 0) === 12 ? s : undefined;
          },
          180_000,
          250,
        );

        // Every trial done exactly once: one result row each, one completed attempt each.
        const audit = await auditSweep(db, 'failover');
        expect(audit.rows).toHaveLength(12);
        expect(audit.notDone).toEqual([]);
        for (const [trial, completed] of audit.completedAttempts) expect(completed, trial).toBe(1);
        const results = await runReadOnlyQuery(
          db,
          `SELECT count(*) AS rows, count(DISTINCT trial_id) AS trials,
                  (SELECT count(*) FROM trials) AS known,
                  (SELECT count(*) FROM attempts WHERE outcome IS NULL) AS open
           FROM results`,
        );
        expect(results.rows[0]).toEqual([12, 12, 12, 0]);

        // Both workers went on working through B: each recorded results after the kill.
        const after = await runReadOnlyQuery(
          db,
          `SELECT worker_id, count(*) AS n FROM results WHERE recorded_at > ${killedAt}
           GROUP BY worker_id ORDER BY worker_id`,
        );
        expect(after.rows.map((r) => r[0])).toEqual([...ids].sort());
        for (const w of workers) {
          expect(w.proc.running).toBe(true);
          expect(w.proc.lines.join('\n')).toContain(`switching to ${b.address}`);
        }

        // The CLI, given both, passes over the dead coordinator to the live one.
        const status = await runCli(['status', 'failover', '--coordinator', both], {
          env: { THRESHER_TOKEN: '' },
        });
        expect(status.stderr).toBe('');
        expect(status.code).toBe(0);
        expect(status.stdout).toMatch(/failover/);
        expect(status.stdout).toMatch(/\b12\b/);
      } finally {
        await store.close();
      }

      // They drain through B and exit cleanly.
      for (const w of workers)
        expect(await w.proc.stop('SIGTERM')).toEqual({ code: 0, signal: null });
      const states = (await apiB.listWorkers({})).workers.map((w) => w.state);
      expect(states).toEqual(['drained', 'drained']);
    },
  );
});
