import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BACKGROUND_NICE, openStore, UnknownSweepError, type Store } from '@thresher/store';
import {
  PARAM_DEFAULTS,
  defaultRecordEvery,
  trialId,
  type TrialOutcome,
  type TrialParams,
} from '@thresher/sweep';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReadThreadError } from '../errors';
import { heavyReadsOn } from './read-jobs';
import { ReadThread } from './read-thread';

// The read thread against a real SQLite file written by this thread's store.

const dir = mkdtempSync(path.join(tmpdir(), 'thresher-read-thread-'));
const location = path.join(dir, 'd.db');
let store: Store;
let thread: ReadThread;

function trials(ns: number[], seeds: number[]) {
  return ns.flatMap((n) =>
    seeds.map((seed) => {
      const params: TrialParams = {
        ...PARAM_DEFAULTS,
        n,
        seed,
        width: 16,
        steps: 10,
        record_every: defaultRecordEvery(10),
      };
      return { trialId: trialId(params), params };
    }),
  );
}

function outcome(ratio: number): TrialOutcome {
  return {
    metrics: {
      train_loss: ratio,
      test_loss: 1,
      excess_risk: 0.5,
      ols_train_loss: 1,
      ols_test_loss: 1,
      ols_excess_risk: 0.5,
      interp_ratio: ratio,
      test_ratio: 1,
      aligned_fraction: 0.5,
      converged: true,
    },
    curve: [{ step: 10, train_loss: ratio, test_loss: 1 }],
    wall_ms: 1,
    backend: 'cpu',
  };
}

beforeAll(async () => {
  store = await openStore(location);
  await store.insertSweep({ name: 'fit', spec: {}, trials: trials([8, 16, 32, 64], [0, 1, 2]) });
  await store.upsertWorker(
    { workerId: 'w', host: 'h', cores: 1, backend: 'cpu', version: 'v' },
    new Date(),
  );
  const leases = await store.leaseTrials({
    workerId: 'w',
    max: 9,
    leaseMs: 60_000,
    now: new Date(),
  });
  await store.completeAttempts(
    leases.map((l) => ({
      attemptId: l.attemptId,
      workerId: 'w',
      outcome: outcome(Math.min(1, l.params.n / 40)),
      now: new Date(),
    })),
  );
  thread = new ReadThread(location);
});

afterAll(async () => {
  await thread?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('read thread', () => {
  it('answers what the store answers in this thread', async () => {
    const inline = heavyReadsOn(store);
    expect(await thread.listSweeps()).toEqual(await store.listSweeps());
    expect(await thread.listSweeps('fit')).toEqual(await store.listSweeps('fit'));
    const [there, here] = await Promise.all([
      thread.thresholdFit('fit', 200),
      inline.thresholdFit('fit', 200),
    ]);
    expect(there.groups).toEqual(here.groups);
    expect(there.varying).toEqual(here.varying);
    expect(there.groups[0]?.counts).toMatchObject({ total: 12, done: 9, running: 3 });
    const since = new Date(Date.now() - 60_000);
    expect(await thread.workerThroughput(since)).toEqual(await store.workerThroughput(since));
    const plots = await thread.thresholdPlots(there.groups, 'p');
    expect(plots).toEqual(await inline.thresholdPlots(here.groups, 'p'));
    expect(plots[0]?.svg).toContain('<svg');
  });

  it('sees what was written after it started', async () => {
    await thread.listSweeps();
    await store.insertSweep({ name: 'later', spec: {}, trials: trials([128], [0]) });
    expect((await thread.listSweeps()).map((s) => s.name)).toEqual(['fit', 'later']);
  });

  it('hands back typed errors: an unknown sweep stays an UnknownSweepError', async () => {
    const err = await thread.thresholdFit('nope', 10).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnknownSweepError);
    expect(err).toMatchObject({ code: 'UNKNOWN_SWEEP', sweep: 'nope', retryable: false });
  });

  it('fails a database it cannot open with a typed error', async () => {
    const missing = new ReadThread(path.join(dir, 'no-such-dir', 'd.db'));
    try {
      const err = await missing.listSweeps().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Error);
      expect((err as { code?: string }).code).toMatch(/^[A-Z_]+$/);
      expect(err).not.toBeInstanceOf(UnknownSweepError);
    } finally {
      await missing.close();
    }
  });

  // Linux only: elsewhere threads keep the process's priority (see lowerThreadPriority).
  it.runIf(process.platform === 'linux')(
    'runs below the event loop: its thread at the background priority',
    async () => {
      const niceOf = (threadId: string) => {
        const stat = readFileSync(`/proc/self/task/${threadId}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      };
      const known = new Set(readdirSync('/proc/self/task'));
      const fresh = new ReadThread(location);
      try {
        // Answering a job means the thread ran its start, the priority included.
        expect((await fresh.listSweeps()).length).toBeGreaterThan(0);
        const started = readdirSync('/proc/self/task').filter((t) => !known.has(t));
        expect(started.map(niceOf)).toContain(BACKGROUND_NICE);
        expect(niceOf(String(process.pid))).toBeLessThan(BACKGROUND_NICE);
      } finally {
        await fresh.close();
      }
    },
  );

  it('refuses work once closed', async () => {
    const closing = new ReadThread(location);
    expect((await closing.listSweeps()).length).toBe(2);
    await closing.close();
    const err = await closing.listSweeps().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadThreadError);
    expect(err).toMatchObject({ code: 'READ_THREAD_CLOSED', retryable: false });
  });
});
