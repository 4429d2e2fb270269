import { createCoordinatorClient, type CoordinatorClient } from '@thresher/proto';
import { runReadOnlyQuery } from '@thresher/store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  requireBuiltApps,
  startCoordinator,
  startWorker,
  waitFor,
  type Coordinator,
  type ManagedProcess,
  type Worker,
} from './support/processes';
import { auditSweep } from './support/results';
import { smallSweep } from './support/sweeps';

// Real processes over real sockets: the built coordinator and workers, a SQLite file,
// native TensorFlow (or wasm) training, SIGKILL at the worst moments.

const dir = mkdtempSync(path.join(tmpdir(), 'thresher-cluster-'));
const started: ManagedProcess[] = [];
const clients: CoordinatorClient[] = [];

beforeAll(() => requireBuiltApps());
afterEach(async () => {
  clients.splice(0).forEach((c) => c.close());
  await Promise.all(started.splice(0).map((p) => p.stop('SIGKILL')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function coordinator(args: string[]): Promise<Coordinator> {
  const c = await startCoordinator(args);
  started.push(c.proc);
  return c;
}

function worker(name: string, address: string, args: string[] = []): Worker {
  const w = startWorker(name, [
    '--coordinator',
    address,
    '--concurrency',
    '1',
    '--backend',
    'auto',
    ...args,
  ]);
  started.push(w.proc);
  return w;
}

function client(address: string): CoordinatorClient {
  const c = createCoordinatorClient(address, { deadlineMs: 10_000 });
  clients.push(c);
  return c;
}

async function waitSweepFinished(c: CoordinatorClient, name: string, timeoutMs = 90_000) {
  return waitFor(
    `sweep ${name} to finish`,
    async () => {
      const s = await c.getSweepStatus({ name });
      const counts = s.counts!;
      return (counts.done ?? 0) + (counts.failed ?? 0) === counts.total ? s : undefined;
    },
    timeoutMs,
    250,
  );
}

/** An open attempt of `workerId` that has reported training progress (a heartbeat step). */
async function trainingAttempt(db: string, workerId: string): Promise<number | undefined> {
  const { rows } = await runReadOnlyQuery(
    db,
    `SELECT attempt_id FROM attempts
     WHERE worker_id = '${workerId}' AND ended_at IS NULL AND progress_step IS NOT NULL`,
  );
  return rows.length > 0 ? Number(rows[0]![0]) : undefined;
}

function expectEveryTrialDoneOnce(audit: Awaited<ReturnType<typeof auditSweep>>, total: number) {
  expect(audit.rows).toHaveLength(total);
  expect(audit.notDone).toEqual([]);
  for (const [trial, completed] of audit.completedAttempts) expect(completed, trial).toBe(1);
  for (const row of audit.rows) {
    expect(row.train_loss, row.trial_id).toBeTypeOf('number');
    expect(Number.isFinite(row.train_loss as number)).toBe(true);
  }
}

describe('a coordinator and two workers', () => {
  it(
    'finish a sweep, every trial done exactly once, both workers used',
    { timeout: 120_000 },
    async () => {
      const db = path.join(dir, 'two-workers.db');
      const c = await coordinator(['--port', '0', '--db', db]);
      const api = client(c.address);
      const spec = smallSweep('two-workers', { seeds: 3 });
      const submitted = await api.submitSweep({
        specJson: JSON.stringify(spec),
        fileName: 'two-workers.json',
      });
      expect(submitted).toMatchObject({
        name: 'two-workers',
        inserted: 24,
        existing: 0,
        total: 24,
      });
      // Submitting again is idempotent.
      expect(await api.submitSweep({ specJson: JSON.stringify(spec) })).toMatchObject({
        inserted: 0,
        existing: 24,
      });

      const w1 = worker('alpha', c.address, ['--max-bundle', '2']);
      const w2 = worker('beta', c.address, ['--max-bundle', '2']);
      const status = await waitSweepFinished(api, 'two-workers');
      expect(status.counts).toMatchObject({ done: 24, failed: 0, pending: 0, leased: 0 });
      expect(status.etaSeconds).toBe(0);
      expect(status.trialsPerSecond).toBeGreaterThan(0);
      // Measured from the steps trained between status reads (running trials included).
      expect(status.trialStepsPerSecond).toBeGreaterThan(0);
      expect(status.stepsDone).toBe(24 * 100);

      const ids = [await w1.id(), await w2.id()];
      const audit = await auditSweep(db, 'two-workers');
      expectEveryTrialDoneOnce(audit, 24);
      expect([...audit.workers].sort()).toEqual(ids.sort());

      const workers = (await api.listWorkers({})).workers;
      expect(workers.map((w) => w.workerId).sort()).toEqual(ids.sort());
      expect(workers.reduce((sum, w) => sum + (w.completed ?? 0), 0)).toBe(24);

      // SIGTERM: both drain and exit 0.
      for (const w of [w1, w2]) {
        expect(await w.proc.stop('SIGTERM')).toEqual({ code: 0, signal: null });
        expect(w.proc.lines.join('\n')).toMatch(/stopped: \d+ completed/);
      }
      expect((await api.listWorkers({})).workers.map((w) => w.state)).toEqual([
        'drained',
        'drained',
      ]);
    },
  );

  it(
    're-lease the trials of a worker killed mid-trial to the other worker',
    { timeout: 120_000 },
    async () => {
      const db = path.join(dir, 'worker-killed.db');
      const c = await coordinator(['--port', '0', '--db', db, '--lease-ms', '2000']);
      const api = client(c.address);
      // Trials long enough that the victim is caught training one whatever the CPU: at 4 000
      // steps an AMD EPYC (family 25 model 1) trained every trial of the sweep, two at a time,
      // within 0.5 s, before the first heartbeat (666 ms) could report progress on one.
      const spec = smallSweep('worker-killed', {
        seeds: 2,
        steps: 200_000,
        widths: [32],
        ns: [8, 16],
      });
      await api.submitSweep({ specJson: JSON.stringify(spec) });

      const victim = worker('victim', c.address, ['--max-bundle', '2']);
      const victimId = await victim.id();
      // Kill it mid-training: as soon as one of its open attempts has reported curve progress
      // (a heartbeat came from a slot that is training it). Nothing waits for a set time.
      await waitFor('the victim to report progress on a leased trial', () =>
        trainingAttempt(db, victimId),
      );
      await victim.proc.stop('SIGKILL');

      const survivor = worker('survivor', c.address, ['--max-bundle', '2']);
      const survivorId = await survivor.id();
      await waitSweepFinished(api, 'worker-killed');

      const audit = await auditSweep(db, 'worker-killed');
      expectEveryTrialDoneOnce(audit, 4);
      // The victim's open leases expired and went to the survivor. Trials the victim finished
      // before the kill keep its result (a completion the coordinator recorded is final); every
      // trial whose victim attempt expired was completed by the survivor.
      expect(audit.outcomes.expired ?? 0).toBeGreaterThan(0);
      let expiredThenSurvived = 0;
      for (const row of audit.rows) {
        const attempts = audit.attempts.get(row.trial_id) ?? [];
        const byVictim = attempts.filter((a) => a.workerId === victimId);
        for (const a of byVictim) expect(['completed', 'expired']).toContain(a.outcome);
        if (byVictim.some((a) => a.outcome === 'expired')) {
          expect(row.worker, row.trial_id).toBe(survivorId);
          expiredThenSurvived++;
        }
      }
      expect(expiredThenSurvived).toBeGreaterThan(0);
      expect(audit.workers).toContain(survivorId);
    },
  );

  it(
    'finish the sweep after the coordinator is killed and restarted on the same port and database',
    { timeout: 150_000 },
    async () => {
      const db = path.join(dir, 'coordinator-killed.db');
      const first = await coordinator(['--port', '0', '--db', db, '--lease-ms', '3000']);
      const api = client(first.address);
      const spec = smallSweep('coordinator-killed', { seeds: 4, steps: 1500, widths: [16, 32] });
      await api.submitSweep({ specJson: JSON.stringify(spec) });
      const w1 = worker('one', first.address, ['--max-bundle', '2']);
      const w2 = worker('two', first.address, ['--max-bundle', '2']);
      await Promise.all([w1.id(), w2.id()]);
      await waitFor('some results', async () => {
        const s = await api.getSweepStatus({ name: 'coordinator-killed' });
        return (s.counts?.done ?? 0) >= 4 ? s : undefined;
      });
      const seen = [w1, w2].map((w) => w.proc.lines.length);
      await first.proc.stop('SIGKILL');
      // Both workers notice it gone (a failed call) before it comes back: results they finish
      // meanwhile must be kept and delivered later.
      await Promise.all(
        [w1, w2].map((w, i) =>
          w.proc.waitForLine(
            /heartbeat failed|coordinator unreachable|not recorded/,
            60_000,
            seen[i],
          ),
        ),
      );
      const doneBefore = (await auditSweep(db, 'coordinator-killed')).rows.filter(
        (r) => r.status === 'done',
      ).length;
      expect(doneBefore).toBeLessThan(32);

      const second = await coordinator([
        '--port',
        String(first.port),
        '--db',
        db,
        '--lease-ms',
        '3000',
      ]);
      expect(second.address).toBe(first.address);
      await waitSweepFinished(api, 'coordinator-killed');

      const audit = await auditSweep(db, 'coordinator-killed');
      expectEveryTrialDoneOnce(audit, 32);
      // The workers reconnected by themselves and kept working after the restart.
      expect(w1.proc.running && w2.proc.running).toBe(true);
      expect(audit.workers.size).toBe(2);
      // Results finished while the coordinator was down were kept and delivered: none lost.
      for (const w of [w1, w2]) {
        expect(await w.proc.stop('SIGTERM')).toEqual({ code: 0, signal: null });
        expect(w.proc.lines.join('\n')).toMatch(
          /stopped: \d+ completed, \d+ failed, \d+ duplicates, 0 lost/,
        );
      }
    },
  );
});
