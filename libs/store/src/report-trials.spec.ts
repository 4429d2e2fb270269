import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from './open-store';
import type { Store } from './store';
import { UnknownSweepError } from './errors';
import { DIALECTS, freshLocation } from './test-support/databases';
import { grid, outcome } from './test-support/fixtures';

const T0 = new Date('2026-01-01T00:00:00Z');
const worker = { host: 'h', cores: 2, backend: 'tensorflow', version: '0.1.0' };

describe.each(DIALECTS)('report trials on %s', (dialect) => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore(freshLocation(dialect));
  });
  afterEach(async () => {
    await store.close();
  });

  it('pages every trial with its curve at the asked steps and the aggregates of the rest', async () => {
    // 3 n x 5 seeds; n=8 done with 5-point curves whose aligned_fraction crosses 1/2 at the
    // 4th point, n=16 done, n=32 left leased.
    const trials = grid([8, 16, 32], [0, 1, 2, 3, 4], { steps: 1000 });
    await store.insertSweep({ name: 'r', spec: {}, trials });
    await store.upsertWorker({ workerId: 'w', ...worker }, T0);
    const leases = await store.leaseTrials({ workerId: 'w', max: 100, leaseMs: 60_000, now: T0 });
    await store.completeAttempts(
      leases
        .filter((l) => l.params.n !== 32)
        .map((l) => {
          const result = outcome(5, { interp_ratio: 0.1 * (l.params.seed + 1) }, 1000);
          if (l.params.n === 8) {
            result.curve.forEach((p, i) => (p.aligned_fraction = 0.2 * i));
          }
          return { attemptId: l.attemptId, workerId: 'w', outcome: result, now: T0 };
        }),
    );
    const asked: string[] = [];
    const seen = [];
    for await (const t of store.iterateReportTrials('r', {
      pageSize: 4,
      stepsOf: (row) => {
        asked.push(row.trial_id);
        // n=16 asks one step more: pages met after the first read their curves again.
        return row.n === 16 ? [250, 1000, 999, 500] : [250, 1000, 999];
      },
    })) {
      seen.push(t);
    }
    expect(seen.map((t) => t.row.trial_id)).toEqual(trials.map((t) => t.trialId).sort());
    // Steps are asked of the done trials with a ratio only.
    expect(asked).toHaveLength(10);
    for (const { row, curve } of seen) {
      expect(row).toMatchObject({ bias: false, converged: row.status === 'done' ? true : null });
      if (row.n === 32) {
        expect(row.status).toBe('leased');
        expect(row.interp_ratio).toBeNull();
        expect(curve).toBeNull();
        continue;
      }
      expect(row.interp_ratio).toBeCloseTo(0.1 * (row.seed + 1), 12);
      const stored = await store.trialCurve(row.trial_id);
      const own = row.n === 16 ? [250, 500, 1000] : [250, 1000];
      expect(curve).toMatchObject({
        stored: 5,
        aligned: row.n === 8,
        // 0, 0.2, 0.4, 0.6, 0.8 at steps 0, 250, 500, 750, 1000.
        halfAlignedStep: row.n === 8 ? 750 : null,
      });
      // Every step asked for is read, maybe others of the page too: each as stored.
      for (const step of own) expect(curve!.steps).toContain(step);
      curve!.steps.forEach((step, i) => {
        const p = stored.find((q) => q.step === step);
        expect(curve!.trainLoss[i]).toBe(p ? p.train_loss : Number.NaN);
        expect(curve!.alignedFraction[i]).toBe(p?.aligned_fraction ?? Number.NaN);
      });
    }
    const bare = [];
    for await (const t of store.iterateReportTrials('r')) bare.push(t);
    expect(bare.every((t) => t.curve === null)).toBe(true);
    expect(bare).toHaveLength(15);
  });

  it("reads the curves of the sweep's own trials only, whatever other trials lie between", async () => {
    // Two sweeps whose trial ids (hashes) interleave: a page's id range holds trials of both.
    const mine = grid([8, 16], [0, 1, 2, 3], { steps: 1000 });
    const others = grid([8, 16], [0, 1, 2, 3], { steps: 1000, width: 32 });
    await store.insertSweep({ name: 'mine', spec: {}, trials: mine });
    await store.insertSweep({ name: 'others', spec: {}, trials: others });
    await store.upsertWorker({ workerId: 'w', ...worker }, T0);
    const leases = await store.leaseTrials({ workerId: 'w', max: 100, leaseMs: 60_000, now: T0 });
    await store.completeAttempts(
      leases.map((l) => {
        const result = outcome(5, { interp_ratio: 0.5 }, 1000);
        // aligned_fraction at the odd points only: 0.6 at step 250, 0.4 at step 750.
        result.curve.forEach((p, i) => {
          if (i % 2 === 1) p.aligned_fraction = i === 1 ? 0.6 : 0.4;
          else delete p.aligned_fraction;
        });
        return { attemptId: l.attemptId, workerId: 'w', outcome: result, now: T0 };
      }),
    );
    const seen = [];
    for await (const t of store.iterateReportTrials('mine', {
      pageSize: 3,
      stepsOf: () => [0, 250, 500, 2000],
    })) {
      seen.push(t);
    }
    expect(seen.map((t) => t.row.trial_id)).toEqual(mine.map((t) => t.trialId).sort());
    for (const { curve } of seen) {
      expect(curve).toEqual({
        steps: [0, 250, 500, 2000],
        // 1/(i+1) at steps 0, 250, 500; no point at 2000.
        trainLoss: Float64Array.from([1, 1 / 2, 1 / 3, Number.NaN]),
        alignedFraction: Float64Array.from([Number.NaN, 0.6, Number.NaN, Number.NaN]),
        stored: 5,
        aligned: true,
        halfAlignedStep: 250,
      });
    }
  });

  it('names an unknown sweep', async () => {
    const read = async () => {
      for await (const _ of store.iterateReportTrials('nope')) void _;
    };
    await expect(read()).rejects.toBeInstanceOf(UnknownSweepError);
  });
});
