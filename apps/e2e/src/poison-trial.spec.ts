import { createCoordinatorClient, type CoordinatorClient } from '@thresher/proto';
import { openStore, runReadOnlyQuery } from '@thresher/store';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  requireBuiltApps,
  startCoordinator,
  startWorker,
  waitFor,
  type ManagedProcess,
} from './support/processes';
import { auditSweep } from './support/results';

// A poison trial: the worker's training process is killed with SIGKILL (as the OOM killer
// would) every time it trains one particular trial. That trial fails after its attempts
// with the reason recorded; every other trial completes; the worker restarts its slot
// process each time and goes on serving.

const dir = mkdtempSync(path.join(tmpdir(), 'thresher-poison-'));
const started: ManagedProcess[] = [];
const clients: CoordinatorClient[] = [];

beforeAll(() => requireBuiltApps());
afterEach(async () => {
  clients.splice(0).forEach((c) => c.close());
  await Promise.all(started.splice(0).map((p) => p.stop('SIGKILL')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Direct children of a process (its slot processes, for a worker). */
function childPids(pid: number): number[] {
  const pids: number[] = [];
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
    if (text) pids.push(...text.split(/\s+/).map(Number));
  }
  return pids;
}

/** The open attempt of a trial that a slot is training now (it has reported progress). */
async function trainingAttempt(db: string, trial: string): Promise<number | undefined> {
  const { rows } = await runReadOnlyQuery(
    db,
    `SELECT attempt_id FROM attempts
     WHERE trial_id = '${trial}' AND ended_at IS NULL AND progress_step IS NOT NULL`,
  );
  return rows.length > 0 ? Number(rows[0]![0]) : undefined;
}

const SHAPE = { width: 8, test_size: 64 };

/** Waits until every trial of `sweep` is done or failed; returns its status. */
async function finished(api: CoordinatorClient, sweep: string, timeoutMs: number) {
  return waitFor(
    `sweep ${sweep} to finish`,
    async () => {
      const s = await api.getSweepStatus({ name: sweep });
      const n = s.counts!;
      return (n.done ?? 0) + (n.failed ?? 0) === n.total ? s : undefined;
    },
    timeoutMs,
    250,
  );
}

/**
 * Steps for a bundle of four trials of SHAPE (as the poison sweep's bundles are) to train for
 * at least `ms` here, from timed bundles of the same form: the engine picks its step form by
 * the batch's shape and length (an XLA-compiled step for long runs of small shapes is several
 * times faster), so a timed single short trial would misjudge it. A first bundle pays the
 * slot's one-time costs (TensorFlow, graph loading, compilation); a second is timed (its fixed
 * costs make the estimate err long).
 */
async function stepsLasting(api: CoordinatorClient, db: string, ms: number): Promise<number> {
  const timed = 8000;
  for (const [name, steps, seed] of [
    ['warm-up', 6000, 100],
    ['calibrate', timed, 200],
  ] as const) {
    await api.submitSweep({
      specJson: JSON.stringify({
        name,
        grid: { seed: { range: [seed, seed + 3] } },
        fixed: { ...SHAPE, n: 32, steps },
      }),
    });
    await finished(api, name, 60_000);
  }
  const { rows } = await runReadOnlyQuery(
    db,
    "SELECT max(wall_ms) FROM trial_results WHERE sweep = 'calibrate'",
  );
  const msPerStep = Math.max(Number(rows[0]![0]) / timed, 1e-4);
  return Math.min(Math.max(Math.ceil(ms / msPerStep), timed), 5_000_000);
}

describe('a poison trial', () => {
  it(
    'fails after its attempts with the reason recorded; the others complete; the worker keeps serving',
    { timeout: 180_000 },
    async () => {
      const db = path.join(dir, 'poison.db');
      // Leases of 1.5 s: heartbeats (and so progress) every 500 ms, with room for a loaded
      // machine to be late by two of them without losing a lease.
      const c = await startCoordinator(['--port', '0', '--db', db, '--lease-ms', '1500']);
      started.push(c.proc);
      const api = createCoordinatorClient(c.address, { deadlineMs: 10_000 });
      clients.push(api);

      // One slot (training in a child process by default), bundles of up to 4.
      const w = startWorker('poisoned', [
        '--coordinator',
        c.address,
        '--concurrency',
        '1',
        '--backend',
        'auto',
        '--max-bundle',
        '4',
      ]);
      started.push(w.proc);
      const workerId = await w.id();
      await w.proc.waitForLine(/1 slot\(s\) \(process\)/);
      const workerPid = w.proc.child.pid!;
      const firstSlots = childPids(workerPid);
      expect(firstSlots).toHaveLength(1);

      // The killer below must see the poison trial in training (a heartbeat with progress), so
      // each bundle must outlast several heartbeats on this machine: its step count comes
      // from a measured trial of the same shape, not from a guess of this CPU's speed.
      const steps = await stepsLasting(api, db, 4_000);
      await api.submitSweep({
        specJson: JSON.stringify({
          name: 'poison',
          grid: { n: [16, 32], seed: [0, 1, 2, 3] },
          fixed: { ...SHAPE, steps },
        }),
      });
      const { rows } = await runReadOnlyQuery(
        db,
        "SELECT trial_id FROM trial_results WHERE sweep = 'poison' AND n = 16 AND seed = 1",
      );
      const poison = String(rows[0]![0]);

      // The killer: whenever the poison trial is in training, SIGKILL the worker's slot
      // process (once per attempt).
      const killed = new Map<number, number>();
      let killing = true;
      const killer = (async () => {
        while (killing) {
          const attempt = await trainingAttempt(db, poison).catch(() => undefined);
          if (attempt !== undefined && !killed.has(attempt)) {
            const slots = childPids(workerPid);
            if (slots.length > 0) {
              for (const pid of slots) process.kill(pid, 'SIGKILL');
              killed.set(attempt, slots[0]!);
            }
          }
          await new Promise((r) => setTimeout(r, 20));
        }
      })();

      const status = await finished(api, 'poison', 150_000);
      killing = false;
      await killer;
      expect(status.counts).toMatchObject({ total: 8, done: 7, failed: 1, pending: 0, leased: 0 });
      expect(killed.size).toBe(3);

      // The poison trial: failed after 3 attempts, each ended by the kill, the reason kept.
      const audit = await auditSweep(db, 'poison');
      const row = audit.rows.find((r) => r.trial_id === poison)!;
      expect(row).toMatchObject({ status: 'failed', attempts: 3 });
      expect(row.error).toBe(`training process killed by SIGKILL while training trial ${poison}`);
      const store = await openStore(db, { readonly: true });
      try {
        const attempts = await store.trialAttempts(poison);
        expect(attempts.map((a) => a.outcome)).toEqual(['failed', 'failed', 'failed']);
        for (const a of attempts) {
          expect(a.error).toMatch(/^training process killed by SIGKILL while training trials? /);
          expect(a.retryable).toBe(true);
        }
      } finally {
        await store.close();
      }
      // Every other trial completed exactly once, its bundle-mates of a crash included.
      for (const r of audit.rows.filter((x) => x.trial_id !== poison)) {
        expect(r.status, r.trial_id).toBe('done');
        expect(audit.completedAttempts.get(r.trial_id), r.trial_id).toBe(1);
        expect(r.worker).toBe(workerId);
      }

      // The same worker process is alive, with a fresh slot process, and still serving.
      expect(w.proc.running).toBe(true);
      const slots = childPids(workerPid);
      expect(slots).toHaveLength(1);
      expect(firstSlots).not.toContain(slots[0]);
      const log = w.proc.lines.join('\n');
      expect(log.match(/killed by SIGKILL while training .*slot process restarted/g)).toHaveLength(
        3,
      );
      await api.submitSweep({
        specJson: JSON.stringify({
          name: 'after-poison',
          grid: { seed: [0, 1, 2, 3] },
          fixed: { n: 8, width: 4, steps: 100, test_size: 16 },
        }),
      });
      await waitFor(
        'the next sweep to be done',
        async () => {
          const s = await api.getSweepStatus({ name: 'after-poison' });
          return s.counts?.done === 4 ? s : undefined;
        },
        60_000,
        250,
      );
      expect((await auditSweep(db, 'after-poison')).workers).toEqual(new Set([workerId]));

      expect(await w.proc.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    },
  );
});
