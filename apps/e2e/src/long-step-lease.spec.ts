import { createCoordinatorClient, type CoordinatorClient } from '@thresher/proto';
import { openStore, runReadOnlyQuery } from '@thresher/store';
import { completeParams, stepFlops, trialFlops } from '@thresher/sweep';
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

// Heartbeats never starve: one optimizer step of this trial (about 250 GFLOP) takes longer
// than the whole lease, yet the worker keeps its lease because training runs in the slot's
// own process while the worker's event loop heartbeats.

const dir = mkdtempSync(path.join(tmpdir(), 'thresher-long-step-'));
const started: ManagedProcess[] = [];
const clients: CoordinatorClient[] = [];
// Heartbeats every 333 ms, so a loaded machine may be late by two of them. One step here is
// about 250 GFLOP: over a second at the peak float32 rate of two current cores (AVX-512 at
// 3 GHz: 2 x 96 GFLOP/s), so it outlasts the lease; the end of the test checks that it did.
const LEASE_MS = 1000;
const FIXED = { n: 20_000, width: 2048, d: 1000, steps: 2, record_every: 2, test_size: 500 };

beforeAll(() => requireBuiltApps());
afterEach(async () => {
  clients.splice(0).forEach((c) => c.close());
  await Promise.all(started.splice(0).map((p) => p.stop('SIGKILL')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a step longer than the lease', () => {
  it(
    'keeps its lease: no attempt expires, the trial completes once',
    { timeout: 240_000 },
    async () => {
      const db = path.join(dir, 'long.db');
      const c = await startCoordinator(['--port', '0', '--db', db, '--lease-ms', String(LEASE_MS)]);
      started.push(c.proc);
      const api = createCoordinatorClient(c.address, { deadlineMs: 10_000 });
      clients.push(api);
      await api.submitSweep({
        specJson: JSON.stringify({ name: 'long', grid: { seed: [0] }, fixed: FIXED }),
      });
      const w = startWorker('long', ['--coordinator', c.address, '--concurrency', '1']);
      started.push(w.proc);
      await w.id();
      await waitFor(
        'the trial to finish',
        async () => {
          const s = await api.getSweepStatus({ name: 'long' });
          return (s.counts?.done ?? 0) + (s.counts?.failed ?? 0) === 1 ? s : undefined;
        },
        220_000,
        250,
      );
      const { rows } = await runReadOnlyQuery(
        db,
        "SELECT status, attempts, wall_ms FROM trial_results WHERE sweep = 'long'",
      );
      expect(rows).toHaveLength(1);
      const [status, attempts, wallMs] = rows[0] as [string, number, number];
      expect({ status, attempts: Number(attempts) }).toEqual({ status: 'done', attempts: 1 });
      const store = await openStore(db, { readonly: true });
      try {
        const trialId = String(
          (await runReadOnlyQuery(db, 'SELECT trial_id FROM trials')).rows[0]![0],
        );
        const outcomes = (await store.trialAttempts(trialId)).map((a) => a.outcome);
        expect(outcomes).toEqual(['completed']);
      } finally {
        await store.close();
      }
      // The test means something only if one step outlasted the lease: the step's share of
      // the trial's measured wall time, by the cost model, is above LEASE_MS.
      const p = completeParams(FIXED);
      const stepMs = (Number(wallMs) * stepFlops(p)) / trialFlops(p);
      expect(stepMs).toBeGreaterThan(LEASE_MS);
    },
  );
});
