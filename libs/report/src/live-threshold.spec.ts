import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report';
import { InvalidReportInputError } from './errors';
import { GROUP_PARAMS } from './group-rows';
import { buildLiveThreshold, type LiveNAggregate, type LiveThresholdInput } from './live-threshold';
import type { ParamValue } from './report-model';
import type { ReportRow } from './report-row';
import { renderThresholdPlots } from './render-threshold-plots';
import { syntheticSweepRows } from './synthetic-sweep';
import { syntheticCurves } from './test-support/synthetic-curves';
import { overTimeSteps } from './threshold-over-time';

/** What the store's aggregate SQL hands over, computed here from rows. */
function aggregate(sweep: string, rows: readonly ReportRow[]): LiveThresholdInput {
  const groups: { params: Record<string, ParamValue>; byN: Map<number, LiveNAggregate> }[] = [];
  const index = new Map<string, number>();
  const points: { group: number; n: number; seed: number; y: number }[] = [];
  for (const row of rows) {
    const key = GROUP_PARAMS.map((p) => String(row[p])).join('|');
    let g = index.get(key);
    if (g === undefined) {
      g = groups.length;
      index.set(key, g);
      const params: Record<string, ParamValue> = {};
      for (const p of GROUP_PARAMS) params[p] = row[p] as ParamValue;
      groups.push({ params, byN: new Map() });
    }
    const byN = (groups[g] as (typeof groups)[number]).byN;
    let cell = byN.get(row.n);
    if (!cell) {
      cell = {
        n: row.n,
        pending: 0,
        leased: 0,
        done: 0,
        failed: 0,
        cancelled: 0,
        unconverged: 0,
        ratioCount: 0,
        ratioSum: 0,
        ratioSumSq: 0,
      };
      byN.set(row.n, cell);
    }
    cell[row.status]++;
    const y = row.interp_ratio;
    if (row.status === 'done') {
      if (row.converged === false) cell.unconverged++;
      if (typeof y === 'number') {
        cell.ratioCount++;
        cell.ratioSum += y;
        cell.ratioSumSq += y * y;
        points.push({ group: g, n: row.n, seed: row.seed, y });
      }
    }
  }
  return {
    sweep,
    groups: groups.map((g) => ({ params: g.params, byN: [...g.byN.values()] })),
    points,
  };
}

describe('buildLiveThreshold', () => {
  const rows = syntheticSweepRows({
    sweep: 'live',
    ns: [8, 16, 32, 64, 128, 256, 512],
    widths: [16, 64, 256],
    seeds: 4,
    failRate: 0.03,
    pendingRate: 0.1,
  });

  it('gives the same groups, fits and per-n means as the report from rows', () => {
    const report = buildReport({ sweep: 'live', rows, bootstrapResamples: 300 });
    const live = buildLiveThreshold({ ...aggregate('live', rows), bootstrapResamples: 300 });
    expect(live.varyingParams).toEqual(report.varyingParams);
    expect(live.groups.map((g) => [g.id, g.label, g.family])).toEqual(
      report.groups.map((g) => [g.id, g.label, g.family]),
    );
    for (const [i, g] of live.groups.entries()) {
      const r = report.groups[i]!;
      expect(g.counts).toEqual(r.counts);
      expect(g.threshold.verdict).toBe(r.threshold.verdict);
      expect(g.threshold.nStar!).toBeCloseTo(r.threshold.nStar!, 6);
      expect(g.threshold.ci!.lo).toBeCloseTo(r.threshold.ci!.lo, 6);
      expect(g.threshold.ci!.hi).toBeCloseTo(r.threshold.ci!.hi, 6);
      expect(g.byN.map((s) => s.n)).toEqual(r.byN.map((s) => s.n));
      for (const [j, s] of g.byN.entries()) {
        const want = r.byN[j]!.metrics.interp_ratio;
        const got = s.metrics.interp_ratio;
        expect(got?.count).toBe(want?.count);
        if (want && got) {
          expect(got.mean).toBeCloseTo(want.mean, 10);
          if (want.lo !== null) expect(got.lo!).toBeCloseTo(want.lo, 8);
        }
      }
      expect(g.points?.length).toBe(r.points?.length);
    }
  });

  it('gives the report n*(t) and budget verdict from the ratios at the chosen steps', () => {
    const curves = syntheticCurves(rows, { nStar: (w) => 32 * Math.sqrt(w), drift: 0.5 });
    const report = buildReport({
      sweep: 'live',
      rows,
      trainCurves: curves,
      bootstrapResamples: 100,
    });
    const input = aggregate('live', rows);
    // What the store reads from trial_curve_ratios at the steps overTimeSteps picks.
    const steps = new Set(overTimeSteps(input.groups));
    const keyOf = (params: Record<string, unknown>) =>
      GROUP_PARAMS.map((p) => String(params[p])).join('|');
    const groupOf = new Map(input.groups.map((g, i) => [keyOf(g.params), i]));
    const curvePoints = rows.flatMap((row) => {
      const group = groupOf.get(keyOf(row));
      if (group === undefined || row.status !== 'done') return [];
      return (curves.get(row.trial_id) ?? [])
        .filter((p) => steps.has(p.step))
        .map((p) => ({
          group,
          n: row.n,
          seed: row.seed,
          step: p.step,
          y: p.train_loss / (row.ols_train_loss as number),
        }));
    });
    const live = buildLiveThreshold({ ...input, curvePoints, bootstrapResamples: 100 });
    for (const [i, g] of live.groups.entries()) {
      const want = report.groups[i]?.overTime;
      expect(g.overTime?.steps).toEqual(want?.steps);
      expect(g.overTime?.nStar).toEqual(want?.nStar);
      expect(g.overTime?.budget?.verdict).toBe(want?.budget?.verdict);
      expect(g.overTime?.budget?.text).toBe(want?.budget?.text);
    }
    expect(live.groups.some((g) => g.overTime?.budget?.verdict === 'still-moving')).toBe(true);
  });

  it('refuses a point of a group that does not exist', () => {
    expect(() =>
      buildLiveThreshold({ sweep: 's', groups: [], points: [{ group: 0, n: 8, seed: 0, y: 1 }] }),
    ).toThrow(InvalidReportInputError);
    expect(() => buildLiveThreshold({ sweep: '', groups: [], points: [] })).toThrow(
      InvalidReportInputError,
    );
  });

  it('renders the interp_ratio plot with n* to inline SVG', async () => {
    const live = buildLiveThreshold({ ...aggregate('live', rows), bootstrapResamples: 100 });
    const plots = await renderThresholdPlots(live, 'live-s1');
    expect(plots.map((p) => p.id)).toEqual(['live-s1-1']);
    expect(plots[0]!.svg).toMatch(/^<svg/);
    expect(plots[0]!.svg).toContain('n* = ');
    expect(plots[0]!.svg).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(await renderThresholdPlots({ groups: [] })).toEqual([]);
  });

  it('fits a seed subsample of a very large group close to the fit of every trial', () => {
    // 1 200 seeds per n: the store would send every 6th (LIVE_MAX_SEEDS 200).
    const big = syntheticSweepRows({
      sweep: 'big',
      ns: [8, 16, 32, 64, 128, 256, 512],
      widths: [64],
      seeds: 1200,
      ratioNoise: 0.1,
    });
    const exact = buildLiveThreshold(aggregate('big', big));
    const full = aggregate('big', big);
    const sampled = buildLiveThreshold({
      ...full,
      points: full.points.filter((p) => p.seed % 6 === 0),
      seedStride: 6,
    });
    const e = exact.groups[0]!.threshold;
    const s = sampled.groups[0]!.threshold;
    expect(s.verdict).toBe('threshold');
    // n*, k and the residual come from the moments of every trial: the same fit, to rounding.
    expect(s.nStar! / e.nStar!).toBeCloseTo(1, 9);
    expect(s.k!).toBeCloseTo(e.k!, 6);
    expect(s.rms!).toBeCloseTo(e.rms!, 9);
    expect(s.trials).toBe(e.trials);
    expect(s.seeds).toBe(e.seeds);
    // The interval: 200 of 1 200 seeds estimate the spread of ln n* to about 1 / sqrt(2 * 200)
    // = 5% (one sd), and each bootstrap adds its Monte Carlo error (1 000 resamples, about 3%
    // on a 2.5% quantile's distance): 20% on each half-width (log scale) is over 3 sd.
    const half = (t: typeof e, end: 'lo' | 'hi') => Math.abs(Math.log(t.ci![end] / t.nStar!));
    for (const end of ['lo', 'hi'] as const) {
      expect(half(s, end) / half(e, end)).toBeGreaterThan(0.8);
      expect(half(s, end) / half(e, end)).toBeLessThan(1.2);
    }
    // Per-n means from the moments: the same mean, a t-interval close to the bootstrap one.
    for (const [j, cell] of sampled.groups[0]!.byN.entries()) {
      const want = exact.groups[0]!.byN[j]!.metrics.interp_ratio!;
      const got = cell.metrics.interp_ratio!;
      expect(got.mean).toBeCloseTo(want.mean, 10);
      expect(got.count).toBe(want.count);
    }
  });
});
