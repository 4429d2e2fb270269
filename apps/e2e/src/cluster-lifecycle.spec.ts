import { createCoordinatorClient, type CoordinatorClient } from '@thresher/proto';
import { mkdtempSync, rmSync } from 'node:fs';
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
import { smallSweep } from './support/sweeps';

// Stopping work on purpose: a cancelled sweep stops the bundle a worker is training
// (through the heartbeat), and a draining worker hands its work back after the grace period.

const dir = mkdtempSync(path.join(tmpdir(), 'thresher-lifecycle-'));
const started: ManagedProcess[] = [];
const clients: CoordinatorClient[] = [];

beforeAll(() => requireBuiltApps());
afterEach(async () => {
  clients.splice(0).forEach((c) => c.close());
  await Promise.all(started.splice(0).map((p) => p.stop('SIGKILL')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function setup(name: string, workerArgs: string[]) {
  const db = path.join(dir, `${name}.db`);
  const c = await startCoordinator(['--port', '0', '--db', db, '--lease-ms', '3000']);
  started.push(c.proc);
  const api = createCoordinatorClient(c.address, { deadlineMs: 10_000 });
  clients.push(api);
  // Long trials of one shape: one bundle of 8 that takes far longer than the test waits.
  await api.submitSweep({
    specJson: JSON.stringify(
      smallSweep(name, { ns: [32], seeds: 8, steps: 200_000, widths: [32] }),
    ),
  });
  const w = startWorker(name, [
    '--coordinator',
    c.address,
    '--concurrency',
    '1',
    '--max-bundle',
    '8',
    ...workerArgs,
  ]);
  started.push(w.proc);
  const id = await w.id();
  await waitFor('the worker to hold its bundle', async () => {
    const s = await api.getSweepStatus({ name });
    return s.counts?.leased === 8 ? s : undefined;
  });
  return { db, api, worker: w, id };
}

describe('stopping work', () => {
  it(
    'cancelling a sweep stops the bundle being trained, through the heartbeat',
    { timeout: 60_000 },
    async () => {
      const { db, api, worker } = await setup('cancel-me', []);
      expect((await api.cancelSweep({ name: 'cancel-me' })).cancelled).toBe(8);
      await worker.proc.waitForLine(/stopping a bundle of 8 trial\(s\)/, 10_000);
      const status = await api.getSweepStatus({ name: 'cancel-me' });
      expect(status).toMatchObject({
        status: 'cancelled',
        counts: { cancelled: 8, done: 0, leased: 0 },
      });
      expect(worker.proc.running).toBe(true); // the worker itself goes on
      expect(await worker.proc.stop('SIGTERM')).toEqual({ code: 0, signal: null });
      const audit = await auditSweep(db, 'cancel-me');
      expect(audit.rows.every((r) => r.status === 'cancelled')).toBe(true);
      expect(audit.rows.every((r) => r.train_loss === null || r.train_loss === undefined)).toBe(
        true,
      );
      expect([...audit.completedAttempts.values()]).toEqual(Array(8).fill(0));
    },
  );

  it(
    'a draining worker hands its bundle back after the grace period and exits 0',
    { timeout: 60_000 },
    async () => {
      const { api, worker, id } = await setup('hand-back', ['--drain-grace-ms', '500']);
      const exit = await worker.proc.stop('SIGTERM');
      expect(exit).toEqual({ code: 0, signal: null });
      expect(worker.proc.lines.join('\n')).toMatch(/handed back 8 lease\(s\)/);
      const status = await api.getSweepStatus({ name: 'hand-back' });
      expect(status.counts).toMatchObject({ pending: 8, leased: 0, failed: 0 });
      const w = (await api.listWorkers({})).workers.find((x) => x.workerId === id);
      expect(w?.state).toBe('drained');
    },
  );
});
