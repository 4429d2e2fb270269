import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report';
import { mulberry32 } from './prng';
import {
  REPORT_MAX_SEEDS,
  ReportAccumulator,
  groupKeyOf,
  summarizeCurve,
} from './report-accumulator';
import type { ReportRow } from './report-row';
import { syntheticSweepRows } from './synthetic-sweep';
import { syntheticCurves } from './test-support/synthetic-curves';
import { fitThreshold } from './threshold-fit';
import { logSpacedSteps, overTimeSteps, type StepLoss } from './threshold-over-time';

/** The order of the store's trial_results rows: n, width, seed, trial id. */
function storeOrder(rows: readonly ReportRow[]): ReportRow[] {
  return [...rows].sort(
    (a, b) =>
      a.n - b.n ||
      a.width - b.width ||
      a.seed - b.seed ||
      (a.trial_id < b.trial_id ? -1 : a.trial_id > b.trial_id ? 1 : 0),
  );
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('ReportAccumulator', () => {
  const rows = syntheticSweepRows({
    sweep: 'acc',
    ns: [8, 16, 32, 64, 128, 256, 512],
    widths: [16, 64, 256],
    seeds: 6,
    failRate: 0.05,
    pendingRate: 0.05,
  });
  for (const [i, row] of rows.entries()) if (row.status === 'failed') row.error = `e${i % 3}`;
  const curves = syntheticCurves(rows, {
    nStar: (w) => 32 * Math.sqrt(w),
    drift: 0.3,
    aligned: (n, step, seed) => Math.min(1, (step / 10_000) * (1 + seed / 5) * (n / 64)),
  });

  it('streamed in any order with n-seed order, equals buildReport over the sorted rows', () => {
    const at = new Date(0);
    const want = buildReport({
      sweep: 'acc',
      rows: storeOrder(rows),
      trainCurves: curves,
      generatedAt: at,
      bootstrapResamples: 200,
    });
    // What the store hands over: trials by trial id, each curve at the chosen steps only.
    const accumulator = new ReportAccumulator({
      order: 'n-seed',
      stepsOf: (params) => overTimeSteps([{ params }]),
    });
    for (const row of shuffled(rows, 3)) {
      const whole = curves.get(row.trial_id);
      const summary = whole ? summarizeCurve(whole) : null;
      const steps = accumulator.stepsFor(row);
      // As the store sends it: columns over the asked steps (one more that no group asked).
      const asked = [...steps, 7];
      const at = (p: StepLoss | undefined, v: number | undefined) => (p ? (v ?? NaN) : NaN);
      const points = asked.map((s) => whole?.find((p) => p.step === s));
      accumulator.add(
        row,
        summary && {
          halfAlignedStep: summary.halfAlignedStep,
          aligned: summary.aligned,
          at: {
            steps: asked,
            trainLoss: points.map((p) => at(p, p?.train_loss)),
            alignedFraction: points.map((p) => at(p, p?.aligned_fraction)),
          },
        },
      );
    }
    const got = accumulator.build({ sweep: 'acc', generatedAt: at, bootstrapResamples: 200 });
    expect(got).toEqual({ ...want, curves: [] });
    expect(got.groups.some((g) => g.overTime?.alignment)).toBe(true);
    expect(got.progress.topErrors.length).toBeGreaterThan(1);
  });

  it('chooses from the parameters the steps the curves recorded (the store reads only those)', () => {
    const row = rows.find((r) => r.status === 'done')!;
    const recorded = curves.get(row.trial_id)!.map((p) => p.step);
    const accumulator = new ReportAccumulator({
      order: 'n-seed',
      stepsOf: (params) => overTimeSteps([{ params }]),
    });
    expect(accumulator.stepsFor(row)).toEqual(logSpacedSteps(recorded));
    expect(groupKeyOf(row)).toContain('\u0001');
  });

  it('fits a group of more seeds than it resamples from the moments of all and a subsample', () => {
    const seeds = 2 * REPORT_MAX_SEEDS + 400;
    const big = syntheticSweepRows({
      sweep: 'big',
      ns: [32, 64, 128, 256, 512, 1024, 2048],
      widths: [64],
      seeds,
      ratioNoise: 0.1,
    });
    const model = buildReport({ sweep: 'big', rows: big, bootstrapResamples: 400 });
    const points = big.flatMap((r) =>
      r.status === 'done' && typeof r.interp_ratio === 'number'
        ? [{ n: r.n, seed: r.seed, y: r.interp_ratio }]
        : [],
    );
    const exact = fitThreshold(points, { resamples: 400, rngSeed: 5 });
    const t = model.groups[0]!.threshold;
    expect(t.verdict).toBe('threshold');
    // n*, k, RMS: the least-squares fit over every trial, from its moments (to rounding).
    expect(t.nStar! / exact.nStar!).toBeCloseTo(1, 9);
    expect(t.k!).toBeCloseTo(exact.k!, 6);
    expect(t.trials).toBe(exact.trials);
    expect(t.seeds).toBe(seeds);
    // Every third of 1 400 seeds by rank (467) estimates the spread of ln n* to about
    // 1 / sqrt(2 * 467) = 3.3%, and each bootstrap of 400 resamples adds about 5% on a 2.5%
    // quantile's distance: 20% on each half-width (log scale) is over 3 sd.
    const half = (lo: number, hi: number, nStar: number) => [
      Math.log(nStar / lo),
      Math.log(hi / nStar),
    ];
    const got = half(t.ci!.lo, t.ci!.hi, t.nStar!);
    const want = half(exact.ci![0], exact.ci![1], exact.nStar!);
    for (let i = 0; i < 2; i++) {
      expect(got[i]! / want[i]!).toBeGreaterThan(0.8);
      expect(got[i]! / want[i]!).toBeLessThan(1.2);
    }
  });
});
