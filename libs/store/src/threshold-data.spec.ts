import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from './open-store';
import type { Store } from './store';
import { InvalidInputError, UnknownSweepError } from './errors';
import { DIALECTS, freshLocation } from './test-support/databases';
import { grid, outcome } from './test-support/fixtures';

const T0 = new Date('2026-01-01T00:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const worker = { host: 'h', cores: 2, backend: 'tensorflow', version: '0.1.0' };

describe.each(DIALECTS)('live threshold reads on %s', (dialect) => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(freshLocation(dialect));
  });
  afterEach(async () => {
    await store.close();
  });

  /** Two widths x n in {8, 16} x seeds {0, 1, 2}: 12 trials; every trial of n=8 done. */
  async function seed(): Promise<void> {
    const trials = [...grid([8, 16], [0, 1, 2]), ...grid([8, 16], [0, 1, 2], { width: 64 })];
    await store.insertSweep({ name: 's', spec: {}, trials });
    await store.upsertWorker({ workerId: 'w1', ...worker }, T0);
    await store.upsertWorker({ workerId: 'w2', ...worker }, T0);
    const owners = new Map<string, string>();
    const leases = [];
    // One batch key per lease call: lease until nothing is left, on either worker.
    for (const workerId of ['w1', 'w2', 'w1', 'w2']) {
      const got = await store.leaseTrials({ workerId, max: 100, leaseMs: 60_000, now: T0 });
      for (const l of got) owners.set(l.trialId, workerId);
      leases.push(...got);
    }
    expect(leases).toHaveLength(12);
    const byTrial = new Map(leases.map((l) => [l.trialId, l]));
    const leaseOwner = (trialId: string) => owners.get(trialId) as string;
    for (const t of trials) {
      const lease = byTrial.get(t.trialId)!;
      if (t.params.n !== 8) continue;
      const ratio = t.params.seed === 2 ? null : 0.1 * (t.params.seed + 1) + t.params.width / 1000;
      await store.completeAttempt({
        attemptId: lease.attemptId,
        workerId: leaseOwner(t.trialId),
        outcome: outcome(3, { interp_ratio: ratio }),
        now: at(1000),
      });
    }
    const failing = leases.find((l) => l.params.n === 16 && l.params.width === 64)!;
    await store.failAttempt({
      attemptId: failing.attemptId,
      workerId: leaseOwner(failing.trialId),
      error: 'boom',
      retryable: false,
      now: at(1100),
      maxAttempts: 1,
    });
  }

  it('aggregates per group and n, and lists each done trial ratio', async () => {
    await seed();
    const data = await store.sweepThresholdData('s');
    expect(data.sweep).toBe('s');
    const groups = [...data.groups].sort((a, b) => Number(a.params.width) - Number(b.params.width));
    expect(groups.map((g) => g.params.width)).toEqual([16, 64]);
    expect(groups[0]!.params).toMatchObject({ d: 5, bias: false, optimizer: 'gd' });
    expect(groups[0]!.params).not.toHaveProperty('n');
    expect(groups[0]!.params).not.toHaveProperty('seed');
    const [g16, g64] = groups;
    expect(g16!.byN.map((c) => c.n)).toEqual([8, 16]);
    const n8 = g16!.byN[0]!;
    expect(n8).toMatchObject({
      done: 3,
      leased: 0,
      pending: 0,
      failed: 0,
      unconverged: 0,
      ratioCount: 2,
    });
    expect(n8.ratioSum).toBeCloseTo(0.1 + 0.2 + 2 * 0.016, 10);
    expect(n8.ratioSumSq).toBeCloseTo(0.116 ** 2 + 0.216 ** 2, 10);
    expect(g16!.byN[1]).toMatchObject({ n: 16, leased: 3, done: 0, ratioCount: 0, ratioSum: 0 });
    expect(g64!.byN[1]).toMatchObject({ n: 16, leased: 2, failed: 1 });
    // Four done trials with a ratio (seed 2 has none), each pointing at its own group.
    expect(data.points).toHaveLength(4);
    for (const p of data.points) {
      const width = data.groups[p.group]!.params.width as number;
      expect(p.n).toBe(8);
      expect(p.y).toBeCloseTo(0.1 * (p.seed + 1) + width / 1000, 10);
    }
  });

  it('reads interp_ratio(t) of the done trials at the steps chosen from the groups', async () => {
    await seed();
    const seen: number[] = [];
    const data = await store.sweepThresholdData('s', {
      curveSteps: (groups) => {
        seen.push(groups.length);
        return [0, groups[0]!.params.steps as number];
      },
    });
    expect(seen).toEqual([2]);
    const points = data.curvePoints ?? [];
    // Four done trials with a ratio, two of the three recorded steps each (5 000 not asked).
    expect(points).toHaveLength(8);
    for (const p of points) {
      const width = data.groups[p.group]!.params.width as number;
      const final = 0.1 * (p.seed + 1) + width / 1000;
      // train_loss / ols_train_loss: 1 / 0.2 at step 0 (the fixture's curve), the trial's own
      // ratio at the last step (to rounding: the fixture derives the loss from the ratio).
      expect(p.y).toBeCloseTo(p.step === 0 ? 5 : final, 12);
      expect([0, 10_000]).toContain(p.step);
    }
    expect((await store.sweepThresholdData('s')).curvePoints).toBeUndefined();
  });

  it('past maxSeeds, sends the points of every k-th seed and the moments of all', async () => {
    // n in {8, 16, 32} x seeds 0..9: 10 ratios per n; maxSeeds 4 keeps seeds 0, 3, 6, 9 (k 3).
    await store.insertSweep({
      name: 'many',
      spec: {},
      trials: grid([8, 16, 32], [...Array(10).keys()]),
    });
    await store.upsertWorker({ workerId: 'w1', ...worker }, T0);
    const leases = await store.leaseTrials({ workerId: 'w1', max: 100, leaseMs: 60_000, now: T0 });
    await store.completeAttempts(
      leases.map((l) => ({
        attemptId: l.attemptId,
        workerId: 'w1',
        outcome: outcome(3, { interp_ratio: l.params.n / 64 + l.params.seed / 100 }),
        now: at(500),
      })),
    );
    const all = await store.sweepThresholdData('many');
    expect(all.seedStride).toBeUndefined();
    expect(all.points).toHaveLength(30);
    const data = await store.sweepThresholdData('many', {
      maxSeeds: 4,
      curveSteps: (groups) => [groups[0]!.params.steps as number],
    });
    expect(data.seedStride).toBe(3);
    expect([...new Set(data.points.map((p) => p.seed))].sort((a, b) => a - b)).toEqual([
      0, 3, 6, 9,
    ]);
    expect(data.points).toHaveLength(12);
    expect(data.curvePoints).toHaveLength(12);
    expect(data.curvePoints!.every((p) => p.seed % 3 === 0)).toBe(true);
    // The aggregates still hold every trial.
    expect(data.groups[0]!.byN.map((c) => c.ratioCount)).toEqual([10, 10, 10]);
    expect((await store.sweepThresholdData('many', { maxSeeds: 10 })).seedStride).toBe(1);

    // A larger sweep beside it, done at the same seeds: its subsample is found through the seed
    // index (it holds most of the trials), the small sweep's by walking its own links; neither
    // takes the other's trials.
    const ns = Array.from({ length: 12 }, (_, i) => 8 + i);
    await store.insertSweep({
      name: 'other',
      spec: {},
      trials: grid(ns, [...Array(10).keys()], { width: 99 }),
    });
    for (;;) {
      const more = await store.leaseTrials({ workerId: 'w1', max: 100, leaseMs: 60_000, now: T0 });
      if (more.length === 0) break;
      await store.completeAttempts(
        more.map((l) => ({
          attemptId: l.attemptId,
          workerId: 'w1',
          outcome: outcome(3, { interp_ratio: 0.5 }),
          now: at(600),
        })),
      );
    }
    for (const [name, width, trials] of [
      ['many', 16, 12],
      ['other', 99, 48],
    ] as const) {
      const sampled = await store.sweepThresholdData(name, { maxSeeds: 4 });
      expect(sampled.seedStride).toBe(3);
      expect(sampled.points).toHaveLength(trials);
      expect(sampled.points.every((p) => p.seed % 3 === 0)).toBe(true);
      expect(sampled.groups.map((g) => g.params['width'])).toEqual([width]);
    }
  });

  it('names an unknown sweep and refuses a bad name', async () => {
    await expect(store.sweepThresholdData('nope')).rejects.toBeInstanceOf(UnknownSweepError);
    await expect(store.sweepThresholdData('')).rejects.toBeInstanceOf(InvalidInputError);
  });

  it('one group only: every point in group 0', async () => {
    await store.insertSweep({ name: 'one', spec: {}, trials: grid([8, 16, 32], [0, 1]) });
    await store.upsertWorker({ workerId: 'w1', ...worker }, T0);
    const leases = await store.leaseTrials({ workerId: 'w1', max: 10, leaseMs: 60_000, now: T0 });
    await store.completeAttempts(
      leases.map((l) => ({
        attemptId: l.attemptId,
        workerId: 'w1',
        outcome: outcome(2, { interp_ratio: l.params.n / 64 }),
        now: at(500),
      })),
    );
    const data = await store.sweepThresholdData('one');
    expect(data.groups).toHaveLength(1);
    expect(data.points.map((p) => p.group)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(data.groups[0]!.byN.map((c) => [c.n, c.done, c.ratioCount])).toEqual([
      [8, 2, 2],
      [16, 2, 2],
      [32, 2, 2],
    ]);
  });

  it('counts trials and steps per worker since a time', async () => {
    await store.insertSweep({
      name: 'w',
      spec: {},
      trials: grid([8, 16, 32], [0], { steps: 100 }),
    });
    await store.upsertWorker({ workerId: 'a', ...worker }, T0);
    await store.upsertWorker({ workerId: 'b', ...worker }, T0);
    const [l1] = await store.leaseTrials({ workerId: 'a', max: 1, leaseMs: 60_000, now: T0 });
    const [l2, l3] = await store.leaseTrials({ workerId: 'b', max: 2, leaseMs: 60_000, now: T0 });
    await store.completeAttempt({
      attemptId: l1!.attemptId,
      workerId: 'a',
      outcome: outcome(5, {}, 100),
      now: at(0),
    });
    await store.completeAttempt({
      attemptId: l2!.attemptId,
      workerId: 'b',
      outcome: outcome(5, {}, 100),
      now: at(0),
    });
    await store.completeAttempt({
      attemptId: l3!.attemptId,
      workerId: 'b',
      outcome: outcome(5, {}, 100),
      now: at(0),
    });
    expect(await store.workerThroughput(at(-1))).toEqual([
      { workerId: 'a', trials: 1, steps: 100 },
      { workerId: 'b', trials: 2, steps: 200 },
    ]);
    expect(await store.workerThroughput(at(1))).toEqual([]);
    await expect(store.workerThroughput(new Date(Number.NaN))).rejects.toBeInstanceOf(
      InvalidInputError,
    );
  });
});
