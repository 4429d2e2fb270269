import { PARAM_DEFAULTS } from '@thresher/sweep';
import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report';
import { renderMarkdown } from './render-markdown';
import { InvalidReportInputError } from './errors';
import type { ReportRow } from './report-row';
import { syntheticSweepRows } from './synthetic-sweep';
import { curveTrialIds, withCurves } from './with-curves';

const NS = [8, 16, 32, 64, 128, 256, 512];

function row(n: number, seed: number, ratio: number, extra: Partial<ReportRow> = {}): ReportRow {
  return {
    ...PARAM_DEFAULTS,
    record_every: 200,
    n,
    width: 64,
    seed,
    trial_id: `t-${n}-${seed}`,
    status: 'done',
    interp_ratio: ratio,
    train_loss: ratio * 0.1,
    ols_train_loss: 0.1,
    converged: true,
    ...extra,
  };
}

describe('buildReport', () => {
  it('groups by every parameter except n and seed, in parameter order', () => {
    const rows = [
      ...syntheticSweepRows({ sweep: 's', ns: NS, widths: [256, 64], seeds: 3 }),
      ...syntheticSweepRows({ sweep: 's', ns: NS, widths: [64], seeds: 3, noise: 0.25 }),
    ];
    const model = buildReport({ sweep: 's', rows, bootstrapResamples: 50 });
    expect(model.varyingParams).toEqual(['width', 'noise']);
    expect(model.groups.map((g) => g.label)).toEqual([
      'width=64, noise=0.25',
      'width=64, noise=0.5',
      'width=256, noise=0.5',
    ]);
    expect(model.groups.map((g) => g.family)).toEqual(['noise=0.25', 'noise=0.5', 'noise=0.5']);
    expect(model.groups[0]?.noiseFloor).toBeCloseTo(0.03125, 12);
    for (const g of model.groups) expect(g.counts.total).toBe(NS.length * 3);
    // width varies inside the noise=0.5 family; noise varies inside the width=64 family.
    expect(model.powerLaws.map((l) => [l.param, l.label])).toEqual([
      ['width', 'noise=0.5'],
      ['noise', 'width=64'],
    ]);
  });

  it('reports progress while a sweep runs, with failed and unconverged counts', () => {
    const rows = [
      row(8, 0, 0.01),
      row(8, 1, 0.02, { converged: 0 }),
      row(16, 0, 0.5, { status: 'failed', interp_ratio: null, error: 'diverged' }),
      row(16, 1, 0.5, { status: 'pending', interp_ratio: null }),
      row(32, 0, 0.9, { status: 'leased', interp_ratio: null }),
    ];
    const model = buildReport({ sweep: 'live', rows });
    expect(model.progress).toMatchObject({
      total: 5,
      done: 2,
      failed: 1,
      running: 2,
      unconverged: 1,
      complete: false,
    });
    expect(model.progress.text).toBe('2 of 5 trials done');
    expect(model.progress.topErrors).toEqual([{ error: 'diverged', count: 1 }]);
    expect(model.groups[0]?.threshold.verdict).toBe('too-few-points');
  });

  it("escapes control characters of a worker's error text (terminal sequences never pass)", () => {
    const hostile = 'diverged\u001b]0;owned\u0007\u001b[2J';
    const rows = [row(8, 0, 0.5, { status: 'failed', interp_ratio: null, error: hostile })];
    const { topErrors } = buildReport({ sweep: 'hostile', rows }).progress;
    expect(topErrors).toEqual([{ error: 'diverged\\x1b]0;owned\\x07\\x1b[2J', count: 1 }]);
    expect(renderMarkdown(buildReport({ sweep: 'hostile', rows }))).not.toMatch(/\u001b|\u0007/);
  });

  it('computes per-n means with 95% bootstrap intervals over seeds and the OLS values', () => {
    const rows = [row(8, 0, 0.1), row(8, 1, 0.2), row(8, 2, 0.6), row(16, 0, 0.9)];
    const model = buildReport({ sweep: 'stats', rows });
    const at8 = model.groups[0]?.byN[0];
    expect(at8?.n).toBe(8);
    expect(at8?.metrics.interp_ratio?.mean).toBeCloseTo(0.3, 12);
    // 3 seeds: the expanded tail is Phi(-sqrt(3/2) 4.303) = 7e-8, so the extreme resamples (all
    // three the same seed, 1 in 27 of them) set the ends: the range of the values. The
    // t-interval, 0.3 +- 4.303 sqrt(0.07 / 3), would be [-0.357, 0.957]: below 0.
    expect(at8?.metrics.interp_ratio?.lo).toBeCloseTo(0.1, 12);
    expect(at8?.metrics.interp_ratio?.hi).toBeCloseTo(0.6, 12);
    expect(at8?.ols.ols_train_loss?.mean).toBeCloseTo(0.1, 12);
    const at16 = model.groups[0]?.byN[1];
    expect(at16?.metrics.interp_ratio).toEqual({ mean: 0.9, lo: null, hi: null, count: 1 });
    expect(at16?.metrics.test_loss).toBeNull();
  });

  it('leaves undefined (null) ratios of done trials out of the means and the fit, not as 0', () => {
    const rows = syntheticSweepRows({ sweep: 'u', ns: NS, widths: [64], seeds: 3 });
    // n <= d: OLS interpolates, so the ratios are undefined (NULL in the store).
    const undefinedRatios = [2, 4].flatMap((n) =>
      [0, 1, 2].map((seed) => ({
        ...(rows[0] as ReportRow),
        n,
        seed,
        trial_id: `small-${n}-${seed}`,
        interp_ratio: null,
        test_ratio: null,
        ols_train_loss: 0,
      })),
    );
    const base = buildReport({ sweep: 'u', rows, generatedAt: new Date(0) });
    const model = buildReport({
      sweep: 'u',
      rows: [...undefinedRatios, ...rows],
      generatedAt: new Date(0),
    });
    const group = model.groups[0];
    expect(model.groups).toHaveLength(1);
    expect(group?.byN[0]).toMatchObject({ n: 2, done: 3 });
    expect(group?.byN[0]?.metrics.interp_ratio).toBeNull();
    expect(group?.byN[0]?.metrics.test_ratio).toBeNull();
    expect(group?.byN[0]?.ols.ols_train_loss?.mean).toBe(0);
    expect(group?.threshold).toEqual(base.groups[0]?.threshold);
    expect(group?.points?.some((p) => p.n <= 4)).toBe(false);
  });

  it('fits the threshold of each group and is reproducible', () => {
    const rows = syntheticSweepRows({ sweep: 'r', ns: NS, widths: [16, 64], seeds: 5 });
    const a = buildReport({ sweep: 'r', rows, generatedAt: new Date(0) });
    const b = buildReport({ sweep: 'r', rows, generatedAt: new Date(0) });
    expect(a).toEqual(b);
    for (const g of a.groups) {
      const t = g.threshold;
      const truth = 32 * Math.sqrt(g.params['width'] as number);
      expect(t.verdict).toBe('threshold');
      expect(Math.abs(Math.log((t.nStar as number) / truth))).toBeLessThan(0.2);
      expect(t.ci?.lo).toBeLessThan(t.nStar as number);
      expect(t.ci?.hi).toBeGreaterThan(t.nStar as number);
      expect(g.representativeTrial).not.toBeNull();
    }
  });

  it('gives explicit verdicts when no threshold lies in the range', () => {
    const low = buildReport({ sweep: 'low', rows: NS.map((n) => row(n, 0, 0.001)) });
    expect(low.groups[0]?.threshold).toMatchObject({
      verdict: 'interpolates-everywhere',
      nStar: null,
      ci: null,
    });
    const high = buildReport({ sweep: 'high', rows: NS.map((n) => row(n, 0, 0.98)) });
    expect(high.groups[0]?.threshold.verdict).toBe('never-interpolates');
    expect(high.groups[0]?.threshold.verdictText).toMatch(/never interpolates/);
  });

  it('attaches loss curves of the chosen trials', () => {
    const rows = syntheticSweepRows({ sweep: 'c', ns: NS, widths: [64], seeds: 3 });
    const first = buildReport({ sweep: 'c', rows, bootstrapResamples: 20 });
    const ids = curveTrialIds(first);
    expect(ids).toHaveLength(1);
    const curve = [
      { step: 0, train_loss: 0.2, test_loss: 0.3 },
      { step: 100, train_loss: 0.05, test_loss: 0.2 },
    ];
    const model = buildReport({
      sweep: 'c',
      rows,
      bootstrapResamples: 20,
      curves: new Map([[ids[0] as string, curve]]),
    });
    expect(model.curves).toHaveLength(1);
    expect(model.curves[0]).toMatchObject({ trial_id: ids[0], groupId: 'g1', points: curve });
    expect(model.curves[0]?.label).toMatch(/^width=64, n=\d+, seed=\d$/);
    // Any trial's curve finds its group, not only the proposed ones.
    const other = rows.find((r) => r.n === 8 && r.seed === 2) as ReportRow;
    const attached = withCurves(first, new Map([[other.trial_id, curve]]), rows);
    expect(attached.curves[0]).toMatchObject({ groupId: 'g1', label: 'width=64, n=8, seed=2' });
  });

  it('rejects malformed input with typed errors', () => {
    expect(() => buildReport({ sweep: '', rows: [] })).toThrow(InvalidReportInputError);
    const bad = { ...row(8, 0, 0.1), n: Number.NaN };
    expect(() => buildReport({ sweep: 'x', rows: [bad] })).toThrow(/rows\[0\]\.n/);
    expect(() => buildReport({ sweep: 'x', rows: [], bootstrapResamples: -1 })).toThrow(
      InvalidReportInputError,
    );
  });
});
