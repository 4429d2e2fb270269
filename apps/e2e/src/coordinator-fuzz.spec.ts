import * as grpc from '@grpc/grpc-js';
import { createCoordinatorClient, waitForServing, type CoordinatorClient } from '@thresher/proto';
import type { TrialResultRow } from '@thresher/store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FUZZ_METHODS,
  FuzzRandom,
  falseResults,
  fuzzCase,
  isStream,
  rpcOf,
} from './support/fuzz-messages';
import {
  requireBuiltApps,
  startCoordinator,
  startWorker,
  waitFor,
  type Coordinator,
  type Worker,
} from './support/processes';
import { auditSweep } from './support/results';
import { rawCall, rawStream } from './support/raw-call';
import { smallSweep } from './support/sweeps';

// 10 000 hostile messages by default; the benchmarks run longer (THRESHER_FUZZ_MESSAGES).
const MESSAGES = Number(process.env['THRESHER_FUZZ_MESSAGES'] ?? 10_000);
const SEED = Number(process.env['THRESHER_FUZZ_SEED'] ?? 20261201);
const IN_FLIGHT = 32;
const TOKEN = 'fuzz-secret-token';

const dir = mkdtempSync(path.join(tmpdir(), 'thresher-fuzz-'));
const db = path.join(dir, 'fuzz.db');
let coordinator: Coordinator;
let api: CoordinatorClient;
let honest: Worker | undefined;

beforeAll(async () => {
  requireBuiltApps();
  coordinator = await startCoordinator([
    '--port',
    '0',
    '--db',
    db,
    '--token',
    TOKEN,
    '--lease-ms',
    '10000',
  ]);
  api = createCoordinatorClient(coordinator.address, { token: TOKEN, deadlineMs: 20_000 });
});

afterAll(async () => {
  api?.close();
  await honest?.proc.stop('SIGKILL');
  await coordinator?.proc.stop('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const comparable = (rows: TrialResultRow[]) =>
  new Map(rows.filter((r) => r.status === 'done').map((r) => [r.trial_id, JSON.stringify(r)]));

describe('a coordinator under fuzzing', () => {
  it(
    `answers ${MESSAGES} hostile messages to every RPC while an honest worker completes a sweep`,
    { timeout: 600_000 },
    async () => {
      // Before any honest worker runs, a liar with a registration of its own leases real
      // trials and answers them with well-formed but false results: each is refused.
      await api.submitSweep({ specJson: JSON.stringify(smallSweep('lies', { steps: 400 })) });
      const liar = await api.registerWorker({
        host: 'liar',
        cores: 1,
        backend: 'cpu',
        name: 'liar',
      });
      const { trials: lied } = await api.leaseWork({
        workerId: liar.workerId,
        workerSecret: liar.workerSecret,
        capacity: 16,
      });
      expect(lied.length).toBeGreaterThan(0);
      const refusals = new Map<string, number>();
      for (const t of lied) {
        for (const f of falseResults(t.attemptId as number, t.params?.steps as number)) {
          // The 19 MB message once is enough.
          if (f.status === 'RESOURCE_EXHAUSTED' && t !== lied[0]) continue;
          const single = await api
            .completeTrial({
              workerId: liar.workerId,
              workerSecret: liar.workerSecret,
              ...f.result,
            })
            .then(
              () => 'OK',
              (e: unknown) => (e as { codeName?: string }).codeName ?? 'UNKNOWN',
            );
          expect(single, f.name).toBe(f.status);
          if (f.status === 'RESOURCE_EXHAUSTED') continue;
          const { outcomes } = await api.completeTrials({
            workerId: liar.workerId,
            workerSecret: liar.workerSecret,
            results: [f.result],
          });
          expect(outcomes[0]?.errorCode, f.name).toBe(grpc.status.INVALID_ARGUMENT);
          refusals.set(f.name, (refusals.get(f.name) ?? 0) + 1);
        }
      }
      console.log(`fuzz: false results refused: ${JSON.stringify(Object.fromEntries(refusals))}`);
      // The liar leaves: its leases go back to the queue, for the honest worker.
      expect(
        await api.drain({ workerId: liar.workerId, workerSecret: liar.workerSecret }),
      ).toMatchObject({ released: lied.length });

      // A sweep finished before the attack: it must come out of it byte for byte the same.
      honest = startWorker('honest', [
        '--coordinator',
        coordinator.address,
        '--token',
        TOKEN,
        '--concurrency',
        '1',
      ]);
      await honest.id();
      await api.submitSweep({ specJson: JSON.stringify(smallSweep('before', { steps: 50 })) });
      await waitFor('sweep before done', async () => {
        const s = await api.getSweepStatus({ name: 'before' });
        return s.counts?.done === s.counts?.total ? true : undefined;
      });
      const before = comparable((await auditSweep(db, 'before')).rows);
      expect(before.size).toBe(16);

      // The sweep trained during the attack.
      const target = smallSweep('honest', { seeds: 6, steps: 3000 });
      const submitted = await api.submitSweep({ specJson: JSON.stringify(target) });
      expect(submitted.total).toBe(48);

      const client = new grpc.Client(coordinator.address, grpc.credentials.createInsecure(), {
        'grpc.max_send_message_length': 64 * 1024 * 1024,
      });
      const random = new FuzzRandom(SEED);
      const byStatus = new Map<string, number>();
      const perMethod = new Map<string, number>();
      let next = 0;
      let openStreams = 0;
      const started = performance.now();
      const lane = async () => {
        while (next < MESSAGES) {
          const i = next++;
          const c = fuzzCase(i, random);
          const roll = random.next();
          const token = roll < 0.5 ? TOKEN : roll < 0.75 ? undefined : 'wrong-token';
          const name = rpcOf(c.method).name;
          let code: grpc.status;
          if (isStream(c.method)) {
            const answer = await rawStream(client, name, c.bytes, token);
            code = answer.code;
            if (answer.open) openStreams++;
          } else {
            const answer = await rawCall(client, name, c.bytes, token);
            code = Buffer.isBuffer(answer) ? grpc.status.OK : answer.code;
          }
          const key = grpc.status[code] ?? String(code);
          byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
          perMethod.set(c.method, (perMethod.get(c.method) ?? 0) + 1);
        }
      };
      await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
      const seconds = (performance.now() - started) / 1000;
      client.close();
      console.log(
        `fuzz: ${MESSAGES} messages in ${seconds.toFixed(1)} s (${Math.round(MESSAGES / seconds)}/s), seed ${SEED}; ` +
          `statuses ${JSON.stringify(Object.fromEntries(byStatus))}; ${openStreams} WatchSweep streams open until cancelled`,
      );

      // Every RPC was hit, every answer was a deliberate one: no crash, no internal error.
      expect(new Set(perMethod.keys())).toEqual(new Set(FUZZ_METHODS));
      expect([...byStatus.values()].reduce((a, b) => a + b, 0)).toBe(MESSAGES);
      expect(byStatus.get('INTERNAL') ?? 0).toBe(0);
      expect(byStatus.get('UNKNOWN') ?? 0).toBe(0);
      expect(byStatus.get('UNAVAILABLE') ?? 0).toBe(0);
      expect(byStatus.get('UNAUTHENTICATED') ?? 0).toBeGreaterThan(MESSAGES * 0.4);
      // Some WatchSweep requests were valid enough to stream the sweep that exists.
      expect(openStreams).toBeGreaterThan(0);
      expect(coordinator.proc.running).toBe(true);
      await waitForServing(coordinator.address, { deadline: Date.now() + 5_000 });

      // The honest sweep completes, each trial once; the earlier sweep is unchanged.
      await waitFor(
        'honest sweep done',
        async () => {
          const s = await api.getSweepStatus({ name: 'honest' });
          return s.counts?.done === 48 ? true : undefined;
        },
        300_000,
        500,
      );
      const audit = await auditSweep(db, 'honest');
      expect(audit.rows).toHaveLength(48);
      expect(audit.notDone).toEqual([]);
      for (const count of audit.completedAttempts.values()) expect(count).toBe(1);
      expect([...audit.workers]).toEqual([await honest.id()]);
      expect(comparable((await auditSweep(db, 'before')).rows)).toEqual(before);
      // Every trial the liar answered was recorded from the honest worker's result alone.
      const lies = await auditSweep(db, 'lies');
      expect(lies.notDone).toEqual([]);
      expect([...lies.workers]).toEqual([await honest.id()]);
    },
  );
});
