import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '@thresher/store';
import { buildReport, curveTrialIds, withCurves, type StepLoss } from '@thresher/report';
import {
  PARAM_DEFAULTS,
  trialId,
  type CurvePoint,
  type TrialOutcome,
  type TrialParams,
} from '@thresher/sweep';
import { loadReportModel } from './report';

const NOW = new Date('2026-01-01T00:00:00Z');

/** A result whose ratio follows a logistic in ln n with a seed offset, on a 6-point curve. */
function result(p: TrialParams): TrialOutcome {
  const nStar = 4 * Math.sqrt(p.width);
  const ratio = Math.min(
    1,
    Math.max(0.01, 1 / (1 + (nStar / p.n) ** 2) + 0.03 * ((p.seed % 3) - 1)),
  );
  const ols = 0.1;
  const curve: CurvePoint[] = [];
  for (let step = 0; step <= p.steps; step += p.record_every) {
    const f = step / p.steps;
    curve.push({
      step,
      train_loss: ols * (ratio + (1 - f) * (1.5 - ratio)),
      test_loss: 0.3,
      aligned_fraction: Math.min(1, f * (0.4 + ratio)),
    });
  }
  const last = curve[curve.length - 1] as CurvePoint;
  return {
    metrics: {
      train_loss: last.train_loss,
      test_loss: 0.3,
      excess_risk: 0.05,
      ols_train_loss: ols,
      ols_test_loss: 0.25,
      ols_excess_risk: 0.04,
      interp_ratio: last.train_loss / ols,
      test_ratio: 0.3 / 0.25,
      aligned_fraction: 0.5,
      converged: p.seed !== 1,
    },
    curve,
    wall_ms: 5,
    backend: 'test',
  };
}

describe('loadReportModel', () => {
  let dir: string;
  let store: Store;
  const sweep = 'cli-report';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'thresher-cli-report-'));
    const writer = await openStore(path.join(dir, 'r.db'));
    const trials = [16, 64].flatMap((width) =>
      [4, 8, 16, 32, 64].flatMap((n) =>
        [0, 1, 2, 3].map((seed) => {
          const params: TrialParams = {
            ...PARAM_DEFAULTS,
            n,
            width,
            seed,
            steps: 500,
            record_every: 50,
          };
          return { trialId: trialId(params), params };
        }),
      ),
    );
    await writer.insertSweep({ name: sweep, spec: {}, trials });
    await writer.upsertWorker(
      { workerId: 'w', host: 'h', cores: 1, backend: 'test', version: 'test' },
      NOW,
    );
    const leases = await writer.leaseTrials({ workerId: 'w', max: 100, leaseMs: 60_000, now: NOW });
    // Two trials fail, one stays leased: the progress, errors and counts are read too.
    const [fail1, fail2, running, ...done] = leases;
    for (const [lease, error] of [
      [fail1, 'diverged'],
      [fail2, 'out of memory'],
    ] as const) {
      await writer.failAttempt({
        attemptId: lease!.attemptId,
        workerId: 'w',
        error,
        retryable: false,
        now: NOW,
        maxAttempts: 1,
      });
    }
    expect(running).toBeDefined();
    await writer.completeAttempts(
      done.map((l) => ({
        attemptId: l.attemptId,
        workerId: 'w',
        outcome: result(l.params),
        now: NOW,
      })),
    );
    await writer.close();
    store = await openStore(path.join(dir, 'r.db'), { readonly: true });
  });

  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('streams the same report as buildReport over every row and whole curve', async () => {
    // What `thresher report` did before: every row, every curve point in memory.
    const rows = await store.trialResults(sweep);
    const trainCurves = new Map<string, StepLoss[]>();
    for await (const p of store.iterateCurves(sweep)) {
      const point: StepLoss = { step: p.step, train_loss: p.train_loss };
      if (p.aligned_fraction !== undefined) point.aligned_fraction = p.aligned_fraction;
      const curve = trainCurves.get(p.trial_id);
      if (curve) curve.push(point);
      else trainCurves.set(p.trial_id, [point]);
    }
    const built = buildReport({ sweep, rows, trainCurves, generatedAt: NOW });
    const curves = new Map<string, CurvePoint[]>();
    for (const id of curveTrialIds(built)) curves.set(id, await store.trialCurve(id));
    const want = withCurves(built, curves, rows);

    const { model, rows: failed } = await loadReportModel(store, sweep);
    expect({ ...model, generatedAt: want.generatedAt }).toEqual(want);
    expect(model.groups.every((g) => g.overTime?.alignment)).toBe(true);
    expect(model.curves.length).toBeGreaterThan(0);
    expect(failed.map((r) => r.error).sort()).toEqual(['diverged', 'out of memory']);
    expect(model.progress).toMatchObject({ failed: 2, running: 1 });
  });
});
