import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from './build-report';
import { fmtNum } from './format';
import { syntheticSweepRows } from './synthetic-sweep';
import { syntheticCurves } from './test-support/synthetic-curves';
import { fitThresholdOverTime, logSpacedSteps, type CurveTrial } from './threshold-over-time';

const NS = [8, 16, 32, 64, 128, 256, 512];
const nStar = (width: number) => 32 * Math.sqrt(width);

function sweep(drift: number, seeds = 5) {
  const rows = syntheticSweepRows({ sweep: 'time', ns: NS, widths: [16, 64], seeds });
  const trainCurves = syntheticCurves(rows, { nStar, drift });
  return { rows, trainCurves };
}

describe('logSpacedSteps', () => {
  it('picks about 20 recorded steps, log-spaced, with the last step and the first after T/2', () => {
    const recorded = Array.from({ length: 51 }, (_, i) => i * 200);
    const steps = logSpacedSteps(recorded);
    expect(steps.every((s) => recorded.includes(s) && s > 0)).toBe(true);
    expect(steps[0]).toBe(200);
    expect(steps[steps.length - 1]).toBe(10_000);
    expect(steps).toContain(5_000);
    expect([...steps].sort((a, b) => a - b)).toEqual(steps);
    // 50 recorded positive steps, ln(10000/200) = 3.9: the early targets share a step.
    expect(steps.length).toBeGreaterThanOrEqual(12);
    expect(steps.length).toBeLessThanOrEqual(21);
    // Log-spaced: the first gaps are one record apart, the last ones many.
    expect((steps[1] as number) - (steps[0] as number)).toBe(200);
    expect(steps.filter((s) => s <= 1000).length).toBeGreaterThan(
      steps.filter((s) => s >= 9000).length,
    );
    expect(logSpacedSteps([0])).toEqual([]);
    expect(logSpacedSteps([0, 7])).toEqual([7]);
  });
});

describe('n*(t) in the report', () => {
  it('its value and interval at the last step are the report n* and interval, exactly', () => {
    const { rows, trainCurves } = sweep(0.5);
    const model = buildReport({ sweep: 'time', rows, trainCurves, bootstrapResamples: 200 });
    for (const g of model.groups) {
      const over = g.overTime;
      expect(over, g.label).not.toBeNull();
      const last = over?.nStar[over.nStar.length - 1];
      expect(last?.step).toBe(10_000);
      expect(last?.verdict).toBe(g.threshold.verdict);
      expect(last?.nStar).toBe(g.threshold.nStar);
      expect(last?.ci).toEqual(g.threshold.ci);
      expect(last?.trials).toBe(g.threshold.trials);
      expect(over?.trialsWithCurves).toBe(g.threshold.trials);
      // interp_ratio(t) per n: at the last step, the mean of the stored ratios.
      for (const s of g.byN) {
        const ratio = over?.byN.find((b) => b.n === s.n)?.ratio;
        // Same values summed in another order: equal to rounding (1e-12 relative).
        expect(ratio?.[ratio.length - 1]).toBeCloseTo(s.metrics.interp_ratio?.mean as number, 12);
      }
    }
  });

  it('settles when the threshold stays put, and says it still moves when it drifts', () => {
    const still = buildReport({ sweep: 'time', ...sweep(0), bootstrapResamples: 200 });
    for (const g of still.groups) {
      expect(g.overTime?.budget?.verdict, g.label).toBe('settled');
      expect(g.overTime?.budget?.text).toMatch(
        /^n\* stayed inside \[.+\] from step 5 000 to 10 000/,
      );
    }
    const moving = buildReport({ sweep: 'time', ...sweep(1.5), bootstrapResamples: 200 });
    for (const g of moving.groups) {
      const budget = g.overTime?.budget;
      expect(budget?.verdict, g.label).toBe('still-moving');
      expect(budget?.window).toEqual({ from: 5_000, to: 10_000 });
      // The two values: the fit farthest from the final one in the window, and the final n*.
      expect(budget?.from.step).toBe(5_000);
      expect(budget?.from.nStar).toBeLessThan(g.threshold.ci?.lo as number);
      expect(budget?.text).toBe(
        `n* rose from ${fmtNum(budget?.from.nStar)} at step 5 000 to ${fmtNum(g.threshold.nStar)} at step 10 000, ` +
          `outside the final interval [${fmtNum(g.threshold.ci?.lo)}, ${fmtNum(g.threshold.ci?.hi)}]: a longer run may move it`,
      );
    }
  });

  it('a drift common to all seeds moves the verdict even inside the final interval', () => {
    // Noisy seeds (wide interval), a small drift that every seed shares.
    const rows = syntheticSweepRows({
      sweep: 'd',
      ns: NS,
      widths: [64],
      seeds: 5,
      ratioNoise: 0.2,
    });
    const trainCurves = syntheticCurves(rows, { nStar, drift: 0.15 });
    const g = buildReport({ sweep: 'd', rows, trainCurves, bootstrapResamples: 300 }).groups[0];
    const over = g?.overTime as NonNullable<NonNullable<typeof g>['overTime']>;
    const ci = g?.threshold.ci as { lo: number; hi: number };
    const window = over.nStar.filter((f) => f.step >= 5_000);
    // Every fit of the last half lies inside the final interval...
    for (const f of window) expect(f.nStar).toBeGreaterThanOrEqual(ci.lo);
    // ...but n*(T) / n*(T/2) = 2^0.15 for every seed: the paired interval excludes 1.
    expect(over.drift?.factor).toBeCloseTo(2 ** 0.15, 1);
    expect(over.drift?.ci?.lo).toBeGreaterThan(1);
    expect(over.budget?.verdict).toBe('still-moving');
    expect(over.budget?.text).toMatch(
      /inside the final interval .* but by a common drift of the seeds \(n\*\(10 000\) \/ n\*\(5 000\) = ×1\.1\d* \[/,
    );
  });

  it('a common drift below 5% over the last half does not count', () => {
    const rows = syntheticSweepRows({
      sweep: 'd',
      ns: NS,
      widths: [64],
      seeds: 5,
      ratioNoise: 0.2,
    });
    // n*(T) / n*(T/2) = 2^0.02 = 1.014 for every seed.
    const trainCurves = syntheticCurves(rows, { nStar, drift: 0.02 });
    const g = buildReport({ sweep: 'd', rows, trainCurves, bootstrapResamples: 300 }).groups[0];
    const over = g?.overTime;
    expect(over?.drift?.ci?.lo).toBeGreaterThan(1);
    expect(over?.drift?.factor).toBeLessThan(1.05);
    expect(over?.budget?.verdict).toBe('settled');
    expect(over?.budget?.text).toMatch(/paired seed bootstrap: a common drift, but below 5%\)$/);
  });

  it('one seed: no interval to judge against, the verdict is undetermined', () => {
    const model = buildReport({ sweep: 'time', ...sweep(0, 1), bootstrapResamples: 50 });
    for (const g of model.groups) expect(g.overTime?.budget?.verdict).toBe('undetermined');
  });

  it('without curves there is no n*(t); trials without a stored curve are left out', () => {
    const { rows, trainCurves } = sweep(0);
    expect(buildReport({ sweep: 'time', rows }).groups[0]?.overTime).toBeNull();
    const first = rows.find((r) => r.status === 'done' && r.width === 16);
    trainCurves.delete(first?.trial_id as string);
    const model = buildReport({ sweep: 'time', rows, trainCurves, bootstrapResamples: 20 });
    const g = model.groups[0];
    expect(g?.overTime?.trialsWithCurves).toBe((g?.threshold.trials as number) - 1);
  });
});

/** python3 on PATH first, then Debian's: the first that imports numpy. */
function pythonWithNumpy(): string {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    if (spawnSync(candidate, ['-c', 'import numpy']).status === 0) return candidate;
  }
  throw new Error(
    'the n*(t) check needs numpy for tools/reference/reference_nstar.py: run `pip install numpy` ' +
      '(or `apt-get install python3-numpy`)',
  );
}

describe('n*(t) against the numpy reference (tools/reference/reference_nstar.py)', () => {
  it('fits the same n* at every step from the same curves', () => {
    const { rows, trainCurves } = sweep(0.7);
    const trials: CurveTrial[] = rows
      .filter((r) => r.status === 'done' && r.width === 64)
      .map((r) => ({
        n: r.n,
        seed: r.seed,
        olsTrainLoss: r.ols_train_loss as number,
        curve: trainCurves.get(r.trial_id) ?? [],
      }));
    const ours = fitThresholdOverTime(trials, { resamples: 0 });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nstar-'));
    const file = path.join(dir, 'curves.json');
    writeFileSync(
      file,
      JSON.stringify({
        steps: ours.steps,
        trials: trials.map((t) => ({
          n: t.n,
          seed: t.seed,
          ols_train_loss: t.olsTrainLoss,
          curve: t.curve.map((p) => [p.step, p.train_loss]),
        })),
      }),
    );
    const script = path.resolve(__dirname, '../../../tools/reference/reference_nstar.py');
    const theirs = JSON.parse(
      execFileSync(pythonWithNumpy(), [script, file], { encoding: 'utf8' }),
    ) as { steps: number[]; verdict: string[]; n_star: (number | null)[] };
    expect(theirs.steps).toEqual(ours.steps);
    expect(theirs.verdict).toEqual(ours.nStar.map((f) => f.verdict));
    expect(ours.nStar.filter((f) => f.verdict === 'threshold').length).toBeGreaterThan(5);
    ours.nStar.forEach((f, i) => {
      const ref = theirs.n_star[i];
      if (f.nStar === null || ref === null || ref === undefined) {
        expect(ref ?? null).toBe(f.nStar);
        return;
      }
      // Two minimizers of one smooth least-squares objective (LM from a grid start here, a
      // zooming grid there) stop where it is flat to about 1e-8 in ln n* (seen: below 1e-8);
      // 1e-6 leaves room for that and is far below any n* difference that matters (0.0001%).
      expect(Math.abs(Math.log(f.nStar / ref)), `step ${f.step}`).toBeLessThan(1e-6);
    });
  });
});
